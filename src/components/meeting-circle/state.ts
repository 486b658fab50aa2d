/**
 * Stored and host-supplied meeting states: pure checks, no DOM (tested in Node).
 *
 * A state comes from places the element does not control (localStorage, another window, a host's
 * `state` property), so it is read as untrusted: `clock.ts` checks its shape, and this module
 * bounds it (times within the calendar, durations within a day, lists of a meeting's size) and
 * names whose meeting it is. A state that names another plan or meeting is never applied: a
 * `storage-key` shared across patients, or a circle given another plan mid-meeting, must not put
 * one person's meeting onto another person's plan.
 */
import { readState, type MeetingClockState } from './clock';

/** Whose meeting a state is: the plan and the meeting in it. Both absent without a plan. */
export interface MeetingOwner {
  planId?: string;
  meetingId?: string;
}

/** A state with the meeting it belongs to, as stored and as handed to hosts. */
export type OwnedMeetingState = MeetingClockState & MeetingOwner;

/** Earliest and latest instant a state may name: 2000-01-01 to 2200-01-01 (UTC). */
export const EARLIEST = Date.UTC(2000, 0, 1);
export const LATEST = Date.UTC(2200, 0, 1);
/** Longest a part may be planned or extended in all: a day. */
export const MAX_SPAN = 24 * 60 * 60_000;
/** Most pauses, marks or extensions a meeting may have; a real one has tens. */
export const MAX_ENTRIES = 500;

export type StateRejection =
  /** Not a meeting state at all (unreadable JSON, wrong shape). */
  | 'corrupt'
  /** A time or duration outside what a meeting can have. */
  | 'out-of-range'
  /** More pauses, part changes or extensions than any meeting has. */
  | 'too-large'
  /** It names another plan or meeting than the one shown. */
  | 'other-meeting';

export type StateReading =
  | { ok: true; state: MeetingClockState; owner: MeetingOwner }
  /** Nothing there (no stored value). */
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: StateRejection };

const inCalendar = (t: number | undefined): boolean => t === undefined || (t >= EARLIEST && t <= LATEST);

/** The first bound `state` breaks, if any. */
function boundsProblem(state: MeetingClockState): StateRejection | undefined {
  if (state.pauses.length > MAX_ENTRIES || state.marks.length > MAX_ENTRIES || state.extensions.length > MAX_ENTRIES) return 'too-large';
  if (state.planned.some((ms) => ms > MAX_SPAN)) return 'out-of-range';
  if (!inCalendar(state.startedAt) || !inCalendar(state.endedAt)) return 'out-of-range';
  if (state.startedAt !== undefined && state.endedAt !== undefined && state.endedAt < state.startedAt) return 'out-of-range';
  if (state.pauses.some((p) => !inCalendar(p.from) || !inCalendar(p.to))) return 'out-of-range';
  if (state.marks.some((m) => !inCalendar(m.at))) return 'out-of-range';
  let extended = 0;
  for (const e of state.extensions) {
    if (!inCalendar(e.at) || e.ms > MAX_SPAN) return 'out-of-range';
    extended += e.ms;
  }
  if (extended > MAX_SPAN) return 'out-of-range';
  return undefined;
}

/** The owner fields of raw input, when they are strings. */
function ownerOf(raw: unknown): MeetingOwner {
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const owner: MeetingOwner = {};
  if (typeof r.planId === 'string') owner.planId = r.planId;
  if (typeof r.meetingId === 'string') owner.meetingId = r.meetingId;
  return owner;
}

/** Does a state of `owner` belong where `expected` is shown? With a plan, both ids must match. */
export function belongsTo(owner: MeetingOwner, expected: MeetingOwner): boolean {
  if (expected.planId === undefined) return owner.planId === undefined;
  return owner.planId === expected.planId && owner.meetingId === expected.meetingId;
}

/**
 * Reads a state from untrusted input (a JSON string or an object) for the meeting `expected`.
 * Never throws; a string is parsed only when short enough to be a meeting's state.
 * An idle state is harmless and carries no times, so it is accepted for any meeting.
 */
export function readMeetingState(input: unknown, expected: MeetingOwner): StateReading {
  try {
    return read(input, expected);
  } catch {
    // A hostile object (a throwing getter, a Proxy) is no meeting state.
    return { ok: false, reason: 'corrupt' };
  }
}

function read(input: unknown, expected: MeetingOwner): StateReading {
  if (input === null || input === undefined || input === '') return { ok: false, reason: 'empty' };
  // A meeting with MAX_ENTRIES of each list serializes to well under 200 kB.
  if (typeof input === 'string' && input.length > 200_000) return { ok: false, reason: 'too-large' };
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      return { ok: false, reason: 'corrupt' };
    }
  }
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>;
    // Checked before the shape check walks the lists.
    for (const list of [r.pauses, r.marks, r.extensions]) if (Array.isArray(list) && list.length > MAX_ENTRIES) return { ok: false, reason: 'too-large' };
  }
  const state = readState(raw);
  if (!state) return { ok: false, reason: 'corrupt' };
  const problem = boundsProblem(state);
  if (problem) return { ok: false, reason: problem };
  const owner = ownerOf(raw);
  if (state.startedAt !== undefined && !belongsTo(owner, expected)) return { ok: false, reason: 'other-meeting' };
  return { ok: true, state, owner };
}

/** The state with its owner, as stored and handed out (a new object; `state` is not changed). */
export function withOwner(state: MeetingClockState, owner: MeetingOwner): OwnedMeetingState {
  const out: OwnedMeetingState = structuredClone(state);
  if (owner.planId !== undefined) out.planId = owner.planId;
  if (owner.meetingId !== undefined) out.meetingId = owner.meetingId;
  return out;
}

/** A clock reading usable as "now": a finite number a `Date` can hold, or undefined. */
export function usableTime(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 8.64e15 ? value : undefined;
}
