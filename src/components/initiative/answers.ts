/**
 * Pure logic of the initiative: who may receive it (the consent in force decides), each
 * receiver's answer state (waiting, overdue, acknowledged, declined), where a decline points and
 * whether it can be sent on, and due times shown in Stockholm time. No DOM; tested in Node.
 *
 * `answerState` and `overdueReceivers` work on any `Receiver[]`, so meeting invitations
 * (`meeting.invitations`) can use them too.
 */
import type { NetworkEntry, Receiver, SipPlan } from '../../model';
import { PERSON_PARTY_ID } from '../../model/consent-rules';
import { coveredParties, hasValidConsent } from '../../model/operations/consent';
import { isAnswerOverdue } from '../../model/operations/meetings';

export type AnswerState = 'waiting' | 'overdue' | 'acknowledged' | 'declined';

/** Where a receiver's answer stands at `now` (overdue: no answer and the due time has passed). */
export function answerState(receiver: Receiver, now: string): AnswerState {
  if (receiver.answer) return receiver.answer.kind;
  return isAnswerOverdue(receiver, now) ? 'overdue' : 'waiting';
}

/** The receivers whose answer is overdue at `now`, in their order. */
export function overdueReceivers<R extends Receiver>(receivers: readonly R[], now: string): R[] {
  return receivers.filter((r) => isAnswerOverdue(r, now));
}

/** Network entry kinds an initiative goes to: units and the staff and organisations in them (not relatives or friends). */
const RECEIVER_KINDS: ReadonlySet<NetworkEntry['kind']> = new Set(['unit', 'professional', 'organisation']);

/** Why an entry cannot receive the initiative. */
export type NotCoveredReason = 'noConsent' | 'notInConsent';

export interface Candidate {
  entry: NetworkEntry;
  /** Covered by the consent in force: may be chosen. */
  covered: boolean;
  /** Why not, when not covered. */
  reason?: NotCoveredReason;
  /** Already received the initiative. */
  received: boolean;
}

/** The network entries covered by the consent in force at `now`, as a set of ids. */
export function coveredIds(plan: SipPlan, now: string): ReadonlySet<string> {
  return new Set(coveredParties(plan, now).map((e) => e.id));
}

/**
 * The units and staff an initiative can go to, in network order: covered ones first, then the
 * ones the consent leaves out, each with why (no consent in force, or not among its parties).
 * `exclude` is the sender (nobody sends an initiative to themselves).
 */
export function candidates(plan: SipPlan, now: string, exclude?: string): Candidate[] {
  const covered = coveredIds(plan, now);
  const consent = hasValidConsent(plan, now);
  const received = new Set(plan.initiative?.receivers.map((r) => r.entryId) ?? []);
  const all = plan.network
    .filter((e) => RECEIVER_KINDS.has(e.kind) && e.id !== exclude)
    .map((entry): Candidate => {
      const ok = covered.has(entry.id);
      return { entry, covered: ok, ...(ok ? {} : { reason: consent ? 'notInConsent' : 'noConsent' }), received: received.has(entry.id) };
    });
  return [...all.filter((c) => c.covered), ...all.filter((c) => !c.covered)];
}

/** A short description of an entry: profession and unit, or the unit (empty for a unit itself). */
export function entryDetail(entry: NetworkEntry): string {
  const parts = [entry.profession, entry.kind === 'unit' ? undefined : entry.unit].filter((p): p is string => !!p && p !== entry.name);
  return parts.join(', ');
}

/**
 * The name of a sender or receiver id: the person, a guardian, the legal representative or a
 * network entry; the id itself when it is none of these (a free-text redirect).
 */
export function partyName(plan: SipPlan, id: string): string {
  if (id === PERSON_PARTY_ID) return plan.person.name;
  const entry = plan.network.find((e) => e.id === id);
  if (entry) return entry.name;
  const guardian = plan.person.guardians.find((g) => g.id === id);
  if (guardian) return guardian.name;
  if (plan.person.legalRepresentative?.id === id) return plan.person.legalRepresentative.name;
  return id;
}

/** Whether a declined receiver's redirect can be sent on, and if not, why. */
export type Forward =
  | { kind: 'ready'; entry: NetworkEntry }
  /** The redirect already received the initiative (sent on, or was a receiver from the start). */
  | { kind: 'sent'; entry: NetworkEntry }
  | { kind: 'notCovered'; entry: NetworkEntry }
  /** A free-text redirect: not in the network, so it must be added (and covered) first. */
  | { kind: 'notInNetwork'; text: string };

