// Rewrites the relative imports in the emitted .d.ts files to full file paths with `.js`
// (`'../model'` → `'../model/index.js'`, `'./events'` → `'./events.js'`). The sources use
// extensionless imports (bundler resolution); left as they are, `module: nodenext` finds no
// types at all, and a resolver that tries `../model.js` before `../model/` (dist has both: the
// `model` entry and its modules) picks the untyped entry file. A full path means one thing in
// every resolution mode. Also names `lit` instead of its internal `lit-html` in inferred types,
// so the declarations need only packages the package depends on, and gives `fhir/r4` (types
// from @types/fhir, which has no `exports`) the extension node16/nodenext needs.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));

function* declarations(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* declarations(path);
    else if (name.endsWith('.d.ts')) yield path;
  }
}

/** The `.js` specifier a relative import resolves to, or null when it names no emitted declaration. */
export function fullSpecifier(fromFile, specifier) {
  if (!specifier.startsWith('.')) return specifier;
  const base = resolve(dirname(fromFile), specifier.replace(/\.js$/, ''));
  let target;
  if (existsSync(`${base}.d.ts`)) target = `${base}.js`;
  else if (existsSync(join(base, 'index.d.ts'))) target = join(base, 'index.js');
  else return null;
  const rel = relative(dirname(fromFile), target).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

// `from '…'`, `import '…'`, `import("…")` and `export … from '…'`.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\2/g;

let files = 0;
const unresolved = [];
for (const file of declarations(dist)) {
  const source = readFileSync(file, 'utf8');
  // Comment lines (JSDoc examples) are left as written.
  const rewrite = (line) => (/^\s*(\*|\/\/|\/\*)/.test(line) ? line : line.replace(SPECIFIER, (all, head, quote, spec) => {
    if (spec === 'lit-html') return `${head}${quote}lit${quote}`;
    // @types/fhir has no `exports`: under node16/nodenext a subpath needs its file extension.
    if (/^fhir\/r\d+b?$/.test(spec)) return `${head}${quote}${spec}.js${quote}`;
    const full = fullSpecifier(file, spec);
    if (full === null) {
      unresolved.push(`${relative(dist, file)}: ${spec}`);
      return all;
    }
    return `${head}${quote}${full}${quote}`;
  }));
  const out = source.split('\n').map(rewrite).join('\n');
  if (out !== source) {
    writeFileSync(file, out);
    files++;
  }
}
if (unresolved.length) {
  console.error(`fix-declarations: relative imports with no emitted declaration:\n  ${unresolved.join('\n  ')}`);
  process.exit(1);
}
console.log(`fix-declarations: rewrote imports in ${files} .d.ts file(s) to full .js paths`);
