// Strict-CSP check: bundles test/csp/host.js against the *built* library (through package.json
// `exports`, as a vendor would), serves it with a strict Content-Security-Policy, renders every
// element in headless Chromium and fails on any CSP violation, console error, page error,
// failed request, invalid plan or element without shadow content.
// CSP_HOST=<file> swaps in another host script (used to prove the check can fail).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { packageEntries, projectRoot, vendorBundle } from './vendor-bundle.mjs';
import { fromMemory, launchChromium, serve } from '../bench/lib.mjs';
import { CSP_POLICY } from './csp-policy.mjs';

export const CSP = CSP_POLICY;

const problems = [];
const entries = packageEntries();
if (!entries.some((e) => e.subpath === '.' && e.exists)) {
  console.error('csp-check: the built `sip-elements` entry is missing — build first (npm run build).');
  process.exit(1);
}
const hasExamples = entries.some((e) => e.subpath === './examples' && e.exists);

// Where `examplePlans` comes from: `sip-elements/examples` when exported, else `sip-elements/model`.
const examplesFallback = {
  name: 'examples-fallback',
  setup(build) {
    if (hasExamples) return;
    build.onResolve({ filter: /^sip-elements\/examples$/ }, (args) => build.resolve('sip-elements/model', { kind: args.kind, resolveDir: args.resolveDir }));
  },
};

const hostFile = resolve(process.env.CSP_HOST ?? join(projectRoot, 'test/csp/host.js'));
let bundle;
try {
  bundle = await vendorBundle({ host: { file: hostFile } }, { plugins: [examplesFallback] });
} catch (err) {
  console.error(`csp-check: bundling ${hostFile} failed:\n${err.message}`);
  process.exit(1);
}
const files = { ...bundle.outputs, 'index.html': readFileSync(join(projectRoot, 'test/csp/index.html')) };
const server = await serve(fromMemory(files), { 'content-security-policy': CSP });
const chromium = await launchChromium();

let report = [];
try {
  const page = await chromium.browser.newPage();
  // Registered before any page script runs, so even violations during module loading are seen.
  await page.evaluateOnNewDocument(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}`, sample: e.sample }),
      true,
    );
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));

  await page.goto(server.url, { waitUntil: 'load' });
  let ready = null;
  for (let i = 0; i < 100 && ready === null; i++) {
    ready = await page.evaluate(() => document.body.getAttribute('data-csp-ready'));
    if (ready === null) await delay(100);
  }
  if (ready === null) problems.push('the host page never finished rendering (data-csp-ready not set within 10 s)');
  await delay(200); // late violations (e.g. from a timer) still count

  report = await page.evaluate(() =>
    [...document.querySelectorAll('#host > *')].map((el) => {
      const root = el.shadowRoot;
      // "Rendered" means real content in the shadow root, not only Lit's comment markers.
      // Every element node inside, and only if the element shows some text (a plan's content
      // or the timer), so an empty wrapper does not pass.
      const text = root ? (root.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
      const content = root && text.length >= 20 ? root.querySelectorAll('*').length : 0;
      const invalid = el.hasAttribute('data-csp-invalid') || !!root?.querySelector('[role="alert"]');
      return { tag: el.localName, attrs: el.getAttributeNames().filter((a) => !a.startsWith('data-csp')).map((a) => `${a}="${el.getAttribute(a)}"`).join(' '), shadow: !!root, content, invalid };
    }),
  );
  const violations = await page.evaluate(() => window.__cspViolations);
  for (const v of violations) problems.push(`CSP violation: ${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}${v.sample ? ` — ${v.sample.replace(/\s+/g, " ").slice(0, 80)}` : ''}`);
} finally {
  await chromium.close();
  await server.close();
}

console.log(`Strict CSP check (${process.env.CSP_HOST ? hostFile : 'test/csp/host.js'}, built library via package exports)`);
console.log(`  policy: ${CSP}`);
if (!hasExamples) console.log('  note: no `sip-elements/examples` export; examplePlans taken from `sip-elements/model`');
if (report.length === 0) problems.push('no sip-* element was rendered (none registered?)');
for (const r of report) {
  const ok = r.shadow && r.content > 0 && !r.invalid;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} <${r.tag}${r.attrs ? ` ${r.attrs}` : ''}>: ${r.shadow ? `${r.content} shadow node(s)` : 'no shadow root'}${r.invalid ? ', plan reported invalid' : ''}`);
  if (!ok) problems.push(`<${r.tag}> ${!r.shadow ? 'has no shadow root' : r.content === 0 ? 'rendered nothing' : 'shows the invalid-plan state for the elderly example'}`);
}
const missing = ['consent-recorder', 'network-map', 'meeting-circle', 'smart-goal-editor', 'activity-status-list', 'initiative', 'meeting-planner', 'plan-document', 'follow-up'].filter((n) => !report.some((r) => r.tag === `sip-${n}`));
if (missing.length) console.log(`  not registered (yet): ${missing.map((n) => `sip-${n}`).join(', ')}`);
// An element whose own entry is exported and built must also come with `sip-elements`.
for (const n of missing.filter((n) => entries.some((e) => e.subpath === `./${n}` && e.exists))) problems.push(`sip-${n} has a built entry but \`sip-elements\` did not register it`);
for (const p of problems) console.log(`  problem: ${p}`);
console.log(problems.length ? `csp-check: FAILED (${problems.length} problem(s))` : `csp-check: ok — ${report.length} element(s), no violation`);
process.exit(problems.length ? 1 : 0);
