/**
 * What the follow-up loads lazily, in one chunk, once a plan arrives: the view, the edit actions
 * (with the lifecycle operations), the checklist, and the two elements it composes — the
 * activity list (status and comments) and the goal editor (outcomes in the person's words) —
 * registered here, so a page pays for them only once there is a plan to follow up.
 */
import '../activity-status-list/index';
import '../smart-goal-editor/index';
import type { FollowUpView } from './types';
import { renderFollowUp } from './view/follow-up';

export { FollowUpController } from './controller';
export { checklist } from './round';

/** The view: `(vm, actions) => template`. */
export const view: FollowUpView = renderFollowUp;
