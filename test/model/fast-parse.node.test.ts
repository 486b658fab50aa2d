import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { planSchema } from '../../src/model';
import { boundedIssues, compile, FAIL } from '../../src/model/fast-parse';
import { examplePlans } from '../../src/model/examples';
import { readPlanShape } from '../../src/model/generated/plan-parser';
import { GENERATED_PATH, generatePlanParser } from '../../scripts/generate-parser';
import { clone } from './helpers';

const fast = compile(planSchema);
/** Both fast paths: the closures compiled at run time (operations) and the generated parser (parsePlan). */
const fastPaths = { compiled: fast, generated: readPlanShape };

/**
 * The fast path must accept exactly what zod accepts and build the same output; the bounded
 * issue walk must report zod's first issues (code and path) in zod's order.
 */
function same(input: unknown): void {
  const z = planSchema.safeParse(input);
  const walked = boundedIssues(planSchema, input, 200).map((i) => ({ code: i.code, path: i.path }));
  if (!z.success) {
    assert.deepStrictEqual(walked, z.error.issues.slice(0, 200).map((i) => ({ code: i.code, path: i.path })));
  } else {
    assert.deepStrictEqual(walked, [], 'the issue walk found issues where zod found none');
  }
  for (const [name, run] of Object.entries(fastPaths)) {
    let f: unknown;
    try {
      f = run(input);
    } catch {
      f = FAIL;
    }
    if (!z.success) {
      assert.equal(f, FAIL, `${name} fast path accepted what zod rejects`);
      continue;
    }
    assert.notEqual(f, FAIL, `${name} fast path rejected what zod accepts`);
    assert.deepStrictEqual(f, z.data, `${name} fast path built another plan than zod`);
  }
}

function paths(value: unknown, base: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...base, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      paths(v, p, out);
    }
  }
  return out;
}

const REMOVE = Symbol('remove');
const hostile = fc.constantFrom<unknown>(
  REMOVE, undefined, null, '', ' ', 'x', 0, -1, 1.5, 1441, 2 ** 60, NaN, Infinity, true, [], {}, [1], { x: 1 },
  '2026-02-30', '2026-13-01', '2026-11-22T24:00:00Z', '2026-11-22T10:00:00', '2026-11-22T10:00:00+01:00', 'a'.repeat(201),
  'planned', 'region', 'professional', 'coordinator', 'personnummer', 'reservnummer', 'opening', 'long', 'given', 1, 2, 3,
);

test('the compiled plan schema matches zod on every example', () => {
  for (const plan of Object.values(examplePlans)) same(clone(plan));
});

test('the compiled plan schema matches zod on mutated examples', () => {
  const bases = Object.entries(examplePlans)
    .filter(([name]) => name !== 'large')
    .map(([, p]) => clone(p));
  const all = bases.map((b) => paths(b));
  fc.assert(
    fc.property(fc.nat(bases.length - 1), fc.array(fc.tuple(fc.nat(), hostile), { minLength: 1, maxLength: 3 }), fc.option(fc.string({ maxLength: 6 })), (bi, edits, extraKey) => {
      const plan = clone(bases[bi]!) as Record<string, unknown>;
      for (const [n, value] of edits) {
        const ps = all[bi]!;
        const path = ps[n % ps.length]!;
        let parent: Record<string | number, unknown> = plan;
        for (const k of path.slice(0, -1)) {
          const next = parent[k];
          if (!next || typeof next !== 'object') return;
          parent = next as Record<string | number, unknown>;
        }
        const last = path[path.length - 1]!;
        if (value === REMOVE) delete parent[last];
        else parent[last] = value;
        if (extraKey !== null) parent[`x-${extraKey}`] = { kept: true };
      }
      same(plan);
    }),
    { numRuns: 3000 },
  );
});

test('the compiled plan schema matches zod on odd inputs', () => {
  for (const input of [null, undefined, 1, 'x', [], {}, { id: 'a', version: 1, status: 'draft', person: { name: 'A' } }]) same(input);
  same(JSON.parse('{"id":"x","version":1,"status":"draft","person":{"name":"A"},"__proto__":{"status":"active"},"extra":1}'));
  const inherited = Object.create({ inheritedExtra: 1 }) as Record<string, unknown>;
  Object.assign(inherited, { id: 'a', version: 1, status: 'draft', person: { name: 'A', guardians: undefined } });
  same(inherited);
  const bare = Object.assign(Object.create(null) as Record<string, unknown>, { id: 'a', version: 1, status: 'draft', person: { name: 'A' }, extra: 1 });
  same(bare);
  // A known field inherited without being enumerable: zod reads it, a spread would not.
  const hidden = Object.create(Object.defineProperty({}, 'status', { value: 'draft', enumerable: false })) as Record<string, unknown>;
  Object.assign(hidden, { id: 'a', version: 1, person: { name: 'A' } });
  same(hidden);
  same(new Proxy({ id: 'a', version: 1, status: 'draft', person: { name: 'A' }, extra: 1 }, {}));
});

test('dates and timestamps must name days that exist', async () => {
  const { parsePlan, changeActivityStatus } = await import('../../src/model');
  const base = clone(examplePlans.elderly);
  assert.ok(parsePlan({ ...base, followUpDate: '2028-02-29' }).ok);
  const bad = parsePlan({ ...base, followUpDate: '2027-02-29' });
  assert.ok(!bad.ok && bad.issues[0]!.path.join('.') === 'followUpDate');
  const badTs = parsePlan({ ...base, updatedAt: '2026-04-31T10:00:00Z' });
  assert.ok(!badTs.ok && badTs.issues[0]!.path.join('.') === 'updatedAt');
  const plan = parsePlan(base);
  assert.ok(plan.ok);
  const a = plan.plan.activities.find((x) => x.status === 'planned' || x.status === 'ongoing')!;
  const r = changeActivityStatus(plan.plan, { type: 'changeActivityStatus', activityId: a.id, to: 'cancelled' }, { by: 'T', now: '2026-02-30T10:00:00Z' });
  assert.ok(!r.ok && r.error.code === 'ctx.invalid');
});

test("the host's key order is kept, defaults are added after the host's fields", () => {
  for (const [name, run] of Object.entries(fastPaths)) {
    const plan = clone(examplePlans.elderly) as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(plan).reverse().filter(([k]) => k !== 'changeLog'));
    reversed['x-vendor'] = { kept: true };
    const out = run(reversed);
    assert.notEqual(out, FAIL, name);
    const keys = Object.keys(out as object);
    assert.deepStrictEqual(keys.slice(0, -1), Object.keys(reversed), name);
    assert.equal(keys.at(-1), 'changeLog', `${name}: the default list comes last`);
    assert.deepStrictEqual((out as Record<string, unknown>).changeLog, []);
    assert.notEqual((out as Record<string, unknown>).person, reversed.person, `${name}: known parts are fresh objects`);
    assert.equal((out as Record<string, unknown>)['x-vendor'], reversed['x-vendor'], `${name}: unknown values are carried by reference`);
  }
});

test('the generated parser is up to date with the schema (regenerate: node --import tsx scripts/generate-parser.ts)', () => {
  assert.equal(readFileSync(GENERATED_PATH, 'utf8'), generatePlanParser());
});
