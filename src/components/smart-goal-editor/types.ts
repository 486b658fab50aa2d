/** Types shared by the element (shell) and its lazily loaded view. Type-only: no runtime code. */
import type { Goal, GoalAchievementValue, GoalHorizon, SipPlan } from '../../model';
import type { RemovedGoals } from './operations';

/** Which view the editor shows. */
export type SmartGoalEditorMode = 'plan' | 'follow-up' | 'auto';

/** Text fields a user types into; committed on `change`, checked live on `input`. */
export type TextField = 'text' | 'whatMatters' | 'measure' | 'targetDate' | 'acceptedAt' | 'disagreement';

/** In-progress values of one goal. `realistic: null` means "cleared". */
export type Draft = Partial<Record<TextField, string>> & { realistic?: boolean | null; note?: string };

/** The goal being written, not in the plan yet. */
export interface NewGoal {
  id: string;
  horizon: GoalHorizon;
  parentId?: string;
}

export interface UndoEntry {
  removed: RemovedGoals;
  label: string;
}

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

/** Everything the view needs from the element: state and what to do on user actions. */
export interface ViewContext {
  plan: SipPlan;
  mode: 'plan' | 'follow-up';
  canEdit: boolean;
  canJudge: boolean;
  readonly: boolean;
  /** Today, YYYY-MM-DD. */
  today: string;
  newGoal: NewGoal | undefined;
  undo: UndoEntry | undefined;
  opError: string;
  textErrors: ReadonlySet<string>;
  keyOf(goalId: string): string;
  draftOf(goalId: string): Draft;
  /** The goal with what was typed but not yet committed. */
  merged(goal: Goal): Goal;
  onInput(goalId: string, field: TextField, value: string): void;
  onChange(goalId: string, field: TextField, value: string): void;
  onAccepted(goalId: string, checked: boolean): void;
  onRealistic(goalId: string, checked: boolean): void;
  useMeasure(goalId: string, measure: string): void;
  startNew(horizon: GoalHorizon, parentId?: string): void;
  cancelNew(): void;
  move(goalId: string, delta: -1 | 1): void;
  remove(goalId: string): void;
  restore(): void;
  dismissUndo(): void;
  judge(goalId: string, value: GoalAchievementValue): void;
  setNote(goalId: string, note: string): void;
  commitNote(goalId: string, note: string): void;
}
