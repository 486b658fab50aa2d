// Shared by bench/run.mjs and scripts/csp-check.mjs: a headless system Chromium and a tiny
// static HTTP server (so pages load over http://127.0.0.1 with real headers, not file://).
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { explainMissing, missingBrowsers } from '../scripts/browsers.mjs';

export const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

/** Launches headless Chromium with a throw-away profile. `close()` also removes the profile. */
export async function launchChromium() {
  const missing = missingBrowsers(['chromium']);
  if (missing.length) throw new Error(explainMissing(missing));
  const userDataDir = mkdtempSync(join(tmpdir(), 'sip-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.map': 'application/json', '.png': 'image/png' };

/** Files from a directory on disk, for `serve()`. */
export function fromDir(dir) {
  return (path) => {
    const file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    try {
      return statSync(file).isFile() ? readFileSync(file) : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Files from memory (`{ 'host.js': bytes }`), for `serve()`. */
export function fromMemory(files) {
  return (path) => files[path.replace(/^\//, '')];
}

/**
 * Serves `lookup(path)` on 127.0.0.1 at a random port, with `headers` on every response.
 * `/` serves `index.html`. Resolves to `{ url, close }`.
 */
export function serve(lookup, headers = {}) {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const body = lookup(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
