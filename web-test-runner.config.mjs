// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';

/** Serves `/__all-stories__.js`: a loader per stories file, so the smoke test always sees them all. */
/**
 * `executeServerCommand('sip-screenshot', { name, selector? })` saves a PNG of the page (or of
 * one element) to .screenshots/<name>.png — Chromium only; elsewhere it resolves false. Tests use
 * it so people can look at what the elements draw.
 */
const screenshotPlugin = {
  name: 'sip-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'sip-screenshot') return undefined;
    if (session.browser.type !== 'puppeteer' || !session.browser.getPage || !String(session.browser.name).includes('Chrom')) return false;
    const page = session.browser.getPage(session.id);
    mkdirSync('.screenshots', { recursive: true });
    const path = `.screenshots/${String(payload.name).replace(/[^\w.-]+/g, '_')}.png`;
    if (payload.selector) {
      const handle = await page.evaluateHandle((sel) => document.querySelector(sel), payload.selector);
      const el = handle.asElement();
      if (el) await el.screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    } else {
      await page.screenshot({ path, fullPage: true });
    }
    return true;
  },
};

const allStoriesPlugin = {
  name: 'all-stories',
  serve(context) {
    if (context.path !== '/__all-stories__.js') return undefined;
    const files = readdirSync('stories').filter((f) => f.endsWith('.stories.ts')).sort();
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
  plugins: [allStoriesPlugin, secondCopyPlugin, screenshotPlugin, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: wanted.map((name) => {
    const make = launchers[/** @type {keyof typeof launchers} */ (name)];
    if (!make) throw new Error(`Unknown browser "${name}" in SIP_BROWSERS (use chromium, firefox, webkit)`);
    return make();
  }),
};
