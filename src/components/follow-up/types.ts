/**
 * The follow-up's types: the contract between the element, its controller and its lazily loaded
 * view. Type-only (no runtime code), so the view never imports the element.
 */
import type { TemplateResult } from 'lit';
import type { ClosureReason, SipPlan } from '../../model';
import type { PlanStage } from '../../model/plan-stage';
import type { SipPlanChangeDetail } from '../../shared/events';
import type { PartyToNotify } from '../../shared/parties';
import type { Checklist } from './round';
import type { RecordDraft, RecordProblems } from './record';

export type { PartyToNotify } from '../../shared/parties';

/** `detail` of `sip-plan-closed`: the plan ended; the parties the coordinator must now tell. */
export interface SipPlanClosedDetail {
  reason: ClosureReason;
  /** The parties to tell (professionals, units, organisations), with names — as on withdrawal. */
  parties: PartyToNotify[];
  /** The ended plan (closed; voided when the reason is a withdrawn consent), as in the `sip-plan-change` just before. */
  plan: SipPlan;
}

/** `detail` of `sip-plan-revised` (shared with the plan document). */
export type { SipPlanRevisedDetail } from '../../shared/events';

/** Everything the view shows, read-only. Built by the element on every render. */
export interface FollowUpViewModel {
  plan: SipPlan;
  stage: PlanStage;
  /** Activities, goals and the record can be changed now (an active plan, not read-only). */
  canRecord: boolean;
  /** The plan is a draft and may be closed without being signed (not read-only). */
  canCloseDraft: boolean;
  /** The closure of the draft is open. */
  closingDraft: boolean;
  readonly: boolean;
  user: string;
  now: string | undefined;
  /** Today, YYYY-MM-DD. */
  today: string;
  checklist: Checklist;
  draft: RecordDraft;
  /** Problems shown now (after a save was tried). */
  problems: RecordProblems;
  /** The last operation's error, localized ('' when none). */
  opError: string;
}

/** What the view may ask for: every user action, by intent. */
export interface FollowUpActions {
  /** Something was typed or chosen in the record. */
  set(patch: Partial<RecordDraft>): void;
  toggleDecidedWith(entryId: string, checked: boolean): void;
  /** Saves the record with its decision (and the closure or the revision it leads to). */
  submit(): void;
  /** Opens the closure of a draft plan. */
  openDraftClose(): void;
  /** Leaves it; what was chosen in it goes. */
  cancelDraftClose(): void;
  /** Checks the closure and, complete, asks for confirmation. */
  askDraftClose(): void;
  /** Confirmed: closes the draft plan (voids it for a withdrawn consent). */
  confirmDraftClose(): boolean;
  /** Takes the user to activity `id` in the composed activity list (focus on its status button). */
  goToActivity(id: string): void;
  /** A child element (activity list, goal editor) changed the plan: adopt and re-fire it. */
  childChange(event: CustomEvent<SipPlanChangeDetail>): void;
}

/** The lazily loaded view: a template from the view model and the actions. */
export type FollowUpView = (vm: Readonly<FollowUpViewModel>, actions: FollowUpActions) => TemplateResult;
