/**
 * What a user typed but did not commit yet, per goal: pure functions over an immutable map
 * (each change is a new map; an untouched goal keeps its draft object, so a card whose draft
 * did not change is not re-rendered).
 */
import type { Goal } from '../../model';
import type { Draft } from './types';

export type Drafts = ReadonlyMap<string, Draft>;

/** The draft of a goal nobody typed in (one object, so the view can tell nothing changed). */
export const NO_DRAFT: Draft = Object.freeze({});

export const ALL_FIELDS: readonly (keyof Draft)[] = ['text', 'whatMatters', 'measure', 'targetDate', 'acceptedAt', 'realistic', 'disagreement', 'note', 'achievement'];
export const TEXT_FIELDS = ['text', 'whatMatters', 'measure', 'targetDate', 'acceptedAt', 'disagreement'] as const;

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
