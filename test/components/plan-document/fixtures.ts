/**
 * Plans for the plan document's tests and stories, from the model's examples ("now" is
 * 2026-11-22). Each returns a fresh copy.
 */
import { examplePlans } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';

/** The elderly example as a draft, as the coordinator has it before signing. */
export function elderlyDraft(): SipPlan {
  const plan = structuredClone(examplePlans.elderly) as SipPlan;
  plan.status = 'draft';
  delete plan.lockedAt;
  plan.signatures = [];
  return plan;
}

/** A draft with gaps: no reason, no follow-up date, no principal with overall responsibility. */
export function draftWithGaps(): SipPlan {
  const plan = elderlyDraft();
  delete plan.reason;
  delete plan.followUpDate;
  delete plan.overallResponsible;
  return plan;
}

/** Signed by the coordinator, not yet locked: the co-edit window. */
export function elderlySigned(): SipPlan {
  const plan = structuredClone(examplePlans.elderly) as SipPlan;
  delete plan.lockedAt;
  plan.signatures = plan.signatures.filter((s) => s.role === 'coordinator');
  return plan;
}

/** Locked, the person's signature not yet recorded. */
export function elderlyLocked(): SipPlan {
  const plan = structuredClone(examplePlans.elderly) as SipPlan;
  plan.signatures = plan.signatures.filter((s) => s.role === 'coordinator');
  return plan;
}

/** Version 1 voided when version 2 replaced it. */
export function elderlyVoided(): SipPlan {
  const plan = structuredClone(examplePlans.elderly) as SipPlan;
  plan.status = 'voided';
  plan.voided = { reason: 'revised', at: '2026-11-20T10:00:00+01:00', by: 'Maria Ek', replacedByVersion: 2, note: 'Nya insatser efter uppföljningen.' };
  return plan;
}

/** Closed because the goals were met. */
export function elderlyClosed(): SipPlan {
  const plan = structuredClone(examplePlans.elderly) as SipPlan;
  plan.status = 'closed';
  plan.closure = { reason: 'goalsMet', at: '2026-11-21T10:00:00+01:00', by: 'Maria Ek', note: 'Karin klarar vardagen själv.', personTookPart: true };
  return plan;
}

/**
 * The elderly example with the bridge lifts done by Lars, whom the consent does not cover: in
 * Eva's copy the activity stays, his name and number do not.
 */
export function elderlyWithUncoveredResponsible(): SipPlan {
  const plan = structuredClone(examplePlans.elderly) as SipPlan;
  plan.activities = plan.activities.map((a) =>
    a.id === 'a-bridge' ? { ...a, responsible: { ...a.responsible, personName: 'Lars Lindqvist', personEntryId: 'lars' } } : a,
  );
  return plan;
}

/** Signed a week after the meeting: the model's `plan.writtenLate` warning (the routine is two working days). */
export function elderlySignedLate(): SipPlan {
  const plan = elderlySigned();
  plan.signatures = plan.signatures.map((s) => (s.role === 'coordinator' ? { ...s, at: '2026-10-14T15:00:00+02:00' } : s));
  return plan;
}

/** The child's draft with consent given by the child alone: signing is blocked until the guardians decide. */
export function childWithoutGuardians(): SipPlan {
  const plan = structuredClone(examplePlans.child) as SipPlan;
  const last = plan.consents.length - 1;
  plan.consents = plan.consents.map((c, i) => (i === last ? { ...c, givenBy: [{ role: 'person', name: plan.person.name }] } : c));
  return plan;
}
