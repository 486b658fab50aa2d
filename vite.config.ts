import { defineConfig } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The five elements; an element's entry exists once its folder does. */
export const ELEMENTS = ['consent-recorder', 'network-map', 'meeting-circle', 'smart-goal-editor', 'activity-status-list', 'initiative', 'meeting-planner', 'plan-document', 'follow-up'] as const;

/** Library entry points: `sip-elements`, `sip-elements/model`, `sip-elements/fhir`, and one per element. */
export function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: resolve(root, 'src/index.ts'),
    model: resolve(root, 'src/model/index.ts'),
    fhir: resolve(root, 'src/fhir/index.ts'),
    examples: resolve(root, 'src/model/examples/index.ts'),
    // Generated from the manifest by `npm run analyze` (scripts/generate-bindings.mjs).
    react: resolve(root, 'src/react.ts'),
    vue: resolve(root, 'src/vue.ts'),
  };
  for (const name of ELEMENTS) {
    const file = resolve(root, `src/components/${name}/index.ts`);
    if (existsSync(file)) entries[name] = file;
  }
  return Object.fromEntries(Object.entries(entries).filter(([, f]) => existsSync(f)));
}

export default defineConfig(({ command }) => ({
  // `npm start` serves the demo journal from demo/; the library itself is built from src/.
  ...(command === 'serve' ? { root: resolve(root, 'demo'), server: { fs: { allow: [root] } } } : {}),
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    // No source maps: the output is not minified and mirrors src/ module by module, so a stack
    // trace already names the file and line a vendor can read; maps only added size (~570 kB).
    sourcemap: false,
    target: 'es2022',
    minify: false,
    lib: { entry: libraryEntries(), formats: ['es'] },
    rollupOptions: {
      // Dependencies stay imports: the vendor's bundler dedupes them with the host's own copies.
      external: [/^lit(\/.*)?$/, /^@lit\//, /^zod(\/.*)?$/, /^personnummer$/, /^date-easter$/, /^react$/, /^vue$/, /^yjs$/, /^y-websocket$/, /^uqr$/],
      // One output file per source module, mirroring src/: a vendor's bundler then tree-shakes
      // module by module, guided by package.json `sideEffects` (only registration has any).
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
}));
