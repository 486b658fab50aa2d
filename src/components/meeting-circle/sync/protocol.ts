/**
 * What travels between the chair's circle and the participants' circles: the meeting's clock and
 * nothing else — planned length per part, start, pauses, part changes, extensions, end. No plan,
 * no names, no plan or meeting id. Pure functions (tested in Node).
 * The join code is in `join-code.ts`.
 */
import type { MeetingClockState } from '../clock';

/** The message a chair publishes (as JSON). `sentAt`: the chair's clock, for telling how old a message is. */
export interface ClockMessage {
  v: 1;
  /** The chair's clock when it was sent (epoch ms). */
  sentAt: number;
  clock: MeetingClockState;
}

/** The message for `state`: a copy of the clock fields only (owner ids and unknown fields stay home). */
export function clockMessage(state: MeetingClockState, sentAt: number): string {
  const clock: MeetingClockState = {
    version: 1,
    planned: [...state.planned],
    pauses: state.pauses.map((p) => (p.to === undefined ? { from: p.from } : { from: p.from, to: p.to })),
    marks: state.marks.map((m) => ({ at: m.at, part: m.part })),
    extensions: state.extensions.map((e) => ({ at: e.at, part: e.part, ms: e.ms })),
  };
  if (state.startedAt !== undefined) clock.startedAt = state.startedAt;
  if (state.endedAt !== undefined) clock.endedAt = state.endedAt;
  const message: ClockMessage = { v: 1, sentAt, clock };
  return JSON.stringify(message);
}

/** Longest message read: a meeting's clock at its bounds is well under this. */
const MAX_MESSAGE = 200_000;

/**
 * The clock and send time in an untrusted message, or undefined. The clock itself is checked and
 * bounded by the element (`readMeetingState`), like any state from outside.
 */
export function readClockMessage(input: unknown): { sentAt: number; clock: unknown } | undefined {
  if (typeof input !== 'string' || input.length > MAX_MESSAGE) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(input);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (r.v !== 1 || typeof r.sentAt !== 'number' || !Number.isFinite(r.sentAt) || !r.clock || typeof r.clock !== 'object') return undefined;
  return { sentAt: r.sentAt, clock: r.clock };
}

/**
 * How often a chair sends its clock again while the meeting runs or is paused (ms), so every
 * follower gets fresh send times to set its clock by (see `clockOffset`).
 */
export const HEARTBEAT_MS = 10_000;
/** How many recent send times a follower sets its clock by. */
export const OFFSET_SAMPLES = 12;

/**
 * `samples` with one more: the chair's send time minus this device's receive time (its own
 * clock). Only the latest `OFFSET_SAMPLES` are kept, so a device clock that is corrected is
 * followed within a couple of minutes.
 */
export function addOffsetSample(samples: readonly number[], sentAt: number, receivedAt: number): number[] {
  return [...samples, sentAt - receivedAt].slice(-OFFSET_SAMPLES);
}

/**
 * How far the chair's clock is ahead of this device's (ms; negative: behind). Each sample is the
 * true offset minus how long the message took, and a message the transport kept (a follower that
 * joins late gets the latest clock, up to a heartbeat old) took longer still; no sample
 * overstates the offset, so the largest is the best estimate (the minimum-delay filter of
 * one-way clock estimation). One sample alone may be a kept message of a chair that is gone, so
 * nothing is corrected until there are two.
 */
export function clockOffset(samples: readonly number[]): number {
  return samples.length < 2 ? 0 : Math.max(...samples);
}
