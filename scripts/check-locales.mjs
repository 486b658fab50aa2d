// Fails when a visible string lacks its English translation or when the generated locale
// modules are out of date with the XLIFF files. Fix with: npm run localize:extract, translate
// the new <trans-unit>s in xliff/en.xlf, then npm run localize:build.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';

const dir = 'src/generated/locales';
const snapshot = () =>
  existsSync(dir) ? Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')])) : {};

const before = snapshot();
const run = spawnSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'build'], { encoding: 'utf8' });
const output = `${run.stdout}\n${run.stderr}`;
process.stdout.write(output);
const problems = [];
if (run.status !== 0) problems.push('lit-localize build failed');
const missing = output.split('\n').filter((line) => /missing/i.test(line));
if (missing.length) problems.push(`${missing.length} string(s) without an English translation`);
// The staff's word, in the law and the guidance, is "närstående", not "anhörig" (docs in
// ../shared/docs/domain.md); compounds that name a service ("Anhörigcentrum") are fine.
const ANHORIG = /(?<![\p{L}])anhörig(a|as|e)?(?![\p{L}])/iu;
const swedishTexts = [
  ...[...readFileSync('xliff/en.xlf', 'utf8').matchAll(/<source>([\s\S]*?)<\/source>/g)].map((m) => m[1]),
  ...readFileSync('src/model/messages.ts', 'utf8').split('\n'),
];
const wrongWord = swedishTexts.filter((t) => ANHORIG.test(t));
if (wrongWord.length) problems.push(`"anhörig" where staff say "närstående": ${wrongWord.map((t) => JSON.stringify(t.trim())).join(', ')}`);
const after = snapshot();
if (JSON.stringify(before) !== JSON.stringify(after)) problems.push('src/generated/locales was stale (now rebuilt; commit it)');
if (problems.length) {
  console.error(`Localization check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Localization: every string has Swedish and English.');
