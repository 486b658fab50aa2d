/**
 * parsePlan (shape + invariants + guidance warnings) of the `large` example vs JSON.parse
 * of the same text. Goal: ours ≤ 3× baseline.
 *
 * The same parsePlan vs ajv's compiled validator of the project's own JSON Schema
 * (`planJsonSchema()`, what a host might use instead), both from the text: ajv checks the shape
 * only, parsePlan also the invariants and guidance. Goal: ours ≤ 1.0× (issue 17).
 *
 * One activity status change on a 1,000-activity plan (the operation validates the changed
 * activity and runs the O(n) invariants) vs validating the whole plan's shape with zod, which
 * is what every edit cost before operations validated only what they change.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { changeActivityStatus, parsePlan, planJsonSchema, planSchema, type SipPlan } from '../../src/model';
import { large } from '../../src/model/examples';

const text = JSON.stringify(large);

function thousandActivities(): SipPlan {
  const base = JSON.parse(text) as SipPlan;
  const activities = Array.from({ length: 1000 }, (_, i) => ({ ...base.activities[i % base.activities.length]!, id: `activity-${i}` }));
  const r = parsePlan({ ...base, status: 'draft', activities }, { warnings: false });
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.plan;
}
const plan = thousandActivities();
const target = plan.activities.find((a) => a.status === 'planned')!;
const ctx = { by: 'Bench', now: '2026-11-22T10:00:00Z' };

// ajv's CommonJS default export arrives as `.default` under some loaders.
const Ajv = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
const ajvValidate = new Ajv({ strict: false, validateFormats: false }).compile(planJsonSchema());
if (!ajvValidate(JSON.parse(text))) throw new Error(`ajv rejects the large example: ${JSON.stringify(ajvValidate.errors?.slice(0, 3))}`);

export default [
  {
    name: 'parsePlan(large) vs JSON.parse',
    ours: () => parsePlan(JSON.parse(text)),
    baseline: () => JSON.parse(text),
  },
  {
    name: 'parsePlan(large) vs ajv (compiled JSON Schema), both from text',
    ours: () => parsePlan(JSON.parse(text)),
    baseline: () => ajvValidate(JSON.parse(text)),
  },
  {
    name: 'one status change on 1,000 activities vs zod on the whole plan',
    ours: () => changeActivityStatus(plan, { type: 'changeActivityStatus', activityId: target.id, to: 'ongoing' }, ctx),
    baseline: () => planSchema.safeParse(plan),
  },
];
