import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identityKey, planMeasures, startRevision, withdrawConsent, type OpResult, type SipPlan } from '../../src/model';
import { clone, ctx, example } from './helpers';

function ok(r: OpResult): Extract<OpResult, { ok: true }> {
  if (!r.ok) assert.fail(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r;
}

test('measures: a person under revision still had a SIP', () => {
  const r = ok(startRevision(example('elderly'), { type: 'startRevision' }, ctx));
  // The host stores the voided version 1 and the new draft version 2.
  const m = planMeasures([r.previous!, r.plan]);
  assert.equal(m.peopleWithSip, 1);
  assert.equal(m.plans, 1);
  assert.equal(m.shareWithCoordinator, 1);
});

test('measures: a person whose consent was just withdrawn still had a SIP in the period', () => {
  const w = ok(withdrawConsent(example('elderly'), { type: 'withdrawConsent', by: { role: 'person' }, form: 'oral' }, ctx));
  assert.equal(w.plan.status, 'voided');
  assert.equal(planMeasures([w.plan]).peopleWithSip, 1);
  assert.equal(planMeasures([w.plan], { from: '2026-11-01', to: '2026-11-30' }).peopleWithSip, 1, 'withdrawn on 22 November');
  assert.equal(planMeasures([w.plan], { from: '2026-12-01' }).peopleWithSip, 0, 'not after it ended');
});

test('measures: one personnummer written three ways is one person', () => {
  const a = example('elderly');
  const b = clone(a);
  b.id = 'sip-elderly-other-system';
  b.person.identity = { type: 'personnummer', value: '380314-2383' };
  const c = clone(a);
  c.id = 'sip-elderly-third';
  c.person.identity = { type: 'personnummer', value: '193803142383' };
  const m = planMeasures([a, b, c]);
  assert.equal(m.peopleWithSip, 1);
  assert.equal(m.plans, 3, 'three SIPs, one person');
  assert.equal(identityKey({ type: 'personnummer', value: '19380314-2383' }, 2026), identityKey({ type: 'personnummer', value: '380314-2383' }, 2026));
  // "+" marks someone aged 100 or more: 1915, not 2015.
  assert.equal(identityKey({ type: 'personnummer', value: '150312+1234' }, 2026), identityKey({ type: 'personnummer', value: '19150312-1234' }, 2026));
  assert.equal(identityKey({ type: 'personnummer', value: '150312-1234' }, 2026), identityKey({ type: 'personnummer', value: '20150312-1234' }, 2026));
});

test('measures: "performed by" counts performers and leaves out cancelled activities', () => {
  const p = clone(example('elderly'));
  // a-meds is performed by the health centre; a-bridge by Eva (a relative); a-diary by Karin.
  const m = planMeasures([p]);
  assert.equal(m.performedBy['Vårdcentralen Kungsgärdet'], 1);
  assert.equal(m.performedBy['relative'], 1);
  assert.equal(m.performedBy['person'], 1);
  assert.equal(m.performedBy['Eva Lindqvist'], undefined, 'no names of relatives');
  assert.equal(m.performedBy['Karin själv'], undefined);
  // Cancel every activity the home care performs: it no longer counts.
  const cancelled = clone(p);
  cancelled.activities = cancelled.activities.map((a) => (a.performer?.entryId === 'hemtjanst' ? { ...a, status: 'cancelled' as const } : a));
  assert.ok((m.performedBy['Hemtjänst Norr'] ?? 0) >= 1);
  assert.equal(planMeasures([cancelled]).performedBy['Hemtjänst Norr'], undefined);
  // The responsible unit is not counted as a performer when someone else performs.
  const other = clone(p);
  other.activities = [{ ...p.activities.find((a) => a.id === 'a-bridge')!, responsible: { ...p.activities[0]!.responsible, unit: 'Kommunal rehab Norr' } }];
  assert.deepEqual(Object.keys(planMeasures([other]).performedBy), ['relative']);
});

test('measures: a period filter (from/to)', () => {
  const p = example('elderly'); // signed 2026-10-07, still active
  const closed: SipPlan = { ...clone(p), id: 'closed-one', person: { ...p.person, identity: { type: 'personnummer', value: '19121212-1212' } }, status: 'closed', closure: { reason: 'goalsMet', at: '2026-10-20T10:00:00+02:00', by: 'x' } };
  assert.equal(planMeasures([p, closed]).peopleWithSip, 2);
  assert.equal(planMeasures([p, closed], { to: '2026-10-06' }).peopleWithSip, 0, 'before anything was signed');
  assert.equal(planMeasures([p, closed], { from: '2026-10-01', to: '2026-10-31' }).peopleWithSip, 2);
  assert.equal(planMeasures([p, closed], { from: '2026-11-01' }).peopleWithSip, 1, 'the closed plan ended in October');
  assert.equal(planMeasures([p, closed], { from: 'garbage' }).peopleWithSip, 0, 'an invalid period counts nobody');
});
