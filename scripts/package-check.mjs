// The package as a vendor gets it: packs the build (npm pack), then checks the tarball's types in
// every resolution mode (@arethetypeswrong/cli; the package is ESM-only, so CommonJS `require`
// and pre-`exports` node10 resolution are out of scope), its package.json (publint --strict), and
// the example hosts in hosts/ installed from the packed tarball (scripts/test-hosts.mjs).
import { spawnSync } from 'node:child_process';

function run(title, command, args) {
  console.log(`\n── ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`package-check: ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

run('types (attw)', 'npx', ['--no-install', 'attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']);
run('package.json (publint)', 'npx', ['--no-install', 'publint', '--strict']);
run('example hosts (hosts/)', process.execPath, ['scripts/test-hosts.mjs']);
