// `npm test`: the whole gate, step by step, stopping at the first failure. Each step is also
// an npm script of its own, so a failing one can be re-run alone.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Localization (sv + en complete)', 'npm run localize:check'],
  ['Custom elements manifest (read by Storybook and the typecheck)', 'npm run analyze'],
  ['Typecheck', 'npm run typecheck'],
  ['Lint', 'npm run lint'],
  ['Model and pure-module tests (Node)', 'npm run test:model'],
  ['Build (manifest, ES modules, .d.ts, no-bundler build, JSON Schema)', 'npm run build'],
  ['Package as published (attw types in every resolution mode, publint; example hosts)', 'npm run test:package'],
  ['Element tests and story smoke test (Chromium, Firefox ESR, WebKitGTK)', 'npm run test:browsers'],
  ['Strict CSP with Trusted Types (built library, bundled host page)', 'npm run csp'],
  ['Storybook build', 'npm run build-storybook'],
  ['Size budgets', 'npm run size'],
];

const started = Date.now();
for (const [title, command] of steps) {
  const t0 = Date.now();
  console.log(`\n━━ ${title} ━━ (${command})`);
  const result = spawnSync(command, { stdio: 'inherit', shell: true });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${secs}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${secs}s)`);
}
console.log(`\nAll ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
