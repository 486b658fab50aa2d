/**
 * Who can be invited: the network map's "invited" parties, limited to what the consent in force
 * covers; the others are named with the reason they are left out. Pure, tested in Node.
 */
import type { NetworkEntry, SipPlan } from '../../model/schema';

export type LeftOutReason = 'noConsent' | 'notCovered';

export interface Invitees {
  /** Invited on the map and covered by the consent: these can be chosen. */
  choosable: NetworkEntry[];
  /** Invited on the map but not covered: shown with why, never choosable. */
  leftOut: { entry: NetworkEntry; reason: LeftOutReason }[];
}

/** `covered` is the model's `coveredParties(plan, now)` (passed in so this stays free of the operations). */
export function invitees(plan: SipPlan, covered: readonly NetworkEntry[]): Invitees {
  const ids = new Set(covered.map((e) => e.id));
  const invited = plan.network.filter((e) => e.invited === true);
  const reason: LeftOutReason = covered.length === 0 ? 'noConsent' : 'notCovered';
  return {
    choosable: invited.filter((e) => ids.has(e.id)),
    leftOut: invited.filter((e) => !ids.has(e.id)).map((entry) => ({ entry, reason })),
  };
}

/** The name shown for a network entry: name, and the unit for a professional. */
export function who(plan: SipPlan, id: string | undefined): string {
  const e = plan.network.find((x) => x.id === id);
  if (!e) return id ?? '';
  return e.unit && e.kind === 'professional' ? `${e.name} (${e.unit})` : e.name;
}

/** Whom to contact about the meeting: the coordinator on the map, else the meeting leader. */
export function contactFor(plan: SipPlan, leaderId: string | undefined): NetworkEntry | undefined {
  return plan.network.find((e) => e.roles.includes('coordinator')) ?? plan.network.find((e) => e.id === leaderId);
}
