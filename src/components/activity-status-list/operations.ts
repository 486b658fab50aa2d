/**
 * Operations the model does not offer yet, built from its own pieces (guard, commit), so they
 * keep the same rules: lock policy, change log, validation of the result, unknown fields kept.
 */
import { commit, guard, opError, run, type OpContext, type OpResult } from '../../model/operations/common';
import type { Activity, SipPlan } from '../../model/schema';

export interface RestoreActivityIntent {
  type: 'restoreActivity';
  /** The activity exactly as it was removed (history and unknown fields included). */
  activity: Activity;
  /** Where it stood in `plan.activities`. */
  index: number;
}

/**
 * Undo of a removal: puts the removed activity back where it was, with its status history.
 * (`addActivity` would start a new history and append at the end.)
 */
export function restoreActivity(plan: SipPlan, intent: RestoreActivityIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const { activity } = intent;
    if (plan.activities.some((a) => a.id === activity.id)) return opError('conflict.duplicateId', { id: activity.id }, ['activities']);
    const index = Math.max(0, Math.min(intent.index, plan.activities.length));
    const activities = [...plan.activities.slice(0, index), activity, ...plan.activities.slice(index)];
    return commit(plan, { ...plan, activities }, ctx, {
      type: 'activity.added',
      target: { kind: 'activity', id: activity.id },
      after: { title: activity.title, status: activity.status },
    });
  });
}
