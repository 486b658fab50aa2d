/**
 * The plan's life: edit details (draft), sign and lock, start a revision, record a
 * follow-up, close.
 *
 * - `signPlan`, `lockPlan`, `recordSignature`, `changeCoordinator`: see `signing.ts` (sign,
 *   then lock, as two steps; `signBlockers` lists what is missing as codes).
 * - `startRevision` (active plan): returns the NEW draft as `plan` (same `id`,
 *   `version + 1`, no signatures, no lock, change log carried over) and the old version,
 *   voided with `replacedByVersion`, as `previous`. The host stores both.
 * - `recordFollowUp` (active plan) appends a follow-up and may set the next follow-up date.
 * - `closePlan` (draft or active) sets status `closed` with a reason, who took part in the
 *   decision and SIP-kollen, and returns the parties to notify. Nothing changes after.
 */
import { closeByWithdrawal, partiesToNotify, type ClosureWithdrawal } from './consent';
import { signingRequirements } from './signing';
import { CLOSURE_REASONS, DATE_PATTERN, FOLLOW_UP_DECISIONS, isRealDate } from '../constants';
import type {
  ClosureReason,
  FollowUp,
  OverallResponsible,
  Person,
  SipKollen,
  SipPlan,
} from '../schema';
import { parseEntity } from '../validator';
import type { Without } from '../schema';
import { applyPatch, commit, ctxError, guard, makeChange, nextId, opError, run, type OpContext, type OpResult } from './common';

export { signPlan, type SignPlanIntent } from './signing';

export interface PlanDetailsPatch {
  reason?: string;
  currentSituation?: string;
  ongoingInterventions?: string;
  needs?: string;
  ifWorse?: string;
  followUpDate?: string;
  overallResponsible?: OverallResponsible;
  person?: Partial<Person>;
  [key: string]: unknown;
}

export interface EditPlanDetailsIntent {
  type: 'editPlanDetails';
  /** Top-level plan fields to replace; `undefined` removes a field. `person` is patched shallowly. */
  patch: PlanDetailsPatch;
}
export interface StartRevisionIntent {
  type: 'startRevision';
  note?: string;
}
export interface RecordFollowUpIntent {
  type: 'recordFollowUp';
  followUp: Without<FollowUp, 'id' | 'recordedBy' | 'recordedAt'> & { id?: string };
  /** Next planned follow-up date, if decided. */
  nextFollowUpDate?: string;
}
export interface ClosePlanIntent {
  type: 'closePlan';
  reason: ClosureReason;
  note?: string;
  /** With reason `consentWithdrawn`: who withdrew the consent and how (the plan is then voided). */
  withdrawal?: ClosureWithdrawal;
  /** Network entry ids of the parties who took part in the decision to close. */
  decidedWith?: string[];
  /** Whether the person took part in the decision. */
  personTookPart?: boolean;
  /** Whether SIP-kollen was offered, and when. */
  sipKollen?: SipKollen;
}

/** Fields the plan-level patch may not touch (they have their own operations). */
const PROTECTED = [
  'id',
  'version',
  'status',
  'network',
  'consents',
  'meetings',
  'goals',
  'activities',
  'followUps',
  'signatures',
  'lockedAt',
  'closure',
  'voided',
  'changeLog',
  'initiative',
  'createdAt',
  'updatedAt',
];

export function editPlanDetails(plan: SipPlan, intent: EditPlanDetailsIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const patch = intent.patch ?? {};
    let next = applyPatch(plan, patch, [...PROTECTED, 'person']);
    if (patch.person !== undefined) {
      const person = applyPatch(plan.person, patch.person, []);
      const parsed = parseEntity<Person>('person', person);
      if (!parsed.success) return opError('intent.invalid', { detail: `person.${parsed.error.issues[0]?.path.join('.') ?? ''}` });
      next = { ...next, person: parsed.data };
    }
    if (patch.overallResponsible !== undefined && !parseEntity<OverallResponsible>('overallResponsible', patch.overallResponsible).success) {
      return opError('intent.invalid', { detail: 'overallResponsible' });
    }
    const keys = Object.keys(patch).filter((k) => !PROTECTED.includes(k));
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const k of keys) {
      before[k] = (plan as Record<string, unknown>)[k];
      after[k] = (next as Record<string, unknown>)[k];
    }
    return commit(plan, next, ctx, { type: 'plan.edited', target: { kind: 'plan', id: plan.id }, before, after });
  });
}

/**
 * Why the plan cannot be signed at `now` (empty = it can), as codes (`sign.*`). For messages and
 * paths a person can act on, use `signingRequirements`.
 */
export function signBlockers(plan: SipPlan, now: string): string[] {
  return signingRequirements(plan, now).map((i) => i.code);
}

