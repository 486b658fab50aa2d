/**
 * The booking form as pure data: a draft of the meeting (strings as typed), read from a booked
 * meeting, checked (an end before the start is a field error), and turned into the meeting the
 * model's `scheduleMeeting` / `editMeeting` take. No DOM, tested in Node.
 */
import type { Meeting, MeetingForm, NetworkEntry, Receiver, SipPlan, Without } from '../../model/schema';
import { addWorkingDays, fromStockholmWallClock, stockholmWallClock } from '../../model/working-days';

export interface BookingDraft {
  date: string;
  start: string;
  end: string;
  place: string;
  form: MeetingForm;
  purpose: string;
  /** One question per line. */
  questions: string;
  leaderId: string;
  noteTakerId: string;
  participants: readonly string[];
  personAttends: boolean;
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  /** One adaptation per line. */
  adaptations: string;
  urgent: boolean;
}

export type BookingField = keyof BookingDraft;
export type BookingErrorCode = 'dateMissing' | 'startMissing' | 'endMissing' | 'endBeforeStart' | 'noParticipants';
export type BookingErrors = Partial<Record<'date' | 'start' | 'end' | 'participants', BookingErrorCode>>;

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A new booking: the person attends, the invited parties the consent covers are chosen, the person's adaptations carried over. */
export function newDraft(plan: SipPlan, choosable: readonly NetworkEntry[]): BookingDraft {
  return {
    date: '',
    start: '',
    end: '',
    place: '',
    form: 'inPerson',
    purpose: '',
    questions: '',
    leaderId: '',
    noteTakerId: '',
    participants: choosable.map((e) => e.id),
    personAttends: true,
    interpreterNeeded: plan.person.interpreter?.needed ?? false,
    interpreterLanguage: plan.person.interpreter?.language ?? '',
    adaptations: plan.person.adaptations.join('\n'),
    urgent: false,
  };
}

/** The draft of a booked meeting, to change it. */
export function draftOf(meeting: Meeting): BookingDraft {
  const start = stockholmWallClock(meeting.start);
  const end = stockholmWallClock(meeting.end);
  return {
    date: start?.date ?? '',
    start: start?.time ?? '',
    end: end?.time ?? '',
    place: meeting.place ?? '',
    form: meeting.form,
    purpose: meeting.purpose ?? '',
    questions: meeting.questions.join('\n'),
    leaderId: meeting.leaderId ?? '',
    noteTakerId: meeting.noteTakerId ?? '',
    participants: meeting.participants,
    personAttends: meeting.personAttends ?? true,
    interpreterNeeded: meeting.interpreter?.needed ?? false,
    interpreterLanguage: meeting.interpreter?.language ?? '',
    adaptations: (meeting.adaptations ?? []).join('\n'),
    urgent: meeting.urgent ?? false,
  };
}

/** What is wrong with the draft, per field (empty when it can be booked). */
export function bookingErrors(d: BookingDraft): BookingErrors {
  const errors: BookingErrors = {};
  if (!d.date) errors.date = 'dateMissing';
  if (!d.start) errors.start = 'startMissing';
  if (!d.end) errors.end = 'endMissing';
  else if (d.start && d.end <= d.start) errors.end = 'endBeforeStart';
  if (d.participants.length === 0 && !d.personAttends) errors.participants = 'noParticipants';
  return errors;
}

/** Days from `now` to the meeting's day (Stockholm days), or undefined without a date. */
export function daysAhead(d: Pick<BookingDraft, 'date' | 'start'>, now: string): number | undefined {
  const at = fromStockholmWallClock(d.date, d.start || '00:00');
  if (!at) return undefined;
  return Math.floor((Date.parse(at) - Date.parse(now)) / 86_400_000);
}

/** The meeting fields the draft sets (for scheduleMeeting and editMeeting alike). */
export function meetingFields(d: BookingDraft): Without<Meeting, 'id' | 'agenda' | 'invitations' | 'status'> | undefined {
  const start = fromStockholmWallClock(d.date, d.start);
  const end = fromStockholmWallClock(d.date, d.end);
  if (!start || !end || Object.keys(bookingErrors(d)).length > 0) return undefined;
  const interpreter = d.interpreterNeeded ? { needed: true, ...(d.interpreterLanguage.trim() ? { language: d.interpreterLanguage.trim() } : {}) } : { needed: false };
  return {
    start,
    end,
    form: d.form,
    questions: lines(d.questions),
    participants: [...d.participants],
    personAttends: d.personAttends,
    interpreter,
    adaptations: lines(d.adaptations),
    ...(d.place.trim() ? { place: d.place.trim() } : {}),
    ...(d.purpose.trim() ? { purpose: d.purpose.trim() } : {}),
    ...(d.leaderId ? { leaderId: d.leaderId } : {}),
    ...(d.noteTakerId ? { noteTakerId: d.noteTakerId } : {}),
    ...(d.urgent ? { urgent: true } : {}),
  };
}

/**
 * The invitations after booking or changing: earlier ones (and their answers) for those still
 * taking part; each new participant invited now, due one Swedish working day later.
 */
export function invitationsFor(participants: readonly string[], earlier: readonly Receiver[], now: string): Receiver[] {
  const dueAt = addWorkingDays(now, 1);
  return participants.map((entryId) => earlier.find((r) => r.entryId === entryId) ?? { entryId, sentAt: now, dueAt });
}

/** The meeting to plan: the next one not held or cancelled (the one the meeting circle runs). */
export function meetingToPlan(plan: SipPlan): Meeting | undefined {
  const open = plan.meetings.filter((m) => m.status !== 'held' && m.status !== 'cancelled');
  return open.sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
}
