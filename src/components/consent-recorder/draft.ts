/**
 * The consent form's draft, pure and DOM-free: defaults, validation, and conversion to the
 * model's `ConsentRecordInput` (plus the network entries to add first). Tested in Node.
 */
import type { ConsentGiver, SipPlan, Person } from '../../model';
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
