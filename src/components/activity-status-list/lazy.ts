/**
 * The model code the list needs once it has a plan: the status machine, the overdue rule and the
 * edit operations (with the change log, messages and invariant checks they bring). Loaded next to
 * the base class's validator when the first plan arrives, so a page pays for it only once there
 * is a plan to show, and the element's initial load stays small.
 */
export { addActivity, allowedStatusTransitions, changeActivityStatus, editActivity, isOverdue, removeActivity } from '../../model/operations/activities';
export { restoreActivity } from './operations';
export { readActivityForm, renderActivityForm } from './form';
export { renderList, resultText } from './view';
export { buildListView } from './list-view';
export { statusLabel } from './labels';
