/**
 * All plan operations, the `PlanIntent` union and the `applyIntent` dispatcher.
 * See docs/rationale/model.md for the lock policy.
 */
import type { SipPlan } from '../schema';
import { opError, run, type OpContext, type OpResult } from './common';
import * as activities from './activities';
import * as consent from './consent';
import * as goals from './goals';
import * as lifecycle from './lifecycle';
import * as meetings from './meetings';
import * as network from './network';
import * as preparation from './preparation';
import * as restore from './restore';
import * as signing from './signing';

export * from './common';
export * from './consent';
export * from './network';
export * from './goals';
export * from './activities';
export * from './meetings';
export * from './lifecycle';
export * from './signing';
export * from './restore';
export * from './preparation';

export type PlanIntent =
  | consent.RecordConsentIntent
  | consent.WithdrawConsentIntent
  | network.AddNetworkEntryIntent
  | network.EditNetworkEntryIntent
  | network.MoveNetworkEntryIntent
  | network.RemoveNetworkEntryIntent
  | network.SetRolesIntent
  | network.SetInvitedIntent
  | goals.AddGoalIntent
  | goals.EditGoalIntent
  | goals.ReorderGoalIntent
  | goals.RemoveGoalIntent
  | goals.SetGoalAchievementIntent
  | activities.AddActivityIntent
  | activities.EditActivityIntent
  | activities.RemoveActivityIntent
  | activities.ChangeActivityStatusIntent
  | meetings.ScheduleMeetingIntent
  | meetings.EditMeetingIntent
  | meetings.RecordMeetingMinutesIntent
  | meetings.AnswerInvitationIntent
  | meetings.RecordInitiativeIntent
  | meetings.AnswerInitiativeIntent
  | lifecycle.EditPlanDetailsIntent
  | lifecycle.SignPlanIntent
  | lifecycle.StartRevisionIntent
  | lifecycle.RecordFollowUpIntent
  | lifecycle.ClosePlanIntent
  // sign-then-lock, printed-copy signatures, coordinator change, follow-up and undo
  | signing.LockPlanIntent
  | signing.RecordSignatureIntent
  | signing.ChangeCoordinatorIntent
  | activities.CommentActivityIntent
  | meetings.ResendInitiativeIntent
  | restore.RestoreGoalIntent
  | restore.ResetGoalsIntent
  | restore.RestoreActivityIntent
  | restore.RestoreNetworkEntryIntent
  | preparation.RecordPreparationIntent;

export type PlanIntentType = PlanIntent['type'];

type Handlers = { [K in PlanIntentType]: (plan: SipPlan, intent: Extract<PlanIntent, { type: K }>, ctx: OpContext) => OpResult };

const handlers: Handlers = {
  recordConsent: consent.recordConsent,
  withdrawConsent: consent.withdrawConsent,
  addNetworkEntry: network.addNetworkEntry,
  editNetworkEntry: network.editNetworkEntry,
  moveNetworkEntry: network.moveNetworkEntry,
  removeNetworkEntry: network.removeNetworkEntry,
  setRoles: network.setRoles,
  setInvited: network.setInvited,
  addGoal: goals.addGoal,
  editGoal: goals.editGoal,
  reorderGoal: goals.reorderGoal,
  removeGoal: goals.removeGoal,
  setGoalAchievement: goals.setGoalAchievement,
  addActivity: activities.addActivity,
  editActivity: activities.editActivity,
  removeActivity: activities.removeActivity,
  changeActivityStatus: activities.changeActivityStatus,
  scheduleMeeting: meetings.scheduleMeeting,
  editMeeting: meetings.editMeeting,
  recordMeetingMinutes: meetings.recordMeetingMinutes,
  answerInvitation: meetings.answerInvitation,
  recordInitiative: meetings.recordInitiative,
  answerInitiative: meetings.answerInitiative,
  editPlanDetails: lifecycle.editPlanDetails,
  signPlan: lifecycle.signPlan,
  startRevision: lifecycle.startRevision,
  recordFollowUp: lifecycle.recordFollowUp,
  closePlan: lifecycle.closePlan,
  lockPlan: signing.lockPlan,
  recordSignature: signing.recordSignature,
  changeCoordinator: signing.changeCoordinator,
  commentActivity: activities.commentActivity,
  resendInitiative: meetings.resendInitiative,
  restoreGoal: restore.restoreGoal,
  resetGoals: restore.resetGoals,
  restoreActivity: restore.restoreActivity,
  restoreNetworkEntry: restore.restoreNetworkEntry,
  recordPreparation: preparation.recordPreparation,
};

/**
 * Intent types allowed on an active plan after the coordinator has locked it; all others need a
 * draft or a signed plan not yet locked.
 */
export const ACTIVE_PLAN_INTENTS: readonly PlanIntentType[] = [
  'recordConsent',
  'withdrawConsent',
  'setGoalAchievement',
  'changeActivityStatus',
  'scheduleMeeting',
  'editMeeting',
  'recordMeetingMinutes',
  'answerInvitation',
  'startRevision',
  'recordFollowUp',
  'closePlan',
  'lockPlan',
  'recordSignature',
  'changeCoordinator',
  'commentActivity',
  'recordPreparation',
];

export const INTENT_TYPES = Object.keys(handlers) as PlanIntentType[];

/** Apply any intent. Never throws; unknown intent types give `intent.unknown`. */
export function applyIntent(plan: SipPlan, intent: PlanIntent, ctx: OpContext): OpResult {
  return run(() => {
    const type = (intent as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return opError('intent.unknown');
    const handler = handlers[type as PlanIntentType] as (p: SipPlan, i: PlanIntent, c: OpContext) => OpResult;
    return handler(plan, intent, ctx);
  });
}
