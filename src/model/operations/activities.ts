/**
 * Activities (insatser) and their status machine.
 *
 *   planned → ongoing | done | cancelled   (a one-off task goes straight to done)
 *   ongoing → done | paused | cancelled
 *   paused  → ongoing | cancelled
 *   done, cancelled: terminal (a new need is a new activity, so history stays truthful)
 *
 * Every status change appends `{ status, at, by, note? }` to `statusHistory`; the change
 * record names the activity and the old and new status. `commentActivity` appends an event
 * with the same status and a note: a comment at follow-up without a change of status (as staff
 * do in Prator). Status changes and comments are allowed on an active plan (carrying out the
 * plan is not editing it); adding, editing and removing activities need an editable plan.
 * Staff's words for the statuses: `activityStatusLabel` (activity-labels.ts).
 */
import { ACTIVITY_STATUSES } from '../constants';
import type { Activity, ActivityStatus, SipPlan } from '../schema';
import { parseEntity } from '../validator';
import type { Without } from '../schema';
import { applyPatch, commit, guard, nextId, opError, run, type OpContext, type OpResult } from './common';

const TRANSITIONS: Record<ActivityStatus, readonly ActivityStatus[]> = {
  planned: ['ongoing', 'done', 'cancelled'],
  ongoing: ['done', 'paused', 'cancelled'],
  paused: ['ongoing', 'cancelled'],
  done: [],
  cancelled: [],
};

/** Statuses an activity with `status` may move to. */
export function allowedStatusTransitions(status: ActivityStatus): readonly ActivityStatus[] {
  return TRANSITIONS[status] ?? [];
}

export function canTransition(from: ActivityStatus, to: ActivityStatus): boolean {
  return allowedStatusTransitions(from).includes(to);
}

/** Whether an activity is overdue at `now`: due date passed and not done or cancelled. */
export function isOverdue(activity: Activity, now: string): boolean {
  return activity.due !== undefined && activity.due < now.slice(0, 10) && (activity.status === 'planned' || activity.status === 'ongoing' || activity.status === 'paused');
}

export type ActivityInput = Without<Activity, 'id' | 'status' | 'statusHistory'> & {
  id?: string;
  /** Initial status, default `planned`. */
  status?: ActivityStatus;
};

export interface AddActivityIntent {
  type: 'addActivity';
  activity: ActivityInput;
}
export interface EditActivityIntent {
  type: 'editActivity';
  activityId: string;
  /** Fields to replace; `undefined` removes a field; `id`, `status`, `statusHistory` are ignored. */
  patch: Partial<Without<Activity, 'id' | 'status' | 'statusHistory'>> & Record<string, unknown>;
}
export interface RemoveActivityIntent {
  type: 'removeActivity';
  activityId: string;
}
export interface ChangeActivityStatusIntent {
  type: 'changeActivityStatus';
  activityId: string;
  to: ActivityStatus;
  note?: string;
}

export interface CommentActivityIntent {
  type: 'commentActivity';
  activityId: string;
  /** The comment; the status stays as it is. */
  note: string;
}

export function addActivity(plan: SipPlan, intent: AddActivityIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const id = intent.activity.id ?? nextId('activity', plan.activities);
    if (plan.activities.some((a) => a.id === id)) return opError('conflict.duplicateId', { id }, ['activities']);
    const status = intent.activity.status ?? 'planned';
    const parsed = parseEntity<Activity>('activity', {
      ...intent.activity,
      id,
      status,
      statusHistory: [{ status, at: ctx.now, by: ctx.by }],
    });
    if (!parsed.success) return opError('intent.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? 'activity' }, ['activity']);
    return commit(plan, { ...plan, activities: [...plan.activities, parsed.data] }, ctx, {
      type: 'activity.added',
      target: { kind: 'activity', id },
      after: { title: parsed.data.title, status },
    });
  });
}

export function editActivity(plan: SipPlan, intent: EditActivityIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const i = plan.activities.findIndex((a) => a.id === intent.activityId);
    const activity = plan.activities[i];
    if (!activity) return opError('notFound.activity', { id: intent.activityId });
    const next = applyPatch(activity, intent.patch ?? {}, ['id', 'status', 'statusHistory']);
    const parsed = parseEntity<Activity>('activity', next);
    if (!parsed.success) return opError('intent.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? 'patch' }, ['patch']);
    const activities = plan.activities.slice();
    activities[i] = next;
    return commit(plan, { ...plan, activities }, ctx, {
      type: 'activity.edited',
      target: { kind: 'activity', id: activity.id },
      before: activity,
      after: next,
    });
  });
}

export function removeActivity(plan: SipPlan, intent: RemoveActivityIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const activity = plan.activities.find((a) => a.id === intent.activityId);
    if (!activity) return opError('notFound.activity', { id: intent.activityId });
    return commit(plan, { ...plan, activities: plan.activities.filter((a) => a !== activity) }, ctx, {
      type: 'activity.removed',
      target: { kind: 'activity', id: activity.id },
      before: activity,
    });
  });
}

export function changeActivityStatus(plan: SipPlan, intent: ChangeActivityStatusIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    const i = plan.activities.findIndex((a) => a.id === intent.activityId);
    const activity = plan.activities[i];
    if (!activity) return opError('notFound.activity', { id: intent.activityId });
    const from = activity.status;
    const to = intent.to;
    if (!(ACTIVITY_STATUSES as readonly string[]).includes(to)) return opError('intent.invalid', { detail: 'to' });
    if (from === to) return opError('activity.sameStatus', { to }, ['activities', i, 'status']);
    if (!canTransition(from, to)) return opError('activity.transition', { from, to }, ['activities', i, 'status']);
    const event: Activity['statusHistory'][number] = { status: to, at: ctx.now, by: ctx.by };
    if (intent.note !== undefined) event.note = intent.note;
    const activities = plan.activities.slice();
    activities[i] = { ...activity, status: to, statusHistory: [...activity.statusHistory, event] };
    return commit(plan, { ...plan, activities }, ctx, {
      type: 'activity.status',
      target: { kind: 'activity', id: activity.id },
      before: { status: from },
      after: { status: to },
      summaryParams: { from, to },
    });
  });
}

export function commentActivity(plan: SipPlan, intent: CommentActivityIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    const activity = plan.activities.find((a) => a.id === intent.activityId);
    if (!activity) return opError('notFound.activity', { id: intent.activityId });
    if (typeof intent.note !== 'string' || intent.note.trim() === '') return opError('intent.invalid', { detail: 'note' });
    // same status, with a note: the history stays consistent with the status
    const event: Activity['statusHistory'][number] = { status: activity.status, at: ctx.now, by: ctx.by, note: intent.note };
    const activities = plan.activities.map((a) => (a === activity ? { ...a, statusHistory: [...a.statusHistory, event] } : a));
    return commit(plan, { ...plan, activities }, ctx, {
      type: 'activity.comment',
      target: { kind: 'activity', id: activity.id },
      after: { status: activity.status, note: intent.note },
    });
  });
}
