/**
 * The follow-up record's draft, pure and DOM-free: what is typed and chosen, which required
 * parts a decision still misses (as codes per field), and the model intents it becomes.
 * Tested in Node.
 */
import type { ClosureReason, ConsentGiver, FollowUpDecision, SipPlan } from '../../model';
import type { ClosePlanIntent, RecordFollowUpIntent } from '../../model/operations/lifecycle';
import { CLOSURE_REASONS, isRealDate } from '../../model/constants';
import { giverOptions } from '../consent-recorder/draft';

export interface RecordDraft {
  /** The follow-up's date, YYYY-MM-DD. */
  date: string;
  howItWent: string;
  helped: string;
  hindered: string;
  /** Whether coordination is still needed: '' until answered. */
  coordination: '' | 'yes' | 'no';
  decision: '' | FollowUpDecision;
  /** continue: the next follow-up. */
  nextDate: string;
  /** revise: why (kept on the voided version). */
  revisionNote: string;
  /** close: the closure / evaluation. */
  closeReason: '' | ClosureReason;
  decidedWith: readonly string[];
  personTookPart: boolean;
  closeNote: string;
  sipKollenOffered: boolean;
  /** consentWithdrawn: who withdrew it (a giver key, see the consent recorder) and how. */
  withdrawBy: string;
  withdrawForm: '' | 'oral' | 'written';
}

export type RecordField = 'date' | 'coordination' | 'decision' | 'nextDate' | 'closeReason' | 'withdrawBy' | 'withdrawForm';
/** The order fields appear in, so the first problem is the one focus goes to. */
export const RECORD_FIELDS: readonly RecordField[] = ['date', 'coordination', 'decision', 'nextDate', 'closeReason', 'withdrawBy', 'withdrawForm'];

export type RecordProblem = 'missing' | 'notADate' | 'notAfter' | 'inFuture';
export type RecordProblems = Partial<Record<RecordField, RecordProblem>>;

export function emptyDraft(today: string): RecordDraft {
  return {
    date: today,
    howItWent: '',
    helped: '',
    hindered: '',
    coordination: '',
    decision: '',
    nextDate: '',
    revisionNote: '',
    closeReason: '',
    decidedWith: [],
    personTookPart: false,
    closeNote: '',
    sipKollenOffered: false,
    withdrawBy: '',
    withdrawForm: '',
  };
}

const isDate = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v);

/** What the decision still misses, by field (empty: it can be saved). */
export function recordProblems(d: RecordDraft, today: string): RecordProblems {
  const p: RecordProblems = {};
  if (!d.date.trim()) p.date = 'missing';
  else if (!isDate(d.date)) p.date = 'notADate';
  else if (d.date > today) p.date = 'inFuture';
  if (!d.coordination) p.coordination = 'missing';
  if (!d.decision) p.decision = 'missing';
  if (d.decision === 'continue') {
    if (!d.nextDate.trim()) p.nextDate = 'missing';
    else if (!isDate(d.nextDate)) p.nextDate = 'notADate';
    else if (isDate(d.date) && d.nextDate <= d.date) p.nextDate = 'notAfter';
  }
  if (d.decision === 'close') Object.assign(p, closureProblems(d));
  return p;
}

/** What a closure still misses: its reason, and for a withdrawn consent who withdrew it and how. */
export function closureProblems(d: RecordDraft): RecordProblems {
  const p: RecordProblems = {};
  if (!d.closeReason) p.closeReason = 'missing';
  if (d.closeReason === 'consentWithdrawn') {
    if (!d.withdrawBy) p.withdrawBy = 'missing';
    if (!d.withdrawForm) p.withdrawForm = 'missing';
  }
  return p;
}

export function firstProblem(p: RecordProblems): RecordField | undefined {
  return RECORD_FIELDS.find((f) => p[f]);
}

