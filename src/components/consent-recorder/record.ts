/**
 * Validating the consent draft and turning it into the model's `ConsentRecordInput` (plus
 * the network entries to add first). Pure and DOM-free; loaded with the editing views.
 */
import type { ConsentGiver, ConsentRecordInput, NetworkEntryInput, SipPlan } from '../../model';
import { DATE_PATTERN, isRealDate } from '../../model/constants';
import { consentGiverProblems } from '../../model/consent-rules';
import { giverOptions, isMinor, type Draft, type DraftErrorCode, type DraftField, type NewParty, type NewPartyKind } from './draft';

/** A real calendar date written `YYYY-MM-DD` (the model's own check). */
function isDate(value: string): boolean {
  return DATE_PATTERN.test(value) && isRealDate(value);
}

/**
 * Problems with the draft, by field (the first problem of each field). A refusal needs a
 * decision, who, how, and (for a minor) the child's view; consent also needs parties,
 * subject and a valid period.
 */
export function validateDraft(draft: Draft, plan: SipPlan, day: string, user: string): Partial<Record<DraftField, DraftErrorCode>> {
  const errors: Partial<Record<DraftField, DraftErrorCode>> = {};
  if (!draft.decision) errors.decision = 'decision.required';
  if (draft.givers.length === 0) errors.givers = 'givers.required';
  // The model's rule (a minor's decision is the guardians'), so the form never offers what recordConsent refuses.
  else if (draft.decision) {
    const problem = consentGiverProblems(plan.person, { decision: draft.decision, givenBy: draftGivers(draft, plan), scope: { validFrom: day } })[0];
    if (problem) errors.givers = problem === 'consent.minorNeedsAllGuardians' ? 'givers.needsAllGuardians' : 'givers.needsGuardian';
  }
  if (draft.givers.includes('other') && !draft.otherName.trim()) errors.otherName = 'otherName.required';
  if (isMinor(plan.person, day) && !draft.childView.trim()) errors.childView = 'childView.required';
  if (!draft.form) errors.form = 'form.required';
  if (draft.decision !== 'refused') {
    if (draft.parties.length === 0) errors.parties = 'parties.required';
    if (!draft.subject.trim()) errors.subject = 'subject.required';
    if (!draft.validUntil) errors.validUntil = 'validUntil.required';
    else if (!isDate(draft.validUntil)) errors.validUntil = 'validUntil.invalid';
    else if (isDate(draft.validFrom) && draft.validUntil < draft.validFrom) errors.validUntil = 'validUntil.beforeFrom';
  }
  if (!draft.validFrom) errors.validFrom = 'validFrom.required';
  else if (!isDate(draft.validFrom)) errors.validFrom = 'validFrom.invalid';
  if (!user.trim()) errors.user = 'user.required';
  return errors;
}

const SECTOR: Record<NewPartyKind, string> = { region: 'region', municipality: 'municipality', organisation: 'other', relative: 'family' };

/** The network entry a new party becomes. */
export function newPartyEntry(party: NewParty): NetworkEntryInput {
  const map = { sector: SECTOR[party.kind], ring: 2 as const };
  switch (party.kind) {
    case 'region':
      return { kind: 'unit', name: party.name.trim(), principal: { kind: 'region' }, map };
    case 'municipality':
      return { kind: 'unit', name: party.name.trim(), principal: { kind: 'municipality' }, map };
    case 'organisation':
      return { kind: 'organisation', name: party.name.trim(), principal: { kind: 'other', other: 'other' }, map };
    case 'relative':
      return { kind: 'relative', name: party.name.trim(), map };
  }
}

/** The givers of the draft as model `ConsentGiver`s. */
export function draftGivers(draft: Draft, plan: SipPlan): ConsentGiver[] {
  const options = giverOptions(plan);
  const givers: ConsentGiver[] = [];
  for (const key of draft.givers) {
    if (key === 'other') {
      givers.push({ role: 'other', name: draft.otherName.trim() });
      continue;
    }
    const option = options.find((o) => o.key === key);
    if (!option) continue;
    const giver: ConsentGiver = { role: option.role, name: option.name };
    if (option.refId) giver.refId = option.refId;
    givers.push(giver);
  }
  return givers;
}

/**
 * The record to hand to `recordConsent`. `partyIds` maps new-party keys to the ids their
 * network entries got (absent keys are dropped). A refusal keeps the parties the question
 * concerned but has no end date.
 */
export function draftToRecord(draft: Draft, plan: SipPlan, partyIds: Record<string, string> = {}): ConsentRecordInput {
  // Parties removed from the network since they were ticked are dropped, not recorded.
  const known = new Set(plan.network.map((e) => e.id));
  const parties = draft.parties
    .map((p) => (known.has(p) ? p : partyIds[p]))
    .filter((p): p is string => typeof p === 'string');
  const questions = draft.questions
    .split('\n')
    .map((q) => q.trim())
    .filter(Boolean);
  const record: ConsentRecordInput = {
    decision: draft.decision === 'refused' ? 'refused' : 'given',
    givenBy: draftGivers(draft, plan),
    form: draft.form === 'written' ? 'written' : 'oral',
    scope: { parties, questions, validFrom: draft.validFrom },
  };
  if (draft.subject.trim()) record.scope.subject = draft.subject.trim();
  if (draft.decision !== 'refused' && draft.validUntil) record.scope.validUntil = draft.validUntil;
  if (draft.childView.trim()) record.childView = draft.childView.trim();
  if (draft.note.trim()) record.note = draft.note.trim();
  return record;
}
