/**
 * The editor's types: the contract between the element, its controller and its lazily loaded
 * view. Type-only (no runtime code), so the view never imports the element.
 */
import type { TemplateResult } from 'lit';
import type { Goal, GoalAchievementValue, GoalHorizon, SipPlan } from '../../model';
import type { UndoEntry } from '../../shared/undo';
import type { RemovedGoals } from '../../model/operations/restore';

/** Which view the editor shows. */
export type SmartGoalEditorMode = 'plan' | 'follow-up' | 'auto';

/** Text fields a user types into; committed on `change`, checked live on `input`. */
export type TextField = 'text' | 'whatMatters' | 'measure' | 'targetDate' | 'acceptedAt' | 'disagreement';

/**
 * In-progress values of one goal. `realistic: null` means "cleared"; `achievement` is an outcome
 * passed through with the arrow keys, saved when the user leaves the group (or presses Space).
 */
export type Draft = Partial<Record<TextField, string>> & { realistic?: boolean | null; note?: string; achievement?: GoalAchievementValue };

/** The goal being written, not in the plan yet. */
export interface NewGoal {
  id: string;
  horizon: GoalHorizon;
  parentId?: string;
}

/** What the undo bar offers: a removal to put back. */
export type GoalUndo = UndoEntry<RemovedGoals>;

/** One goal as listed: label, depth and place among its siblings. */
export interface Row {
  goal: Goal;
  /** Not in the plan yet: the goal being written. */
  isNew: boolean;
  label: string;
  depth: 0 | 1;
  siblingIndex: number;
  siblingCount: number;
}

/** Everything the view shows, read-only. Built by the element on every render. */
export interface GoalEditorViewModel {
  plan: SipPlan;
  mode: 'plan' | 'follow-up';
  /** Goals can be written and changed. */
  canEdit: boolean;
  /** Achievement can be recorded. */
  canJudge: boolean;
  readonly: boolean;
  /** Today, YYYY-MM-DD. */
  today: string;
  newGoal: NewGoal | undefined;
  undo: GoalUndo | undefined;
  /** The last operation's error, localized ('' when none). */
  opError: string;
  /** Goals whose emptied text shows its error (the kit's one rule: after leaving the field, or on submit). */
  textErrors: ReadonlySet<string>;
  /** Goals whose follow-up comment waits for an outcome, shown once the comment was left (or on submit). */
  noteErrors: ReadonlySet<string>;
  /** What was typed but not committed, per goal id. */
  drafts: ReadonlyMap<string, Draft>;
  /** A stable, id-safe key per goal id (for element ids). */
  keyOf(goalId: string): string;
}

/** What the view may ask for: every user action, by intent. */
export interface GoalEditorActions {
  input(goalId: string, field: TextField, value: string): void;
  change(goalId: string, field: TextField, value: string): void;
  setAccepted(goalId: string, checked: boolean): void;
  setRealistic(goalId: string, checked: boolean): void;
  useMeasure(goalId: string, measure: string): void;
  startNew(horizon: GoalHorizon, parentId?: string): void;
  cancelNew(): void;
  move(goalId: string, delta: -1 | 1): void;
  remove(goalId: string): void;
  undo(): void;
  dismissUndo(): void;
  /** An outcome chosen by click or Space: saved at once. */
  judge(goalId: string, value: GoalAchievementValue): void;
  /** A key in an outcome group: arrows only pass through the outcomes, Space or Enter chooses. */
  outcomeKeyDown(goalId: string, key: string): void;
  outcomeKeyUp(goalId: string, key: string): void;
  /** Focus left an outcome group: the outcome the arrows stopped at is saved. */
  leaveOutcomes(goalId: string): void;
  /** The "skip to add a goal" link. */
  skipToAdd(): void;
  typeNote(goalId: string, note: string): void;
  commitNote(goalId: string, note: string): void;
}

/** The lazily loaded view: a template from the view model and the actions. */
export type GoalEditorView = (vm: Readonly<GoalEditorViewModel>, actions: GoalEditorActions) => TemplateResult;
