/**
 * What the meeting planner loads lazily, in one chunk, once a plan arrives: the view, the edit
 * actions, the pure booking/answer/people modules and the model operations it uses.
 */
import type { PlannerView } from './types';
import { renderPlanner } from './view/planner';

export { scheduleMeeting, editMeeting, answerInvitation, isAnswerOverdue } from '../../model/operations/meetings';
export { recordPreparation, PREPARATION_FIELDS } from '../../model/operations/preparation';
export { coveredParties } from '../../model/operations/consent';
export { lifecycleGuidance, NOTICE_DAYS } from '../../model/lifecycle-guidance';
export { isContentEditable, planStage } from '../../model/plan-stage';
export { bookingErrors, daysAhead, draftOf, invitationsFor, meetingFields, meetingToPlan, newDraft } from './booking';
export { answerRows } from './answers';
export { invitees, who } from './people';
export { PlannerController } from './controller';

export type PlannerPart = typeof import('./part');

/** The view: `(vm, actions) => template`. */
export const view: PlannerView = renderPlanner;
