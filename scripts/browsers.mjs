// The system browsers the tests drive, where each is looked for, and what to install when one is
// missing (Debian package names: .ci/run installs these; a developer gets the exact command).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** `name` found on PATH, or undefined. */
function onPath(name, env) {
  return (env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find((file) => existsSync(file));
}

/** Each browser: how the tests name it, where it is, what provides it. */
export function browserNeeds(env = process.env) {
  return {
    chromium: [{ what: 'Chromium', file: env.CHROMIUM_BIN ?? '/usr/bin/chromium', variable: 'CHROMIUM_BIN', debian: 'chromium' }],
    firefox: [{ what: 'Firefox ESR', file: env.FIREFOX_BIN ?? '/usr/bin/firefox-esr', variable: 'FIREFOX_BIN', debian: 'firefox-esr' }],
    webkit: [
      { what: 'WebKitWebDriver', file: env.WEBKIT_DRIVER_BIN ?? onPath('WebKitWebDriver', env), variable: 'WEBKIT_DRIVER_BIN', debian: 'webkit2gtk-driver' },
      // Without a display, WebKit runs under a virtual one.
      ...(env.DISPLAY ? [] : [{ what: 'xvfb-run', file: onPath('xvfb-run', env), variable: undefined, debian: 'xvfb' }]),
    ],
  };
}

/** What is missing for `browsers` (chromium, firefox, webkit). */
export function missingBrowsers(browsers, env = process.env) {
  const needs = browserNeeds(env);
  return browsers.flatMap((b) => needs[b] ?? []).filter((n) => !n.file || !existsSync(n.file));
}

/** A message that says exactly what to do about `missing`. */
export function explainMissing(missing) {
  const packages = [...new Set(missing.map((m) => m.debian))];
  const variables = missing.map((m) => m.variable).filter(Boolean);
  return [
    `Missing for the browser tests: ${missing.map((m) => `${m.what}${m.file ? ` (looked at ${m.file})` : ' (not on PATH)'}`).join(', ')}.`,
    `  On Debian or Ubuntu: sudo apt-get install -y ${packages.join(' ')} fonts-dejavu-core`,
    '  (bash .ci/run installs them itself when it runs as root).',
    ...(variables.length ? [`  Elsewhere: point ${variables.join(' / ')} at your own copy.`] : []),
    '  To run fewer browsers: SIP_BROWSERS=chromium npm run test:browsers.',
  ].join('\n');
}
