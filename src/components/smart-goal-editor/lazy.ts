/**
 * What the editor loads lazily, in one chunk, once a plan arrives: the view (templates, texts,
 * SMART check) and the goal operations (which validate their result with the model's schemas
 * and invariants, the largest part of the model).
 */
export { addGoal, editGoal, removeGoal, reorderGoal, setGoalAchievement } from '../../model/operations/goals';
export { captureRemoval, resetGoals, restoreGoals } from './operations';
export { achievementLabel, check, checkSummary, renderEditor, rows, validity } from './view';
