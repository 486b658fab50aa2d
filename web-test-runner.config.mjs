// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';

/** Serves `/__all-stories__.js`: a loader per stories file, so the smoke test always sees them all. */
/**
 * `executeServerCommand('sip-screenshot', { name, selector?, media? })` saves a PNG of the page (or
 * of one element) to .screenshots/<name>.png — Chromium only; elsewhere it resolves false. With
 * `media: 'print'` the page is shot as printed (print styles). Tests use it so people can look at
 * what the elements draw.
 */
const screenshotPlugin = {
  name: 'sip-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'sip-screenshot') return undefined;
    if (session.browser.type !== 'puppeteer' || !session.browser.getPage || !String(session.browser.name).includes('Chrom')) return false;
    const page = session.browser.getPage(session.id);
    mkdirSync('.screenshots', { recursive: true });
    const path = `.screenshots/${String(payload.name).replace(/[^\w.-]+/g, '_')}.png`;
    if (payload.media === 'print') await page.emulateMediaType('print');
    try {
      if (payload.selector) {
        const handle = await page.evaluateHandle((sel) => document.querySelector(sel), payload.selector);
        const el = handle.asElement();
        if (el) await el.screenshot({ path });
        else await page.screenshot({ path, fullPage: true });
      } else {
        await page.screenshot({ path, fullPage: true });
      }
    } finally {
      if (payload.media === 'print') await page.emulateMediaType(null);
    }
    return true;
  },
};

/**
 * `executeServerCommand('sip-pdf', { name })` starts printing the current page to A4 PDF as
 * Chromium's print does (print media, the page's own `@page` size) and saves
 * .screenshots/<name>.pdf; `executeServerCommand('sip-pdf-text', { name })` then resolves with
 * `{ pages }`, the text of each page (pdfjs-dist), or `{ pending: true }` while it is not done — a
 * long plan prints for longer than one command may take. Chromium only; elsewhere false.
 */
const pdfJobs = new Map();
async function printToText(page, name) {
  mkdirSync('.screenshots', { recursive: true });
  const path = `.screenshots/${String(name).replace(/[^\w.-]+/g, '_')}.pdf`;
  const data = await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: false });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return { pages };
}
const pdfPlugin = {
  name: 'sip-pdf',
  async executeCommand({ command, payload, session }) {
    if (command !== 'sip-pdf' && command !== 'sip-pdf-text') return undefined;
    if (session.browser.type !== 'puppeteer' || !session.browser.getPage || !String(session.browser.name).includes('Chrom')) return false;
    const key = `${session.id}|${payload.name}`;
    if (command === 'sip-pdf') {
      const job = { done: false, result: undefined, error: undefined };
      pdfJobs.set(key, job);
      printToText(session.browser.getPage(session.id), payload.name).then(
        (result) => Object.assign(job, { done: true, result }),
        (error) => Object.assign(job, { done: true, error: String(error) }),
      );
      return true;
    }
    const job = pdfJobs.get(key);
    if (!job) return { error: `no print job ${payload.name}` };
    if (!job.done) return { pending: true };
    pdfJobs.delete(key);
    return job.error ? { error: job.error } : job.result;
  },
};

const allStoriesPlugin = {
  name: 'all-stories',
  serve(context) {
    if (context.path !== '/__all-stories__.js') return undefined;
    // SIP_STORIES=plan-document runs one element's stories (a narrow run); unset, all of them.
    const only = process.env.SIP_STORIES;
    const files = readdirSync('stories').filter((f) => f.endsWith('.stories.ts') && (!only || f.startsWith(only))).sort();
    const body = `export const storyModules = {\n${files.map((f) => `  ${JSON.stringify(f)}: () => import('/stories/${f}'),`).join('\n')}\n};\n`;
    return { body, type: 'js' };
  },
};

/**
 * Serves `/__second-copy__.js`: the library bundled with its own lit and @lit/localize, as a
 * second bundle on a host's page brings them (for the two-copies locale test).
 */
const secondCopyPlugin = {
  name: 'second-copy',
  async serve(context) {
    if (context.path !== '/__second-copy__.js') return undefined;
    const { build } = await import('esbuild');
    const result = await build({ entryPoints: ['src/index.ts'], bundle: true, format: 'esm', target: 'es2022', write: false, conditions: ['production'], logLevel: 'silent' });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

/**
 * Element tests in real browsers. Which browsers run comes from SIP_BROWSERS
 * (comma-separated: chromium, firefox, webkit; default all three). Each browser's binary can be
 * pointed elsewhere with CHROMIUM_BIN, FIREFOX_BIN and WEBKIT_BROWSER_BIN; WebKit is driven
 * through WebKitWebDriver, which scripts/wtr.mjs starts under Xvfb on WEBKIT_DRIVER_PORT.
 */
const wanted = (process.env.SIP_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);

const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

function miniBrowser() {
  if (process.env.WEBKIT_BROWSER_BIN) return process.env.WEBKIT_BROWSER_BIN;
  try {
    const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).split('\n');
    return files.find((f) => f.endsWith('/MiniBrowser')) ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  } catch {
    return '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  }
}

/** Gives a launcher a fixed label in the report (WebKitWebDriver reports no browser name). */
function named(label, launcher) {
  Object.defineProperty(launcher, 'name', { get: () => label, set: () => {}, configurable: true });
  return launcher;
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium', headless: true, args: chromiumFlags },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  webkit: () =>
    named('WebKit', webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      logLevel: 'warn',
      capabilities: {
        // @ts-expect-error vendor capability of WebKitWebDriver
        'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
      },
    })),
};

export default {
  files: process.env.SIP_TEST_FILES ? process.env.SIP_TEST_FILES.split(',') : ['test/**/*.browser.test.ts'],
  // Production builds of lit: no dev-mode warnings in the console the story smoke test watches.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  // The three browsers run side by side: the suite takes about half as long on two cores.
  concurrentBrowsers: 3,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  // The story smoke test runs two accessibility engines over every story: ~10 minutes for
  // Firefox and WebKit side by side on a loaded machine.
  testsFinishTimeout: 900000,
  testFramework: { config: { timeout: 20000 } },
  // test/helpers/setup.ts first: it keeps a failed assertion on a DOM node from taking the page down.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><body><script type="module" src="/test/helpers/setup.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [allStoriesPlugin, secondCopyPlugin, screenshotPlugin, pdfPlugin, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: wanted.map((name) => {
    const make = launchers[/** @type {keyof typeof launchers} */ (name)];
    if (!make) throw new Error(`Unknown browser "${name}" in SIP_BROWSERS (use chromium, firefox, webkit)`);
    return make();
  }),
};
