import { examplePlans } from '../../src/model/examples';
import { parsePlan, type SipPlan } from '../../src/model';

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
