/**
 * Initiative, invitations and meetings.
 *
 * Meetings can be scheduled, edited and minuted on a draft and on an active plan (follow-up
 * meetings happen while the plan runs). The initiative belongs to the preparation phase
 * and needs a draft. Answers (acknowledge / decline with whom to send it to instead) are
 * due one Swedish working day after sending (`working-days.ts`: Stockholm time, weekends,
 * public holidays and the eves lag 1930:173 skips).
 */
import { MEETING_PARTS } from '../constants';
import type {
  AgendaItem,
  Answer,
  Initiative,
  Meeting,
  MeetingPart,
  Receiver,
  SipPlan,
} from '../schema';
import { parseEntity } from '../validator';
import type { Without } from '../schema';
import { addWorkingDays } from '../working-days';
import { applyPatch, commit, guard, nextId, opError, run, type OpContext, type OpResult } from './common';
import { notCoveredByConsent } from './consent';

/**
 * Invitations and initiatives go only to parties the consent in force covers (the person
 * decides who takes part, seed 001: "Vid behov ska dessa inbjudas efter samtycke från den
 * enskilde"). The error names the first party that is not covered.
 */
function coverageError(plan: SipPlan, receivers: readonly string[], now: string, path: (string | number)[]): OpResult | undefined {
  const missing = notCoveredByConsent(plan, receivers, now);
  return missing.length > 0 ? opError('consent.notCovered', { id: missing[0]! }, path) : undefined;
}

/** Default share of meeting time per part (a design choice; the sources give none). The meeting
 * circle uses the same 10 / 15 / 50 / 15 / 10 % split, giving needs — goals and who does what —
 * half the meeting. */
export const DEFAULT_PART_SHARES: Readonly<Record<MeetingPart, number>> = {
  opening: 0.1,
  situation: 0.15,
  needs: 0.5,
  summary: 0.15,
  closing: 0.1,
};

/** A five-part agenda dividing `totalMinutes` by `shares` (rounded; the rest goes to `needs`). */
export function defaultAgenda(totalMinutes: number, shares: Readonly<Record<MeetingPart, number>> = DEFAULT_PART_SHARES): AgendaItem[] {
  const total = Math.max(0, Math.round(totalMinutes));
  const items = MEETING_PARTS.map((part) => ({ part, plannedMinutes: Math.round(total * (shares[part] ?? 0)) }));
  const diff = total - items.reduce((s, a) => s + a.plannedMinutes, 0);
  const needs = items[2]!;
  needs.plannedMinutes = Math.max(0, needs.plannedMinutes + diff);
  return items;
}

export { addWorkingDays };

/** Whether a receiver's answer is overdue at `now`. */
export function isAnswerOverdue(receiver: Receiver, now: string): boolean {
  return !receiver.answer && receiver.dueAt !== undefined && Date.parse(receiver.dueAt) < Date.parse(now);
}

export type MeetingInput = Without<Meeting, 'id' | 'agenda' | 'invitations' | 'participants' | 'questions'> & {
  id?: string;
  agenda?: AgendaItem[];
  /** Receivers; default: every network entry with `invited: true`, sent now, due in one working day. */
  invitations?: Receiver[];
  participants?: string[];
  questions?: string[];
};

export interface ScheduleMeetingIntent {
  type: 'scheduleMeeting';
  meeting: MeetingInput;
}
export interface EditMeetingIntent {
  type: 'editMeeting';
  meetingId: string;
  patch: Partial<Without<Meeting, 'id'>> & Record<string, unknown>;
}
export interface RecordMeetingMinutesIntent {
  type: 'recordMeetingMinutes';
  meetingId: string;
  /** Actual minutes per part. Parts missing from the agenda are added (planned 0). */
  minutes: Partial<Record<MeetingPart, number>>;
  notes?: Partial<Record<MeetingPart, string>>;
  /** Mark the meeting as held (default true). */
  held?: boolean;
  /** A meeting already held keeps its minutes unless this is `true`. */
  overwrite?: boolean;
}
export interface AnswerInvitationIntent {
  type: 'answerInvitation';
  meetingId: string;
  entryId: string;
  answer: Without<Answer, 'at'> & { at?: string };
}
export interface RecordInitiativeIntent {
  type: 'recordInitiative';
  initiatedBy: string;
  reason: string;
  /**
   * Network entry ids of the receivers. Recording again (re-sending, e.g. to the unit a decline
   * pointed to) keeps the earlier receivers and their answers and adds the new ones.
   */
  receivers: string[];
}
export interface ResendInitiativeIntent {
  type: 'resendInitiative';
  /** Network entry ids to send the recorded initiative to as well. */
  receivers: string[];
}
export interface AnswerInitiativeIntent {
  type: 'answerInitiative';
  entryId: string;
  answer: Without<Answer, 'at'> & { at?: string };
}

