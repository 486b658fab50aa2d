/**
 * Undo of a removal: put back a removed goal (with its sub-goals), activity or network entry
 * exactly as it was — same id, place, unknown fields and history — with the links the removal
 * cleaned up. `add*` would append at the end, start a new history and lose the links.
 *
 * The element captures what a removal will take away (`capture*Removal`) before it removes,
 * keeps that while the "undo" offer stands, and hands it back to `restore*`. Links are restored
 * only to what still exists; each restore is one change in the log.
 */
import type { Activity, Goal, NetworkEntry, Receiver, SipPlan } from '../schema';
import { commit, guard, opError, run, type OpContext, type OpResult } from './common';

// ─── goals ──────────────────────────────────────────────────────────────────

/** What `removeGoal` (with cascade) takes away: the goals with their index, and the activity links. */
export interface RemovedGoals {
  /** The removed goal and its sub-goals, exactly as they were, with their index in `plan.goals`. */
  goals: { goal: Goal; index: number }[];
  /** Each affected activity's `goalIds` before the removal. */
  links: { activityId: string; goalIds: string[] }[];
}

export function captureGoalRemoval(plan: SipPlan, goalId: string): RemovedGoals {
  const ids = new Set([goalId, ...plan.goals.filter((g) => g.parentId === goalId).map((g) => g.id)]);
  return {
    goals: plan.goals.flatMap((goal, index) => (ids.has(goal.id) ? [{ goal, index }] : [])),
    links: plan.activities.filter((a) => a.goalIds.some((id) => ids.has(id))).map((a) => ({ activityId: a.id, goalIds: a.goalIds.slice() })),
  };
}

export interface RestoreGoalIntent {
  type: 'restoreGoal';
  removed: RemovedGoals;
}

export function restoreGoal(plan: SipPlan, intent: RestoreGoalIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const removed = intent.removed;
    const first = removed?.goals?.[0];
    if (!first) return opError('intent.invalid', { detail: 'removed.goals' });
    for (const { goal } of removed.goals) {
      if (plan.goals.some((x) => x.id === goal.id)) return opError('conflict.duplicateId', { id: goal.id }, ['goals']);
    }
    const goals = plan.goals.slice();
    for (const { goal, index } of [...removed.goals].sort((a, b) => a.index - b.index)) {
      goals.splice(Math.max(0, Math.min(index, goals.length)), 0, goal);
    }
    const restored = new Set(removed.goals.map((x) => x.goal.id));
    const before = new Map((removed.links ?? []).map((l) => [l.activityId, l.goalIds]));
    const activities = plan.activities.map((a) => {
      const original = before.get(a.id);
      if (!original) return a;
      // the original order, then links added since the removal
      const goalIds = [...original.filter((id) => restored.has(id) || a.goalIds.includes(id)), ...a.goalIds.filter((id) => !original.includes(id))];
      return { ...a, goalIds };
    });
    return commit(plan, { ...plan, goals, activities }, ctx, {
      type: 'goal.restored',
      target: { kind: 'goal', id: first.goal.id },
      after: { goals: removed.goals.map((x) => x.goal.id) },
    });
  });
}

export interface ResetGoalsIntent {
  type: 'resetGoals';
  /** The goals as they should be again (e.g. as the host last set the plan), in order. */
  goals: Goal[];
}

/**
 * A host form's reset: the goals go back to a given list. Activity links to goals that no longer
 * exist are dropped (the model requires them to resolve); the list itself is checked by commit.
 */
export function resetGoals(plan: SipPlan, intent: ResetGoalsIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    if (!Array.isArray(intent.goals)) return opError('intent.invalid', { detail: 'goals' });
    const ids = new Set(intent.goals.map((x) => x.id));
    const activities = plan.activities.map((a) => (a.goalIds.every((id) => ids.has(id)) ? a : { ...a, goalIds: a.goalIds.filter((id) => ids.has(id)) }));
    return commit(plan, { ...plan, goals: intent.goals.slice(), activities }, ctx, {
      type: 'goal.reset',
      target: { kind: 'plan', id: plan.id },
      before: { goals: plan.goals.map((x) => x.id) },
      after: { goals: intent.goals.map((x) => x.id) },
    });
  });
}

// ─── activities ─────────────────────────────────────────────────────────────

export interface RemovedActivity {
  /** The activity exactly as it was removed (history and unknown fields included). */
  activity: Activity;
  /** Where it stood in `plan.activities`. */
  index: number;
}

export function captureActivityRemoval(plan: SipPlan, activityId: string): RemovedActivity | undefined {
  const index = plan.activities.findIndex((a) => a.id === activityId);
  return index < 0 ? undefined : { activity: plan.activities[index]!, index };
}

export interface RestoreActivityIntent extends RemovedActivity {
  type: 'restoreActivity';
}

export function restoreActivity(plan: SipPlan, intent: RestoreActivityIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const { activity } = intent;
    if (!activity || typeof activity.id !== 'string') return opError('intent.invalid', { detail: 'activity' });
    if (plan.activities.some((a) => a.id === activity.id)) return opError('conflict.duplicateId', { id: activity.id }, ['activities']);
    const index = Math.max(0, Math.min(Number.isInteger(intent.index) ? intent.index : plan.activities.length, plan.activities.length));
    const activities = [...plan.activities.slice(0, index), activity, ...plan.activities.slice(index)];
    return commit(plan, { ...plan, activities }, ctx, {
      type: 'activity.restored',
      target: { kind: 'activity', id: activity.id },
      after: { title: activity.title, status: activity.status },
    });
  });
}

