/**
 * Goal operations the model does not offer, built from its own pieces (guard, commit), so they
 * keep the same rules: lock policy, change log, validation of the result, unknown fields kept.
 */
import { commit, guard, opError, run, type OpContext, type OpResult } from '../../model/operations/common';
import type { Goal, SipPlan } from '../../model/schema';

/** What a removal took away: the goals (with their place in `plan.goals`) and the activity links. */
export interface RemovedGoals {
  /** The removed goal and its sub-goals, exactly as they were, with their index in `plan.goals`. */
  goals: { goal: Goal; index: number }[];
  /** Each affected activity's `goalIds` before the removal. */
  links: { activityId: string; goalIds: string[] }[];
}

/** Captures what `removeGoal` (with cascade) will take away, so it can be undone. */
export function captureRemoval(plan: SipPlan, goalId: string): RemovedGoals {
  const ids = new Set([goalId, ...plan.goals.filter((g) => g.parentId === goalId).map((g) => g.id)]);
  return {
    goals: plan.goals.flatMap((goal, index) => (ids.has(goal.id) ? [{ goal, index }] : [])),
    links: plan.activities.filter((a) => a.goalIds.some((id) => ids.has(id))).map((a) => ({ activityId: a.id, goalIds: a.goalIds.slice() })),
  };
}

/**
 * Undo of a removal: puts the goals back where they were (unknown fields, achievement and all)
 * and re-links the activities that still exist. (`addGoal` would append at the end and lose the
 * links.) One change, `goal.restored`.
 */
export function restoreGoals(plan: SipPlan, removed: RemovedGoals, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const first = removed.goals[0];
    if (!first) return opError('intent.invalid', { detail: 'goals' });
    for (const { goal } of removed.goals) {
      if (plan.goals.some((x) => x.id === goal.id)) return opError('conflict.duplicateId', { id: goal.id }, ['goals']);
    }
    const goals = plan.goals.slice();
    for (const { goal, index } of [...removed.goals].sort((a, b) => a.index - b.index)) {
      goals.splice(Math.max(0, Math.min(index, goals.length)), 0, goal);
    }
    const restored = new Set(removed.goals.map((x) => x.goal.id));
    const before = new Map(removed.links.map((l) => [l.activityId, l.goalIds]));
    const activities = plan.activities.map((a) => {
      const original = before.get(a.id);
      if (!original) return a;
      const goalIds = [...original.filter((id) => restored.has(id) || a.goalIds.includes(id)), ...a.goalIds.filter((id) => !original.includes(id))];
      return { ...a, goalIds };
    });
    return commit(plan, { ...plan, goals, activities }, ctx, {
      type: 'goal.restored',
      target: { kind: 'goal', id: first.goal.id },
      after: { goals: removed.goals.map((x) => x.goal.id) },
      summaryCode: 'change.goal.added',
    });
  });
}

/**
 * A host form's reset: the goals go back to how they were when the host last set the plan.
 * Activity links to goals that no longer exist are dropped (the model requires them to resolve).
 */
export function resetGoals(plan: SipPlan, goals: readonly Goal[], ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const ids = new Set(goals.map((x) => x.id));
    const activities = plan.activities.map((a) => (a.goalIds.every((id) => ids.has(id)) ? a : { ...a, goalIds: a.goalIds.filter((id) => ids.has(id)) }));
    return commit(plan, { ...plan, goals: goals.slice(), activities }, ctx, {
      type: 'goal.reset',
      target: { kind: 'plan', id: plan.id },
      before: { goals: plan.goals.map((x) => x.id) },
      after: { goals: goals.map((x) => x.id) },
      summaryCode: 'change.goal.edited',
    });
  });
}
