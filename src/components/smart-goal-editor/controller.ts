/**
 * The editor's edit actions: each user intent becomes a model operation; errors become
 * messages; focus and announcements follow. Holds what was typed but not committed (drafts),
 * the goal being written, and the last error. Knows nothing about templates.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { Goal, GoalAchievementValue, GoalHorizon, OpResult, SipPlan } from '../../model';
import type { AnnouncerController } from '../../shared/announcer';
import type { FocusController } from '../../shared/focus';
import type { UndoController } from '../../shared/undo';
import type { RemovedGoals } from '../../model/operations/restore';
import { isContentEditable } from '../../model/plan-stage';
import { isIsoDate } from './dates';
import { ALL_FIELDS, TEXT_FIELDS, draftOf, noteField, textField, withDraft, withoutDraft, type Drafts } from './drafts';
import { newGoalOf, savedValue } from './pending';
import type { Draft, GoalEditorActions, GoalEditorViewModel, NewGoal, TextField } from './types';

/** Keys that move through a radio group, checking each outcome passed. */
const ARROW_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** The lazily loaded part (operations, view model, view). */
export type GoalsPart = typeof import('./part');

/**
 * What the controller reads from its element: closures over the element's protected state, so
 * none of it becomes public element API.
 */
export interface GoalEditorEnv {
  /** The validated plan (undefined while there is none or it is invalid). */
  plan(): SipPlan | undefined;
  /** The lazily loaded part, once loaded. */
  part(): GoalsPart | undefined;
  /** The view model as rendered now (for labels and the SMART check in announcements). */
  viewModel(plan: SipPlan): GoalEditorViewModel;
  /** Applies a model operation: on success the element shows and emits the new plan. */
  apply(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined;
  /** Marks a field as left by the user (the kit's one rule for when its error shows). */
  markTouched(field: string): void;
  /** Milliseconds of quiet after typing before the check is summed up. */
  announceDelay(): number;
  /** Today, YYYY-MM-DD. */
  today(): string;
  /** Goals can be written and changed now. */
  canEdit(): boolean;
}

/** The next free `goal-<n>` id (the model's own scheme). */
function nextGoalId(goals: readonly { id: string }[]): string {
  const ids = new Set(goals.map((g) => g.id));
  let n = goals.length + 1;
  while (ids.has(`goal-${n}`)) n++;
  return `goal-${n}`;
}

/** The start of a goal's text, for announcements and the undo bar. */
function excerpt(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

export class GoalEditController implements ReactiveController {
  drafts: Drafts = new Map();
  newGoal: NewGoal | undefined;
  opError = '';
  /** The last key pressed in an outcome group was an arrow: the change it makes only passes through. */
  private arrowing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: GoalEditorEnv,
    private readonly announcer: AnnouncerController,
    private readonly focus: FocusController,
    private readonly undoer: UndoController<RemovedGoals>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets everything local (another plan, a form reset). */
  clear(): void {
    this.drafts = new Map();
    this.newGoal = undefined;
    this.opError = '';
    this.undoer.clear();
    this.announcer.forget();
    this.host.requestUpdate();
  }

  /** The actions the view may call. */
  readonly actions: GoalEditorActions = {
    input: (id, field, value) => this.input(id, field, value),
    change: (id, field, value) => this.change(id, field, value),
    setAccepted: (id, checked) => this.setAccepted(id, checked),
    setRealistic: (id, checked) => this.setRealistic(id, checked),
    useMeasure: (id, measure) => this.useMeasure(id, measure),
    startNew: (horizon, parentId) => this.startNew(horizon, parentId),
    cancelNew: () => this.cancelNew(),
    move: (id, delta) => this.move(id, delta),
    remove: (id) => this.remove(id),
    undo: () => this.undo(),
    dismissUndo: () => {
      this.undoer.clear();
      this.focus.request('button[data-action=add]');
    },
    judge: (id, value) => {
      if (this.arrowing) this.setDraft(id, { achievement: value });
      else this.judge(id, value);
      this.arrowing = false;
    },
    outcomeKeyDown: (_id, key) => {
      this.arrowing = ARROW_KEYS.has(key);
    },
    outcomeKeyUp: (id, key) => {
      this.arrowing = false;
      if (key === ' ' || key === 'Enter') this.settleOutcome(id);
    },
    leaveOutcomes: (id) => this.settleOutcome(id),
    skipToAdd: () => this.focus.request('button[data-action=add]'),
    typeNote: (id, note) => this.setDraft(id, { note }),
    commitNote: (id, note) => this.commitNote(id, note),
  };

  /**
   * Saves everything typed or chosen but not saved yet, as leaving each field would: texts, an
   * outcome passed to with the arrows, comments, the goal being written (once it has text).
   * A goal text emptied, a date that is not a date and a comment without an outcome stay typed.
   */
  commitAll(): void {
    for (const [goalId, d] of [...this.drafts]) {
      if (goalId === this.newGoal?.id) continue;
      for (const field of TEXT_FIELDS) {
        const raw = draftOf(this.drafts, goalId)[field];
        if (raw !== undefined) this.change(goalId, field, raw);
      }
      if (d.achievement) this.settleOutcome(goalId);
      else if (d.note !== undefined) this.commitNote(goalId, d.note);
    }
    if (this.newGoal) this.commitNew();
  }

  /** A form reset: the goals go back to `goals` (as the host last set them). */
  reset(goals: readonly Goal[] | undefined): void {
    this.clear();
    const plan = this.env.plan();
    // Goals can only be put back while the content is editable (the model's lock policy); a locked plan keeps its follow-up.
    if (plan && isContentEditable(plan) && goals && JSON.stringify(goals) !== JSON.stringify(plan.goals)) {
      this.apply((p, ctx, l) => l.resetGoals(p, { type: 'resetGoals', goals: goals.slice() }, ctx));
    }
  }

  // ─── helpers ─────────────────────────────────────────────────────────────

  private setDraft(goalId: string, patch: Draft): void {
    this.drafts = withDraft(this.drafts, goalId, patch);
    this.host.requestUpdate();
  }

  private clearDraft(goalId: string, fields: readonly (keyof Draft)[]): void {
    this.drafts = withoutDraft(this.drafts, goalId, fields);
    this.host.requestUpdate();
  }

  /** A goal's row (label) and SMART check as shown now. */
  private seen(goalId: string) {
    const plan = this.env.plan();
    const part = this.env.part();
    if (!plan || !part) return undefined;
    const vm = this.env.viewModel(plan);
    const row = part.rows(vm).find((r) => r.goal.id === goalId);
    return row ? { row, result: part.check(vm, row.goal), part } : undefined;
  }

  private apply(operate: (plan: SipPlan, ctx: { by: string; now: string }, part: GoalsPart) => OpResult): OpResult | undefined {
    const part = this.env.part();
    if (!part) return undefined;
    const result = this.env.apply((plan, ctx) => operate(plan, ctx, part));
    if (result?.ok) {
      this.opError = '';
    } else if (result && !result.ok) {
      this.opError = result.error.message;
      this.announcer.say(result.error.message);
    }
    this.host.requestUpdate();
    return result;
  }

  /** Says an action together with the check's new summary (and remembers the summary as said). */
  private sayWithCheck(goalId: string, text: string): void {
    const seen = this.seen(goalId);
    if (!seen) return this.announcer.say(text);
    const summary = `${seen.row.label}: ${seen.part.checkSummary(seen.result)}`;
    this.announcer.remember(goalId, summary);
    this.announcer.say(`${text} ${seen.part.checkSummary(seen.result)}`);
  }

  // ─── actions ─────────────────────────────────────────────────────────────

  private input(goalId: string, field: TextField, value: string): void {
    // Remember how the check read before typing started, so only a change is announced.
    if (!this.announcer.knows(goalId)) {
      const seen = this.seen(goalId);
      if (seen) this.announcer.remember(goalId, `${seen.row.label}: ${seen.part.checkSummary(seen.result)}`);
    }
    this.setDraft(goalId, { [field]: value });
    this.announcer.sayLater(
      goalId,
      () => {
        const seen = this.seen(goalId);
        return seen ? `${seen.row.label}: ${seen.part.checkSummary(seen.result)}` : undefined;
      },
      this.env.announceDelay(),
    );
  }

  /** Commits a typed field (on `change`). */
  private change(goalId: string, field: TextField, raw: string): void {
    const plan = this.env.plan();
    if (!plan) return;
    this.setDraft(goalId, { [field]: raw });
    const next = savedValue(field, raw);
    const goal = plan.goals.find((g) => g.id === goalId);
    if (!goal) {
      if (this.newGoal?.id === goalId && field === 'text' && next !== undefined) this.commitNew();
      return;
    }
    if (field === 'text' && next === undefined) {
      // The plan keeps its text; the error shows now that the field was left.
      this.env.markTouched(textField(goalId));
      return;
    }
    // A date that is not a date waits as typed (the Time-bound criterion says why).
    if (next === undefined) return;
    const current = (goal as Record<string, unknown>)[field] ?? null;
    if (next === current) return this.clearDraft(goalId, [field]);
    const result = this.apply((p, ctx, l) => l.editGoal(p, { type: 'editGoal', goalId, patch: { [field]: next ?? undefined } }, ctx));
    if (result?.ok) this.clearDraft(goalId, [field]);
  }

  private setAccepted(goalId: string, checked: boolean): void {
    const draft = draftOf(this.drafts, goalId);
    const acceptedAt = checked ? (draft.acceptedAt && isIsoDate(draft.acceptedAt) ? draft.acceptedAt : this.env.today()) : '';
    this.commitFields(
      goalId,
      { acceptedAt },
      checked ? msg('Markerat som godkänt av personen.', { id: 'goals.announce.accepted' }) : msg('Godkännandet borttaget.', { id: 'goals.announce.unaccepted' }),
    );
  }

  private setRealistic(goalId: string, checked: boolean): void {
    this.commitFields(
      goalId,
      { realistic: checked ? true : null },
      checked ? msg('Markerat som realistiskt.', { id: 'goals.announce.realistic' }) : msg('Bedömningen realistiskt borttagen.', { id: 'goals.announce.unrealistic' }),
    );
  }

  private useMeasure(goalId: string, measure: string): void {
    this.commitFields(goalId, { measure }, msg(str`Måttet ”${measure}” lades till.`, { id: 'goals.announce.measureUsed' }));
    this.focus.request(this.inGoal(goalId, '[data-field=measure]'));
  }

  /** A checkbox or a suggestion: committed at once (kept as a draft for a goal not yet saved). */
  private commitFields(goalId: string, patch: Draft, announcement: string): void {
    const plan = this.env.plan();
    if (!plan) return;
    if (!plan.goals.some((g) => g.id === goalId)) return this.setDraft(goalId, patch);
    const p: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(patch)) p[k] = v === null || v === '' ? undefined : v;
    const result = this.apply((pl, ctx, l) => l.editGoal(pl, { type: 'editGoal', goalId, patch: p }, ctx));
    if (result?.ok) {
      this.clearDraft(goalId, Object.keys(patch) as (keyof Draft)[]);
      this.announcer.cancelLater();
      this.sayWithCheck(goalId, announcement);
    }
  }

  /** A focus target inside one goal's list item. */
  private inGoal(goalId: string, selector: string) {
    return (root: ParentNode) => {
      const plan = this.env.plan();
      const key = plan ? this.env.viewModel(plan).keyOf(goalId) : '';
      return root.querySelector(`[data-key="${key}"]`)?.querySelector(selector);
    };
  }

  private startNew(horizon: GoalHorizon, parentId?: string): void {
    const plan = this.env.plan();
    if (!plan) return;
    if (this.newGoal) {
      // One goal is written at a time: go back to it.
      this.focus.request(this.inGoal(this.newGoal.id, 'textarea[data-field=text]'));
      return;
    }
    const id = nextGoalId(plan.goals);
    this.newGoal = { id, horizon, ...(parentId ? { parentId } : {}) };
    this.focus.request(this.inGoal(id, 'textarea[data-field=text]'));
  }

  private cancelNew(): void {
    const n = this.newGoal;
    if (!n) return;
    this.clearDraft(n.id, ALL_FIELDS);
    this.newGoal = undefined;
    this.focus.request(n.parentId ? this.inGoal(n.parentId, 'button[data-action=add-sub]') : 'button[data-action=add]');
    this.announcer.say(msg('Det nya målet togs bort innan det sparades.', { id: 'goals.announce.cancelled' }));
  }

  /** Saves the goal being written, with everything entered so far. */
  private commitNew(): void {
    const n = this.newGoal;
    if (!n) return;
    const goal = newGoalOf(n, draftOf(this.drafts, n.id));
    if (!goal) return;
    const result = this.apply((p, ctx, l) => l.addGoal(p, { type: 'addGoal', goal }, ctx));
    if (result?.ok) {
      this.newGoal = undefined;
      const saved = Object.keys(goal).filter((k) => k !== 'id' && k !== 'horizon' && k !== 'parentId') as (keyof Draft)[];
      this.clearDraft(n.id, ['text', ...saved]);
      this.announcer.say(msg('Målet är sparat i planen.', { id: 'goals.announce.added' }));
    }
  }

  private move(goalId: string, delta: -1 | 1): void {
    const plan = this.env.plan();
    const goal = plan?.goals.find((g) => g.id === goalId);
    if (!plan || !goal) return;
    const siblings = plan.goals.filter((g) => g.parentId === goal.parentId);
    const to = siblings.indexOf(goal) + delta;
    if (to < 0 || to >= siblings.length) return;
    const result = this.apply((p, ctx, l) => l.reorderGoal(p, { type: 'reorderGoal', goalId, toIndex: to }, ctx));
    if (!result?.ok) return;
    // Focus stays on the same button of the moved goal, or the other one once it reached an end.
    const edge = delta < 0 ? to === 0 : to === siblings.length - 1;
    const action = delta < 0 !== edge ? 'up' : 'down';
    this.focus.request(this.inGoal(goalId, `button[data-action=${action}]`));
    const position = to + 1;
    const count = siblings.length;
    this.announcer.say(msg(str`Målet ”${excerpt(goal.text)}” flyttat till plats ${position} av ${count}.`, { id: 'goals.announce.moved' }));
  }

  private remove(goalId: string): void {
    const plan = this.env.plan();
    const goal = plan?.goals.find((g) => g.id === goalId);
    const part = this.env.part();
    if (!plan || !goal || !part) return;
    const removed = part.captureGoalRemoval(plan, goalId);
    const result = this.apply((p, ctx, l) => l.removeGoal(p, { type: 'removeGoal', goalId, cascade: true }, ctx));
    if (!result?.ok) return;
    for (const { goal: g } of removed.goals) this.clearDraft(g.id, ALL_FIELDS);
    const text = excerpt(goal.text);
    const subs = removed.goals.length - 1;
    const label = subs > 0 ? msg(str`Målet ”${text}” och ${subs} delmål togs bort.`, { id: 'goals.undo.removedWithSubs' }) : msg(str`Målet ”${text}” togs bort.`, { id: 'goals.undo.removed' });
    this.undoer.offer({ label, data: removed });
    this.focus.request('button[data-action=undo]');
    this.announcer.say(`${label} ${msg('Du kan ångra.', { id: 'goals.announce.canUndo' })}`);
  }

  private undo(): void {
    const entry = this.undoer.entry;
    if (!entry) return;
    const result = this.apply((p, ctx, l) => l.restoreGoal(p, { type: 'restoreGoal', removed: entry.data }, ctx));
    if (!result?.ok) return;
    this.undoer.take();
    const first = entry.data.goals[0]!.goal;
    this.focus.request(this.inGoal(first.id, this.env.canEdit() ? 'textarea[data-field=text]' : 'h3'));
    this.announcer.say(msg(str`Målet ”${excerpt(first.text)}” är tillbaka.`, { id: 'goals.announce.restored' }));
  }

  private judge(goalId: string, value: GoalAchievementValue): void {
    const goal = this.env.plan()?.goals.find((g) => g.id === goalId);
    const part = this.env.part();
    if (!goal || !part) return;
    const note = draftOf(this.drafts, goalId).note ?? goal.achievement?.note;
    const followUpId = goal.achievement?.followUpId;
    const label = part.achievementLabel(value);
    const result = this.apply((p, ctx, l) =>
      l.setGoalAchievement(p, { type: 'setGoalAchievement', goalId, value, ...(note ? { note } : {}), ...(followUpId ? { followUpId } : {}) }, ctx),
    );
    if (result?.ok) {
      this.clearDraft(goalId, ['note', 'achievement']);
      this.announcer.say(msg(str`Bedömning sparad: ${label}.`, { id: 'goals.announce.judged' }));
    }
  }

  /** Saves the outcome the arrow keys stopped at (leaving the group, Space, Enter). */
  private settleOutcome(goalId: string): void {
    const value = draftOf(this.drafts, goalId).achievement;
    if (value) this.judge(goalId, value);
  }

  private commitNote(goalId: string, note: string): void {
    const goal = this.env.plan()?.goals.find((g) => g.id === goalId);
    this.setDraft(goalId, { note });
    if (draftOf(this.drafts, goalId).achievement) return this.settleOutcome(goalId);
    const a = goal?.achievement;
    if (!a) {
      // Nowhere to save a comment without an outcome: keep it, and say what it waits for.
      if (note.trim() === '') return this.clearDraft(goalId, ['note']);
      this.env.markTouched(noteField(goalId));
      this.announcer.say(msg('Välj hur det gick för att spara kommentaren.', { id: 'goals.announce.noteNeedsOutcome' }));
      return;
    }
    if ((a.note ?? '') === note) return this.clearDraft(goalId, ['note']);
    const result = this.apply((p, ctx, l) =>
      l.setGoalAchievement(p, { type: 'setGoalAchievement', goalId, value: a.value, at: a.at, ...(note.trim() ? { note } : {}), ...(a.followUpId ? { followUpId: a.followUpId } : {}) }, ctx),
    );
    if (result?.ok) this.clearDraft(goalId, ['note']);
  }
}
