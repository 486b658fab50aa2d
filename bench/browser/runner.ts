/// <reference types="vite/client" />
// The in-page half of `npm run bench`: bench/run.mjs drives it through `window.sipBench`.
import type { BrowserBench } from '../lib.mjs';

const modules = import.meta.glob<{ default: BrowserBench[] }>('./*.bench.ts');

export interface Samples {
  ours: number[];
  baseline: number[];
}

async function load(file: string): Promise<BrowserBench[]> {
  const load = modules[file];
  if (!load) throw new Error(`no bench file ${file}`);
  return (await load()).default;
}

// Gives the browser a turn between runs, so GC, paint and timers land outside the timing.
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function once(bench: BrowserBench, which: 'ours' | 'baseline'): Promise<number> {
  await bench.setup?.();
  // Lays out what setup built, so the timed layout below covers only the benchmarked change.
  void document.body.offsetHeight;
  await breathe();
  const start = performance.now();
  const result = bench[which]();
  if (result instanceof Promise) await result;
  // Forces style and layout, so what the DOM change costs to render is part of the timing.
  void document.body.offsetHeight;
  const time = performance.now() - start;
  bench.teardown?.();
  return time;
}

async function run(file: string, name: string, warmup: number, samples: number): Promise<Samples> {
  const bench = (await load(file)).find((b) => b.name === name);
  if (!bench) throw new Error(`no bench "${name}" in ${file}`);
  for (let i = 0; i < warmup; i++) {
    await once(bench, 'ours');
    await once(bench, 'baseline');
  }
  const out: Samples = { ours: [], baseline: [] };
  // Alternating order, so drift (thermal, GC pressure) hits both sides alike.
  for (let i = 0; i < samples; i++) {
    const order = i % 2 === 0 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
    for (const which of order) out[which].push(await once(bench, which));
  }
  return out;
}

const api = {
  files: () => Object.keys(modules).sort(),
  names: async (file: string) => (await load(file)).map((b) => b.name),
  run,
};

declare global {
  interface Window {
    sipBench: typeof api;
  }
}
window.sipBench = api;