function invalid(detail: string): OpResult {
  return opError('intent.invalid', { detail });
}

export function scheduleMeeting(plan: SipPlan, intent: ScheduleMeetingIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    const m = intent.meeting;
    const id = m.id ?? nextId('meeting', plan.meetings);
    if (plan.meetings.some((x) => x.id === id)) return opError('conflict.duplicateId', { id }, ['meetings']);
    const minutes = (Date.parse(m.end) - Date.parse(m.start)) / 60_000;
    const invitations =
      m.invitations ??
      plan.network
        .filter((e) => e.invited === true)
        .map((e) => ({ entryId: e.id, sentAt: ctx.now, dueAt: addWorkingDays(ctx.now, 1) }));
    const candidate = {
      status: 'planned',
      ...m,
      id,
      agenda: m.agenda ?? defaultAgenda(Number.isFinite(minutes) ? minutes : 0),
      invitations,
      participants: m.participants ?? invitations.map((r) => r.entryId),
      questions: m.questions ?? [],
    };
    const parsed = parseEntity<Meeting>('meeting', candidate);
    if (!parsed.success) return invalid(parsed.error.issues[0]?.path.join('.') ?? 'meeting');
    const notCovered = coverageError(plan, parsed.data.invitations.map((r) => r.entryId), ctx.now, ['meeting', 'invitations']);
    if (notCovered) return notCovered;
    return commit(plan, { ...plan, meetings: [...plan.meetings, parsed.data] }, ctx, {
      type: 'meeting.scheduled',
      target: { kind: 'meeting', id },
      after: { start: parsed.data.start, end: parsed.data.end, form: parsed.data.form },
    });
  });
}

function meetingIndex(plan: SipPlan, id: string): number {
  return plan.meetings.findIndex((m) => m.id === id);
}

function replaceMeeting(plan: SipPlan, i: number, meeting: Meeting): SipPlan {
  const meetings = plan.meetings.slice();
  meetings[i] = meeting;
  return { ...plan, meetings };
}

export function editMeeting(plan: SipPlan, intent: EditMeetingIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    const i = meetingIndex(plan, intent.meetingId);
    const meeting = plan.meetings[i];
    if (!meeting) return opError('notFound.meeting', { id: intent.meetingId });
    const next = applyPatch(meeting, intent.patch ?? {}, ['id']);
    const parsed = parseEntity<Meeting>('meeting', next);
    if (!parsed.success) return invalid(parsed.error.issues[0]?.path.join('.') ?? 'patch');
    const invitedBefore = new Set(meeting.invitations.map((r) => r.entryId));
    const added = parsed.data.invitations.map((r) => r.entryId).filter((id) => !invitedBefore.has(id));
    const notCovered = coverageError(plan, added, ctx.now, ['patch', 'invitations']);
    if (notCovered) return notCovered;
    return commit(plan, replaceMeeting(plan, i, parsed.data), ctx, {
      type: 'meeting.edited',
      target: { kind: 'meeting', id: meeting.id },
      before: meeting,
      after: parsed.data,
    });
  });
}

export function recordMeetingMinutes(plan: SipPlan, intent: RecordMeetingMinutesIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    const i = meetingIndex(plan, intent.meetingId);
    const meeting = plan.meetings[i];
    if (!meeting) return opError('notFound.meeting', { id: intent.meetingId });
    if (meeting.status === 'held' && intent.overwrite !== true) return opError('meeting.alreadyHeld', undefined, ['meetings', i, 'status']);
    const minutes = intent.minutes ?? {};
    for (const [part, v] of Object.entries(minutes)) {
      if (!(MEETING_PARTS as readonly string[]).includes(part) || typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1440) {
        return invalid(`minutes.${part}`);
      }
    }
    const agenda = MEETING_PARTS.flatMap((part): AgendaItem[] => {
      const existing = meeting.agenda.find((a) => a.part === part);
      const actual = minutes[part];
      const note = intent.notes?.[part];
      if (!existing && actual === undefined && note === undefined) return [];
      let item: AgendaItem = existing ?? { part, plannedMinutes: 0 };
      if (actual !== undefined) item = { ...item, actualMinutes: actual };
      if (note !== undefined) item = { ...item, notes: note };
      return [item];
    });
    const next: Meeting = { ...meeting, agenda };
    if (intent.held !== false) next.status = 'held';
    return commit(plan, replaceMeeting(plan, i, next), ctx, {
      type: 'meeting.minutes',
      target: { kind: 'meeting', id: meeting.id },
      before: meeting.agenda,
      after: agenda,
    });
  });
}

function makeAnswer(input: AnswerInvitationIntent['answer'], ctx: OpContext): Answer | undefined {
  if (!input || (input.kind !== 'acknowledged' && input.kind !== 'declined')) return undefined;
  return { ...input, at: input.at ?? ctx.now };
}

