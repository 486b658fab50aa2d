/**
 * What the list loads lazily, in one chunk, once a plan arrives (next to the base class's
 * validator): the view, the list logic, the edit actions (controller.ts), the add / edit form,
 * the model's status machine and activity operations. Nothing of a plan can show before it is
 * validated anyway, so the element's initial load is the shell only. Typed by `ListPart`, so the
 * element, the controller and this module cannot drift apart.
 */
import type { ActivitiesView } from './types';
import { renderList } from './view/list';

export {
  addActivity,
  allowedStatusTransitions,
  changeActivityStatus,
  commentActivity,
  editActivity,
  isOverdue,
  removeActivity,
} from '../../model/operations/activities';
export { captureActivityRemoval, restoreActivity } from '../../model/operations/restore';
export { activityInput, readActivityForm } from './form';
export { resultText } from './view/list';
export { buildListView, createListViewCache } from './list-view';
export { statusLabel } from './labels';
export { ActivityListController } from './controller';

/** The view: `(vm, actions) => template`. */
export const view: ActivitiesView = renderList;
