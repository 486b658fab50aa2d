/**
 * What one party may see under the consent in force.
 *
 * - The person themself, a guardian (person.guardians id) or the legal representative
 *   (its id) sees the whole plan.
 * - A network entry covered by the consent in force (coveredParties) sees the plan, with
 *   contact details removed from entries the consent does not cover (the person decides
 *   who receives what) and no identity number of the person unless the party is a
 *   professional, unit or organisation.
 * - Anyone else (outside the consent, or when no consent is in force) sees no personal
 *   content: only id, version and status.
 */
import { coveredParties } from './operations/consent';
import type { NetworkEntry, PlanStatus, SipPlan } from './schema';

export type RedactedPlan =
  | { access: 'full'; plan: SipPlan }
  | { access: 'none'; plan: { id: string; version: number; status: PlanStatus } };

/** Pseudo party id for the person the plan is for. */
export const PERSON_PARTY = 'person';

export function redactForParty(plan: SipPlan, partyId: string, now: string): RedactedPlan {
  const none: RedactedPlan = { access: 'none', plan: { id: plan.id, version: plan.version, status: plan.status } };
  if (partyId === PERSON_PARTY) return { access: 'full', plan };
  if (plan.person.guardians.some((g) => g.id === partyId)) return { access: 'full', plan };
  if (plan.person.legalRepresentative?.id !== undefined && plan.person.legalRepresentative.id === partyId) {
    return { access: 'full', plan };
  }
  const covered = coveredParties(plan, now);
  const party = covered.find((e) => e.id === partyId);
  if (!party) return none;
  const coveredIds = new Set(covered.map((e) => e.id));
  const network = plan.network.map((e): NetworkEntry => {
    if (coveredIds.has(e.id) || e.contact === undefined) return e;
    const copy = { ...e };
    delete copy.contact;
    return copy;
  });
  let person = plan.person;
  if (party.kind === 'relative' || party.kind === 'friend') {
    person = { ...person };
    delete person.identity;
  }
  return { access: 'full', plan: { ...plan, network, person } };
}
