/**
 * What a user typed but did not commit yet, per goal: pure functions over an immutable map
 * (each change is a new map; an untouched goal keeps its draft object, so a card whose draft
 * did not change is not re-rendered).
 */
import type { Goal } from '../../model';
import { isIsoDate } from './dates';
import type { Draft, NewGoal, TextField } from './types';

export type Drafts = ReadonlyMap<string, Draft>;

/** The draft of a goal nobody typed in (one object, so the view can tell nothing changed). */
export const NO_DRAFT: Draft = Object.freeze({});

export const ALL_FIELDS: readonly (keyof Draft)[] = ['text', 'whatMatters', 'measure', 'targetDate', 'acceptedAt', 'realistic', 'disagreement', 'note', 'achievement'];
const TEXT_FIELDS = ['text', 'whatMatters', 'measure', 'targetDate', 'acceptedAt', 'disagreement'] as const;

export function draftOf(drafts: Drafts, goalId: string): Draft {
  return drafts.get(goalId) ?? NO_DRAFT;
}

/** The drafts with `patch` applied to one goal. */
export function withDraft(drafts: Drafts, goalId: string, patch: Draft): Drafts {
  const next = new Map(drafts);
  next.set(goalId, { ...draftOf(drafts, goalId), ...patch });
  return next;
}

/** The drafts without `fields` of one goal (the same map when there was nothing to clear). */
export function withoutDraft(drafts: Drafts, goalId: string, fields: readonly (keyof Draft)[]): Drafts {
  const current = drafts.get(goalId);
  if (!current) return drafts;
  const rest: Draft = { ...current };
  for (const f of fields) delete rest[f];
  const next = new Map(drafts);
  if (Object.keys(rest).length === 0) next.delete(goalId);
  else next.set(goalId, rest);
  return next;
}

/** The goal as the user sees it: the plan's goal with what they typed but did not commit. */
export function merged(drafts: Drafts, goal: Goal): Goal {
  const d = draftOf(drafts, goal.id);
  if (d === NO_DRAFT) return goal;
  const m: Goal = { ...goal };
  for (const f of TEXT_FIELDS) {
    if (d[f] !== undefined) (m as Record<string, unknown>)[f] = d[f];
  }
  if (d.realistic !== undefined) {
    if (d.realistic === null) delete m.realistic;
    else m.realistic = d.realistic;
  }
  return m;
}

/** The goals whose text the user emptied (a text error once the field was left). */
export function emptiedTexts(drafts: Drafts, goals: readonly Goal[]): string[] {
  return goals.filter((g) => (drafts.get(g.id)?.text ?? g.text).trim() === '').map((g) => g.id);
}

/** The interaction key of a goal's text (see `showsError` in the kit's form-associated.ts). */
export const textField = (goalId: string): string => `${goalId}.text`;

/** The interaction key of a goal's follow-up comment. */
export const noteField = (goalId: string): string => `${goalId}.note`;

/** The goals with a follow-up comment typed but no outcome to save it with. */
export function notesWithoutOutcome(drafts: Drafts, goals: readonly Goal[]): string[] {
  return goals.filter((g) => !g.achievement && !drafts.get(g.id)?.achievement && (drafts.get(g.id)?.note ?? '').trim() !== '').map((g) => g.id);
}

/**
 * What a typed field is saved as: the value, `null` to remove the field, or `undefined` when it
 * is not saved (an emptied goal text keeps the old one; a date that is not a date waits).
 */
export function savedValue(field: TextField, raw: string): string | null | undefined {
  if (field === 'text') return raw.trim() === '' ? undefined : raw.trim();
  if (field === 'targetDate' || field === 'acceptedAt') {
    const v = raw.trim();
    return v === '' ? null : isIsoDate(v) ? v : undefined;
  }
  return raw === '' ? null : raw;
}

/** The goal being written as it would be added now, or undefined while it has no text. */
export function newGoalOf(n: NewGoal, d: Draft): Goal | undefined {
  const text = (d.text ?? '').trim();
  if (!text) return undefined;
  const goal: Goal = { id: n.id, horizon: n.horizon, text };
  if (n.parentId) goal.parentId = n.parentId;
  if (d.whatMatters?.trim()) goal.whatMatters = d.whatMatters;
  if (d.measure?.trim()) goal.measure = d.measure;
  if (d.targetDate && isIsoDate(d.targetDate.trim())) goal.targetDate = d.targetDate.trim();
  if (d.acceptedAt && isIsoDate(d.acceptedAt)) goal.acceptedAt = d.acceptedAt;
  if (d.realistic === true || d.realistic === false) goal.realistic = d.realistic;
  if (d.disagreement?.trim()) goal.disagreement = d.disagreement;
  return goal;
}

/**
 * The goals as saving everything typed would leave them (the form value while a field is still
 * being typed in): each goal with its savable drafts, an outcome passed to with the arrows (dated
 * `today`), a comment on an outcome, and the goal being written once it has text. A comment
 * without an outcome has no place in a goal yet; the editor keeps it and asks for an outcome.
 */
export function withDrafts(goals: readonly Goal[], drafts: Drafts, newGoal: NewGoal | undefined, today: string): readonly Goal[] {
  const fresh = newGoal && !goals.some((g) => g.id === newGoal.id) ? newGoalOf(newGoal, draftOf(drafts, newGoal.id)) : undefined;
  if (drafts.size === 0 && !fresh) return goals;
  const out = goals.map((goal) => {
    const d = drafts.get(goal.id);
    if (!d) return goal;
    const g: Record<string, unknown> = { ...goal };
    for (const f of TEXT_FIELDS) {
      if (d[f] === undefined) continue;
      const v = savedValue(f, d[f]!);
      if (v === null) delete g[f];
      else if (v !== undefined) g[f] = v;
    }
    if (d.realistic === null) delete g.realistic;
    else if (d.realistic !== undefined) g.realistic = d.realistic;
    const a = goal.achievement;
    const value = d.achievement ?? a?.value;
    if (value && (d.achievement !== undefined || d.note !== undefined)) {
      const note = d.note ?? a?.note;
      const next: Record<string, unknown> = { ...a, value, at: d.achievement !== undefined ? today : a!.at };
      if (note?.trim()) next.note = note;
      else delete next.note;
      g.achievement = next;
    }
    return g as Goal;
  });
  if (fresh) out.push(fresh);
  return out;
}
