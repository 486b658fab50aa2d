/** Type-only: the meeting planner's view model, actions and view. */
import type { TemplateResult } from 'lit';
import type { Meeting, SipPlan } from '../../model/schema';
import type { PreparationField } from '../../model/operations/preparation';
import type { AnswerRow } from './answers';
import type { BookingDraft, BookingErrors, BookingField } from './booking';
import type { Invitees } from './people';

export interface AnswerDraft {
  attendee: string;
  redirect: string;
}

export interface PlannerViewModel {
  plan: SipPlan;
  /** Meetings and the preparation can be changed (not read-only, not closed or voided). */
  canEdit: boolean;
  now: string;
  /** The meeting being planned (the next one not held or cancelled), if booked. */
  meeting: Meeting | undefined;
  /** The booking form, when open (a new meeting, or a change to `meeting`). */
  booking: BookingDraft | undefined;
  /** Errors to show now (fields left or a booking tried). */
  bookingErrors: BookingErrors;
  invitees: Invitees;
  rows: AnswerRow[];
  /** The model's short-notice hint for the booked meeting (`meeting.shortNotice`), if any. */
  shortNotice: string;
  /** Days ahead of the meeting being typed in the form, when under three weeks and not urgent. */
  formShortNoticeDays: number | undefined;
  /** The preparation's texts as shown (typed over recorded). */
  preparation: Record<PreparationField, string>;
  /** Typed and not saved. */
  preparationDirty: boolean;
  answerDrafts: ReadonlyMap<string, AnswerDraft>;
  /** The last refused operation's message (model message), or ''. */
  opError: string;
  /** A stable, id-safe key per network entry id. */
  keyOf: (id: string) => string;
}

export interface PlannerActions {
  startBooking(): void;
  cancelBooking(): void;
  bookingInput(field: BookingField, value: string | boolean): void;
  toggleParticipant(id: string, on: boolean): void;
  touch(field: BookingField): void;
  book(): void;
  preparationInput(field: PreparationField, value: string): void;
  savePreparation(): void;
  answerInput(entryId: string, field: keyof AnswerDraft, value: string): void;
  acknowledge(entryId: string): void;
  decline(entryId: string): void;
  print(): void;
}

export type PlannerView = (vm: Readonly<PlannerViewModel>, actions: PlannerActions) => TemplateResult;
