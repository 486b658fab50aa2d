// `npm start`: the demo journal (Vite) and a local sync server for the meeting circle (the
// standard y-websocket server, @y/websocket-server) so a chair's window and participants'
// windows — or a phone on the same network (HOST=0.0.0.0) — can share one meeting's clock.
// SYNC_PORT sets the sync server's port (default 1234). Extra arguments go to Vite.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const serverDir = dirname(require.resolve('@y/websocket-server/package.json'));
const vite = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'vite', 'bin', 'vite.js');
const host = process.env.HOST ?? 'localhost';
const children = [
  spawn(process.execPath, [join(serverDir, 'src/server.js')], {
    stdio: 'inherit',
    env: { ...process.env, HOST: host, PORT: process.env.SYNC_PORT ?? '1234' },
  }),
  spawn(process.execPath, [vite, '--config', 'vite.config.ts', ...(host === 'localhost' ? [] : ['--host', host]), ...process.argv.slice(2)], {
    stdio: 'inherit',
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
