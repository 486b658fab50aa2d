// `npm run size`: what each entry point costs a vendor. Each entry is bundled on its own, as a
// vendor's bundler would (scripts/vendor-bundle.mjs), and reported as min+gzip bytes of the
// initial load (entry + static imports, transitively) and of the lazy part (dynamic imports).
// Budgets apply to the initial load only; exit 1 when one is exceeded or the main entry is missing.
// `--files` lists the largest input files per entry. SIP_PACKAGE_ROOT=<dir> measures another build of the package (see scripts/vendor-bundle.mjs).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadGraph, packageEntries, packageRoot, projectRoot, vendorBundle } from './vendor-bundle.mjs';

const KB = 1000; // budgets are in kB of 1000 bytes
const ELEMENTS = ['consent-recorder', 'network-map', 'meeting-circle', 'smart-goal-editor', 'activity-status-list', 'initiative', 'meeting-planner', 'plan-document', 'follow-up'];
const BUDGET = { main: { max: 45 * KB, aim: 35 * KB }, element: { max: 25 * KB, aim: 18 * KB } };
// gzip at level 9, each file compressed on its own (each is its own HTTP response).
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

function kindOf(subpath) {
  if (subpath === '.') return 'main';
  return ELEMENTS.includes(subpath.slice(2)) ? 'element' : 'info';
}

// Groups an output's inputs by origin (package name, or our own source) for a short breakdown.
function origin(input) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return m ? m[1] : 'sip-elements';
}

const entries = packageEntries();
const notes = [];
if (entries.length === 0) {
  console.error('size: package.json has no JavaScript `exports`; nothing to measure.');
  process.exit(1);
}
const exported = new Set(entries.map((e) => e.subpath.slice(2)));
const notExported = ELEMENTS.filter((n) => !exported.has(n));
if (notExported.length) notes.push(`not exported yet: ${notExported.join(', ')}`);
for (const e of entries.filter((e) => !e.exists)) notes.push(`skipped ${e.specifier}: ${relative(packageRoot, e.file)} missing (npm run build?)`);

if (!entries.some((e) => e.subpath === '.' && e.exists)) {
  console.error('size: the main entry `sip-elements` is missing — build first (npm run build).');
  process.exit(1);
}

const present = entries.filter((e) => e.exists);
const elementTags = present.filter((e) => kindOf(e.subpath) === 'element').map((e) => `sip-${e.subpath.slice(2)}`);
const results = await Promise.all(
  present.map(async (e) => {
    const { outputs, metafile } = await vendorBundle({ entry: { code: `export * from '${e.specifier}';\n` } });
    const { initial, lazy } = loadGraph(metafile, 'entry.js');
    const sum = (files, f) => files.reduce((n, p) => n + f(outputs[p]), 0);
    const parts = {};
    for (const p of initial) for (const [input, v] of Object.entries(metafile.outputs[p].inputs)) if (v.bytesInOutput) parts[origin(input)] = (parts[origin(input)] ?? 0) + v.bytesInOutput;
    const inputs = {};
    for (const p of initial) for (const [input, v] of Object.entries(metafile.outputs[p].inputs)) inputs[input] = (inputs[input] ?? 0) + v.bytesInOutput;
    const kind = kindOf(e.subpath);
    // The README's embedding is a bare `import 'sip-elements/<name>'`. If package.json
    // `sideEffects` misses the file that calls customElements.define, a vendor's bundler drops
    // the registration and the tag never works, so check the tags survive such an import.
    const tags = kind === 'main' ? elementTags : kind === 'element' ? [`sip-${e.subpath.slice(2)}`] : [];
    let unregistered = [];
    if (tags.length) {
      const bare = await vendorBundle({ entry: { code: `import '${e.specifier}';\n` } });
      const text = Object.values(bare.outputs).map((b) => Buffer.from(b).toString()).join('\n');
      unregistered = tags.filter((t) => !text.includes(t));
    }
    return {
      unregistered,
      specifier: e.specifier,
      kind,
      initial: { files: initial.length, min: sum(initial, (b) => b.length), gzip: sum(initial, gz) },
      lazy: { files: lazy.length, min: sum(lazy, (b) => b.length), gzip: sum(lazy, gz) },
      initialMinByOrigin: Object.fromEntries(Object.entries(parts).sort((a, b) => b[1] - a[1])),
      initialMinByFile: Object.fromEntries(Object.entries(inputs).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])),
      budget: BUDGET[kind] ?? null,
    };
  }),
);

