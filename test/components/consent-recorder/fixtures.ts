import { examplePlans, EXAMPLE_NOW } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';

export const NOW = EXAMPLE_NOW; // 2026-11-22T10:00:00+01:00

/** Karin (elderly) as a draft without any consent, with host fields the model does not know. */
export function noConsentDraft(): SipPlan {
  const plan = structuredClone(examplePlans.elderly) as SipPlan & Record<string, unknown>;
  plan.status = 'draft';
  delete plan.lockedAt;
  plan.signatures = [];
  plan.consents = [];
  plan['x-journal'] = { caseId: 'J-42', tags: ['sip'] };
  (plan.network[0] as Record<string, unknown>)['x-crm'] = 'keep-me';
  return plan;
}

/** The elderly plan (active, signed) with its consent ending on `validUntil`. */
export function elderlyUntil(validUntil: string): SipPlan {
  const plan = structuredClone(examplePlans.elderly);
  plan.consents = plan.consents.map((c) => ({ ...c, scope: { ...c.scope, validUntil } }));
  return plan;
}

export function refused(): SipPlan {
  const plan = structuredClone(examplePlans.psychiatry);
  plan.consents = plan.consents.slice(0, 1);
  return plan;
}

export function withdrawn(): SipPlan {
  const plan = structuredClone(examplePlans.elderly);
  const at = '2026-11-20T09:15:00+01:00';
  plan.consents = plan.consents.map((c) => ({
    ...c,
    withdrawal: { at, by: { role: 'person', name: 'Karin Lindqvist' }, form: 'oral', recordedBy: 'Maria Ek, distriktssköterska', note: 'Karin ringde och ville avsluta.' },
  }));
  plan.status = 'voided';
  plan.voided = { reason: 'consentWithdrawn', at, by: 'Maria Ek, distriktssköterska' };
  return plan;
}

/** An adult with a god man and no consent yet (a draft). */
export function withRepresentative(): SipPlan {
  const plan = noConsentDraft();
  plan.person = { ...plan.person, legalRepresentative: { id: 'rep-1', kind: 'godMan', name: 'Bengt Ahl', contact: { phone: '070-000 11 22' } } };
  return plan;
}

/** The child (two guardians) with no consent yet. */
export function childNoConsent(): SipPlan {
  const plan = structuredClone(examplePlans.child);
  plan.consents = [];
  return plan;
}

export const MARKUP = '<img src=x onerror=alert(1)>';

/** Names with markup in the person, a guardian-like representative and a party. */
export function markupPlan(): SipPlan {
  const plan = structuredClone(examplePlans.elderly);
  plan.person = { ...plan.person, name: `Karin ${MARKUP}` };
  plan.network = plan.network.map((e) => (e.id === 'maria' ? { ...e, name: `Maria ${MARKUP}` } : e));
  plan.consents = plan.consents.map((c) => ({ ...c, givenBy: [{ role: 'person', name: `Karin ${MARKUP}` }], scope: { ...c.scope, subject: `<b>fet</b> ${MARKUP}` } }));
  return plan;
}
