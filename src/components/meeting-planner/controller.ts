/**
 * The meeting planner's edit actions: the booking form's draft, the preparation's typed texts
 * and the answers being written live here (so a new plan from the host does not lose them); each
 * edit goes through a model operation; errors become messages, steps are announced and focus
 * moves to what comes next.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { OpResult } from '../../model/operations/common';
import type { PreparationField } from '../../model/operations/preparation';
import type { SipPlan } from '../../model/schema';
import type { AnnouncerController } from '../../shared/announcer';
import type { FocusController } from '../../shared/focus';
import type { BookingDraft, BookingErrors, BookingField } from './booking';
import type { AnswerDraft, PlannerActions } from './types';
import type { PlannerPart } from './part';

export interface PlannerEnv {
  plan(): SipPlan | undefined;
  part(): PlannerPart | undefined;
  apply(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined;
  now(): string;
  keyOf(id: string): string;
  print(): void;
}

const EMPTY_ANSWER: AnswerDraft = { attendee: '', redirect: '' };

export class PlannerController implements ReactiveController {
  booking: BookingDraft | undefined;
  /** Fields the user left (or all, after trying to book): their errors show. */
  touched = new Set<BookingField | 'participants'>();
  preparation = new Map<PreparationField, string>();
  answers = new Map<string, AnswerDraft>();
  opError = '';
  readonly actions: PlannerActions;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: PlannerEnv,
    private readonly announcer: AnnouncerController,
    private readonly focus: FocusController,
  ) {
    host.addController(this);
    this.actions = {
      startBooking: () => this.startBooking(),
      cancelBooking: () => this.cancelBooking(),
      bookingInput: (f, v) => this.bookingInput(f, v),
      toggleParticipant: (id, on) => this.toggleParticipant(id, on),
      touch: (f) => this.touch(f),
      book: () => this.book(),
      preparationInput: (f, v) => this.preparationInput(f, v),
      savePreparation: () => this.savePreparation(),
      answerInput: (id, f, v) => this.answerInput(id, f, v),
      acknowledge: (id) => this.answer(id, 'acknowledged'),
      decline: (id) => this.answer(id, 'declined'),
      print: () => this.env.print(),
    };
  }

  hostConnected(): void {}

  /** Another plan (another id): drop what was typed for the previous one. */
  clear(): void {
    this.booking = undefined;
    this.touched.clear();
    this.preparation.clear();
    this.answers.clear();
    this.opError = '';
  }

  /** The errors to show now. */
  shownErrors(): BookingErrors {
    const part = this.env.part();
    if (!this.booking || !part) return {};
    const all = part.bookingErrors(this.booking);
    const shown: BookingErrors = {};
    for (const [k, v] of Object.entries(all) as [keyof BookingErrors, BookingErrors[keyof BookingErrors]][]) {
      if (this.touched.has(k)) shown[k] = v;
    }
    return shown;
  }

  /** The form for a new meeting opens by itself while none is booked. */
  ensureNewBooking(plan: SipPlan, canEdit: boolean): void {
    const part = this.env.part();
    if (!part || this.booking || !canEdit || part.meetingToPlan(plan)) return;
    this.booking = part.newDraft(plan, part.invitees(plan, part.coveredParties(plan, this.env.now())).choosable);
  }

  private startBooking(): void {
    const plan = this.env.plan();
    const part = this.env.part();
    const meeting = plan && part?.meetingToPlan(plan);
    if (!plan || !part || !meeting) return;
    this.booking = part.draftOf(meeting);
    this.touched.clear();
    this.focus.request('#book-date');
    this.host.requestUpdate();
  }

  private cancelBooking(): void {
    this.booking = undefined;
    this.touched.clear();
    this.focus.request('[data-action=change-meeting]');
    this.host.requestUpdate();
  }

  private bookingInput(field: BookingField, value: string | boolean): void {
    if (!this.booking) return;
    this.booking = { ...this.booking, [field]: value };
    // An end time is checked as soon as both times are there: the error shows while typing.
    if ((field === 'end' || field === 'start') && this.booking.start && this.booking.end) this.touched.add('end');
    this.host.requestUpdate();
  }

  private toggleParticipant(id: string, on: boolean): void {
    if (!this.booking) return;
    const rest = this.booking.participants.filter((x) => x !== id);
    this.booking = { ...this.booking, participants: on ? [...rest, id] : rest };
    this.touched.add('participants');
    this.host.requestUpdate();
  }

  private touch(field: BookingField): void {
    this.touched.add(field);
    this.host.requestUpdate();
  }

  private book(): void {
    const plan = this.env.plan();
    const part = this.env.part();
    const d = this.booking;
    if (!plan || !part || !d) return;
    const errors = part.bookingErrors(d);
    const first = (['date', 'start', 'end', 'participants'] as const).find((f) => errors[f]);
    if (first) {
      for (const f of ['date', 'start', 'end', 'participants'] as const) this.touched.add(f);
      this.focus.request(first === 'participants' ? '#participants input' : `#book-${first}`);
      this.announcer.say(msg('Mötet kunde inte bokas. Rätta fälten som är markerade.', { id: 'meeting-planner.book.fix' }));
      this.host.requestUpdate();
      return;
    }
    const fields = part.meetingFields(d)!;
    const meeting = part.meetingToPlan(plan);
    const result = this.env.apply((p, ctx) =>
      meeting
        ? part.editMeeting(p, { type: 'editMeeting', meetingId: meeting.id, patch: { ...fields, ...clearedFields(fields), invitations: part.invitationsFor(fields.participants, meeting.invitations, ctx.now) } }, ctx)
        : part.scheduleMeeting(p, { type: 'scheduleMeeting', meeting: { ...fields, invitations: part.invitationsFor(fields.participants, [], ctx.now) } }, ctx),
    );
    if (!result) return;
    if (!result.ok) {
      this.opError = result.error.message;
      this.announcer.say(result.error.message);
      this.host.requestUpdate();
      return;
    }
    this.opError = '';
    this.booking = undefined;
    this.touched.clear();
    const n = fields.participants.length;
    this.announcer.say(
      meeting
        ? msg('Mötet är ändrat.', { id: 'meeting-planner.changed' })
        : msg(str`Mötet är bokat. Kallelsen gick till ${n} deltagare.`, { id: 'meeting-planner.booked' }),
    );
    this.focus.request('#answers-heading');
    this.host.requestUpdate();
  }

  private preparationInput(field: PreparationField, value: string): void {
    this.preparation.set(field, value);
    this.host.requestUpdate();
  }

  private savePreparation(): void {
    const part = this.env.part();
    if (!part || this.preparation.size === 0) return;
    const preparation = Object.fromEntries(this.preparation);
    const result = this.env.apply((p, ctx) => part.recordPreparation(p, { type: 'recordPreparation', preparation }, ctx));
    if (!result) return;
    if (!result.ok) {
      this.opError = result.error.message;
      this.announcer.say(result.error.message);
    } else {
      this.opError = '';
      this.preparation.clear();
      this.announcer.say(msg('Förberedelsen är sparad i planen.', { id: 'meeting-planner.prep.saved' }));
    }
    this.host.requestUpdate();
  }

  private answerInput(entryId: string, field: keyof AnswerDraft, value: string): void {
    this.answers.set(entryId, { ...(this.answers.get(entryId) ?? EMPTY_ANSWER), [field]: value });
    this.host.requestUpdate();
  }

  private answer(entryId: string, kind: 'acknowledged' | 'declined'): void {
    const plan = this.env.plan();
    const part = this.env.part();
    const meeting = plan && part?.meetingToPlan(plan);
    if (!plan || !part || !meeting) return;
    const draft = this.answers.get(entryId) ?? EMPTY_ANSWER;
    const answer =
      kind === 'acknowledged'
        ? { kind, ...(draft.attendee.trim() ? { attendee: draft.attendee.trim() } : {}) }
        : { kind, redirectTo: draft.redirect.trim() };
    const result = this.env.apply((p, ctx) => part.answerInvitation(p, { type: 'answerInvitation', meetingId: meeting.id, entryId, answer }, ctx));
    if (!result) return;
    const key = this.env.keyOf(entryId);
    if (!result.ok) {
      this.opError = result.error.message;
      this.announcer.say(result.error.message);
      if (kind === 'declined') this.focus.request(`#redirect-${key}`);
      this.host.requestUpdate();
      return;
    }
    this.opError = '';
    this.answers.delete(entryId);
    const name = part.who(plan, entryId);
    this.announcer.say(
      kind === 'acknowledged'
        ? msg(str`Kvittens registrerad för ${name}.`, { id: 'meeting-planner.answer.acknowledged' })
        : msg(str`Avböjt av ${name} registrerat.`, { id: 'meeting-planner.answer.declined' }),
    );
    // Next: the following row still waiting, else the summary of answers.
    const next = part.meetingToPlan(result.plan)?.invitations.find((r) => !r.answer);
    this.focus.request(next ? `#attendee-${this.env.keyOf(next.entryId)}` : '#answers-heading');
    this.host.requestUpdate();
  }
}

/** Fields the form emptied are removed from the meeting (editMeeting removes keys set to undefined). */
function clearedFields(fields: object): Record<string, undefined> {
  const optional = ['place', 'purpose', 'leaderId', 'noteTakerId', 'urgent'];
  return Object.fromEntries(optional.filter((k) => !(k in fields)).map((k) => [k, undefined]));
}
