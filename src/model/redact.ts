/**
 * What one party may see under the consent in force.
 *
 * - The person themself (`PERSON_PARTY`), a guardian (person.guardians id) or the legal
 *   representative (its id) sees the whole plan.
 * - A network entry covered by the consent in force (coveredParties) sees the plan, with
 *   everything but the map details removed from entries the consent does not cover (the person
 *   decides who receives what: no contact details, notes or host extensions of theirs), no
 *   identity number of the person unless the party is a professional, unit or organisation, and
 *   a change log reduced to what happened, when and by whom: `before`, `after`, `summary` and
 *   host extensions of every change are dropped, since they can hold any of the above. Of the
 *   preparation with the person, only what they prepared for the meeting (not their own notes
 *   or coordinator wish).
 * - Anyone else sees no personal content: only id, version and status. That includes a party
 *   outside the consent, every party when no consent is in force or `now` is not a real date or
 *   timestamp (fail closed), and an id that names more than one of person, guardian,
 *   representative and network entry (such ids are invalid, `ref.idCollision`; a network entry
 *   is never taken for the person).
 *
 * Never throws: any failure gives the `none` view.
 */
import { PERSON_PARTY_ID } from './consent-rules';
import { coveredParties } from './operations/consent';
import type { Change, NetworkEntry, PlanStatus, SipPlan } from './schema';

export type RedactedPlan =
  | { access: 'full'; plan: SipPlan }
  | { access: 'none'; plan: { id: string; version: number; status: PlanStatus } };

/** Pseudo party id for the person the plan is for. */
export const PERSON_PARTY = PERSON_PARTY_ID;

/** Fields of an entry outside the consent that a covered party still sees (the map itself). */
const UNCOVERED_ENTRY_FIELDS = ['id', 'kind', 'name', 'relation', 'principal', 'unit', 'unitId', 'profession', 'map', 'roles', 'invited', 'knows'] as const;

/**
 * Fields of the preparation a covered party sees: what the person prepared for the meeting
 * (seed 003: their needs, wishes and expectations are where the planning starts). Their own
 * notes, whom they would like as coordinator and host extensions were said to the coordinator
 * and stay with the full plan.
 */
const PREPARATION_FIELDS = ['whatMatters', 'situation', 'wishes', 'recordedBy', 'recordedAt'] as const;

/** Fields of a change a covered party sees: what happened, to what, when and by whom. */
const CHANGE_FIELDS = ['id', 'type', 'by', 'at', 'target'] as const;

function pick<T extends object>(obj: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (obj as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}

/** Every id the plan gives to a party: the person, guardians, the representative, network entries. */
function partyKinds(plan: SipPlan, partyId: string): ('person' | 'guardian' | 'representative' | 'entry')[] {
  const kinds: ('person' | 'guardian' | 'representative' | 'entry')[] = [];
  if (partyId === PERSON_PARTY) kinds.push('person');
  for (const g of plan.person.guardians) if (g.id === partyId) kinds.push('guardian');
  if (plan.person.legalRepresentative?.id === partyId) kinds.push('representative');
  for (const e of plan.network) if (e.id === partyId) kinds.push('entry');
  return kinds;
}

export function redactForParty(plan: SipPlan, partyId: string, now: string): RedactedPlan {
  let none: RedactedPlan;
  try {
    none = { access: 'none', plan: { id: plan.id, version: plan.version, status: plan.status } };
  } catch {
    return { access: 'none', plan: { id: '', version: 0, status: 'draft' } };
  }
  try {
    if (typeof partyId !== 'string' || partyId === '') return none;
    const kinds = partyKinds(plan, partyId);
    // One id, one party: an id shared by two kinds of party could borrow the stronger one's view.
    if (kinds.length !== 1) return none;
    if (kinds[0] !== 'entry') return { access: 'full', plan };
    const covered = coveredParties(plan, now);
    const party = covered.find((e) => e.id === partyId);
    if (!party) return none;
    const coveredIds = new Set(covered.map((e) => e.id));
    const network = plan.network.map((e): NetworkEntry => (coveredIds.has(e.id) ? e : pick(e, UNCOVERED_ENTRY_FIELDS)));
    let person = plan.person;
    if (party.kind === 'relative' || party.kind === 'friend') {
      person = { ...person };
      delete person.identity;
    }
    const changeLog = plan.changeLog.map((c): Change => pick(c, CHANGE_FIELDS));
    const redacted: SipPlan = { ...plan, network, person, changeLog };
    if (plan.preparation) redacted.preparation = pick(plan.preparation, PREPARATION_FIELDS);
    return { access: 'full', plan: redacted };
  } catch {
    return none;
  }
}