// "To show a plan": what a Swedish page actually downloads to show the elderly example plan —
// the initial load plus every chunk the elements fetch once `plan` is set (validator, views,
// operations), measured by loading the vendor's bundle in headless Chromium and recording the
// requests. The main entry shows all five elements. Needs Chromium (CHROMIUM_BIN); skipped
// without it. Reported only, no budget (the aim for the whole library is 72 kB).
async function showPlanBytes() {
  const bin = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
  if (!existsSync(bin) || !existsSync(join(packageRoot, 'dist', 'examples.js'))) return undefined;
  const { examplePlans } = await import(pathToFileURL(join(packageRoot, 'dist', 'examples.js')).href);
  const planJson = JSON.stringify(examplePlans.elderly);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: bin, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const out = {};
  try {
    for (const e of present) {
      const kind = kindOf(e.subpath);
      if (kind === 'info') continue;
      const tags = kind === 'main' ? elementTags : [`sip-${e.subpath.slice(2)}`];
      const code =
        `import '${e.specifier}';\n` +
        `const plan = await (await fetch('/plan.json')).json();\n` +
        `const els = ${JSON.stringify(tags)}.map((t) => { const el = document.createElement(t); el.plan = plan; document.body.append(el); return el; });\n` +
        `await Promise.all(els.map((el) => el.updateComplete));\n` +
        `window.__shown = els.every((el) => !el.shadowRoot.querySelector('[role=alert]'));\n`;
      const { outputs } = await vendorBundle({ entry: { code } });
      const page = await browser.newPage();
      const fetched = new Set();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const path = new URL(req.url()).pathname.slice(1);
        if (path === '' || path === 'index.html') return req.respond({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><script type="module" src="/entry.js"></script>' });
        if (path === 'plan.json') return req.respond({ contentType: 'application/json', body: planJson });
        if (outputs[path]) {
          fetched.add(path);
          return req.respond({ contentType: 'text/javascript', body: Buffer.from(outputs[path]) });
        }
        return req.respond({ status: 404, body: '' });
      });
      await page.goto('http://sip.test/index.html');
      await page.waitForFunction('window.__shown !== undefined', { timeout: 60000 });
      await page.waitForNetworkIdle({ idleTime: 300, timeout: 60000 });
      const shown = await page.evaluate('window.__shown');
      await page.close();
      const files = [...fetched];
      out[e.specifier] = { files: files.length, gzip: files.reduce((n, f) => n + gz(outputs[f]), 0), shown };
    }
  } finally {
    await browser.close();
  }
  return out;
}
const showPlan = await showPlanBytes().catch((err) => (notes.push(`to-show-a-plan not measured: ${err.message}`), undefined));
for (const r of results) r.showPlan = showPlan?.[r.specifier] ?? null;

const fmt = (n) => (n / KB).toFixed(1);
const rows = results.map((r) => {
  const status = !r.budget ? 'info' : r.initial.gzip > r.budget.max ? 'OVER BUDGET' : r.initial.gzip > r.budget.aim ? 'ok (above aim)' : 'ok';
  const show = r.showPlan ? `${fmt(r.showPlan.gzip)} (${r.showPlan.files})${r.showPlan.shown ? '' : ' not shown!'}` : '-';
  return [r.specifier, fmt(r.initial.min), fmt(r.initial.gzip), r.lazy.files ? `${fmt(r.lazy.gzip)} (${r.lazy.files})` : '-', show, r.budget ? fmt(r.budget.max) : '-', r.budget ? fmt(r.budget.aim) : '-', status];
});
const head = ['entry', 'initial min', 'initial gz', 'lazy gz (files)', 'show a plan gz (files)', 'budget', 'aim', 'status'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log('Size per entry point, as a vendor bundles it (esbuild, minified, splitting; gzip -9 per file; kB = 1000 bytes)\n');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
console.log('\n"show a plan": initial + every chunk fetched once the elderly example is set as `plan`, Swedish, in headless Chromium (the main entry shows all five elements; aim for it: 72 kB).');
console.log('\nInitial load, minified bytes by origin:');
for (const r of results) console.log(`  ${r.specifier}: ${Object.entries(r.initialMinByOrigin).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}`);
// `--files`: the ten largest input files of each initial load, to see what to trim.
if (process.argv.includes('--files')) {
  for (const r of results) {
    console.log(`\n  ${r.specifier}, largest files (minified kB):`);
    for (const [f, n] of Object.entries(r.initialMinByFile).slice(0, 10)) console.log(`    ${fmt(n).padStart(6)}  ${f.includes('node_modules/') ? f.replace(/.*\/node_modules\//, '') : f.replace(/^.*?\/dist\//, 'dist/')}`);
  }
}
for (const n of notes) console.log(`note: ${n}`);

mkdirSync(join(projectRoot, '.size'), { recursive: true });
writeFileSync(join(projectRoot, '.size', 'report.json'), JSON.stringify({ unit: 'bytes', gzipLevel: 9, entries: results, notes }, null, 2) + '\n');

const over = results.filter((r) => r.budget && r.initial.gzip > r.budget.max);
const lost = results.filter((r) => r.unregistered.length);
for (const r of lost) console.log(`size: FAILED — a bare \`import '${r.specifier}'\` does not register ${r.unregistered.join(', ')} (package.json sideEffects must cover the file that defines it)`);
for (const r of over) console.log(`size: FAILED — ${r.specifier} initial load ${fmt(r.initial.gzip)} kB > budget ${fmt(r.budget.max)} kB`);
if (!over.length && !lost.length) console.log('size: ok — every initial load within budget, every tag registered by a bare import');
process.exit(over.length || lost.length ? 1 : 0);
