// The build for pages without a bundler (package.json `unpkg` / `jsdelivr`):
//
// - dist/browser/sip-elements.js: everything inside (lit, zod, …); one
//   `<script type="module" src=".../dist/browser/sip-elements.js">` registers every element and
//   exports what `sip-elements` exports (setLocale, …); model.js, examples.js and fhir.js beside
//   it are `sip-elements/model`, `/examples` and `/fhir`. The validator and English load later as
//   chunks next to them, by relative URL, so the folder is served as it is.
// - dist/browser/shared-lit/sip-elements.js: the same without lit: it imports `lit`, `lit-html`,
//   `lit-element` and `@lit/reactive-element` by name, for a page whose import map gives the one
//   copy of lit it shares with its own components (README, "Without a bundler").
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/browser');

/** The packages a shared-lit page maps: lit and the three packages lit itself imports. */
export const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

const common = {
  // Side by side, sharing chunks: a page that also wants example plans or the model loads
  // examples.js / model.js from the same folder and gets the same copy of everything.
  entryPoints: {
    'sip-elements': join(root, 'src/index.ts'),
    model: join(root, 'src/model/index.ts'),
    examples: join(root, 'src/model/examples/index.ts'),
    fhir: join(root, 'src/fhir/index.ts'),
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  legalComments: 'eof',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  tsconfig: join(root, 'tsconfig.json'),
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  rmSync(out, { recursive: true, force: true });
  await build({ ...common, outdir: out });
  await build({ ...common, outdir: join(out, 'shared-lit'), external: LIT_PACKAGES.flatMap((p) => [p, `${p}/*`]) });
  console.log('build-browser: dist/browser/sip-elements.js (self-contained), dist/browser/shared-lit/sip-elements.js (lit by import map)');
}