/** Whether the plan's last consent record can be withdrawn (given, not withdrawn): what `withdrawConsent` accepts. */
function consentToWithdraw(plan: SipPlan): boolean {
  const last = plan.consents[plan.consents.length - 1];
  return last?.decision === 'given' && !last.withdrawal;
}

/**
 * The closure reasons to offer. A plan in force: all. A draft: "goals met" only for a revision
 * (a first version never ran, so it met no goals), and "consent withdrawn" only while there is a
 * consent to withdraw — the model refuses it otherwise.
 */
export function closeReasons(plan: SipPlan): readonly ClosureReason[] {
  if (plan.status !== 'draft') return CLOSURE_REASONS;
  return CLOSURE_REASONS.filter((r) => (r === 'goalsMet' ? plan.version > 1 : r === 'consentWithdrawn' ? consentToWithdraw(plan) : true));
}

/**
 * Whether SIP-kollen is asked about: the survey is on how the person experienced the SIP and its
 * meetings (seeds 001, 004), so for a draft only once a meeting was held or a follow-up made.
 */
export function sipKollenApplies(plan: SipPlan): boolean {
  return plan.status !== 'draft' || plan.followUps.length > 0 || plan.meetings.some((m) => m.status === 'held');
}

const trimmed = (v: string): string | undefined => (v.trim() ? v.trim() : undefined);

/** The `recordFollowUp` intent of a complete draft. */
export function followUpIntent(d: RecordDraft, today: string): RecordFollowUpIntent {
  const followUp: RecordFollowUpIntent['followUp'] = {
    date: d.date,
    decision: d.decision as FollowUpDecision,
    furtherCoordinationNeeded: d.coordination === 'yes',
  };
  const how = trimmed(d.howItWent);
  const helped = trimmed(d.helped);
  const hindered = trimmed(d.hindered);
  if (how) followUp.howItWent = how;
  if (helped) followUp.helped = helped;
  if (hindered) followUp.hindered = hindered;
  if (d.decision === 'close') followUp.sipKollen = d.sipKollenOffered ? { offered: true, at: today } : { offered: false };
  const intent: RecordFollowUpIntent = { type: 'recordFollowUp', followUp };
  if (d.decision === 'continue') intent.nextFollowUpDate = d.nextDate;
  return intent;
}

/** Who withdrew the consent, from the giver key chosen (the consent recorder's options). */
function withdrawnBy(plan: SipPlan, key: string): ConsentGiver {
  const option = giverOptions(plan).find((o) => o.key === key);
  if (!option) return { role: 'other' };
  const by: ConsentGiver = { role: option.role, name: option.name };
  if (option.refId) by.refId = option.refId;
  return by;
}

/** The `closePlan` intent of a complete closure (SIP-kollen left out where it does not apply). */
export function closeIntent(plan: SipPlan, d: RecordDraft, today: string): ClosePlanIntent {
  const intent: ClosePlanIntent = {
    type: 'closePlan',
    reason: d.closeReason as ClosureReason,
    decidedWith: [...d.decidedWith],
    personTookPart: d.personTookPart,
  };
  if (sipKollenApplies(plan)) intent.sipKollen = d.sipKollenOffered ? { offered: true, at: today } : { offered: false };
  const note = trimmed(d.closeNote);
  if (note) intent.note = note;
  if (d.closeReason === 'consentWithdrawn') {
    intent.withdrawal = { by: withdrawnBy(plan, d.withdrawBy), form: d.withdrawForm === 'written' ? 'written' : 'oral' };
    if (note) intent.withdrawal.note = note;
  }
  return intent;
}

/** Whether anything was typed or chosen (a new plan from the host keeps it only for the same plan). */
export function isDirty(d: RecordDraft, today: string): boolean {
  const e = emptyDraft(today);
  return (Object.keys(e) as (keyof RecordDraft)[]).some((k) => JSON.stringify(d[k]) !== JSON.stringify(e[k]));
}
