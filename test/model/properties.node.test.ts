import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ACTIVITY_STATUSES, applyIntent, parsePlan, type PlanIntent, type SipPlan } from '../../src/model';
import { clone, ctx, deepFreeze, example } from './helpers';

const extraKey = fc.string({ minLength: 1, maxLength: 8 }).map((s) => `x_${s}`);
const extras = fc.dictionary(extraKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });

test('JSON round trip is identity, unknown fields included', () => {
  fc.assert(
    fc.property(fc.constantFrom('elderly', 'child', 'psychiatry') as fc.Arbitrary<'elderly' | 'child' | 'psychiatry'>, extras, extras, extras, (name, top, goalExtra, mapExtra) => {
      const p = clone(example(name)) as SipPlan & Record<string, unknown>;
      Object.assign(p, top);
      Object.assign(p.goals[0]!, goalExtra);
      Object.assign(p.network[0]!.map, mapExtra);
      const first = parsePlan(JSON.parse(JSON.stringify(p)));
      assert.ok(first.ok);
      const again = parsePlan(JSON.parse(JSON.stringify(first.plan)));
      assert.ok(again.ok);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(again.plan)), JSON.parse(JSON.stringify(first.plan)));
      for (const [k, v] of Object.entries(top)) assert.deepStrictEqual(JSON.parse(JSON.stringify((first.plan as Record<string, unknown>)[k])), JSON.parse(JSON.stringify(v)));
      for (const [k, v] of Object.entries(goalExtra)) assert.deepStrictEqual(JSON.parse(JSON.stringify((first.plan.goals[0] as Record<string, unknown>)[k])), JSON.parse(JSON.stringify(v)));
    }),
    { numRuns: 60 },
  );
});

// ids drawn from the examples plus some that do not exist
const entryIds = ['eva', 'maria', 'sofia', 'hemtjanst', 'sara', 'kurator', 'noah', 'moa', 'ghost', 'actor-1'];
const goalIds = ['g-home', 'g-morning', 'g-school', 'g-breaks', 'g-sleep', 'goal-1', 'ghost'];
const activityIds = ['a-aids', 'a-bp', 'a-meds', 'a-adapt', 'a-talks', 'activity-1', 'ghost'];
const day = fc.integer({ min: 0, max: 500 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));

const intentArb: fc.Arbitrary<PlanIntent> = fc.oneof(
  fc.record({ type: fc.constant('changeActivityStatus' as const), activityId: fc.constantFrom(...activityIds), to: fc.constantFrom(...ACTIVITY_STATUSES) }),
  fc.record({ type: fc.constant('moveNetworkEntry' as const), entryId: fc.constantFrom(...entryIds), sector: fc.constantFrom('family', 'region', 'other', ''), ring: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3> }),
  fc.record({ type: fc.constant('removeNetworkEntry' as const), entryId: fc.constantFrom(...entryIds) }),
  fc.record({ type: fc.constant('setRoles' as const), entryId: fc.constantFrom(...entryIds), roles: fc.subarray(['coordinator', 'fixedCareContact', 'responsibleDoctor', 'meetingLeader'] as const).map((r) => [...r]) }),
  fc.record({ type: fc.constant('setInvited' as const), entryId: fc.constantFrom(...entryIds), invited: fc.boolean() }),
  fc.record({ type: fc.constant('addNetworkEntry' as const), entry: fc.record({ kind: fc.constantFrom('relative', 'friend', 'professional', 'unit', 'organisation' as const), name: fc.string({ maxLength: 10 }), map: fc.record({ sector: fc.constantFrom('family', 'friends'), ring: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3> }) }) }),
  fc.record({ type: fc.constant('addGoal' as const), goal: fc.record({ horizon: fc.constantFrom('long', 'short' as const), text: fc.string({ maxLength: 30 }), parentId: fc.option(fc.constantFrom(...goalIds), { nil: undefined }), targetDate: fc.option(day, { nil: undefined }) }) }),
  fc.record({ type: fc.constant('editGoal' as const), goalId: fc.constantFrom(...goalIds), patch: fc.record({ text: fc.string({ maxLength: 20 }), parentId: fc.option(fc.constantFrom(...goalIds), { nil: undefined }) }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('reorderGoal' as const), goalId: fc.constantFrom(...goalIds), toIndex: fc.integer({ min: -1, max: 5 }) }),
  fc.record({ type: fc.constant('removeGoal' as const), goalId: fc.constantFrom(...goalIds), cascade: fc.boolean() }),
  fc.record({ type: fc.constant('setGoalAchievement' as const), goalId: fc.constantFrom(...goalIds), value: fc.constantFrom('reached', 'partly', 'notReached', 'noLongerRelevant' as const) }),
  fc.record({ type: fc.constant('addActivity' as const), activity: fc.record({ title: fc.string({ maxLength: 10 }), goalIds: fc.subarray(goalIds), responsible: fc.record({ principal: fc.constant({ kind: 'region' as const }), personName: fc.string({ maxLength: 6 }) }, { requiredKeys: [] }), start: fc.option(day, { nil: undefined }), due: fc.option(day, { nil: undefined }) }) }),
  fc.record({ type: fc.constant('editActivity' as const), activityId: fc.constantFrom(...activityIds), patch: fc.record({ due: day, goalIds: fc.subarray(goalIds) }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('removeActivity' as const), activityId: fc.constantFrom(...activityIds) }),
  fc.record({ type: fc.constant('recordMeetingMinutes' as const), meetingId: fc.constantFrom('meeting-1', 'meeting-2', 'ghost'), minutes: fc.record({ opening: fc.integer({ min: -5, max: 60 }), needs: fc.integer({ min: 0, max: 90 }) }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('withdrawConsent' as const), by: fc.constant({ role: 'person' as const }), form: fc.constantFrom('oral', 'written' as const) }),
  fc.record({ type: fc.constant('signPlan' as const) }),
  fc.record({ type: fc.constant('startRevision' as const) }),
  fc.record({ type: fc.constant('closePlan' as const), reason: fc.constantFrom('goalsMet', 'noLongerNeeded', 'consentWithdrawn' as const) }),
  fc.record({ type: fc.constant('recordFollowUp' as const), followUp: fc.record({ date: day, decision: fc.constantFrom('continue', 'revise', 'close' as const) }) }),
) as fc.Arbitrary<PlanIntent>;

test('any sequence of intents leaves a valid plan or returns an error, never mutating its input', () => {
  fc.assert(
    fc.property(fc.constantFrom('elderly', 'child') as fc.Arbitrary<'elderly' | 'child'>, fc.array(intentArb, { maxLength: 12 }), (name, intents) => {
      let plan = deepFreeze(example(name));
      let minute = 0;
      for (const intent of intents) {
        const before = JSON.stringify(plan);
        const now = new Date(Date.parse('2026-11-22T10:00:00Z') + ++minute * 60_000).toISOString();
        const r = applyIntent(plan, intent, { ...ctx, now });
        assert.equal(JSON.stringify(plan), before, 'input mutated');
        if (r.ok) {
          const parsed = parsePlan(JSON.parse(JSON.stringify(r.plan)), { warnings: false });
          assert.ok(parsed.ok, `${intent.type} produced an invalid plan: ${parsed.ok ? '' : JSON.stringify(parsed.issues)}`);
          assert.equal(r.plan.changeLog.at(-1), r.change);
          plan = deepFreeze(r.plan);
        } else {
          assert.equal(typeof r.error.code, 'string');
          assert.ok(r.error.message.length > 0);
        }
      }
    }),
    { numRuns: 150 },
  );
});
