/**
 * Invariants beyond shape (errors) and guidance gaps (warnings), each with a path.
 *
 * Errors: ids unique per collection; references resolve (goals, network entries, guardians,
 * meetings); dates ordered within one object; every activity has a responsible principal and
 * a named responsible person; activity status matches the last history entry; at most one
 * coordinator, who can convene; professional roles only on professionals/units; the
 * meeting-circle agenda in order; plan status consistent with lockedAt/closure/voided;
 * identity numbers valid.
 *
 * Warnings: unknown reservnummer issuer; goals not phrased from the person, negative goals,
 * SMART gaps; a plan written late after its meeting, a meeting booked at short notice
 * (`lifecycle-guidance.ts`).
 */
import { validateIdentity, validateReservnummer } from './identity';
import { goalGuidance, personNames } from './guidance';
import { consentGuidance } from './consent-rules';
import { lifecycleGuidance } from './lifecycle-guidance';
import { checkInvariantsWith } from './invariant-checks';
import { issue, type PlanIssue } from './issues';
import type { SipPlan } from './schema';

export { checkInvariantsWith } from './invariant-checks';
export { goalGuidance } from './guidance';

/** Errors (invariants beyond shape) for a shape-valid plan. */
export function checkInvariants(plan: SipPlan): PlanIssue[] {
  return checkInvariantsWith(plan, validateIdentity);
}

/** Warnings: guidance gaps and identity numbers that cannot be checked. */
export function checkGuidance(plan: SipPlan): PlanIssue[] {
  const out: PlanIssue[] = [];
  // Only a reservnummer can be valid with a warning (unknown issuer); checkInvariants has
  // already validated the number, and the personnummer parser is not cheap.
  const identity = plan.person.identity;
  if (identity?.type === 'reservnummer') {
    const r = validateReservnummer(identity.issuer, identity.value);
    if (r.valid && r.warning) out.push(issue('warning', ['person', 'identity', 'issuer'], r.warning.code));
  }
  const names = personNames(plan);
  plan.goals.forEach((g, i) => {
    for (const w of goalGuidance(g, plan, ['goals', i], names)) out.push(w);
  });
  for (const w of consentGuidance(plan)) out.push(w);
  out.push(...lifecycleGuidance(plan));
  return out;
}
