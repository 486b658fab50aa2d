// The example hosts in hosts/, each against the package as published: `npm pack` of the build,
// unpacked into hosts/node_modules/sip-elements (what `npm install ../sip-elements.tgz` puts
// there; the package's own dependencies and the hosts' frameworks resolve from the project's
// node_modules, which `npm ci` installed). Each host is typechecked strictly, built, served with
// a strict Content-Security-Policy and driven in headless Chromium:
//   render the plan from the host's API → switch language → a real edit in the element (the ring
//   of a network entry, through the <select> a user would use) → the host receives
//   sip-plan-change and saves the new plan (a PUT that the test server checks).
// HOSTS=html,react runs some only.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { build } from 'esbuild';
import { launchChromium } from '../bench/lib.mjs';
import { CSP_POLICY } from './csp-policy.mjs';
import { LIT_PACKAGES } from './build-browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const hostsDir = join(root, 'hosts');
const only = process.env.HOSTS?.split(',').map((s) => s.trim());

// ── The package as a vendor installs it ──
function installPackage() {
  const work = mkdtempSync(join(tmpdir(), 'sip-pack-'));
  try {
    const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
    const tarball = join(work, filename);
    execFileSync('tar', ['-xzf', tarball, '-C', work]);
    const target = join(hostsDir, 'node_modules', 'sip-elements');
    rmSync(target, { recursive: true, force: true });
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(work, 'package'), target);
    rmSync(join(hostsDir, 'sip-elements.tgz'), { force: true });
    renameSync(tarball, join(hostsDir, 'sip-elements.tgz'));
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ── Hosts ──
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

const hosts = {
  /** The README's "Embed it" snippet, in a page beside the no-bundler build. */
  html: {
    files(pkg) {
      return { '/': readFileSync(join(hostsDir, 'html/index.html')), ...folder(join(pkg, 'dist/browser'), '/') };
    },
    // Its one script is inline (as in the README); the policy allows exactly that script by hash.
    csp: () => inlineScriptsAllowed('html/index.html'),
    switchesLanguageItself: true,
    // The README shows this page's snippet; they must not drift apart.
    check: () => readmeShows('html/index.html', 'Embed it', 'Embed it'),
  },
  /** The README's import-map recipe: dist/browser/ with its lit/ folder mapped onto the page's own copy of lit. */
  'shared-lit': {
    files(pkg) {
      const files = { '/': readFileSync(join(hostsDir, 'html/shared-lit.html')), ...folder(pkg, '/vendor/sip-elements/') };
      for (const name of LIT_PACKAGES) Object.assign(files, folder(join(root, 'node_modules', name), `/vendor/${name}/`));
      return files;
    },
    csp: () => inlineScriptsAllowed('html/shared-lit.html'),
    switchesLanguageItself: true,
    check: () => readmeShows('html/shared-lit.html', 'import map', 'Embed it', 1),
    // The page's own `lit` (by the import map) is the copy the elements extend, and the build's
    // copy in dist/browser/lit/ is never fetched.
    async verify(page) {
      const problems = (await page.evaluate(() => document.body.dataset.sharedLit)) === 'true' ? [] : ["the elements do not use the page's lit"];
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      const own = fetched.filter((p) => p.startsWith('/vendor/sip-elements/dist/browser/lit/'));
      if (own.length) problems.push(`the build's own lit was loaded too: ${own.join(', ')}`);
      if (!fetched.includes('/vendor/lit/index.js')) problems.push("the page's lit/index.js was not loaded");
      return problems;
    },
  },
  /** A TypeScript server (module nodenext): types resolve, setLocale and the model work without a DOM. */
  node: {
    server: 'hosts/node',
  },
  /** React 19 with sip-elements/react, bundled with esbuild, typechecked with tsc --strict. */
  react: {
    typecheck: { tool: 'typescript/bin/tsc', project: 'hosts/react/tsconfig.json' },
    files: () => esbuildHost('react', 'src/main.tsx', { jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' } }),
    csp: () => CSP_POLICY,
  },
  /** Vue 3.5: the tags in an SFC with sip-elements/vue's types, vue-tsc strictTemplates, built by Vite. */
  vue: {
    typecheck: { tool: 'vue-tsc/bin/vue-tsc.js', project: 'hosts/vue/tsconfig.json' },
    files: () => viteBuild('vue'),
    csp: () => CSP_POLICY,
  },
  /**
   * Angular 20: a standalone zoneless component with CUSTOM_ELEMENTS_SCHEMA, compiled ahead of
   * time by ngc with strictTemplates (the typecheck; it writes hosts/angular/.out), then bundled
   * by esbuild with the Angular linker (as the Angular CLI does), so no JIT compiler and no eval.
   */
  angular: {
    typecheck: { tool: '@angular/compiler-cli/bundles/src/bin/ngc.js', project: 'hosts/angular/tsconfig.json' },
    async files() {
      try {
        return await esbuildHost('angular', '.out/main.js', { define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' }, plugins: [angularLinker()] });
      } finally {
        rmSync(join(hostsDir, 'angular/.out'), { recursive: true, force: true });
      }
    },
    csp: () => CSP_POLICY,
  },
};

/** A host bundled by esbuild from `entry` (in memory), with its index.html: URL path → contents. */
async function esbuildHost(name, entry, options) {
  const dir = join(hostsDir, name);
  const out = await build({ entryPoints: [join(dir, entry)], bundle: true, format: 'esm', splitting: true, outdir: '/', write: false, minify: true, logLevel: 'warning', absWorkingDir: dir, ...options });
  const files = { '/': readFileSync(join(dir, 'index.html')) };
  for (const f of out.outputFiles) files[f.path.replace(/^.*?\/(?=[^/]+$)/, '/')] = Buffer.from(f.contents);
  return files;
}

/** esbuild plugin: Angular's packages ship partially compiled; the linker finishes them. */
function angularLinker() {
  return {
    name: 'angular-linker',
    setup(b) {
      b.onLoad({ filter: /[\\/]@angular[\\/].+\.m?js$/ }, async ({ path }) => {
        const code = readFileSync(path, 'utf8');
        if (!code.includes('\u0275\u0275ngDeclare')) return { contents: code, loader: 'js' };
        const [{ transformAsync }, { default: linker }] = await Promise.all([import('@babel/core'), import('@angular/compiler-cli/linker/babel')]);
        const linked = await transformAsync(code, { filename: path, plugins: [linker], configFile: false, babelrc: false, compact: false, sourceMaps: false });
        return { contents: linked?.code ?? code, loader: 'js' };
      });
    },
  };
}

/** A host built by Vite with its own vite.config.ts, in memory: URL path → contents. */
async function viteBuild(name) {
  const { build: vite } = await import('vite');
  const dir = join(hostsDir, name);
  const result = await vite({ root: dir, configFile: join(dir, 'vite.config.ts'), logLevel: 'warn', build: { write: false, outDir: join(dir, 'dist') } });
  const files = {};
  for (const output of [result].flat()) {
    for (const f of output.output) files[`/${f.fileName}`] = Buffer.from(f.type === 'chunk' ? f.code : f.source);
  }
  files['/'] = files['/index.html'];
  return files;
}

/** The strict policy, plus the hashes of the page's inline scripts (the module and the import map). */
function inlineScriptsAllowed(file) {
  const page = readFileSync(join(hostsDir, file), 'utf8');
  const hashes = [...page.matchAll(/<script type="(?:module|importmap)">([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  return CSP_POLICY.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`);
}

/** Problems when the README's `nth` html block in section `section` differs from the page's marked part. */
function readmeShows(file, marker, section, nth = 0) {
  const page = readFileSync(join(hostsDir, file), 'utf8');
  const part = page.split(new RegExp(`<!-- README "?${marker}"? (?:starts|ends) here[^>]*-->\\n`))[1] ?? '';
  const dedented = part.split('\n').map((l) => l.replace(/^ {4}/, '')).join('\n').replace(/\s+$/, '');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const from = readme.slice(readme.indexOf(`## ${section}`));
  const block = [...from.matchAll(/```html\n([\s\S]*?)\n```/g)][nth]?.[1] ?? '';
  return block === dedented ? [] : [`README (${section}) shows a snippet that differs from hosts/${file}: copy the page's marked part into the README`];
}

/** Every file under `dir`, keyed by URL path. */
function folder(dir, prefix) {
  const files = {};
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(files, folder(full, `${prefix}${name}/`));
    else files[`${prefix}${name}`] = readFileSync(full);
  }
  return files;
}

// ── A server host: compile with its own tsconfig (nodenext), run, read its one JSON line ──
function runServer(dir) {
  // Inside the host (its package.json says type: module; `sip-elements` resolves from hosts/).
  const out = join(root, dir, '.out');
  try {
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, dir, 'tsconfig.json'), '--outDir', out], { encoding: 'utf8' });
    if (tsc.status !== 0) return [`typecheck (tsc --strict, nodenext) failed:\n${tsc.stdout}${tsc.stderr}`];
    const run = spawnSync(process.execPath, [join(out, 'server.js')], { encoding: 'utf8' });
    if (run.status !== 0) return [`the server failed:\n${run.stderr}`];
    const r = JSON.parse(run.stdout.trim().split('\n').at(-1));
    const problems = [];
    if (r.locale !== 'en' || r.en === r.sv || !r.en) problems.push(`setLocale('en') on the server did not switch the model's messages: ${JSON.stringify(r)}`);
    if (r.resourceType !== 'Bundle' || r.valid !== true) problems.push(`model/FHIR results wrong: ${JSON.stringify(r)}`);
    return problems;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// ── One host's run ──
/** A host's typecheck (tsc, vue-tsc or ngc), started at once: the checkers run side by side. */
function startTypecheck(host) {
  if (!host.typecheck) return Promise.resolve([]);
  const { tool, project } = host.typecheck;
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', tool), '-p', join(root, project)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done(code === 0 ? [] : [`typecheck (${tool.split('/')[0]}, strict) failed:\n${output}`]));
  });
}

async function runHost(name, host, pkg, plan, chromium, typechecked) {
  const problems = host.check?.() ?? [];
  if (problems.length) return problems;
  if (host.server) return runServer(host.server);
  const typeProblems = await typechecked;
  if (typeProblems.length) return typeProblems;
  const files = await host.files(pkg);
  const saved = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const headers = { 'content-security-policy': host.csp(), 'cache-control': 'no-store' };
    if (path === '/api/sip/123') {
      if (req.method === 'PUT') {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => (saved.push(JSON.parse(body)), res.writeHead(204, headers).end()));
      } else res.writeHead(200, { ...headers, 'content-type': TYPES['.json'] }).end(JSON.stringify(plan));
      return;
    }
    const body = files[path];
    if (!body) return void res.writeHead(404, headers).end('not found');
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? TYPES['.html'] }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const page = await chromium.browser.newPage();
  try {
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => ((window.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`)), true);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });

    const mapText = () => page.evaluate(() => document.querySelector('sip-network-map')?.shadowRoot?.textContent ?? '');
    const waitFor = async (what, test) => {
      for (let i = 0; i < 150; i++) {
        if (await test()) return true;
        await delay(100);
      }
      problems.push(`timed out waiting for: ${what}`);
      return false;
    };
    const lars = plan.network.find((e) => e.id === 'lars');
    if (!(await waitFor('the plan to render (a network entry by name)', async () => (await mapText()).includes(lars.name)))) return problems;

    // Switch language: the README snippet calls setLocale('en') itself; the others have a button.
    if (!host.switchesLanguageItself) {
      if (!(await mapText()).includes('Tabell')) problems.push('did not start in Swedish');
      await page.click('#language');
    }
    await waitFor('English after setLocale("en")', async () => (await mapText()).includes('Table'));

    // A real edit: the table view, then Lars's ring through its <select>.
    const tableButton = await page.waitForSelector('sip-network-map >>> button[aria-pressed="false"]');
    await tableButton.click();
    const ring = await page.waitForSelector(`sip-network-map >>> tr[data-id="lars"] select[aria-label^="Ring"]`, { timeout: 5000 });
    const newRing = lars.map.ring === 1 ? '2' : '1';
    await ring.select(newRing);
    await waitFor('the host to save the changed plan (sip-plan-change → PUT)', async () => saved.length > 0);
    const savedLars = saved.at(-1)?.network?.find((e) => e.id === 'lars');
    if (saved.length && String(savedLars?.map?.ring) !== newRing) problems.push(`the saved plan has ring ${savedLars?.map?.ring} for Lars, expected ${newRing}`);
    if (saved.length && saved.at(-1).id !== plan.id) problems.push('the saved plan is another plan');
    if (host.verify) problems.push(...(await host.verify(page)));
    const violations = await page.evaluate(() => window.__csp ?? []);
    for (const v of violations) problems.push(`CSP violation: ${v}`);
  } finally {
    await page.close();
    server.close();
  }
  return problems;
}

// ── Main ──
const pkg = installPackage();
const { examplePlans } = await import(pathToFileURL(join(pkg, 'dist/examples.js')).href);
// A draft (not yet signed) plan, so the network can be edited.
const plan = { ...structuredClone(examplePlans.elderly), status: 'draft', signatures: [] };
delete plan.lockedAt;

const chromium = await launchChromium();
let failed = 0;
try {
  const chosen = Object.entries(hosts).filter(([name]) => !only || only.includes(name));
  const typechecks = new Map(chosen.map(([name, host]) => [name, startTypecheck(host)]));
  for (const [name, host] of chosen) {
    const t0 = Date.now();
    const problems = await runHost(name, host, pkg, plan, chromium, typechecks.get(name));
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (problems.length) {
      failed++;
      console.log(`✗ host ${name} (${secs}s)`);
      for (const p of problems) console.log(`    ${p}`);
    } else if (host.server) console.log(`✓ host ${name}: typechecked (strict, nodenext), validated a plan, switched the model to English, mapped to FHIR (${secs}s)`);
    else console.log(`✓ host ${name}: ${host.typecheck ? 'typechecked (strict), ' : ''}rendered the plan, switched to English, edited in the element, saved the new plan (${secs}s)`);
  }
} finally {
  await chromium.close();
}
process.exit(failed ? 1 : 0);
