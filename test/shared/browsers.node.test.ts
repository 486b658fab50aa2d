// A machine without the system browsers: the tests say exactly what to install.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainMissing, missingBrowsers } from '../../scripts/browsers.mjs';

const bare = { PATH: '/nonexistent', CHROMIUM_BIN: '/nonexistent/chromium', FIREFOX_BIN: '/nonexistent/firefox-esr' };

test('a missing browser is named with the Debian package that provides it', () => {
  const missing = missingBrowsers(['chromium', 'firefox', 'webkit'], bare);
  assert.deepEqual(missing.map((m) => m.debian), ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb']);
  const message = explainMissing(missing);
  assert.match(message, /sudo apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb fonts-dejavu-core/);
  assert.match(message, /looked at \/nonexistent\/chromium/);
  assert.match(message, /CHROMIUM_BIN \/ FIREFOX_BIN \/ WEBKIT_DRIVER_BIN/);
});

test('only the browsers asked for are checked, and a display makes xvfb unnecessary', () => {
  assert.deepEqual(missingBrowsers(['chromium'], bare).map((m) => m.what), ['Chromium']);
  assert.deepEqual(missingBrowsers(['webkit'], { ...bare, DISPLAY: ':0' }).map((m) => m.what), ['WebKitWebDriver']);
});

test('a browser that is there is not reported', () => {
  // This file stands in for a browser binary: it exists.
  const here = new URL(import.meta.url).pathname;
  assert.deepEqual(missingBrowsers(['chromium', 'firefox'], { ...bare, CHROMIUM_BIN: here, FIREFOX_BIN: here }), []);
});
