/**
 * Signing, locking, signatures on the printed copy and a change of coordinator — the plan's
 * documentation steps as seed 001 describes them:
 *
 *   the coordinator signs → the plan is visible to the parties → the staff who took part may
 *   still edit → the coordinator locks → the plan is printed and signed by the person (and
 *   guardian or legal representative) and the coordinator.
 *
 * - `signPlan` (draft → `active`, not locked): only when everything the law asks of a plan is
 *   there (`signingRequirements`). Adds the coordinator's signature for the person acting.
 * - `lockPlan` (signed → locked, `lockedAt`): the requirements are checked again (the plan may
 *   have been edited after signing). After the lock, content edits need a revision.
 * - `recordSignature` (locked plan): a signature on the printed copy — who, when, how.
 * - `changeCoordinator` (draft or active plan): seed 000, "Vem som är samordnare kan skifta";
 *   a change record, no new version.
 *
 * Only the coordinator signs and locks. The context says who acts (`by`, and `entryId` where the
 * host knows it); when `entryId` is known and is not the coordinator, the step is refused, and a
 * signature never names an entry the host did not say acted.
 */
import { isRealDate, ROLES, TIMESTAMP_PATTERN } from '../constants';
import { issue, type PlanIssue } from '../issues';
import { findCoordinator } from '../network-rules';
import type { NetworkEntry, Signature, SipPlan } from '../schema';
import { hasValidConsent } from './consent';
import { consentProblems } from '../consent-rules';
import { commit, ctxError, guard, opError, run, statusError, type OpContext, type OpError, type OpResult } from './common';

function blank(s: string | undefined): boolean {
  return s === undefined || s.trim() === '';
}

/** What the plan itself must hold before the coordinator signs or locks it (status aside). */
function contentRequirements(plan: SipPlan, now: string): PlanIssue[] {
  const out: PlanIssue[] = [];
  if (!hasValidConsent(plan, now)) out.push(issue('error', ['consents'], 'sign.needsConsent'));
  // The consent record itself: a minor's decision needs the guardians (or a representative).
  const last = plan.consents.length - 1;
  for (const code of consentProblems(plan, now)) out.push(issue('error', ['consents', last, 'givenBy'], code));
  if (!findCoordinator(plan.network)) out.push(issue('error', ['network'], 'sign.needsCoordinator'));
  if (!plan.overallResponsible) out.push(issue('error', ['overallResponsible'], 'sign.needsOverallResponsible'));
  if (!plan.activities.some((a) => a.status !== 'cancelled')) out.push(issue('error', ['activities'], 'sign.needsActivity'));
  plan.activities.forEach((a, i) => {
    if (!a.responsible.principal) out.push(issue('error', ['activities', i, 'responsible', 'principal'], 'sign.activityNeedsPrincipal', { id: a.id }));
  });
  if (plan.goals.length === 0) out.push(issue('error', ['goals'], 'sign.needsGoal'));
  if (!plan.followUpDate) out.push(issue('error', ['followUpDate'], 'sign.needsFollowUpDate'));
  if (blank(plan.reason)) out.push(issue('error', ['reason'], 'sign.needsReason'));
  return out;
}

/**
 * Everything that keeps the plan from being signed at `now`, as issues a person can act on
 * (localized message, path to the part to fill in). Empty = it can be signed. What the law asks
 * of a plan (HSL 16 kap. 4 §, SoL 2 kap. 7 §): the activities, which principal is responsible for
 * what, who has overall responsibility; plus consent, a coordinator, a follow-up date, a goal
 * and why a SIP is needed.
 */
export function signingRequirements(plan: SipPlan, now: string): PlanIssue[] {
  const out: PlanIssue[] = [];
  if (plan.status !== 'draft') out.push(issue('error', ['status'], 'sign.notDraft'));
  return [...out, ...contentRequirements(plan, now)];
}

function requirementsError(issues: PlanIssue[]): { ok: false; error: OpError } {
  const first = issues[0]!;
  return { ok: false, error: { code: first.code, message: first.message, path: first.path, issues } };
}

/** Refuses when the host says who acts and it is not the coordinator. */
function notTheCoordinator(coordinator: NetworkEntry | undefined, ctx: OpContext, code: string): { ok: false; error: OpError } | undefined {
  if (ctx.entryId === undefined) return undefined;
  if (typeof ctx.entryId !== 'string' || !coordinator || ctx.entryId !== coordinator.id) return opError(code);
  return undefined;
}

export interface SignPlanIntent {
  type: 'signPlan';
}
export interface LockPlanIntent {
  type: 'lockPlan';
}
export type PrintedSignatureRole = 'person' | 'guardian' | 'legalRepresentative' | 'party';
export interface RecordSignatureIntent {
  type: 'recordSignature';
  role: PrintedSignatureRole;
  /** How the printed copy was signed. */
  method: 'paper' | 'electronic';
  /** For a party: the network entry that signed. */
  entryId?: string;
  /** For a guardian: the id in `person.guardians`. */
  guardianId?: string;
  /** Name of who signed; defaults to the name in the plan (person, guardian, representative, entry). */
  by?: string;
  /** When it was signed; defaults to `ctx.now`. */
  at?: string;
}
export interface ChangeCoordinatorIntent {
  type: 'changeCoordinator';
  /** The network entry taking over as coordinator. */
  entryId: string;
  note?: string;
}

