import { html, type PropertyValues, type TemplateResult } from 'lit';
import { SipElement } from '../../shared/sip-element';
import { LazyPart, lazyModule } from '../../shared/lazy-part';
import { FocusController } from '../../shared/focus';
import { isoDay } from '../../shared/format';
import * as label from '../../shared/labels';
import type { SipPlan } from '../../model';
import { planStage } from '../../model/plan-stage';
import type { SipPlanChangeDetail } from '../../shared/events';
import type { FollowUpController } from './controller';
import type { FollowUpViewModel, SipPlanClosedDetail } from './types';
import { followUpStyles } from './follow-up.styles';

export type { SipPlanClosedDetail, SipPlanRevisedDetail, PartyToNotify } from './types';

declare module '../../shared/events' {
  interface SipEventMap {
    'sip-plan-closed': SipPlanClosedDetail;
  }
}

// The view, the edit actions, the lifecycle operations and the two composed elements load
// lazily when the first plan arrives (see part.ts and docs/rationale/follow-up.md).
type FollowUpPart = typeof import('./part');
const followUpPart = lazyModule<FollowUpPart>(() => import('./part'));

/**
 * The follow-up of a plan and its end (uppföljning och avslut).
 *
 * The round: every activity with its status and a comment, grouped by principal (the composed
 * `<sip-activity-status-list>`, in the words staff know from Prator), with the coordinator's
 * checklist of who has not documented since the last follow-up; each goal's outcome in the
 * person's words (the composed `<sip-smart-goal-editor mode="follow-up">`). The record: how it
 * went, what helped, what hindered, whether coordination is still needed, and the decision —
 * continue (with the next follow-up date), revise (a new version is started as a draft and this
 * one voided) or close (reason, who took part in the decision, a note, SIP-kollen offered; a
 * withdrawn consent goes through the withdrawal). Earlier follow-ups are listed below. A closed
 * or voided plan is read-only with a banner; a draft waits for its signature.
 *
 * A draft can be ended without ever being signed — the person no longer wants a SIP, the need
 * went away, the person moved, the consent was withdrawn: a secondary button in the banner
 * ("Avsluta utan signerad plan"; for a revision "Avsluta utan ny version") opens only the
 * closure (the reasons that apply to a draft, who took part, a note, SIP-kollen once a meeting
 * was held, whom to tell), and a confirmation ends it with the same `sip-plan-change` and
 * `sip-plan-closed` as closing a plan in force; a withdrawn consent goes through the same
 * withdrawal. Read-only hosts get no button.
 *
 * @summary The follow-up round, its record and decision, and the plan's closure.
 *
 * @fires sip-plan-change - After every edit, the composed elements' included: `detail: { plan, change }` (`activity.status`, `activity.comment`, `goal.achievement`, `plan.followUp`, `plan.revised`, `plan.closed`, `consent.withdrawn`). The input plan is never mutated.
 * @fires sip-plan-closed - The plan was closed (or voided for a withdrawn consent), from a follow-up or, for a draft, without a signature. `detail: { reason, parties, plan }`; `parties` are the ones to tell, with names (as `sip-consent-withdrawn`).
 * @fires sip-plan-revised - A new version was started. `detail: { plan, previous }`: the new draft and the old version, now voided; the host stores both.
 * @fires sip-invalid - The plan is invalid. `detail: { issues }`.
 *
 * @csspart base - The element's outer wrapper.
 * @csspart banner - Where the plan stands (next follow-up, closed, voided, draft, with a draft's button to close it).
 * @csspart checklist - Who has documented since the last follow-up.
 * @csspart activities - The composed activity list.
 * @csspart goals - The composed goal editor.
 * @csspart record - The follow-up record and decision; on a draft, its closure once opened.
 * @csspart history - Earlier follow-ups.
 * @csspart button - Every button of the element's own.
 * @csspart alert - The invalid-plan message.
 *
 * @cssprop --sip-follow-up-missing - Colour of a person who has not documented (default `--sip-color-warning`).
 * @cssprop --sip-follow-up-done - Colour of a person who has documented (default `--sip-color-success`).
 * @cssprop --sip-color-text - Text colour (all `--sip-*` design tokens apply, also to the composed elements).
 */
