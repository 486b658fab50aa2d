/**
 * The consent form's draft, pure and DOM-free: defaults, validation, and conversion to the
 * model's `ConsentRecordInput` (plus the network entries to add first). Tested in Node.
 */
import type { ConsentGiver, ConsentRecord, SipPlan, Person } from '../../model';
import { personIsMinor } from '../../model/consent-rules';

export type Decision = 'given' | 'refused';
export type ConsentForm = 'oral' | 'written';
/** What kind of party a user may add from the consent form. */
export type NewPartyKind = 'region' | 'municipality' | 'organisation' | 'relative';
export const NEW_PARTY_KINDS: readonly NewPartyKind[] = ['region', 'municipality', 'organisation', 'relative'];

/** A party added in the form; becomes a network entry when the decision is recorded. */
export interface NewParty {
  /** Draft-local key (`new-party:1`, …), used as the checkbox value until the entry has an id. */
  key: string;
  name: string;
  kind: NewPartyKind;
}

/** A possible consent giver: `person`, `guardian:<id>`, `rep`, or `other` (with a name). */
export interface GiverOption {
  key: string;
  role: ConsentGiver['role'];
  refId?: string;
  name: string;
  /** Extra words to show after the name (relation, "god man"). */
  detail?: string;
}

export interface Draft {
  decision: Decision | '';
  givers: string[];
  otherName: string;
  childView: string;
  form: ConsentForm | '';
  /** Network entry ids and new-party keys. */
  parties: string[];
  newParties: NewParty[];
  subject: string;
  /** One question per line. */
  questions: string;
  validFrom: string;
  validUntil: string;
  note: string;
}

export type DraftField = 'decision' | 'givers' | 'otherName' | 'childView' | 'form' | 'parties' | 'subject' | 'validFrom' | 'validUntil' | 'user';

export type DraftErrorCode =
  | 'decision.required'
  | 'givers.required'
  | 'givers.needsGuardian'
  | 'givers.needsAllGuardians'
  | 'otherName.required'
  | 'childView.required'
  | 'form.required'
  | 'parties.required'
  | 'subject.required'
  | 'validFrom.required'
  | 'validFrom.invalid'
  | 'validUntil.required'
  | 'validUntil.invalid'
  | 'validUntil.beforeFrom'
  | 'user.required';

/** Field order in the form: the first invalid one gets focus. */
export const FIELD_ORDER: readonly DraftField[] = ['decision', 'givers', 'otherName', 'childView', 'form', 'parties', 'subject', 'validFrom', 'validUntil', 'user'];

/** `date` plus `months` calendar months; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Whether the person is a minor on `day`: `person.minor` when set, else from `birthDate`. */
export function isMinor(person: Person, day: string): boolean {
  return personIsMinor(person, day);
}

const REP_KIND: Record<string, 'godMan' | 'forvaltare' | 'other'> = { godMan: 'godMan', forvaltare: 'forvaltare', other: 'other' };

/** The people who can give or withdraw consent for this plan, in the order the form lists them. */
export function giverOptions(plan: SipPlan): GiverOption[] {
  const person = plan.person;
  const options: GiverOption[] = [{ key: 'person', role: 'person', name: person.name }];
  for (const g of person.guardians) {
    const option: GiverOption = { key: `guardian:${g.id}`, role: 'guardian', refId: g.id, name: g.name };
    if (g.relation) option.detail = g.relation;
    options.push(option);
  }
  const rep = person.legalRepresentative;
  if (rep) {
    const option: GiverOption = { key: 'rep', role: 'legalRepresentative', name: rep.name, detail: REP_KIND[rep.kind] ?? 'other' };
    if (rep.id) option.refId = rep.id;
    options.push(option);
  }
  return options;
}

/**
 * Who is pre-selected as giving consent: for a minor the guardians, for an adult with a
 * legal representative the representative, otherwise the person.
 */
export function defaultGivers(plan: SipPlan, day: string): string[] {
  const guardians = plan.person.guardians.map((g) => `guardian:${g.id}`);
  if (isMinor(plan.person, day) && guardians.length > 0) return guardians;
  if (plan.person.legalRepresentative) return ['rep'];
  return ['person'];
}

