/**
 * Shared machinery for the pure plan operations: context checks, the lock policy,
 * change records and result validation.
 *
 * Every operation is `(plan, intent, ctx) => OpResult`, never throws (a last-resort
 * try/catch in `applyIntent` and `run`), never mutates its input and keeps unknown fields
 * (objects are spread, never rebuilt from known fields).
 */
import { isRealDate, TIMESTAMP_PATTERN } from '../constants';
import { checkInvariantsWith } from '../invariant-checks';
import type { IssuePath, PlanIssue } from '../issues';
import { MESSAGE_CODES, modelMessage } from '../messages';
import { isContentEditable } from '../plan-stage';
import type { Change, SipPlan } from '../schema';
import { isPlanValidatorLoaded, shapeChecks, ValidatorUnavailableError } from '../validator';

export interface OpContext {
  /** Who makes the change (user id or display name of the professional). */
  by: string;
  /** Current time, ISO 8601 timestamp. Operations never read the clock themselves. */
  now: string;
  /**
   * The network entry of the person acting, where the host knows it. Signing and locking are
   * refused when it is known and is not the coordinator; a signature names an entry only when
   * the host said who acted.
   */
  entryId?: string;
}

export interface OpError {
  code: string;
  message: string;
  path?: IssuePath;
  /** For developers (the field or step that failed); never part of `message`, which staff read. */
  detail?: string;
  /** Every problem when there are several to act on (e.g. `signPlan`: all missing parts). */
  issues?: PlanIssue[];
}

export type OpResult =
  | {
      ok: true;
      plan: SipPlan;
      change: Change;
      /** `withdrawConsent`, `closePlan`: network entry ids of the parties to notify. */
      notify?: string[];
      /** `startRevision`: the previous version, now voided. `plan` is the new draft. */
      previous?: SipPlan;
    }
  | { ok: false; error: OpError };

export function opError(code: string, params?: Record<string, string | number>, path?: IssuePath): { ok: false; error: OpError } {
  const error: OpError = { code, message: modelMessage(code, params) };
  if (path) error.path = path;
  if (params?.detail !== undefined) error.detail = String(params.detail);
  return { ok: false, error };
}

export function ctxError(ctx: OpContext | undefined): { ok: false; error: OpError } | undefined {
  if (
    !ctx ||
    typeof ctx.by !== 'string' ||
    ctx.by.trim() === '' ||
    typeof ctx.now !== 'string' ||
    !TIMESTAMP_PATTERN.test(ctx.now) ||
    !isRealDate(ctx.now) ||
    Number.isNaN(Date.parse(ctx.now))
  ) {
    return opError('ctx.invalid');
  }
  return undefined;
}

/**
 * Lock policy. `draft`: the operation edits the plan's content and needs an editable plan: a
 * draft, or a plan the coordinator has signed but not yet locked (seed 001: once signed, the
 * plan is visible to the parties and the staff who took part may still edit it until the
 * coordinator locks it). `active`: also allowed on a locked plan because it records what happens
 * while the plan runs. Nothing is allowed on a closed or voided plan.
 */
export type LockPolicy = 'draft' | 'active';

export function statusError(plan: SipPlan, policy: LockPolicy): { ok: false; error: OpError } | undefined {
  if (plan.status === 'closed') return opError('plan.closed');
  if (plan.status === 'voided') return opError('plan.voided');
  if (policy === 'draft' && !isContentEditable(plan)) return opError('plan.locked');
  return undefined;
}

/** Guard run before every operation: context valid and plan status allows the operation. */
export function guard(plan: SipPlan, ctx: OpContext, policy: LockPolicy): { ok: false; error: OpError } | undefined {
  return ctxError(ctx) ?? statusError(plan, policy);
}

