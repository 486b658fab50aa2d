/**
 * Consent: record (given or refused), withdraw, and the derived consent state.
 *
 * Consent records are an append-only history: recording adds a record; withdrawal adds a
 * `withdrawal` to the record it ends and never deletes anything. The current record is the
 * last one in the list. Recording consent is allowed on an active plan (renewal before
 * expiry must not need a revision). Withdrawal voids the plan and returns the parties to
 * notify.
 */
import type {
  ConsentGiver,
  ConsentRecord,
  NetworkEntry,
  SipPlan,
} from '../schema';
import { parseEntity } from '../validator';
import type { Without } from '../schema';
import { consentGiverProblems, dayOf } from '../consent-rules';
import { commit, guard, nextId, opError, run, today, type OpContext, type OpResult } from './common';

export type ConsentRecordInput = Without<ConsentRecord, 'id' | 'recordedBy' | 'recordedAt' | 'withdrawal'> & {
  id?: string;
  recordedBy?: string;
  recordedAt?: string;
};

export interface RecordConsentIntent {
  type: 'recordConsent';
  record: ConsentRecordInput;
}

export interface WithdrawConsentIntent {
  type: 'withdrawConsent';
  /** Which record; defaults to the current (last) record. */
  consentId?: string;
  by: ConsentGiver;
  form: 'oral' | 'written';
  note?: string;
}

export type ConsentStatus = 'none' | 'active' | 'expiring' | 'expired' | 'refused' | 'withdrawn';

export interface ConsentState {
  status: ConsentStatus;
  record?: ConsentRecord;
  /** Last day the consent is valid (`validUntil`), if limited. */
  until?: string;
  /** Days left until `until` (0 = expires today), when active/expiring and limited. */
  daysLeft?: number;
}

export interface ConsentStateOptions {
  /** Consent is `expiring` when it ends within this many days. Default 30. */
  expiringWithinDays?: number;
}

function daysBetween(fromDate: string, toDate: string): number {
  return Math.round((Date.parse(`${toDate}T00:00:00Z`) - Date.parse(`${fromDate}T00:00:00Z`)) / 86_400_000);
}

/** The current record: the last one recorded. */
export function currentConsent(plan: SipPlan): ConsentRecord | undefined {
  return plan.consents[plan.consents.length - 1];
}

/**
 * The consent state at `now` (timestamp or date). A consent whose `validFrom` is in the
 * future counts as `none` (with the record), and so does any consent when `now` is not a real
 * date or timestamp (fail closed: no valid consent). Pure; reads no clock; never throws.
 */
export function consentState(plan: SipPlan, now: string, options: ConsentStateOptions = {}): ConsentState {
  const window = options.expiringWithinDays ?? 30;
  const record = currentConsent(plan);
  if (!record) return { status: 'none' };
  const base: ConsentState = { status: 'none', record };
  if (record.scope.validUntil) base.until = record.scope.validUntil;
  if (record.withdrawal) return { ...base, status: 'withdrawn' };
  if (record.decision === 'refused') return { ...base, status: 'refused' };
  const day = dayOf(now);
  if (day === undefined || record.scope.validFrom > day) return base;
  const until = record.scope.validUntil;
  if (until === undefined) return { ...base, status: 'active' };
  const daysLeft = daysBetween(day, until);
  if (daysLeft < 0) return { ...base, status: 'expired' };
  return { ...base, status: daysLeft <= window ? 'expiring' : 'active', daysLeft };
}

/**
 * Whether consent is in force at `now` (active or expiring) and was given by someone who may
 * give it (for a minor the guardians, see consent-rules.ts). False for an invalid `now`.
 */
export function hasValidConsent(plan: SipPlan, now: string): boolean {
  const state = consentState(plan, now);
  if (state.status !== 'active' && state.status !== 'expiring') return false;
  return state.record !== undefined && consentGiverProblems(plan.person, state.record).length === 0;
}

/**
 * Which of `ids` (network entry ids) the consent in force at `now` does not cover. Ids that
 * are not in the network are left to the reference checks.
 */
export function notCoveredByConsent(plan: SipPlan, ids: readonly string[], now: string): string[] {
  const covered = new Set(coveredParties(plan, now).map((e) => e.id));
  const known = new Set(plan.network.map((e) => e.id));
  return ids.filter((id) => known.has(id) && !covered.has(id));
}

/** Network entries covered by the consent in force at `now` (empty when none is in force). */
export function coveredParties(plan: SipPlan, now: string): NetworkEntry[] {
  if (!hasValidConsent(plan, now)) return [];
  const ids = new Set(currentConsent(plan)?.scope.parties ?? []);
  return plan.network.filter((e) => ids.has(e.id));
}

export function recordConsent(plan: SipPlan, intent: RecordConsentIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    const input = intent.record;
    const id = input.id ?? nextId('consent', plan.consents);
    if (plan.consents.some((c) => c.id === id)) return opError('conflict.duplicateId', { id }, ['consents']);
    const parsed = parseEntity<ConsentRecord>('consentRecord', {
      ...input,
      id,
      recordedBy: input.recordedBy ?? ctx.by,
      recordedAt: input.recordedAt ?? ctx.now,
    });
    if (!parsed.success) {
      return opError('intent.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? 'record' }, ['record']);
    }
    const record = parsed.data;
    const problem = consentGiverProblems(plan.person, record)[0];
    if (problem) return opError(problem, undefined, ['record', 'givenBy']);
    const refused = record.decision === 'refused';
    const after = { decision: record.decision, validFrom: record.scope.validFrom, validUntil: record.scope.validUntil, parties: record.scope.parties };
    if (refused && plan.status === 'active') return refuseActivePlan(plan, record, ctx, after);
    return commit(plan, { ...plan, consents: [...plan.consents, record] }, ctx, {
      type: refused ? 'consent.refused' : 'consent.recorded',
      target: { kind: 'consent', id },
      after,
    });
  });
}

