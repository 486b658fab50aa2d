// Adds lock-file entries for platform-specific optional packages the registry here does not
// carry (rollup publishes one per OS and CPU; only some are mirrored). npm leaves them out of
// package-lock.json when it cannot resolve them, and `npm ci` then refuses the lock file as out
// of sync. The entries name their OS and CPU, so npm skips them on this platform without a
// download. Run after every `npm install` that rewrites package-lock.json.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const parent = path.replace(/node_modules\/(@[^/]+\/)?[^/]+$/, '');
    if (packages[`${path}/node_modules/${name}`] || packages[`${parent}node_modules/${name}`] || packages[`node_modules/${name}`]) continue;
    const platform = name.match(/-(android|darwin|freebsd|linux|openbsd|openharmony|win32|sunos|aix|netbsd)-([a-z0-9]+)/);
    const entry = { version, dev: meta.dev, optional: true };
    if (platform) Object.assign(entry, { os: [platform[1]], cpu: [platform[2]] });
    packages[`node_modules/${name}`] = entry;
    added++;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${file}: added ${added} missing optional platform package entr${added === 1 ? 'y' : 'ies'}.`);
