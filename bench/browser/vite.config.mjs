// Builds the benchmark page (bench/browser/index.html + every *.bench.ts) for production, so lit
// and our code run as shipped: production conditions, minified. bench/run.mjs sets build.outDir.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  mode: 'production',
  logLevel: 'warn',
  publicDir: false,
  build: { emptyOutDir: true, target: 'es2022', minify: true, reportCompressedSize: false, sourcemap: false },
});
