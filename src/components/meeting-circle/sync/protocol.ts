/**
 * What travels between the chair's circle and the participants' circles: the meeting's clock and
 * nothing else — planned length per part, start, pauses, part changes, extensions, end. No plan,
 * no names, no plan or meeting id. Pure functions (tested in Node).
 *
 * A meeting is joined with a code: a random meeting id (`room`) and a secret `token`. Both name
 * the channel, so a follower with another token listens on another channel and hears nothing.
 */
import type { MeetingClockState } from '../clock';

/** The message a chair publishes (as JSON). `sentAt`: the chair's clock, for telling how old a message is. */
export interface ClockMessage {
  v: 1;
  /** The chair's clock when it was sent (epoch ms). */
  sentAt: number;
  clock: MeetingClockState;
}

/** A meeting's join code: no personal data, only random letters. */
export interface JoinCode {
  room: string;
  token: string;
}

const CODE = /^[A-Za-z0-9_-]{6,64}$/;

/** Is `value` usable as a room or token (6–64 letters, digits, `-` or `_`)? */
export function validCodePart(value: unknown): value is string {
  return typeof value === 'string' && CODE.test(value);
}

/** The channel both sides use, or undefined when the code is incomplete. */
export function channelName(room: unknown, token: unknown): string | undefined {
  return validCodePart(room) && validCodePart(token) ? `sip-meeting-circle.${room}.${token}` : undefined;
}

/** A new random join code (16 bytes of token, 6 of meeting id, base64url). */
export function newJoinCode(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): JoinCode {
  const text = (n: number) => {
    let s = '';
    for (const byte of random(new Uint8Array(n))) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[byte & 63];
    return s;
  };
  return { room: text(8), token: text(22) };
}

/**
 * The participant page's address with the code in the fragment (`#room=…&token=…`): the
 * fragment is not sent to the web server, so the token stays out of its logs.
 */
export function joinLink(base: string, code: JoinCode): string {
  const hashless = base.split('#')[0]!;
  return `${hashless}#room=${encodeURIComponent(code.room)}&token=${encodeURIComponent(code.token)}`;
}

/** The code in an address or fragment made by `joinLink`, if it has a usable one. */
export function readJoinLink(address: string): JoinCode | undefined {
  const i = address.indexOf('#');
  const params = new URLSearchParams(i >= 0 ? address.slice(i + 1) : address);
  const room = params.get('room');
  const token = params.get('token');
  return validCodePart(room) && validCodePart(token) ? { room, token } : undefined;
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
