// `npm run bench [-- <filter>] [--samples=N] [--warmup=N]`: runs every bench/node/*.bench.ts in
// Node and every bench/browser/*.bench.ts in headless Chromium, and prints our median next to
// the baseline's median from the same run. Timings are a report, never a pass/fail; the exit
// code is non-zero only when a benchmark throws or the bench page does not build.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';
import { fromDir, launchChromium, serve } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SAMPLES = opt('samples', 21);
const WARMUP = opt('warmup', 5);
const filter = args.find((a) => !a.startsWith('--')) ?? '';
const matches = (file, name) => `${file} ${name}`.toLowerCase().includes(filter.toLowerCase());

const rows = [];
const errors = [];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const record = (where, file, name, ours, baseline) =>
  rows.push({ where, bench: `${basename(file).replace(/\.bench\.ts$/, '')}: ${name}`, ours: median(ours), baseline: median(baseline), n: ours.length });

// --- Node -------------------------------------------------------------------------------------

// Many Node benches take microseconds, below the timer's useful resolution: each sample runs the
// function in a batch of `n` calls, `n` chosen so one batch takes at least ~5 ms.
function calibrate(fn) {
  let n = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - start >= 5 || n >= 1 << 20) return n;
    n *= 2;
  }
}
function batch(fn, n) {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - start) / n;
}

async function runNode() {
  const dir = join(here, 'node');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort() : [];
  if (!files.length) return;
  const unregister = register();
  try {
    for (const file of files) {
      let benches;
      try {
        benches = (await import(pathToFileURL(join(dir, file)).href)).default;
      } catch (err) {
        errors.push(`node/${file}: ${err.message}`);
        continue;
      }
      for (const b of benches.filter((b) => matches(file, b.name))) {
        try {
          const n = Math.max(calibrate(b.ours), calibrate(b.baseline));
          for (let i = 0; i < WARMUP; i++) {
            batch(b.ours, n);
            batch(b.baseline, n);
          }
          const samples = { ours: [], baseline: [] };
          // Alternating order, so drift (JIT, GC pressure) hits both sides alike.
          for (let i = 0; i < SAMPLES; i++) {
            for (const which of i % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours']) samples[which].push(batch(b[which], n));
          }
          record('node', file, b.name, samples.ours, samples.baseline);
        } catch (err) {
          errors.push(`node/${file} "${b.name}": ${err.message}`);
        }
      }
    }
  } finally {
    await unregister();
  }
}

// --- Browser ----------------------------------------------------------------------------------

async function runBrowser() {
  const dir = join(here, 'browser');
  if (!readdirSync(dir).some((f) => f.endsWith('.bench.ts'))) return;
  const outDir = mkdtempSync(join(tmpdir(), 'sip-bench-'));
  const { build } = await import('vite');
  try {
    await build({ configFile: join(dir, 'vite.config.mjs'), build: { outDir } });
  } catch (err) {
    errors.push(`bench page build failed: ${err.message}`);
    rmSync(outDir, { recursive: true, force: true });
    return;
  }
  // Cross-origin isolation gives performance.now() its fine (5 µs) resolution instead of 100 µs.
  const server = await serve(fromDir(outDir), { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => 'sipBench' in window, { timeout: 10_000 });
    const files = await page.evaluate(() => window.sipBench.files());
    for (const file of files) {
      let names;
      try {
        names = await page.evaluate((f) => window.sipBench.names(f), file);
      } catch (err) {
        errors.push(`browser/${file}: ${err.message}`);
        continue;
      }
      for (const name of names.filter((n) => matches(file, n))) {
        try {
          const s = await page.evaluate((f, n, w, k) => window.sipBench.run(f, n, w, k), file, name, WARMUP, SAMPLES);
          record('chromium', file, name, s.ours, s.baseline);
        } catch (err) {
          errors.push(`browser/${file} "${name}": ${err.message.split('\n')[0]}`);
        }
      }
    }
  } finally {
    await chromium.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await runNode();
await runBrowser();

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms >= 0.01 ? ms.toFixed(3) : ms.toExponential(2));
const table = rows.map((r) => [r.where, r.bench, fmt(r.ours), fmt(r.baseline), `${(r.ours / r.baseline).toFixed(2)}×`]);
const head = ['where', 'benchmark', 'ours ms', 'baseline ms', 'ours/baseline'];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`Benchmarks: medians of ${SAMPLES} alternating samples after ${WARMUP} warm-up runs each (lower is faster; ratio < 1 means ours is faster)\n`);
if (rows.length) {
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  table.forEach((r) => console.log(line(r)));
} else console.log(filter ? `no benchmark matches "${filter}"` : 'no benchmarks found');
for (const e of errors) console.error(`error: ${e}`);
process.exit(errors.length ? 1 : 0);
