// Bundles host code that imports `sip-elements/...` exactly as a vendor's app would: through the
// package name, so esbuild goes through package.json `exports` to the *built* files in dist/,
// with lit/zod/personnummer from node_modules, minified and with code splitting on.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The package measured: this project, or SIP_PACKAGE_ROOT (to try the scripts on another build). */
export const packageRoot = process.env.SIP_PACKAGE_ROOT ? resolve(process.env.SIP_PACKAGE_ROOT) : projectRoot;

/** Reads package.json of `root`. */
export function readPackage(root = packageRoot) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

// An export target may be a string or a conditions object ({ types, import, default, ... }).
function targetOf(value) {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  for (const key of ['browser', 'import', 'module', 'production', 'default']) {
    const t = targetOf(value[key]);
    if (t) return t;
  }
  return undefined;
}

/**
 * The JavaScript entry points in package.json `exports`, as
 * `{ subpath, specifier, file, exists }`. JSON and other non-JS exports are left out.
 */
export function packageEntries(root = packageRoot) {
  const pkg = readPackage(root);
  let exp = pkg.exports;
  if (exp === undefined) return [];
  if (typeof exp === 'string' || !Object.keys(exp).some((k) => k.startsWith('.'))) exp = { '.': exp };
  const entries = [];
  for (const [subpath, value] of Object.entries(exp)) {
    const target = targetOf(value);
    if (!target || subpath.includes('*') || !/\.m?js$/.test(target)) continue;
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    const file = resolve(root, target);
    entries.push({ subpath, specifier, file, exists: existsSync(file) });
  }
  return entries;
}

// Resolves the package name from `work` for every host, wherever the host file lives: inside the
// project esbuild would otherwise take it as a self-reference to whatever package encloses it.
function asDependency(name, work) {
  const filter = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}(/|$)`);
  return {
    name: 'as-dependency',
    setup(build) {
      build.onResolve({ filter }, (args) => {
        if (args.pluginData === 'as-dependency') return undefined;
        return build.resolve(args.path, { kind: args.kind, resolveDir: work, pluginData: 'as-dependency' });
      });
    },
  };
}

/**
 * Bundles `hosts` (`{ name: { code } | { file } }`) into one esbuild build.
 * Returns `{ outputs, metafile, outdir }`; `outputs` are in memory (`write: false`),
 * keyed by path relative to `outdir`, and metafile output keys are made relative the same way.
 * Options: `root` (the package to resolve `sip-elements` to), `minify`, `plugins`, `define`.
 */
export async function vendorBundle(hosts, { root = packageRoot, minify = true, plugins = [], define = {} } = {}) {
  const name = readPackage(root).name;
  // A fresh directory per call (size and csp may run at the same time), outside the project so
  // that nothing resolves through the project's own package.json as a self-reference.
  const work = mkdtempSync(join(tmpdir(), 'sip-vendor-'));
  try {
    // node_modules/<name> → the project, so resolution goes through package.json `exports`
    // like an installed dependency. esbuild follows the symlink to the real path, so lit and
    // zod then resolve from the project's own node_modules.
    const modules = join(work, 'node_modules');
    mkdirSync(modules);
    symlinkSync(root, join(modules, name), 'dir');

    const entryPoints = {};
    for (const [key, host] of Object.entries(hosts)) {
      if (host.file) {
        entryPoints[key] = resolve(host.file);
      } else {
        const file = join(work, `${key.replace(/[^\w.-]/g, '_')}.host.js`);
        writeFileSync(file, host.code);
        entryPoints[key] = file;
      }
    }

    const outdir = join(work, 'out');
    const result = await build({
      entryPoints,
      outdir,
      absWorkingDir: work,
      bundle: true,
      format: 'esm',
      splitting: true,
      minify,
      platform: 'browser',
      target: 'es2022',
      conditions: ['production'],
      define: { 'process.env.NODE_ENV': '"production"', ...define },
      metafile: true,
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
      entryNames: '[name]',
      chunkNames: 'chunks/[name]-[hash]',
      plugins: [...plugins, asDependency(name, work)],
    });

    const outputs = {};
    for (const f of result.outputFiles) outputs[relative(outdir, f.path)] = f.contents;
    const rel = (p) => relative(outdir, resolve(work, p));
    const metaOutputs = {};
    for (const [p, o] of Object.entries(result.metafile.outputs)) {
      metaOutputs[rel(p)] = { ...o, imports: o.imports.map((i) => ({ ...i, path: i.external ? i.path : rel(i.path) })) };
    }
    return { outputs, metafile: { inputs: result.metafile.inputs, outputs: metaOutputs }, outdir, warnings: result.warnings };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Splits the outputs reachable from entry output `entry` into the initial load (the entry and
 * everything it imports statically, transitively) and the lazy part (reached only through a
 * dynamic `import()`, transitively, minus what is already in the initial load).
 */
export function loadGraph(metafile, entry) {
  const outs = metafile.outputs;
  const closure = (starts) => {
    const seen = new Set();
    const stack = [...starts];
    while (stack.length) {
      const p = stack.pop();
      if (seen.has(p) || !outs[p]) continue;
      seen.add(p);
      for (const i of outs[p].imports) if (i.kind === 'import-statement' && !i.external) stack.push(i.path);
    }
    return seen;
  };
  const initial = closure([entry]);
  const lazy = new Set();
  let frontier = [...initial];
  while (frontier.length) {
    const dyn = frontier.flatMap((p) => outs[p].imports.filter((i) => i.kind === 'dynamic-import' && !i.external).map((i) => i.path));
    const next = [...closure(dyn)].filter((p) => !initial.has(p) && !lazy.has(p));
    next.forEach((p) => lazy.add(p));
    frontier = next;
  }
  return { initial: [...initial], lazy: [...lazy] };
}