/** A decline says who should receive it instead (seed 001: "ange … vilken verksamhet som istället ska erhålla"). */
function declineError(answer: Answer): OpResult | undefined {
  if (answer.kind !== 'declined') return undefined;
  if (typeof answer.redirectTo !== 'string' || answer.redirectTo.trim() === '') return opError('answer.declineNeedsRedirect', undefined, ['answer', 'redirectTo']);
  return undefined;
}

export function answerInvitation(plan: SipPlan, intent: AnswerInvitationIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    const i = meetingIndex(plan, intent.meetingId);
    const meeting = plan.meetings[i];
    if (!meeting) return opError('notFound.meeting', { id: intent.meetingId });
    const j = meeting.invitations.findIndex((r) => r.entryId === intent.entryId);
    const receiver = meeting.invitations[j];
    if (!receiver) return opError('notFound.invitation', { id: intent.entryId });
    const answer = makeAnswer(intent.answer, ctx);
    if (!answer) return invalid('answer');
    const decline = declineError(answer);
    if (decline) return decline;
    const invitations = meeting.invitations.slice();
    invitations[j] = { ...receiver, answer };
    return commit(plan, replaceMeeting(plan, i, { ...meeting, invitations }), ctx, {
      type: 'meeting.invitationAnswered',
      target: { kind: 'meeting', id: meeting.id },
      before: receiver.answer,
      after: { entryId: receiver.entryId, answer: answer.kind, redirectTo: answer.redirectTo },
    });
  });
}

export function recordInitiative(plan: SipPlan, intent: RecordInitiativeIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    if (typeof intent.initiatedBy !== 'string' || intent.initiatedBy === '' || !Array.isArray(intent.receivers)) {
      return invalid('initiative');
    }
    const notCovered = coverageError(plan, intent.receivers, ctx.now, ['receivers']);
    if (notCovered) return notCovered;
    const initiative: Initiative = {
      ...(plan.initiative ?? {}),
      at: plan.initiative?.at ?? ctx.now,
      initiatedBy: intent.initiatedBy,
      reason: String(intent.reason ?? ''),
      receivers: withReceivers(plan.initiative?.receivers ?? [], intent.receivers, ctx),
    };
    return commit(plan, { ...plan, initiative }, ctx, {
      type: 'initiative.recorded',
      target: { kind: 'initiative', id: 'initiative' },
      before: plan.initiative,
      after: { initiatedBy: initiative.initiatedBy, receivers: initiative.receivers.map((r) => r.entryId) },
    });
  });
}

/** Earlier receivers as they are (answers kept), then each new id sent now, due in one working day. */
function withReceivers(earlier: readonly Receiver[], ids: readonly string[], ctx: OpContext): Receiver[] {
  const have = new Set(earlier.map((r) => r.entryId));
  const dueAt = addWorkingDays(ctx.now, 1);
  const added = [...new Set(ids)].filter((id) => !have.has(id)).map((entryId) => ({ entryId, sentAt: ctx.now, dueAt }));
  return [...earlier, ...added];
}

/** Sends the recorded initiative to more receivers; earlier receivers and answers stay. */
export function resendInitiative(plan: SipPlan, intent: ResendInitiativeIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    if (!plan.initiative) return opError('notFound.initiative');
    if (!Array.isArray(intent.receivers) || intent.receivers.some((id) => typeof id !== 'string')) return invalid('receivers');
    const receivers = withReceivers(plan.initiative.receivers, intent.receivers, ctx);
    if (receivers.length === plan.initiative.receivers.length) return invalid('receivers');
    return commit(plan, { ...plan, initiative: { ...plan.initiative, receivers } }, ctx, {
      type: 'initiative.resent',
      target: { kind: 'initiative', id: 'initiative' },
      after: { receivers: receivers.slice(plan.initiative.receivers.length).map((r) => r.entryId) },
    });
  });
}

export function answerInitiative(plan: SipPlan, intent: AnswerInitiativeIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'draft');
    if (g) return g;
    const initiative = plan.initiative;
    const j = initiative ? initiative.receivers.findIndex((r) => r.entryId === intent.entryId) : -1;
    const receiver = initiative?.receivers[j];
    if (!initiative || !receiver) return opError('notFound.invitation', { id: intent.entryId });
    const answer = makeAnswer(intent.answer, ctx);
    if (!answer) return invalid('answer');
    const decline = declineError(answer);
    if (decline) return decline;
    const receivers = initiative.receivers.slice();
    receivers[j] = { ...receiver, answer };
    return commit(plan, { ...plan, initiative: { ...initiative, receivers } }, ctx, {
      type: 'initiative.answered',
      target: { kind: 'initiative', id: receiver.entryId },
      after: { entryId: receiver.entryId, answer: answer.kind, redirectTo: answer.redirectTo },
    });
  });
}
