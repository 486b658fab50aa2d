import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';

/** MDX as the docs pages use it: GitHub-flavoured Markdown, so `| a | b |` tables render as tables. */
export const mdxPluginOptions = { mdxCompileOptions: { remarkPlugins: [remarkGfm] } };

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', { name: '@storybook/addon-docs', options: { mdxPluginOptions } }],
  framework: {
    name: '@storybook/web-components-vite',
    // The project's vite.config.ts builds the library; Storybook gets a plain config of its own.
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
