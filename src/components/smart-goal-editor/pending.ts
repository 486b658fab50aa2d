/**
 * What saving everything typed would do, as pure functions: the value a field is saved as, the
 * goal being written as it would be added, and the goals with every savable draft (the form
 * value while a field is still being typed in). Loaded with the lazy part: there are drafts
 * only once it has loaded.
 */
import type { Goal } from '../../model';
import { isIsoDate } from './dates';
import { TEXT_FIELDS, draftOf, type Drafts } from './drafts';
import type { Draft, NewGoal, TextField } from './types';

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