export class SipFollowUp extends SipElement {
  static override styles = followUpStyles;

  private readonly lazy = new LazyPart(this, followUpPart);
  private readonly focuser = new FocusController(this);
  /** The edit actions; they come with the lazily loaded part. */
  private edits: FollowUpController | undefined;
  private lastPlanId: string | undefined;

  private controller(part: FollowUpPart): FollowUpController {
    this.edits ??= new part.FollowUpController(
      this,
      {
        plan: () => this.validPlan,
        apply: (operate) => this.applyOwn(operate),
        context: () => this.opContext(),
        adopt: (detail) => this.adopt(detail),
        closed: (detail) => this.emit('sip-plan-closed', detail),
        revised: (detail) => this.emit('sip-plan-revised', detail),
        today: () => this.today(),
        canRecord: () => this.canRecord,
        canCloseDraft: () => this.canCloseDraft,
        activityList: () => this.renderRoot.querySelector('sip-activity-status-list'),
      },
      this.announcer,
      this.focuser,
    );
    return this.edits;
  }

  private today(): string {
    return isoDay(this.currentTime());
  }

  private applyOwn(operate: Parameters<SipElement['applyOperation']>[0]): ReturnType<SipElement['applyOperation']> {
    const result = this.applyOperation(operate);
    // The base class trusts it on the next update; use it right away (a second step runs on it).
    if (result?.ok) this.validPlan = result.plan;
    return result;
  }

  /** A composed element changed the plan through a model operation: show it, and tell the host. */
  private adopt(detail: SipPlanChangeDetail): void {
    if (this.readonly || !this.validPlan) return;
    this.plan = detail.plan;
    this.validPlan = detail.plan;
    this.emit('sip-plan-change', { plan: detail.plan, change: detail.change });
  }

  /** A follow-up can be recorded: an active plan (signed or locked), not read-only. */
  private get canRecord(): boolean {
    const plan = this.validPlan;
    return !this.readonly && !!plan && plan.status === 'active';
  }

  /** A draft may be closed without being signed: the person no longer wants a SIP, the need went away. */
  private get canCloseDraft(): boolean {
    return !this.readonly && this.validPlan?.status === 'draft';
  }

  private viewModel(plan: SipPlan, part: FollowUpPart, edits: FollowUpController): FollowUpViewModel {
    return {
      plan,
      stage: planStage(plan),
      canRecord: this.canRecord,
      canCloseDraft: this.canCloseDraft,
      closingDraft: edits.closingDraft,
      readonly: this.readonly,
      user: this.user,
      now: this.now,
      today: this.today(),
      checklist: part.checklist(plan),
      draft: edits.draft,
      problems: edits.problems(),
      opError: edits.opError,
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan) this.lazy.ensure();
    super.willUpdate(changed);
    // Another plan drops what was typed for the old one; the same plan again keeps it.
    const id = this.validPlan?.id;
    if (id !== undefined && id !== this.lastPlanId) {
      if (this.lastPlanId !== undefined) this.edits?.clear();
      this.lastPlanId = id;
    }
    // The draft was signed elsewhere meanwhile: its closure no longer applies (the record does).
    if (this.edits?.closingDraft && this.validPlan && this.validPlan.status !== 'draft') this.edits.clear();
  }

  override render(): TemplateResult {
    if (this.isInvalid) return html`<div part="base">${this.renderInvalid()}${this.announcer.render()}</div>`;
    const plan = this.validPlan;
    if (!plan) {
      return html`<div class="base" part="base">${this.plan ? '' : html`<p class="empty">${label.noPlanToShow()}</p>`}${this.announcer.render()}</div>`;
    }
    return html`${this.lazy.render({
      ready: (part) => {
        const edits = this.controller(part);
        return part.view(this.viewModel(plan, part, edits), edits.actions);
      },
      loading: () => html`<div class="base" part="base"></div>`,
    })}${this.announcer.render()}`;
  }
}
