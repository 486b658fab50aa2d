/**
 * Who may decide on consent (seed 001, "Den enskildes delaktighet och samtycke"): for a minor
 * it is the child's guardians ("När det gäller minderåriga är det barnets vårdnadshavare som ger
 * samtycke till att SIP upprättas"), ideally together with the child, whose own view is recorded
 * in `childView`. An adult who cannot represent themselves may be represented by a god man,
 * förvaltare or other legal representative.
 *
 * Rules for a minor (on the day the decision was recorded):
 * - consent given needs every guardian on record, or the legal representative; with no guardian
 *   on record, at least one giver in the role of guardian (or the representative);
 * - a refusal needs at least one guardian or the representative (one guardian's no is enough,
 *   as joint custody decides together);
 * - the child alone, or someone else alone, is never enough.
 *
 * Zod-free and free of the identity validators: the consent recorder imports it statically.
 */
import { DATE_PATTERN, isRealDate, TIMESTAMP_PATTERN } from './constants';
import { issue, type PlanIssue } from './issues';
import type { ConsentRecord, Person, SipPlan } from './schema';

/** The party id of the person the plan is for (redact.ts `PERSON_PARTY`); no other party may use it. */
export const PERSON_PARTY_ID = 'person';

/** Problem codes of a consent decision (message codes in messages.ts). */
export type ConsentProblemCode = 'consent.minorNeedsGuardian' | 'consent.minorNeedsAllGuardians' | 'consent.cameOfAge';

/**
 * The day `YYYY-MM-DD` of a date or timestamp (as written, in its own offset), or undefined when
 * `value` is not a real date or timestamp. Rules that depend on "now" fail closed on undefined.
 */
export function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || !(DATE_PATTERN.test(value) || TIMESTAMP_PATTERN.test(value))) return undefined;
  return isRealDate(value) ? value.slice(0, 10) : undefined;
}

/** Whether the person is a minor on `day`: `person.minor` when set, else from `birthDate` (under 18). */
export function personIsMinor(person: Pick<Person, 'minor' | 'birthDate'>, day: string): boolean {
  if (typeof person.minor === 'boolean') return person.minor;
  const birth = dayOf(person.birthDate);
  if (!birth) return false;
  const year = Number(birth.slice(0, 4)) + 18;
  const month = Number(birth.slice(5, 7));
  // Born on 29 February: of age on 28 February in a year without one.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = Math.min(Number(birth.slice(8, 10)), last);
  const adult = `${String(year).padStart(4, '0')}-${birth.slice(5, 7)}-${String(d).padStart(2, '0')}`;
  return adult > day;
}

/**
 * Problems with who gave a consent decision for `person` (empty = none). `record` needs
 * `decision`, `givenBy` and the day it was recorded (`recordedAt`, else `scope.validFrom`).
 */
export function consentGiverProblems(
  person: Pick<Person, 'minor' | 'birthDate' | 'guardians' | 'legalRepresentative'>,
  record: Pick<ConsentRecord, 'decision' | 'givenBy'> & { recordedAt?: string; scope?: { validFrom?: string } },
): ConsentProblemCode[] {
  const day = dayOf(record.recordedAt) ?? dayOf(record.scope?.validFrom);
  // Without a real day only an explicit `minor: true` counts.
  const minor = day ? personIsMinor(person, day) : person.minor === true;
  if (!minor) return [];
  const givers = Array.isArray(record.givenBy) ? record.givenBy : [];
  if (givers.some((g) => g?.role === 'legalRepresentative')) return [];
  const guardianGivers = givers.filter((g) => g?.role === 'guardian');
  if (guardianGivers.length === 0) return ['consent.minorNeedsGuardian'];
  if (record.decision === 'refused') return [];
  const given = new Set(guardianGivers.map((g) => g.refId));
  const missing = (person.guardians ?? []).some((g) => !given.has(g.id));
  return missing ? ['consent.minorNeedsAllGuardians'] : [];
}

/**
 * Whether a consent given for a child no longer speaks for the person: it was decided while
 * they were a minor, by guardians (or others) and not by the person, and on `now` they are of
 * age. A guardian's authority ends at 18 (seed 001: the guardians decide "när det gäller
 * minderåriga"), so the adult must give their own consent, or a legal representative for them.
 */
export function consentCameOfAge(
  person: Pick<Person, 'minor' | 'birthDate'>,
  record: Pick<ConsentRecord, 'decision' | 'givenBy'> & { recordedAt?: string; scope?: { validFrom?: string } },
  now: string,
): boolean {
  const decided = dayOf(record.recordedAt) ?? dayOf(record.scope?.validFrom);
  const today = dayOf(now);
  // An explicit `minor` flag is a statement about today; only a birth date can show a change.
  if (!decided || !today || typeof person.minor === 'boolean' || !dayOf(person.birthDate)) return false;
  if (record.decision !== 'given' || !personIsMinor(person, decided) || personIsMinor(person, today)) return false;
  const givers = Array.isArray(record.givenBy) ? record.givenBy : [];
  return !givers.some((g) => g?.role === 'person' || g?.role === 'legalRepresentative');
}

/**
 * Problems with the current consent record that block signing (empty = none): a minor's
 * decision without the guardians, and a child's consent that ended when they came of age.
 */
export function consentProblems(plan: SipPlan, now: string): ConsentProblemCode[] {
  const record = plan.consents[plan.consents.length - 1];
  if (!record) return [];
  const problems = consentGiverProblems(plan.person, record);
  if (consentCameOfAge(plan.person, record, now)) problems.push('consent.cameOfAge');
  return problems;
}

/**
 * Guidance warnings on the consent records: a minor's decision without the guardians (the
 * operations refuse to record or sign on one; a stored plan stays readable and says why), and a
 * minor's consent without the child's own view (seed 001: "stor vikt läggs vid barnets åsikt").
 */
export function consentGuidance(plan: SipPlan): PlanIssue[] {
  const out: PlanIssue[] = [];
  plan.consents.forEach((c, i) => {
    for (const code of consentGiverProblems(plan.person, c)) out.push(issue('warning', ['consents', i, 'givenBy'], code));
    const day = dayOf(c.recordedAt);
    if (day && personIsMinor(plan.person, day) && !(c.childView ?? '').trim()) {
      out.push(issue('warning', ['consents', i, 'childView'], 'consent.childViewMissing'));
    }
  });
  return out;
}