export interface ReceiverRow {
  receiver: Receiver;
  /** The network entry (undefined only for a plan whose reference checks failed). */
  entry: NetworkEntry | undefined;
  name: string;
  state: AnswerState;
  /** For a decline: where it points and whether it can be sent on. */
  forward?: Forward;
  /** Receivers whose decline pointed here (this one got it sent on), by name. */
  forwardedFrom: string[];
}

/** One row per receiver, in the order sent (the history), with state and forwarding. */
export function receiverRows(plan: SipPlan, now: string, covered: ReadonlySet<string> = coveredIds(plan, now)): ReceiverRow[] {
  const receivers = plan.initiative?.receivers ?? [];
  const received = new Set(receivers.map((r) => r.entryId));
  return receivers.map((receiver, i) => {
    const entry = plan.network.find((e) => e.id === receiver.entryId);
    const row: ReceiverRow = {
      receiver,
      entry,
      name: entry?.name ?? receiver.entryId,
      state: answerState(receiver, now),
      forwardedFrom: receivers
        .slice(0, i)
        .filter((r) => r.answer?.kind === 'declined' && r.answer.redirectTo === receiver.entryId)
        .map((r) => partyName(plan, r.entryId)),
    };
    const redirect = receiver.answer?.kind === 'declined' ? receiver.answer.redirectTo : undefined;
    if (redirect !== undefined) {
      const target = plan.network.find((e) => e.id === redirect);
      row.forward = !target
        ? { kind: 'notInNetwork', text: redirect }
        : received.has(target.id)
          ? { kind: 'sent', entry: target }
          : covered.has(target.id)
            ? { kind: 'ready', entry: target }
            : { kind: 'notCovered', entry: target };
    }
    return row;
  });
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A timestamp as a Swedish wall clock shows it (Europe/Stockholm), with the weekday, whatever
 * zone the machine is in: due times are counted in Swedish working days, so they are shown in
 * the same time (`tis 24 nov. 2026 10:00` / `Tue 24 Nov 2026, 10:00`).
 */
export function stockholmTime(iso: string, locale: 'sv' | 'en'): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
      timeZone: 'Europe/Stockholm',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(locale, f);
  }
  return f.format(ms);
}

/** Who can send an initiative: the person, a guardian, the legal representative or a network entry. */
export interface SenderOption {
  id: string;
  name: string;
  kind: 'person' | 'guardian' | 'representative' | 'entry';
}

export function senderOptions(plan: SipPlan): SenderOption[] {
  const rep = plan.person.legalRepresentative;
  return [
    { id: PERSON_PARTY_ID, name: plan.person.name, kind: 'person' },
    ...plan.person.guardians.map((g): SenderOption => ({ id: g.id, name: g.name, kind: 'guardian' })),
    ...(rep ? [{ id: rep.id, name: rep.name, kind: 'representative' } as SenderOption] : []),
    ...plan.network.map((e): SenderOption => ({ id: e.id, name: e.name, kind: 'entry' })),
  ];
}

/** The sender to suggest: the coordinator, when the network names one (else none). */
export function defaultSender(plan: SipPlan): string {
  return plan.network.find((e) => e.roles?.includes('coordinator'))?.id ?? '';
}

/**
 * The chosen receivers that can still receive it: covered by the consent now and not already a
 * receiver. A choice made under an earlier plan that the consent no longer covers drops out here.
 */
export function sendable(chosen: readonly string[], list: readonly Candidate[]): string[] {
  const ok = new Set(list.filter((c) => c.covered && !c.received).map((c) => c.entry.id));
  return chosen.filter((id) => ok.has(id));
}

export type InitiativeProblem = 'reason' | 'receivers' | 'sender';

/** What keeps an initiative from being sent: no reason, no receiver it can go to, no sender. */
export function initiativeProblems(draft: { reason: string; receivers: readonly string[]; sender: string }, list: readonly Candidate[]): InitiativeProblem[] {
  const out: InitiativeProblem[] = [];
  if (draft.reason.trim() === '') out.push('reason');
  if (sendable(draft.receivers, list).length === 0) out.push('receivers');
  if (draft.sender === '') out.push('sender');
  return out;
}
