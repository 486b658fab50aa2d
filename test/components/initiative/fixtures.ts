/**
 * Plans for the initiative's tests and stories: Karin (elderly example) back in preparation — a
 * draft without meetings or initiative — and the same plan at each step, built with the model's
 * own operations so the due dates are the model's.
 */
import { examplePlans, EXAMPLE_NOW } from '../../../src/model/examples';
import { answerInitiative, recordInitiative, resendInitiative, type OpResult, type SipPlan } from '../../../src/model';

export const NOW = EXAMPLE_NOW; // Sunday 2026-11-22 10:00
/** Friday 20 November 2026, 09:00: answers are due Monday 23 November, 09:00. */
export const SENT = '2026-11-20T09:00:00+01:00';
/** Monday 23 November 2026, 13:00: answers not in by 09:00 are overdue. */
export const AFTER_DUE = '2026-11-23T13:00:00+01:00';
const BY = 'Maria Ek, distriktssköterska';

function ok(r: OpResult): SipPlan {
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
}

/** Karin's plan as a draft in preparation: consent given, no meetings, nothing sent. */
export function preparation(): SipPlan {
  const plan = structuredClone(examplePlans.elderly);
  plan.status = 'draft';
  delete plan.lockedAt;
  plan.signatures = [];
  plan.meetings = [];
  delete plan.initiative;
  return plan;
}

/** Sent by Maria (coordinator) at `at` to `receivers`. */
export function sent(receivers: string[] = ['sofia', 'geriatrik'], at = SENT): SipPlan {
  return ok(
    recordInitiative(
      preparation(),
      { type: 'recordInitiative', initiatedBy: 'maria', reason: 'Behov av samordning av hemtjänst, rehabilitering och läkarkontakter efter två fall.', receivers },
      { by: BY, now: at },
    ),
  );
}

/** Sofia acknowledged; Geriatriken declined pointing to Ahmed, and it was sent on to him. */
export function declinedAndForwarded(): SipPlan {
  let plan = sent(['sofia', 'geriatrik']);
  plan = ok(answerInitiative(plan, { type: 'answerInitiative', entryId: 'sofia', answer: { kind: 'acknowledged', at: '2026-11-20T10:15:00+01:00' } }, { by: BY, now: '2026-11-20T10:15:00+01:00' }));
  plan = ok(
    answerInitiative(
      plan,
      { type: 'answerInitiative', entryId: 'geriatrik', answer: { kind: 'declined', at: '2026-11-20T14:00:00+01:00', redirectTo: 'ahmed', note: 'Ansvarig läkare på vårdcentralen deltar.' } },
      { by: BY, now: '2026-11-20T14:00:00+01:00' },
    ),
  );
  return ok(resendInitiative(plan, { type: 'resendInitiative', receivers: ['ahmed'] }, { by: BY, now: '2026-11-20T14:30:00+01:00' }));
}

/** Every receiver has answered (Ahmed acknowledged too). */
export function allAnswered(): SipPlan {
  return ok(
    answerInitiative(declinedAndForwarded(), { type: 'answerInitiative', entryId: 'ahmed', answer: { kind: 'acknowledged', at: '2026-11-20T15:00:00+01:00' } }, { by: BY, now: '2026-11-20T15:00:00+01:00' }),
  );
}

/** An object that is not a plan. */
export function invalidPlan(): Record<string, unknown> {
  const plan = preparation() as unknown as Record<string, unknown>;
  plan.initiative = { at: 'igår', initiatedBy: '', receivers: 'alla' };
  return plan;
}
