/**
 * parsePlan (shape + invariants + guidance warnings) of the `large` example vs JSON.parse
 * of the same text. Goal: ours ≤ 3× baseline.
 *
 * One activity status change on a 1,000-activity plan (the operation validates the changed
 * activity and runs the O(n) invariants) vs validating the whole plan's shape with zod, which
 * is what every edit cost before operations validated only what they change.
 */
import { changeActivityStatus, parsePlan, planSchema, type SipPlan } from '../../src/model';
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

export default [
  {
    name: 'parsePlan(large) vs JSON.parse',
    ours: () => parsePlan(JSON.parse(text)),
    baseline: () => JSON.parse(text),
  },
  {
    name: 'one status change on 1,000 activities vs zod on the whole plan',
    ours: () => changeActivityStatus(plan, { type: 'changeActivityStatus', activityId: target.id, to: 'ongoing' }, ctx),
    baseline: () => planSchema.safeParse(plan),
  },
];
