import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import { setLocale } from '../src/shared/i18n';
import { sourceWithPlan } from '../stories/source';

// Controls and autodocs come from the generated manifest (npm run analyze).
setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Språk / Language',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv' },
  decorators: [
    (story, context) => {
      void setLocale(context.globals.locale === 'en' ? 'en' : 'sv');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    // "Show code": the markup plus the script that sets `plan`, so a copied snippet renders.
    docs: { source: { transform: (code: string, context: { component?: unknown; args: Record<string, unknown> }) => sourceWithPlan(code, typeof context.component === 'string' ? context.component : undefined, context.args.plan) } },
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};
export default preview;
