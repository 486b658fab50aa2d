// Sets English targets in xliff/en.xlf from a JSON file: { "<id>": "English text" }.
// Placeholders are written {0}, {1}, … in the order they appear in the Swedish source; they
// become the source's own <x …/> elements. Usage: node scripts/xliff-translate.mjs en.json
// Run `npm run localize:extract` first (so the ids exist) and `npm run localize:build` after.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'xliff/en.xlf';
const translations = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let xml = readFileSync(file, 'utf8');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const missing = [];
let count = 0;
for (const [id, text] of Object.entries(translations)) {
  const unit = new RegExp(`(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\s*<source>([\\s\\S]*?)</source>)(\\s*<target>[\\s\\S]*?</target>)?`);
  const match = xml.match(unit);
  if (!match) {
    missing.push(id);
    continue;
  }
  const placeholders = [...match[2].matchAll(/<x id="\d+" equiv-text="[^"]*"\/>/g)].map((m) => m[0]);
  const target = escape(String(text)).replace(/\{(\d+)\}/g, (_, i) => placeholders[Number(i)] ?? `{${i}}`);
  xml = xml.replace(unit, `${match[1]}\n  <target>${target}</target>`);
  count++;
}
writeFileSync(file, xml);
console.log(`Set ${count} English target(s) in ${file}.`);
if (missing.length) {
  console.error(`Not in ${file} (run npm run localize:extract first?): ${missing.join(', ')}`);
  process.exit(1);
}
