import { html, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SipElement } from '../../shared/sip-element';
import { LazyPart, lazyModule } from '../../shared/lazy-part';
import { FocusController } from '../../shared/focus';
import * as label from '../../shared/labels';
import type { SipPlan } from '../../model';
import type { PreparationField } from '../../model/operations/preparation';
import type { PlannerController } from './controller';
import type { PlannerPart } from './part';
import type { PlannerViewModel } from './types';
import { meetingPlannerStyles } from './meeting-planner.styles';

// The view, the booking logic and the meeting operations load lazily when the first plan arrives.
const plannerPart = lazyModule<PlannerPart>(() => import('./part'));

/**
 * Books the SIP meeting and follows its invitations, starting from the preparation with the person.
 *
 * - **Preparation** (förmöte, seed 003): what matters to the person, how they see their situation,
 *   what they want it to be like, whom they would like as coordinator and their own notes, in
 *   their words, saved on the plan (`recordPreparation`).
 * - **Booking**: date, start and end (Stockholm time; an end before the start is a field error),
 *   place, form (in person, video, phone), purpose and questions, the participants — the network
 *   map's invited parties the consent covers; the others are named with why they are left out and
 *   cannot be chosen — the meeting leader and the note-taker, interpreter and other adaptations,
 *   and whether it is urgent (`scheduleMeeting`, `editMeeting`).
 * - **Answers**: each participant acknowledges (and says who comes from a unit) or declines with
 *   whom to send it to instead, due one Swedish working day after the invitation
 *   (`answerInvitation`); overdue answers stand out and are announced once. A meeting less than
 *   three weeks ahead gets the model's hint (`meeting.shortNotice`) unless marked urgent.
 * - **Letter**: the invitation as a printable letter in plain words for those outside the journal
 *   system; printed, nothing else of the element shows.
 *
 * The meeting it plans is the next one not held or cancelled — the one `<sip-meeting-circle>` runs.
 * What is typed (the booking, the preparation, answers) stays when the host gives a new version of
 * the same plan; another plan starts afresh.
 *
 * @summary Prepare with the person, book the SIP meeting, follow the answers, print the invitation.
 *
 * @fires sip-plan-change - The preparation was saved, the meeting booked or changed, or an answer recorded. `detail: { plan, change }`.
 * @fires sip-invalid - The plan is invalid. `detail: { issues }`.
 *
 * @csspart base - The element's outer wrapper.
 * @csspart preparation - The preparation with the person.
 * @csspart booking - The booking form.
 * @csspart meeting - The booked meeting's summary.
 * @csspart left-out - The list of invited parties the consent does not cover.
 * @csspart answers - The answers to the invitation.
 * @csspart answer - One participant's answer.
 * @csspart letter - The invitation letter (what prints).
 * @csspart screen - Everything but the letter (hidden when printed; a host may hide it to show the letter alone).
 * @csspart button - Every button.
 * @csspart alert - The invalid-plan message.
 *
 * @cssprop --sip-meeting-planner-overdue - Colour of an overdue answer (default `--sip-color-danger`).
 * @cssprop --sip-meeting-planner-hint - Colour of the short-notice hint's edge (default `--sip-color-warning`).
 * @cssprop --sip-color-text - Text colour.
 * @cssprop --sip-color-surface - Background of cards.
 * @cssprop --sip-color-border - Borders.
 * @cssprop --sip-color-accent - Primary button colour.
 * @cssprop --sip-font-family - Font.
 */
export class SipMeetingPlanner extends SipElement {
  static override styles = meetingPlannerStyles;

  private readonly lazy = new LazyPart(this, plannerPart);
  private readonly focuser = new FocusController(this);
  private edits: PlannerController | undefined;
  private lastPlanId: string | undefined;
  private readonly keys = new Map<string, string>();
  /** Overdue answers already announced (plan|meeting|entry): each is said once. */
  private readonly overdueSaid = new Set<string>();

  private controller(part: PlannerPart): PlannerController {
    this.edits ??= new part.PlannerController(
      this,
      {
        plan: () => this.validPlan,
        part: () => this.lazy.value,
        apply: (operate) => this.applyOwn(operate),
        now: () => this.currentTime(),
        keyOf: this.keyOf,
        print: () => window.print(),
      },
      this.announcer,
      this.focuser,
    );
    return this.edits;
  }