/** An empty draft for `plan` on `day`, valid from `day` for `months` months. */
export function emptyDraft(plan: SipPlan | undefined, day: string, months: number): Draft {
  return {
    decision: '',
    givers: plan ? defaultGivers(plan, day) : [],
    otherName: '',
    childView: '',
    form: '',
    parties: [],
    newParties: [],
    subject: '',
    questions: '',
    validFrom: day,
    validUntil: months > 0 ? addMonths(day, months) : '',
    note: '',
  };
}

/** Whether the user has entered anything that differs from the empty draft. */
export function isTouched(draft: Draft, empty: Draft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(empty);
}


/** The withdrawal form: who withdrew (a giver key or `other`), how, and a note. */
export interface WithdrawDraft {
  by: string;
  otherName: string;
  form: ConsentForm | '';
  note: string;
}

export type WithdrawField = 'by' | 'otherName' | 'form';

/** The consent a renewal starts from: the last decision given and not withdrawn (in force or ended). */
export function renewalBase(record: ConsentRecord | undefined): ConsentRecord | undefined {
  return record && record.decision === 'given' && !record.withdrawal ? record : undefined;
}

/** The giver keys of a recorded decision (as the form lists them); the defaults when none matches. */
function giverKeys(plan: SipPlan, givers: readonly ConsentGiver[], day: string): { keys: string[]; otherName: string } {
  const options = giverOptions(plan);
  const keys: string[] = [];
  let otherName = '';
  for (const g of givers) {
    if (g.role === 'other') {
      keys.push('other');
      otherName = g.name ?? '';
      continue;
    }
    const option = options.find((o) => o.role === g.role && (g.refId === undefined || o.refId === g.refId));
    if (option && !keys.includes(option.key)) keys.push(option.key);
  }
  return keys.length ? { keys, otherName } : { keys: defaultGivers(plan, day), otherName: '' };
}

/**
 * A renewal's draft: the consent in force (who gave it, its parties still in the network, its
 * subject and questions), valid from `day` for `months` months. The decision and how it was
 * given are asked again; the child's view is asked again (it is the child's view today).
 */
export function renewalDraft(plan: SipPlan, record: ConsentRecord, day: string, months: number): Draft {
  const known = new Set(plan.network.map((e) => e.id));
  const { keys, otherName } = giverKeys(plan, record.givenBy, day);
  return {
    ...emptyDraft(plan, day, months),
    givers: keys,
    otherName,
    parties: record.scope.parties.filter((id) => known.has(id)),
    subject: record.scope.subject ?? '',
    questions: record.scope.questions.join('\n'),
  };
}

/** One difference between a renewal draft and the consent in force. */
export type RenewalChange =
  | { kind: 'refusal' }
  | { kind: 'givers' }
  | { kind: 'partyAdded' | 'partyRemoved'; name: string }
  | { kind: 'questionAdded' | 'questionRemoved'; text: string }
  | { kind: 'subject'; from: string; to: string }
  | { kind: 'validUntil'; from: string; to: string };

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

/** What a renewal draft changes compared with the consent `record` (names from the plan's network). */
export function renewalChanges(plan: SipPlan, record: ConsentRecord, draft: Draft, day: string): RenewalChange[] {
  const out: RenewalChange[] = [];
  if (draft.decision === 'refused') out.push({ kind: 'refusal' });
  if (!sameSet(giverKeys(plan, record.givenBy, day).keys, draft.givers)) out.push({ kind: 'givers' });
  const names = new Map(plan.network.map((e) => [e.id, e.name]));
  for (const p of draft.newParties) names.set(p.key, p.name);
  const name = (id: string) => names.get(id) ?? id;
  for (const id of record.scope.parties) if (!draft.parties.includes(id)) out.push({ kind: 'partyRemoved', name: name(id) });
  for (const id of draft.parties) if (!record.scope.parties.includes(id)) out.push({ kind: 'partyAdded', name: name(id) });
  const questions = draft.questions
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);
  for (const q of record.scope.questions) if (!questions.includes(q)) out.push({ kind: 'questionRemoved', text: q });
  for (const q of questions) if (!record.scope.questions.includes(q)) out.push({ kind: 'questionAdded', text: q });
  const subject = draft.subject.trim();
  if (subject !== (record.scope.subject ?? '')) out.push({ kind: 'subject', from: record.scope.subject ?? '', to: subject });
  if (draft.decision !== 'refused' && draft.validUntil !== (record.scope.validUntil ?? '')) {
    out.push({ kind: 'validUntil', from: record.scope.validUntil ?? '', to: draft.validUntil });
  }
  return out;
}
