/**
 * Writes the JSON Schema (draft 2020-12) of a SIP plan to dist/schema.json, generated from
 * the zod schemas. Run: node --import tsx scripts/write-schema.ts
 * The schema describes the INPUT a host may send (arrays with defaults are optional).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../src/model/json-schema';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
