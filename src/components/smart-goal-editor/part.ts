/**
 * What the editor loads lazily, in one chunk, once a plan arrives: the view, its view model
 * (texts, SMART check, validity), the edit actions (controller.ts) and the goal operations (which validate their result with the
 * model's schemas and invariants, the largest part of the model). Typed by `GoalsPart`, so the
 * element, the controller and this module cannot drift apart.
 */
import type { GoalEditorView } from './types';
import { renderEditor } from './view/editor';

export { addGoal, editGoal, removeGoal, reorderGoal, setGoalAchievement } from '../../model/operations/goals';
export { captureGoalRemoval, resetGoals, restoreGoal } from '../../model/operations/restore';
export { achievementLabel, check, checkSummary, rows, validity } from './view-model';
export { GoalEditController } from './controller';
export { withDrafts } from './pending';

/** The view: `(vm, actions) => template`. */
export const view: GoalEditorView = renderEditor;