export function startRevision(plan: SipPlan, intent: StartRevisionIntent, ctx: OpContext): OpResult {
  return run(() => {
    const c = ctxError(ctx);
    if (c) return c;
    if (plan.status === 'closed') return opError('plan.closed');
    if (plan.status === 'voided') return opError('plan.voided');
    if (plan.status !== 'active') return opError('revision.notActive');
    const newVersion = plan.version + 1;
    const voided: NonNullable<SipPlan['voided']> = { reason: 'revised', at: ctx.now, by: ctx.by, replacedByVersion: newVersion };
    if (intent.note !== undefined) voided.note = intent.note;
    const voidChange = makeChange(plan, ctx, {
      type: 'plan.voided',
      target: { kind: 'plan', id: plan.id },
      before: { status: plan.status, version: plan.version },
      after: { status: 'voided', replacedByVersion: newVersion },
      summaryCode: 'change.plan.revised',
    });
    const previous: SipPlan = { ...plan, status: 'voided', voided, updatedAt: ctx.now, changeLog: [...plan.changeLog, voidChange] };
    const draft: Record<string, unknown> = { ...plan, version: newVersion, status: 'draft', signatures: [], createdAt: ctx.now };
    delete draft.lockedAt;
    delete draft.voided;
    const draftPlan = draft as SipPlan;
    const result = commit(draftPlan, draftPlan, ctx, {
      type: 'plan.revised',
      target: { kind: 'plan', id: plan.id },
      before: { version: plan.version },
      after: { version: newVersion, status: 'draft' },
    });
    if (result.ok) result.previous = previous;
    return result;
  });
}

export function recordFollowUp(plan: SipPlan, intent: RecordFollowUpIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    if (plan.status !== 'active') return opError('followUp.notActive');
    const input = intent.followUp;
    const id = input.id ?? nextId('followup', plan.followUps);
    if (plan.followUps.some((f) => f.id === id)) return opError('conflict.duplicateId', { id }, ['followUps']);
    if (!(FOLLOW_UP_DECISIONS as readonly string[]).includes(input.decision)) return opError('intent.invalid', { detail: 'decision' });
    const parsed = parseEntity<FollowUp>('followUp', { ...input, id, recordedBy: ctx.by, recordedAt: ctx.now });
    if (!parsed.success) return opError('intent.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? 'followUp' });
    let next: SipPlan = { ...plan, followUps: [...plan.followUps, parsed.data] };
    if (intent.nextFollowUpDate !== undefined) next = { ...next, followUpDate: intent.nextFollowUpDate };
    return commit(plan, next, ctx, {
      type: 'plan.followUp',
      target: { kind: 'followUp', id },
      after: { date: parsed.data.date, decision: parsed.data.decision, nextFollowUpDate: intent.nextFollowUpDate },
    });
  });
}

export function closePlan(plan: SipPlan, intent: ClosePlanIntent, ctx: OpContext): OpResult {
  return run(() => {
    const byWithdrawal = closeByWithdrawal(plan, intent, ctx);
    if (byWithdrawal) return byWithdrawal;
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    if (!(CLOSURE_REASONS as readonly string[]).includes(intent.reason)) return opError('intent.invalid', { detail: 'reason' });
    const closure: NonNullable<SipPlan['closure']> = { reason: intent.reason, at: ctx.now, by: ctx.by };
    if (intent.note !== undefined) closure.note = intent.note;
    const decision = closureDecision(plan, intent);
    if ('error' in decision) return decision.error;
    Object.assign(closure, decision.fields);
    // Everyone is told when a plan ends, not only on withdrawal (seed 001).
    const notify = partiesToNotify(plan);
    return commit(
      plan,
      { ...plan, status: 'closed', closure },
      ctx,
      {
        type: 'plan.closed',
        target: { kind: 'plan', id: plan.id },
        before: { status: plan.status },
        after: { status: 'closed', reason: intent.reason, notify, decidedWith: decision.fields.decidedWith },
      },
      { notify },
    );
  });
}

/** A SIP-kollen answer from an intent, or undefined when malformed. */
function sipKollenFrom(input: unknown): SipKollen | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const { offered, at } = input as { offered?: unknown; at?: unknown };
  if (typeof offered !== 'boolean') return undefined;
  if (at !== undefined && (typeof at !== 'string' || !DATE_PATTERN.test(at) || !isRealDate(at))) return undefined;
  return { ...(input as object), offered } as SipKollen;
}

/** Who took part in the decision to close, and SIP-kollen, checked against the plan. */
function closureDecision(
  plan: SipPlan,
  intent: ClosePlanIntent,
): { fields: Partial<NonNullable<SipPlan['closure']>> } | { error: OpResult } {
  const fields: Partial<NonNullable<SipPlan['closure']>> = {};
  if (intent.decidedWith !== undefined) {
    if (!Array.isArray(intent.decidedWith)) return { error: opError('intent.invalid', { detail: 'decidedWith' }) };
    const ids = new Set(plan.network.map((e) => e.id));
    const unknown = intent.decidedWith.find((id) => typeof id !== 'string' || !ids.has(id));
    if (unknown !== undefined) return { error: opError('notFound.networkEntry', { id: String(unknown) }, ['decidedWith']) };
    fields.decidedWith = [...new Set(intent.decidedWith)];
  }
  if (intent.personTookPart !== undefined) {
    if (typeof intent.personTookPart !== 'boolean') return { error: opError('intent.invalid', { detail: 'personTookPart' }) };
    fields.personTookPart = intent.personTookPart;
  }
  if (intent.sipKollen !== undefined) {
    const sk = sipKollenFrom(intent.sipKollen);
    if (!sk) return { error: opError('intent.invalid', { detail: 'sipKollen' }) };
    fields.sipKollen = sk;
  }
  return { fields };
}