// ─── network entries ────────────────────────────────────────────────────────

/** What `removeNetworkEntry` takes away: the entry (roles included) and the links it cleans. */
export interface RemovedNetworkEntry {
  entry: NetworkEntry;
  index: number;
  /** Entries whose `knows` listed it. */
  knownBy: string[];
  /** Entries whose `unitId` pointed to it. */
  unitOf: string[];
  /** Per meeting: whether it took part (and where in the list), led, and its invitation. */
  meetings: { meetingId: string; participantIndex?: number; leader?: boolean; invitation?: { receiver: Receiver; index: number } }[];
  /** Guardians linked to the entry (`networkEntryId`). */
  guardians: string[];
  /** Whether the legal representative was linked to it. */
  legalRepresentative: boolean;
}

export function captureNetworkEntryRemoval(plan: SipPlan, entryId: string): RemovedNetworkEntry | undefined {
  const index = plan.network.findIndex((e) => e.id === entryId);
  if (index < 0) return undefined;
  const meetings: RemovedNetworkEntry['meetings'] = [];
  for (const m of plan.meetings) {
    const p = m.participants.indexOf(entryId);
    const inv = m.invitations.findIndex((r) => r.entryId === entryId);
    if (p < 0 && inv < 0 && m.leaderId !== entryId) continue;
    const link: RemovedNetworkEntry['meetings'][number] = { meetingId: m.id };
    if (p >= 0) link.participantIndex = p;
    if (m.leaderId === entryId) link.leader = true;
    if (inv >= 0) link.invitation = { receiver: m.invitations[inv]!, index: inv };
    meetings.push(link);
  }
  return {
    entry: plan.network[index]!,
    index,
    knownBy: plan.network.filter((o) => o.knows?.includes(entryId)).map((o) => o.id),
    unitOf: plan.network.filter((o) => o.unitId === entryId).map((o) => o.id),
    meetings,
    guardians: plan.person.guardians.filter((g) => g.networkEntryId === entryId).map((g) => g.id),
    legalRepresentative: plan.person.legalRepresentative?.networkEntryId === entryId,
  };
}

export interface RestoreNetworkEntryIntent {
  type: 'restoreNetworkEntry';
  removed: RemovedNetworkEntry;
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const i = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, i), item, ...list.slice(i)];
}

export function restoreNetworkEntry(plan: SipPlan, intent: RestoreNetworkEntryIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const r = intent.removed;
    const id = r?.entry?.id;
    if (typeof id !== 'string') return opError('intent.invalid', { detail: 'removed.entry' });
    if (plan.network.some((e) => e.id === id)) return opError('conflict.duplicateId', { id }, ['network']);
    let entry = r.entry;
    // The plan has one coordinator: if someone took the role over meanwhile, they keep it.
    if (entry.roles.includes('coordinator') && plan.network.some((e) => e.roles.includes('coordinator'))) {
      entry = { ...entry, roles: entry.roles.filter((x) => x !== 'coordinator') };
    }
    const knownBy = new Set(r.knownBy ?? []);
    const unitOf = new Set(r.unitOf ?? []);
    const others = plan.network.map((e) => {
      let n = e;
      if (knownBy.has(e.id) && !e.knows?.includes(id)) n = { ...n, knows: [...(e.knows ?? []), id] };
      if (unitOf.has(e.id) && e.unitId === undefined) n = { ...n, unitId: id };
      return n;
    });
    const network = insertAt(others, r.index, entry);
    const links = new Map((r.meetings ?? []).map((l) => [l.meetingId, l]));
    const meetings = plan.meetings.map((m) => {
      const l = links.get(m.id);
      if (!l) return m;
      let n = m;
      if (l.participantIndex !== undefined && !m.participants.includes(id)) n = { ...n, participants: insertAt(n.participants, l.participantIndex, id) };
      if (l.leader && m.leaderId === undefined) n = { ...n, leaderId: id };
      if (l.invitation && !m.invitations.some((x) => x.entryId === id)) n = { ...n, invitations: insertAt(n.invitations, l.invitation.index, l.invitation.receiver) };
      return n;
    });
    const guardians = new Set(r.guardians ?? []);
    let person = plan.person;
    if (person.guardians.some((gd) => guardians.has(gd.id) && gd.networkEntryId === undefined)) {
      person = { ...person, guardians: person.guardians.map((gd) => (guardians.has(gd.id) && gd.networkEntryId === undefined ? { ...gd, networkEntryId: id } : gd)) };
    }
    if (r.legalRepresentative && person.legalRepresentative && person.legalRepresentative.networkEntryId === undefined) {
      person = { ...person, legalRepresentative: { ...person.legalRepresentative, networkEntryId: id } };
    }
    return commit(plan, { ...plan, network, meetings, person }, ctx, {
      type: 'network.restored',
      target: { kind: 'networkEntry', id },
      after: { kind: entry.kind, map: entry.map, roles: entry.roles },
    });
  });
}
