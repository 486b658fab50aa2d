// Types for bench/lib.mjs, and the shapes of the benchmark files that bench/run.mjs runs.
import type { Browser } from 'puppeteer-core';

/** One Node benchmark (`bench/node/*.bench.ts` default-exports an array of these). */
export interface NodeBench {
  name: string;
  /** Our code; called many times per sample. */
  ours: () => unknown;
  /** The same work done the plain way, measured in the same run. */
  baseline: () => unknown;
}

/**
 * One browser benchmark (`bench/browser/*.bench.ts` default-exports an array of these).
 * `setup` runs before and `teardown` after every single timed run, both untimed; the timing
 * covers `ours()`/`baseline()` (awaited when it returns a promise) plus a forced layout.
 */
export interface BrowserBench {
  name: string;
  setup?: () => Promise<void> | void;
  /** Our code. A returned promise is awaited (e.g. an element's `updateComplete`). */
  ours: () => unknown;
  /** The same markup built by hand, measured in the same run. */
  baseline: () => unknown;
  teardown?: () => void;
}

export const chromiumPath: string;
export function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }>;
export type Lookup = (path: string) => Uint8Array | string | undefined;
export function fromDir(dir: string): Lookup;
export function fromMemory(files: Record<string, Uint8Array | string>): Lookup;
export function serve(lookup: Lookup, headers?: Record<string, string>): Promise<{ url: string; close(): Promise<void> }>;