/** Next free id `${prefix}-${n}` not in `existing`. Deterministic. */
export function nextId(prefix: string, existing: readonly { id: string }[]): string {
  const ids = new Set(existing.map((e) => e.id));
  let n = existing.length + 1;
  while (ids.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export function today(ctx: OpContext): string {
  return ctx.now.slice(0, 10);
}

/**
 * Shallow patch: keys with value `undefined` remove the field, other keys replace it.
 * Keys in `protect` are ignored. Unknown keys on `obj` are kept.
 */
export function applyPatch<T extends object>(obj: T, patch: object, protect: readonly string[] = []): T {
  const next: Record<string, unknown> = { ...(obj as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (protect.includes(k) || k === '__proto__') continue;
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  return next as T;
}

/** Drop keys whose value is undefined (so results stay JSON round-trip stable). */
export function compact<T extends object>(obj: T): T {
  const next: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && k !== '__proto__') next[k] = v;
  return next as T;
}

function jsonClone(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export interface ChangeSpec {
  type: string;
  target?: { kind: string; id: string };
  before?: unknown;
  after?: unknown;
  summaryCode?: string;
  summaryParams?: Record<string, string | number>;
}

export function makeChange(plan: SipPlan, ctx: OpContext, spec: ChangeSpec): Change {
  const change: Change = {
    id: `${plan.id}/v${plan.version}/c${plan.changeLog.length + 1}`,
    type: spec.type,
    by: ctx.by,
    at: ctx.now,
  };
  if (spec.target) change.target = spec.target;
  // JSON-clean copies: the change log must round-trip through JSON unchanged
  if (spec.before !== undefined) change.before = jsonClone(spec.before);
  if (spec.after !== undefined) change.after = jsonClone(spec.after);
  change.summary = modelMessage(spec.summaryCode ?? `change.${spec.type}`, spec.summaryParams);
  return change;
}

/**
 * Finish an operation: append the change to the change log, stamp `updatedAt`, and check
 * the result is still a valid plan (shape + invariants). An operation that would produce
 * an invalid plan returns `plan.invalidResult` with the first problem's path instead.
 *
 * `before` must be a valid plan (from `parsePlan` or an operation). The shape check covers
 * what differs from it: every changed top-level field and every collection item that is not
 * the same object as before (operations share unchanged parts by reference), so an edit on a
 * large plan costs the changed entity, not the plan. Invariants run on the whole plan (O(n)).
 */
export function commit(
  before: SipPlan,
  next: SipPlan,
  ctx: OpContext,
  spec: ChangeSpec,
  extra?: { notify?: string[] },
): OpResult {
  const change = makeChange(before, ctx, spec);
  const plan: SipPlan = { ...next, updatedAt: ctx.now, changeLog: [...before.changeLog, change] };
  if (!isPlanValidatorLoaded()) return opError('model.validatorUnavailable');
  const shape = shapeChecks().changes(before, plan);
  if (shape) {
    // A sentence staff can read; the field is in `path`.
    const code = shape.messageCode ?? (MESSAGE_CODES.includes(`schema.${shape.code}`) ? `schema.${shape.code}` : 'schema.invalid');
    return opError('plan.invalidResult', { detail: modelMessage(code) }, shape.path);
  }
  // Identity numbers were checked above when they changed; the rest runs on the whole plan.
  const errors = checkInvariantsWith(plan);
  if (errors.length > 0) {
    const first = errors[0]!;
    return opError('plan.invalidResult', { detail: first.message }, first.path);
  }
  const result: OpResult = { ok: true, plan, change };
  if (extra?.notify) result.notify = extra.notify;
  return result;
}

/** Run an operation body; any unexpected exception becomes an `intent.invalid` error. */
export function run(body: () => OpResult): OpResult {
  try {
    return body();
  } catch (e) {
    if (e instanceof ValidatorUnavailableError) return opError('model.validatorUnavailable');
    return opError('intent.invalid', { detail: e instanceof TypeError ? 'malformed intent' : 'unexpected error' });
  }
}
