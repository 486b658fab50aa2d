// Runs the browser tests. WebKit needs WebKitWebDriver running under a virtual display, so this
// starts it (when webkit is among SIP_BROWSERS), runs web-test-runner, and stops it again.
import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import net from 'node:net';
import { explainMissing, missingBrowsers } from './browsers.mjs';

const browsers = (process.env.SIP_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
const port = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);
const extraArgs = process.argv.slice(2);

const missing = missingBrowsers(browsers);
if (missing.length) {
  console.error(explainMissing(missing));
  process.exit(1);
}

function portOpen(p) {
  return new Promise((resolve) => {
    const socket = net.connect(p, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

let driver;
if (browsers.includes('webkit') && !(await portOpen(port))) {
  const bin = process.env.WEBKIT_DRIVER_BIN ?? 'WebKitWebDriver';
  const useXvfb = !process.env.DISPLAY;
  const cmd = useXvfb ? 'xvfb-run' : bin;
  const args = useXvfb ? ['-a', '-s', '-screen 0 1280x1024x24', bin, `--port=${port}`] : [`--port=${port}`];
  driver = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  for (let i = 0; i < 100 && !(await portOpen(port)); i++) await delay(100);
  if (!(await portOpen(port))) {
    console.error(`WebKitWebDriver did not start on port ${port}`);
    process.exit(1);
  }
}

const stop = () => {
  if (driver?.pid) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
};

const wtr = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...extraArgs], {
  stdio: 'inherit',
  env: { ...process.env, SIP_BROWSERS: browsers.join(',') },
});
wtr.on('exit', (code) => {
  stop();
  process.exit(code ?? 1);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => (wtr.kill(sig), stop()));
