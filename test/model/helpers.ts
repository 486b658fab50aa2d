import assert from 'node:assert/strict';
import { examplePlans } from '../../src/model/examples';
import { addActivity, addGoal, editPlanDetails, parsePlan, recordConsent, setRoles, type OpResult, type SipPlan } from '../../src/model';

export const NOW = '2026-11-22T10:00:00+01:00';
export const ctx = { by: 'Test Testsson', now: NOW };

/** A fresh, parsed deep copy of an example plan. */
export function example(name: keyof typeof examplePlans): SipPlan {
  const r = parsePlan(JSON.parse(JSON.stringify(examplePlans[name])));
  if (!r.ok) throw new Error(`example ${name} does not parse: ${JSON.stringify(r.issues)}`);
  return r.plan;
}

export function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

export function clone<T>(o: T): T {
  return JSON.parse(JSON.stringify(o)) as T;
}

/** A minimal valid draft plan. */
export function minimalPlan(): SipPlan {
  const r = parsePlan({
    id: 'p-min',
    version: 1,
    status: 'draft',
    person: { name: 'Karin Lindqvist' },
    network: [
      { id: 'nurse', kind: 'professional', name: 'Maria Ek', principal: { kind: 'region' }, map: { sector: 'region', ring: 1 }, roles: [] },
      { id: 'daughter', kind: 'relative', name: 'Eva', map: { sector: 'family', ring: 1 } },
      { id: 'af', kind: 'organisation', name: 'Arbetsförmedlingen', principal: { kind: 'other', other: 'employment-service' }, map: { sector: 'other', ring: 3 } },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

/** The result of an operation that must succeed, its plan checked to parse again. */
export function ok(r: OpResult): Extract<OpResult, { ok: true }> {
  if (!r.ok) assert.fail(`expected ok, got ${r.error.code}: ${r.error.message}`);
  const parsed = parsePlan(JSON.parse(JSON.stringify(r.plan)));
  assert.ok(parsed.ok, `result plan invalid: ${parsed.ok ? '' : JSON.stringify(parsed.issues)}`);
  return r;
}

/** The result of an operation that must fail with `code` and a message. */
export function err(r: OpResult, code: string): Extract<OpResult, { ok: false }> {
  assert.equal(r.ok, false, `expected error ${code}`);
  if (r.ok) throw new Error('unreachable');
  assert.equal(r.error.code, code);
  assert.ok(r.error.message.length > 0);
  return r;
}

export const consentInput = {
  decision: 'given' as const,
  givenBy: [{ role: 'person' as const }],
  form: 'oral' as const,
  scope: { parties: ['nurse', 'af'], questions: [], validFrom: '2026-11-01', validUntil: '2027-05-01' },
};

/** The minimal plan with what signing needs: consent, coordinator, overall responsibility, reason, a goal, an activity and a follow-up date. */
export function signable(): SipPlan {
  let p = minimalPlan();
  p = ok(recordConsent(p, { type: 'recordConsent', record: consentInput }, ctx)).plan;
  p = ok(setRoles(p, { type: 'setRoles', entryId: 'nurse', roles: ['coordinator'] }, ctx)).plan;
  p = ok(editPlanDetails(p, { type: 'editPlanDetails', patch: { overallResponsible: { principal: { kind: 'region' } }, followUpDate: '2027-02-01', reason: 'Karin har insatser från region och kommun.' } }, ctx)).plan;
  p = ok(addGoal(p, { type: 'addGoal', goal: { horizon: 'long', text: 'Karin vill bo kvar hemma tryggt.' } }, ctx)).plan;
  p = ok(addActivity(p, { type: 'addActivity', activity: { title: 'Trygghetslarm', goalIds: ['goal-1'], responsible: { principal: { kind: 'municipality' }, personName: 'Lena Berg' } } }, ctx)).plan;
  return p;
}