export function signPlan(plan: SipPlan, _intent: SignPlanIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const refused = notTheCoordinator(findCoordinator(plan.network), ctx, 'sign.notCoordinator');
    if (refused) return refused;
    const issues = signingRequirements(plan, ctx.now);
    if (issues.length > 0) return requirementsError(issues);
    const signature: Signature = { role: 'coordinator', by: ctx.by, at: ctx.now };
    if (ctx.entryId !== undefined) signature.entryId = ctx.entryId;
    return commit(plan, { ...plan, status: 'active', signatures: [...plan.signatures, signature] }, ctx, {
      type: 'plan.signed',
      target: { kind: 'plan', id: plan.id },
      before: { status: plan.status },
      after: { status: 'active', version: plan.version },
    });
  });
}

export function lockPlan(plan: SipPlan, _intent: LockPlanIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    if (plan.status !== 'active') return opError('lock.notSigned');
    if (plan.lockedAt !== undefined) return opError('lock.alreadyLocked', undefined, ['lockedAt']);
    const refused = notTheCoordinator(findCoordinator(plan.network), ctx, 'lock.notCoordinator');
    if (refused) return refused;
    const issues = contentRequirements(plan, ctx.now);
    if (issues.length > 0) return requirementsError(issues);
    return commit(plan, { ...plan, lockedAt: ctx.now }, ctx, {
      type: 'plan.locked',
      target: { kind: 'plan', id: plan.id },
      after: { lockedAt: ctx.now, version: plan.version },
    });
  });
}

function validTimestamp(s: unknown): s is string {
  return typeof s === 'string' && TIMESTAMP_PATTERN.test(s) && isRealDate(s) && !Number.isNaN(Date.parse(s));
}

/** The signer's name from the plan, or an error when the signer is not in the plan. */
function signer(plan: SipPlan, intent: RecordSignatureIntent): { name?: string; error?: { ok: false; error: OpError } } {
  switch (intent.role) {
    case 'person':
      return { name: plan.person.name };
    case 'guardian': {
      const g = plan.person.guardians.find((x) => x.id === intent.guardianId);
      return g ? { name: g.name } : { error: opError('notFound.guardian', { id: String(intent.guardianId ?? '') }) };
    }
    case 'legalRepresentative':
      return plan.person.legalRepresentative ? { name: plan.person.legalRepresentative.name } : { error: opError('signature.noLegalRepresentative') };
    case 'party': {
      const e = plan.network.find((x) => x.id === intent.entryId);
      return e ? { name: e.name } : { error: opError('notFound.networkEntry', { id: String(intent.entryId ?? '') }) };
    }
    default:
      return { error: opError('intent.invalid', { detail: 'role' }) };
  }
}

export function recordSignature(plan: SipPlan, intent: RecordSignatureIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    if (plan.status !== 'active' || plan.lockedAt === undefined) return opError('signature.notLocked');
    if (intent.method !== 'paper' && intent.method !== 'electronic') return opError('intent.invalid', { detail: 'method' });
    if (intent.at !== undefined && !validTimestamp(intent.at)) return opError('intent.invalid', { detail: 'at' });
    if (intent.by !== undefined && (typeof intent.by !== 'string' || intent.by.trim() === '')) return opError('intent.invalid', { detail: 'by' });
    const who = signer(plan, intent);
    if (who.error) return who.error;
    const signature: Signature = { role: intent.role, by: intent.by ?? who.name!, at: intent.at ?? ctx.now, method: intent.method, recordedBy: ctx.by };
    if (intent.role === 'party') signature.entryId = intent.entryId!;
    if (intent.role === 'guardian') signature.guardianId = intent.guardianId!;
    // a version's signatures start empty (a revision clears them), so one per signer
    const same = plan.signatures.some((s) => s.role === signature.role && s.entryId === signature.entryId && s.guardianId === signature.guardianId);
    if (same) return opError('signature.duplicate', undefined, ['signatures']);
    return commit(plan, { ...plan, signatures: [...plan.signatures, signature] }, ctx, {
      type: 'plan.signatureRecorded',
      target: { kind: 'plan', id: plan.id },
      after: { role: signature.role, method: signature.method, at: signature.at, entryId: signature.entryId, guardianId: signature.guardianId },
    });
  });
}

export function changeCoordinator(plan: SipPlan, intent: ChangeCoordinatorIntent, ctx: OpContext): OpResult {
  return run(() => {
    const c = ctxError(ctx) ?? statusError(plan, 'active');
    if (c) return c;
    const entry = plan.network.find((e) => e.id === intent.entryId);
    if (!entry) return opError('notFound.networkEntry', { id: String(intent.entryId) });
    const previous = findCoordinator(plan.network);
    if (previous?.id === entry.id) return opError('coordinator.unchanged');
    const network = plan.network.map((e) => {
      if (e.id === entry.id) return { ...e, roles: ROLES.filter((r) => r === 'coordinator' || e.roles.includes(r)) };
      if (e.roles.includes('coordinator')) return { ...e, roles: e.roles.filter((r) => r !== 'coordinator') };
      return e;
    });
    const after: Record<string, unknown> = { entryId: entry.id };
    if (intent.note !== undefined) after.note = intent.note;
    return commit(plan, { ...plan, network }, ctx, {
      type: 'plan.coordinatorChanged',
      target: { kind: 'networkEntry', id: entry.id },
      before: previous ? { entryId: previous.id } : {},
      after,
    });
  });
}
