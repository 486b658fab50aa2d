// The build for pages without a bundler (package.json `unpkg` / `jsdelivr`), one copy:
//
// - dist/browser/sip-elements.js: one `<script type="module" src=".../dist/browser/sip-elements.js">`
//   registers every element and exports what `sip-elements` exports (setLocale, …); model.js,
//   examples.js and fhir.js beside it are `sip-elements/model`, `/examples` and `/fhir`. The
//   validator and English load later as chunks next to them, by relative URL, so the folder is
//   served as it is.
// - dist/browser/lit/: lit, laid out as lit's own package (index.js, directive.js,
//   directives/repeat.js, …; lit's internals shared in lit/chunks/). The elements' code (and
//   @lit/localize inside it) imports lit only through relative URLs into this folder, so without
//   an import map the page gets this copy, and a page that shares its own lit maps the one prefix
//   ".../dist/browser/lit/" onto its lit folder (README, "Without a bundler"): import maps remap
//   URL-like specifiers after resolving them, so every depth (chunks/ too) is covered by one line.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/browser');

/** The packages a sharing page maps: lit and the three packages lit itself imports by name. */
export const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/** Where lit's modules sit in the package (dist/browser/lit/, mirroring lit's own layout). */
export const LIT_FOLDER = 'lit/';

// A placeholder prefix for lit imports: esbuild writes external paths as given in every output
// file, whatever its depth, so each file's copy is made relative afterwards (`relink`).
export const LIT_PLACEHOLDER = '__sip_lit__/';

/** lit's module for a specifier: `lit` → `index.js`, `lit/directives/repeat.js` → `directives/repeat.js`. */
export function litFile(specifier) {
  return specifier === 'lit' ? 'index.js' : specifier.slice('lit/'.length);
}

/** esbuild plugin: lit by placeholder; lit's own packages by name would be a second copy, so refused. */
const litByPlaceholder = {
  name: 'lit-by-placeholder',
  setup(b) {
    b.onResolve({ filter: /^lit(\/.*)?$/ }, ({ path }) => ({ path: LIT_PLACEHOLDER + litFile(path), external: true }));
    b.onResolve({ filter: /^(lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/ }, ({ path, importer }) => ({
      errors: [{ text: `${path} (from ${relative(root, importer)}): import it through lit (lit/…), so the browser build keeps one copy that a page can share` }],
    }));
  },
};

/**
 * The text of an output file (`file`: its path inside dist/browser/, e.g. `chunks/x.js`) with each
 * placeholder replaced by the relative URL of dist/browser/lit/ from that file.
 */
export function relink(code, file) {
  const up = posix.relative(posix.dirname(file), LIT_FOLDER);
  return code.replaceAll(LIT_PLACEHOLDER, `${up.startsWith('.') ? up : `./${up}`}/`);
}

const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  legalComments: 'eof',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  metafile: true,
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  rmSync(out, { recursive: true, force: true });
  // Side by side, sharing chunks: a page that also wants example plans or the model loads
  // examples.js / model.js from the same folder and gets the same copy of everything.
  const elements = await build({
    ...common,
    entryPoints: {
      'sip-elements': join(root, 'src/index.ts'),
      model: join(root, 'src/model/index.ts'),
      examples: join(root, 'src/model/examples/index.ts'),
      fhir: join(root, 'src/fhir/index.ts'),
    },
    outdir: out,
    tsconfig: join(root, 'tsconfig.json'),
    plugins: [litByPlaceholder],
  });
  const litModules = new Set();
  for (const [file, output] of Object.entries(elements.metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    for (const i of output.imports) if (i.external && i.path.startsWith(LIT_PLACEHOLDER)) litModules.add(i.path.slice(LIT_PLACEHOLDER.length));
    const path = join(root, file);
    writeFileSync(path, relink(readFileSync(path, 'utf8'), posix.relative('dist/browser', file)));
  }
  // lit's modules that the elements use, each at its place in lit's layout; lit-html and the rest
  // of lit's internals once, in chunks they share.
  await build({
    ...common,
    entryPoints: Object.fromEntries([...litModules].map((f) => [f.replace(/\.js$/, ''), join(root, 'node_modules/lit', f)])),
    outdir: join(out, LIT_FOLDER),
  });
  console.log(`build-browser: dist/browser/sip-elements.js with lit in dist/browser/lit/ (${[...litModules].sort().join(', ')})`);
}