/**
 * A refusal on an active plan ends it as a withdrawal does (no plan against the person's will,
 * seed 001: "Om den enskilde drar tillbaka sitt samtycke upphör SIP och planen ska makuleras"):
 * the plan is voided and the parties to notify are returned.
 */
function refuseActivePlan(plan: SipPlan, record: ConsentRecord, ctx: OpContext, after: Record<string, unknown>): OpResult {
  return voidForConsent(plan, [...plan.consents, record], ctx, {
    type: 'consent.refused',
    target: { kind: 'consent', id: record.id },
    after,
    summaryCode: 'change.consent.refusedVoided',
  });
}

/**
 * No plan against the person's will: the plan is voided with the consent records given, and
 * every party to tell is returned (and written into the change).
 */
function voidForConsent(
  plan: SipPlan,
  consents: ConsentRecord[],
  ctx: OpContext,
  change: { type: string; target: { kind: 'consent'; id: string }; after: Record<string, unknown>; summaryCode?: string },
): OpResult {
  const notify = partiesToNotify(plan);
  const next: SipPlan = { ...plan, consents, status: 'voided', voided: { reason: 'consentWithdrawn', at: ctx.now, by: ctx.by } };
  return commit(
    plan,
    next,
    ctx,
    { ...change, before: { status: plan.status }, after: { ...change.after, status: 'voided', notify } },
    { notify },
  );
}

/**
 * The parties to tell when the plan ends: everyone the current consent covered, every
 * role holder, and the responsible units and persons of activities — professionals,
 * units and organisations only (the person tells relatives themselves).
 */
export function partiesToNotify(plan: SipPlan): string[] {
  const ids = new Set<string>();
  for (const c of plan.consents) if (c.decision === 'given') for (const p of c.scope.parties) ids.add(p);
  for (const e of plan.network) if (e.roles.length > 0) ids.add(e.id);
  for (const a of plan.activities) {
    if (a.responsible.unitEntryId) ids.add(a.responsible.unitEntryId);
    if (a.responsible.personEntryId) ids.add(a.responsible.personEntryId);
  }
  return plan.network.filter((e) => ids.has(e.id) && e.kind !== 'relative' && e.kind !== 'friend').map((e) => e.id);
}

export function withdrawConsent(plan: SipPlan, intent: WithdrawConsentIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    const index = intent.consentId === undefined ? plan.consents.length - 1 : plan.consents.findIndex((c) => c.id === intent.consentId);
    const record = plan.consents[index];
    if (!record) {
      return intent.consentId === undefined ? opError('consent.noActive') : opError('notFound.consent', { id: intent.consentId });
    }
    if (record.withdrawal) return opError('consent.alreadyWithdrawn', undefined, ['consents', index, 'withdrawal']);
    if (record.decision !== 'given') return opError('consent.noActive', undefined, ['consents', index]);
    const by = parseEntity<ConsentGiver>('consentGiver', intent.by);
    if (!by.success || (intent.form !== 'oral' && intent.form !== 'written')) {
      return opError('intent.invalid', { detail: 'by/form' });
    }
    const withdrawal: NonNullable<ConsentRecord['withdrawal']> = { at: ctx.now, by: by.data, form: intent.form, recordedBy: ctx.by };
    if (intent.note !== undefined) withdrawal.note = intent.note;
    const consents = plan.consents.slice();
    consents[index] = { ...record, withdrawal };
    // An older record replaced by a newer consent in force: the withdrawal is noted, the plan
    // stands on the newer consent.
    if (index < plan.consents.length - 1 && hasValidConsent(plan, ctx.now)) {
      return commit(plan, { ...plan, consents }, ctx, {
        type: 'consent.withdrawn',
        target: { kind: 'consent', id: record.id },
        after: { status: plan.status, superseded: true, withdrawnOn: today(ctx) },
        summaryCode: 'change.consent.withdrawnSuperseded',
      });
    }
    return voidForConsent(plan, consents, ctx, {
      type: 'consent.withdrawn',
      target: { kind: 'consent', id: record.id },
      after: { withdrawnOn: today(ctx) },
    });
  });
}

/** How the consent was withdrawn, when a plan is closed because of it. */
export interface ClosureWithdrawal {
  by: ConsentGiver;
  form: 'oral' | 'written';
  note?: string;
}

/**
 * The consent-withdrawn rule of `closePlan`: closing for "consent withdrawn" runs the
 * withdrawal (the plan is voided and the parties to notify returned, seed 001), so a plan is
 * never closed with its consent still in force. Without `withdrawal` (who withdrew it, how) the
 * closure is refused. Undefined for any other reason: the normal closure applies.
 */
export function closeByWithdrawal(
  plan: SipPlan,
  intent: { reason?: unknown; note?: string; withdrawal?: ClosureWithdrawal },
  ctx: OpContext,
): OpResult | undefined {
  if (intent?.reason !== 'consentWithdrawn') return undefined;
  const w = intent.withdrawal;
  if (!w || typeof w !== 'object') return opError('close.consentWithdrawnNeedsWithdrawal', undefined, ['withdrawal']);
  const withdraw: WithdrawConsentIntent = { type: 'withdrawConsent', by: w.by, form: w.form };
  const note = w.note ?? intent.note;
  if (note !== undefined) withdraw.note = note;
  return withdrawConsent(plan, withdraw, ctx);
}
