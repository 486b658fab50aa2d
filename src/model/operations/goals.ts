/**
 * Goals: long-term goals with short-term sub-goals (`parentId`). The order of `plan.goals`
 * is the display order; `reorderGoal` moves a goal among its siblings (same `parentId`)
 * and keeps every other goal in place. Removing a goal unlinks it from activities; a goal
 * with sub-goals is only removed with `cascade: true` (sub-goals go too).
 * `setGoalAchievement` is allowed on an active plan (it is what a follow-up records).
 */
import { GOAL_ACHIEVEMENTS } from '../constants';
import type { Goal, GoalAchievementValue, SipPlan } from '../schema';
import { parseEntity } from '../validator';
import type { Without } from '../schema';
import { applyPatch, commit, guard, nextId, opError, run, today, type OpContext, type OpResult } from './common';

export type GoalInput = Without<Goal, 'id'> & { id?: string };

export interface AddGoalIntent {
  type: 'addGoal';
  goal: GoalInput;
}
export interface EditGoalIntent {
  type: 'editGoal';
  goalId: string;
  /** Fields to replace; `undefined` removes a field; `id` is ignored. */
  patch: Partial<Without<Goal, 'id'>> & Record<string, unknown>;
}
export interface ReorderGoalIntent {
  type: 'reorderGoal';
  goalId: string;
  /** New index among the goal's siblings (goals with the same parentId). */
  toIndex: number;
}
export interface RemoveGoalIntent {
  type: 'removeGoal';
  goalId: string;
  cascade?: boolean;
}
export interface SetGoalAchievementIntent {
  type: 'setGoalAchievement';
  goalId: string;
  value: GoalAchievementValue;
  /** Date judged; defaults to today (from ctx.now). */
  at?: string;
  note?: string;
  followUpId?: string;
}

/** Goals with the given parent (undefined = top level), in plan order. */
export function siblingGoals(plan: SipPlan, parentId: string | undefined): Goal[] {
  return plan.goals.filter((g) => g.parentId === parentId);
}

/** Sub-goals of a goal, in plan order. */
export function subGoals(plan: SipPlan, goalId: string): Goal[] {
  return plan.goals.filter((g) => g.parentId === goalId);
}

export function addGoal(plan: SipPlan, intent: AddGoalIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const id = intent.goal.id ?? nextId('goal', plan.goals);
    if (plan.goals.some((x) => x.id === id)) return opError('conflict.duplicateId', { id }, ['goals']);
    const parsed = parseEntity<Goal>('goal', { ...intent.goal, id });
    if (!parsed.success) return opError('intent.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? 'goal' }, ['goal']);
    return commit(plan, { ...plan, goals: [...plan.goals, parsed.data] }, ctx, {
      type: 'goal.added',
      target: { kind: 'goal', id },
      after: { horizon: parsed.data.horizon, parentId: parsed.data.parentId },
    });
  });
}

export function editGoal(plan: SipPlan, intent: EditGoalIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const i = plan.goals.findIndex((x) => x.id === intent.goalId);
    const goal = plan.goals[i];
    if (!goal) return opError('notFound.goal', { id: intent.goalId });
    const next = applyPatch(goal, intent.patch ?? {}, ['id']);
    const parsed = parseEntity<Goal>('goal', next);
    if (!parsed.success) return opError('intent.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? 'patch' }, ['patch']);
    const goals = plan.goals.slice();
    goals[i] = next;
    return commit(plan, { ...plan, goals }, ctx, {
      type: 'goal.edited',
      target: { kind: 'goal', id: goal.id },
      before: goal,
      after: next,
    });
  });
}

export function reorderGoal(plan: SipPlan, intent: ReorderGoalIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const goal = plan.goals.find((x) => x.id === intent.goalId);
    if (!goal) return opError('notFound.goal', { id: intent.goalId });
    const siblings = siblingGoals(plan, goal.parentId);
    const from = siblings.indexOf(goal);
    const to = intent.toIndex;
    if (!Number.isInteger(to) || to < 0 || to >= siblings.length) return opError('goal.reorderOutOfRange');
    const reordered = siblings.slice();
    reordered.splice(from, 1);
    reordered.splice(to, 0, goal);
    // put the reordered siblings back into the sibling slots; other goals keep their place
    let k = 0;
    const goals = plan.goals.map((x) => (x.parentId === goal.parentId ? reordered[k++]! : x));
    return commit(plan, { ...plan, goals }, ctx, {
      type: 'goal.reordered',
      target: { kind: 'goal', id: goal.id },
      before: { index: from },
      after: { index: to },
    });
  });
}

export function removeGoal(plan: SipPlan, intent: RemoveGoalIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const goal = plan.goals.find((x) => x.id === intent.goalId);
    if (!goal) return opError('notFound.goal', { id: intent.goalId });
    const children = subGoals(plan, goal.id);
    if (children.length > 0 && intent.cascade !== true) return opError('goal.hasChildren');
    const removed = new Set([goal.id, ...children.map((c) => c.id)]);
    const goals = plan.goals.filter((x) => !removed.has(x.id));
    const activities = plan.activities.map((a) =>
      a.goalIds.some((id) => removed.has(id)) ? { ...a, goalIds: a.goalIds.filter((id) => !removed.has(id)) } : a,
    );
    return commit(plan, { ...plan, goals, activities }, ctx, {
      type: 'goal.removed',
      target: { kind: 'goal', id: goal.id },
      before: { goal, removedSubGoals: children.map((c) => c.id) },
    });
  });
}

export function setGoalAchievement(plan: SipPlan, intent: SetGoalAchievementIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    const i = plan.goals.findIndex((x) => x.id === intent.goalId);
    const goal = plan.goals[i];
    if (!goal) return opError('notFound.goal', { id: intent.goalId });
    if (!(GOAL_ACHIEVEMENTS as readonly string[]).includes(intent.value)) return opError('intent.invalid', { detail: 'value' });
    const achievement: NonNullable<Goal['achievement']> = { value: intent.value, at: intent.at ?? today(ctx) };
    if (intent.note !== undefined) achievement.note = intent.note;
    if (intent.followUpId !== undefined) achievement.followUpId = intent.followUpId;
    const goals = plan.goals.slice();
    goals[i] = { ...goal, achievement };
    return commit(plan, { ...plan, goals }, ctx, {
      type: 'goal.achievement',
      target: { kind: 'goal', id: goal.id },
      before: goal.achievement,
      after: achievement,
    });
  });
}
