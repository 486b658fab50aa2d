/**
 * The parties to tell, with what a host needs to reach them: one shape for every event that
 * hands a host a notify list (consent withdrawn, plan closed). Pure.
 */
import type { NetworkEntry, SipPlan } from '../model/schema';

/** One party to tell: its network entry's id, name, kind and, when known, unit, principal and contact. */
export interface PartyToNotify {
  /** Network entry id. */
  id: string;
  name: string;
  kind: NetworkEntry['kind'];
  unit?: string;
  principal?: NetworkEntry['principal'];
  contact?: NetworkEntry['contact'];
}

/** The network entries behind `ids` (the model's notify list), in that order; unknown ids are skipped. */
export function partiesFor(plan: SipPlan, ids: readonly string[]): PartyToNotify[] {
  return ids
    .map((id) => plan.network.find((e) => e.id === id))
    .filter((e): e is NetworkEntry => !!e)
    .map((e) => {
      const p: PartyToNotify = { id: e.id, name: e.name, kind: e.kind };
      if (e.unit) p.unit = e.unit;
      if (e.principal) p.principal = e.principal;
      if (e.contact) p.contact = e.contact;
      return p;
    });
}