  private applyOwn(operate: Parameters<SipElement['applyOperation']>[0]): ReturnType<SipElement['applyOperation']> {
    const result = this.applyOperation(operate);
    // The base class trusts it on the next update; use it right away.
    if (result?.ok) this.validPlan = result.plan;
    return result;
  }

  private keyOf = (id: string): string => {
    let key = this.keys.get(id);
    if (!key) {
      key = `e${this.keys.size + 1}`;
      this.keys.set(id, key);
    }
    return key;
  };

  private canEdit(part: PlannerPart, plan: SipPlan): boolean {
    const stage = part.planStage(plan);
    return !this.readonly && stage !== 'closed' && stage !== 'voided';
  }

  private viewModel(part: PlannerPart, edits: PlannerController, plan: SipPlan): PlannerViewModel {
    const now = this.currentTime();
    const canEdit = this.canEdit(part, plan);
    edits.ensureNewBooking(plan, canEdit);
    const booking = canEdit ? edits.booking : undefined;
    const meeting = part.meetingToPlan(plan);
    const index = meeting ? plan.meetings.indexOf(meeting) : -1;
    const shortNotice = meeting
      ? (part.lifecycleGuidance(plan).find((i) => i.code === 'meeting.shortNotice' && i.path[1] === index)?.message ?? '')
      : '';
    const days = booking && !booking.urgent ? part.daysAhead(booking, now) : undefined;
    const preparation = Object.fromEntries(
      part.PREPARATION_FIELDS.map((f) => [f, edits.preparation.get(f) ?? plan.preparation?.[f] ?? '']),
    ) as Record<PreparationField, string>;
    return {
      plan,
      canEdit,
      now,
      meeting,
      booking,
      bookingErrors: edits.shownErrors(),
      invitees: part.invitees(plan, part.coveredParties(plan, now)),
      rows: meeting ? part.answerRows(meeting, now, part.isAnswerOverdue) : [],
      shortNotice,
      formShortNoticeDays: days !== undefined && days >= 0 && days < part.NOTICE_DAYS ? days : undefined,
      preparation,
      preparationDirty: [...edits.preparation].some(([f, v]) => v !== (plan.preparation?.[f] ?? '')),
      answerDrafts: edits.answers,
      opError: edits.opError,
      keyOf: this.keyOf,
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan) this.lazy.ensure();
    super.willUpdate(changed);
    const plan = this.validPlan;
    // Another plan drops what was typed; a new version of the same plan keeps it.
    if (plan && plan.id !== this.lastPlanId) {
      this.edits?.clear();
      this.overdueSaid.clear();
    }
    if (plan) this.lastPlanId = plan.id;
    // Here, not in updated(): what is said joins this update instead of scheduling another.
    this.announceOverdue();
  }

  /** Says each overdue answer once (not again on every render or a new plan version). */
  private announceOverdue(): void {
    const plan = this.validPlan;
    const part = this.lazy.value;
    const meeting = plan && part?.meetingToPlan(plan);
    if (!plan || !part || !meeting) return;
    const now = this.currentTime();
    const fresh = meeting.invitations.filter((r) => part.isAnswerOverdue(r, now) && !this.overdueSaid.has(`${plan.id}|${meeting.id}|${r.entryId}`));
    if (fresh.length === 0) return;
    for (const r of fresh) this.overdueSaid.add(`${plan.id}|${meeting.id}|${r.entryId}`);
    const names = fresh.map((r) => part.who(plan, r.entryId)).join(', ');
    this.announcer.say(msg(str`Svar på kallelsen är försenat från ${names}.`, { id: 'meeting-planner.overdue.announce' }));
  }

  override render(): TemplateResult {
    if (this.isInvalid) return html`<div part="base">${this.renderInvalid()}${this.announcer.render()}</div>`;
    const plan = this.validPlan;
    if (!plan) {
      return html`<div class="base" part="base">${this.plan ? '' : html`<p class="note">${label.noPlanToShow()}</p>`}${this.announcer.render()}</div>`;
    }
    return html`${this.lazy.render({
      ready: (part) => {
        const edits = this.controller(part);
        return part.view(this.viewModel(part, edits, plan), edits.actions);
      },
      loading: () => html`<div class="base" part="base"></div>`,
    })}${this.announcer.render()}`;
  }
}
