/**
 * The meeting clock: pure timing for `<sip-meeting-circle>`. No DOM, no timers, no `Date.now()`.
 *
 * The state holds only facts with timestamps (epoch milliseconds): when the meeting started,
 * when it was paused and resumed, when the chair moved to which part, which part was extended
 * by how much, and when it ended. Everything shown — the current part, time left, overrun —
 * is derived by `view(state, now)`. Nothing counts ticks, so the view is exact however rarely it
 * is computed: after a hidden tab (timers throttled to once a minute), after the computer
 * slept, after a reload from stored state.
 *
 * Parts advance only when the chair says so (`next` / `previous`): a part whose time is up keeps
 * running and shows its overrun. Extending a part lengthens the meeting (see
 * docs/rationale/meeting-circle.md).
 */
import type { MeetingPart } from '../../model/schema';

export type { MeetingPart };

/**
 * The five parts in order — the model's `MEETING_PARTS`, repeated here so the timer does not
 * pull the schemas (zod) into the element's initial load; the type keeps the two in step.
 */
export const MEETING_PARTS = ['opening', 'situation', 'needs', 'summary', 'closing'] as const satisfies readonly MeetingPart[];

const MINUTE = 60_000;

/** Default share of the meeting per part, in percent (a design choice; see the rationale). */
export const DEFAULT_SHARES: Readonly<Record<MeetingPart, number>> = {
  opening: 10,
  situation: 15,
  needs: 50,
  summary: 15,
  closing: 10,
};

export const MIN_DURATION = 30;
export const MAX_DURATION = 180;
export const DEFAULT_DURATION = 60;

/** A pause: from `from` until `to` (open while still paused). */
export interface Pause {
  from: number;
  to?: number;
}
/** From `at` on, `part` is the current part. The first mark is the start. */
export interface Mark {
  at: number;
  part: MeetingPart;
}
/** `part` was extended by `ms` at `at`. */
export interface Extension {
  at: number;
  part: MeetingPart;
  ms: number;
}

/** The serializable state of one meeting. JSON-safe; hosts may store and restore it. */
export interface MeetingClockState {
  version: 1;
  /** Planned length per part in milliseconds, in `MEETING_PARTS` order. */
  planned: number[];
  startedAt?: number;
  pauses: Pause[];
  marks: Mark[];
  extensions: Extension[];
  endedAt?: number;
}

export type ClockStatus = 'idle' | 'running' | 'paused' | 'ended';

/** Everything the element shows, derived from the state at one instant. */
export interface ClockView {
  status: ClockStatus;
  /** The current part (the first one before the start, the last one after the end). */
  part: MeetingPart;
  index: number;
  /** Meeting time so far: wall time since the start minus pauses (ms). */
  elapsed: number;
  /** Planned length per part including extensions (ms). */
  planned: number[];
  /** Planned length per part without extensions (ms). */
  basePlanned: number[];
  /** Extension per part (ms). */
  extended: number[];
  /** Time spent in each part so far (ms); a part visited twice adds up. */
  spent: number[];
  /** Time left in the current part (ms); negative once it runs over. */
  partRemaining: number;
  /** How far the current part is over its time (ms, ≥ 0). */
  partOverrun: number;
  /** Planned meeting length including extensions (ms). */
  meetingPlanned: number;
  /** Planned meeting length without extensions (ms). */
  meetingBasePlanned: number;
  /** Meeting time left by the plan (ms); negative once the meeting runs over. */
  meetingRemaining: number;
  /** How far the meeting is over its planned length (ms, ≥ 0). */
  meetingOverrun: number;
  /** Total extensions (ms). */
  extendedTotal: number;
  /** Total paused time so far (ms). */
  pausedTotal: number;
  /** The booked end: start + planned length without extensions (epoch ms), once started. */
  plannedEndAt?: number;
  /**
   * When the meeting will end if the current part gets its remaining time and every later part
   * its planned time (epoch ms); while paused this moves with the clock. The actual end once ended.
   */
  projectedEndAt?: number;
  /** Share of the planned meeting time used, 0–1 (capped). */
  progress: number;
  /** Share of the current part's planned time used, 0–1 (capped). */
  partProgress: number;
}

// ─── planning ───────────────────────────────────────────────────────────────

/** Clamps a meeting length in minutes to 30–180; anything unreadable gives 60. */
export function clampDuration(minutes: unknown): number {
  const n = typeof minutes === 'string' ? Number(minutes.trim()) : typeof minutes === 'number' ? minutes : Number.NaN;
  if (!Number.isFinite(n) || n <= 0) return DEFAULT_DURATION;
  return Math.min(MAX_DURATION, Math.max(MIN_DURATION, Math.round(n)));
}

/**
 * Normalizes shares (percent or fractions, any scale) to fractions summing to 1. Missing,
 * negative or non-numeric values count as 0; if nothing usable remains, the defaults apply.
 */
export function normalizeShares(shares: Partial<Record<MeetingPart, number>> | undefined): Record<MeetingPart, number> {
  const raw = MEETING_PARTS.map((p) => {
    const v = shares?.[p];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  const source = sum > 0 ? raw : MEETING_PARTS.map((p) => DEFAULT_SHARES[p]);
  const total = source.reduce((a, b) => a + b, 0);
  return Object.fromEntries(MEETING_PARTS.map((p, i) => [p, source[i]! / total])) as Record<MeetingPart, number>;
}

/** Reads shares from an attribute: five numbers separated by spaces, commas, slashes or `%`. */
export function parseShares(text: string | null | undefined): Record<MeetingPart, number> | undefined {
  if (!text) return undefined;
  const nums = text
    .split(/[\s,;/%]+/)
    .filter(Boolean)
    .map(Number);
  if (nums.length !== MEETING_PARTS.length || nums.some((n) => !Number.isFinite(n) || n < 0)) return undefined;
  return Object.fromEntries(MEETING_PARTS.map((p, i) => [p, nums[i]!])) as Record<MeetingPart, number>;
}

/**
 * Planned milliseconds per part for a meeting of `minutes`: whole minutes per part by share,
 * the rounding remainder going to the largest part (needs, by default).
 */
export function plannedFromShares(minutes: number, shares?: Partial<Record<MeetingPart, number>>): number[] {
  const total = Math.max(0, Math.round(minutes));
  const f = normalizeShares(shares);
  const mins = MEETING_PARTS.map((p) => Math.round(total * f[p]));
  const diff = total - mins.reduce((a, b) => a + b, 0);
  // The largest part (needs, by default) absorbs the rounding; it is at least a fifth of the
  // meeting, so it can, and the parts always add up to the meeting.
  let largest = MEETING_PARTS.indexOf('needs');
  mins.forEach((m, i) => {
    if (m > mins[largest]!) largest = i;
  });
  mins[largest] = mins[largest]! + diff;
  return mins.map((m) => m * MINUTE);
}

/** Planned milliseconds per part from minutes per part (parts not given get 0). */
export function plannedFromMinutes(minutes: Partial<Record<MeetingPart, number>>): number[] {
  return MEETING_PARTS.map((p) => {
    const m = minutes[p];
    return typeof m === 'number' && Number.isFinite(m) && m > 0 ? Math.round(m * MINUTE) : 0;
  });
}

// ─── operations: (state, now) → new state; inputs are never mutated ───────

/** A meeting not yet started, with `planned` ms per part. */
export function createClock(planned: number[]): MeetingClockState {
  return { version: 1, planned: sanitizePlanned(planned), pauses: [], marks: [], extensions: [] };
}

function sanitizePlanned(planned: readonly number[]): number[] {
  return MEETING_PARTS.map((_, i) => {
    const v = planned[i];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.round(v) : 0;
  });
}

/** Replaces the planned lengths (the meeting length or shares changed); keeps everything else. */
export function replan(state: MeetingClockState, planned: number[]): MeetingClockState {
  const next = sanitizePlanned(planned);
  if (next.every((v, i) => v === state.planned[i])) return state;
  return { ...state, planned: next };
}

export function statusOf(state: MeetingClockState): ClockStatus {
  if (state.startedAt === undefined) return 'idle';
  if (state.endedAt !== undefined) return 'ended';
  const last = state.pauses[state.pauses.length - 1];
  return last && last.to === undefined ? 'paused' : 'running';
}

/** Starts the meeting at `now` in the first part. No-op unless idle. */
export function start(state: MeetingClockState, now: number): MeetingClockState {
  if (statusOf(state) !== 'idle') return state;
  return { ...state, startedAt: now, pauses: [], marks: [{ at: now, part: MEETING_PARTS[0] }], extensions: [], endedAt: undefined };
}

export function pause(state: MeetingClockState, now: number): MeetingClockState {
  if (statusOf(state) !== 'running') return state;
  return { ...state, pauses: [...state.pauses, { from: Math.max(now, lastEventAt(state)) }] };
}

export function resume(state: MeetingClockState, now: number): MeetingClockState {
  if (statusOf(state) !== 'paused') return state;
  const pauses = state.pauses.slice();
  const open = pauses[pauses.length - 1]!;
  pauses[pauses.length - 1] = { from: open.from, to: Math.max(now, open.from) };
  return { ...state, pauses };
}

/** Start when idle, pause when running, resume when paused; no-op when ended. */
export function toggle(state: MeetingClockState, now: number): MeetingClockState {
  switch (statusOf(state)) {
    case 'idle':
      return start(state, now);
    case 'running':
      return pause(state, now);
    case 'paused':
      return resume(state, now);
    default:
      return state;
  }
}

/** The current part's index (0 before the start). */
export function currentIndex(state: MeetingClockState): number {
  const last = state.marks[state.marks.length - 1];
  return last ? Math.max(0, MEETING_PARTS.indexOf(last.part)) : 0;
}

/** Moves to `index` at `now` (while running or paused). */
export function goTo(state: MeetingClockState, index: number, now: number): MeetingClockState {
  const status = statusOf(state);
  if (status !== 'running' && status !== 'paused') return state;
  const target = Math.min(MEETING_PARTS.length - 1, Math.max(0, Math.trunc(index)));
  if (target === currentIndex(state)) return state;
  return { ...state, marks: [...state.marks, { at: Math.max(now, lastEventAt(state)), part: MEETING_PARTS[target]! }] };
}

/** The next part; on the last part, ends the meeting. */
export function next(state: MeetingClockState, now: number): MeetingClockState {
  const i = currentIndex(state);
  return i >= MEETING_PARTS.length - 1 ? end(state, now) : goTo(state, i + 1, now);
}

/** The previous part; no-op on the first. */
export function previous(state: MeetingClockState, now: number): MeetingClockState {
  return goTo(state, currentIndex(state) - 1, now);
}

/**
 * Gives the current part `minutes` more. The meeting gets longer by as much: later parts keep
 * their planned time (see the rationale). Only while running or paused.
 */
export function extend(state: MeetingClockState, minutes: number, now: number): MeetingClockState {
  const status = statusOf(state);
  if ((status !== 'running' && status !== 'paused') || !Number.isFinite(minutes) || minutes <= 0) return state;
  const part = MEETING_PARTS[currentIndex(state)]!;
  return { ...state, extensions: [...state.extensions, { at: now, part, ms: Math.round(minutes * MINUTE) }] };
}

/** Ends the meeting at `now` (closing an open pause there). */
export function end(state: MeetingClockState, now: number): MeetingClockState {
  const status = statusOf(state);
  if (status !== 'running' && status !== 'paused') return state;
  const at = Math.max(now, lastEventAt(state));
  const resumed = status === 'paused' ? resume(state, at) : state;
  return { ...resumed, endedAt: at };
}

/** Back to not started, keeping the planned lengths. */
export function reset(state: MeetingClockState): MeetingClockState {
  return createClock(state.planned);
}

function lastEventAt(state: MeetingClockState): number {
  let t = state.startedAt ?? Number.NEGATIVE_INFINITY;
  for (const m of state.marks) t = Math.max(t, m.at);
  for (const p of state.pauses) t = Math.max(t, p.from, p.to ?? p.from);
  return t;
}

// ─── the derived view ──────────────────────────────────────────────────────

/** Paused milliseconds between the start and `t`. */
function pausedUntil(state: MeetingClockState, t: number): number {
  let sum = 0;
  for (const p of state.pauses) {
    if (p.from >= t) continue;
    sum += Math.min(p.to ?? t, t) - p.from;
  }
  return sum;
}

/** Meeting time (wall time since the start minus pauses) at wall time `t`. */
export function meetingTimeAt(state: MeetingClockState, t: number): number {
  if (state.startedAt === undefined) return 0;
  const until = Math.max(state.startedAt, Math.min(t, state.endedAt ?? t));
  return until - state.startedAt - pausedUntil(state, until);
}

/** The view of `state` at wall time `now` (epoch ms). Pure: the same inputs give the same view. */
export function view(state: MeetingClockState, now: number): ClockView {
  const status = statusOf(state);
  const n = MEETING_PARTS.length;
  const basePlanned = MEETING_PARTS.map((_, i) => state.planned[i] ?? 0);
  const extended = new Array<number>(n).fill(0);
  for (const e of state.extensions) {
    const i = MEETING_PARTS.indexOf(e.part);
    if (i >= 0) extended[i]! += e.ms;
  }
  const planned = basePlanned.map((p, i) => p + extended[i]!);
  const at = state.endedAt ?? now;
  const elapsed = meetingTimeAt(state, at);
  const spent = new Array<number>(n).fill(0);
  state.marks.forEach((m, k) => {
    const i = MEETING_PARTS.indexOf(m.part);
    if (i < 0) return;
    const following = state.marks[k + 1];
    const from = meetingTimeAt(state, m.at);
    const to = following ? meetingTimeAt(state, following.at) : elapsed;
    spent[i]! += Math.max(0, to - from);
  });
  const index = currentIndex(state);
  const partRemaining = planned[index]! - spent[index]!;
  const meetingPlanned = planned.reduce((a, b) => a + b, 0);
  const meetingBasePlanned = basePlanned.reduce((a, b) => a + b, 0);
  const meetingRemaining = meetingPlanned - elapsed;
  const pausedTotal = state.startedAt === undefined ? 0 : pausedUntil(state, Math.max(state.startedAt, at));
  const later = planned.slice(index + 1).reduce((a, b) => a + b, 0);
  const result: ClockView = {
    status,
    part: MEETING_PARTS[index]!,
    index,
    elapsed,
    planned,
    basePlanned,
    extended,
    spent,
    partRemaining,
    partOverrun: Math.max(0, -partRemaining),
    meetingPlanned,
    meetingBasePlanned,
    meetingRemaining,
    meetingOverrun: Math.max(0, -meetingRemaining),
    extendedTotal: extended.reduce((a, b) => a + b, 0),
    pausedTotal,
    progress: meetingPlanned > 0 ? Math.min(1, elapsed / meetingPlanned) : 0,
    partProgress: planned[index]! > 0 ? Math.min(1, spent[index]! / planned[index]!) : spent[index]! > 0 ? 1 : 0,
  };
  if (state.startedAt !== undefined) {
    result.plannedEndAt = state.startedAt + meetingBasePlanned;
    result.projectedEndAt = status === 'ended' ? state.endedAt : now + Math.max(0, partRemaining) + later;
  }
  return result;
}

/** Actual whole minutes spent per part (for the plan's agenda). */
export function actualMinutes(v: ClockView): Record<MeetingPart, number> {
  return Object.fromEntries(MEETING_PARTS.map((p, i) => [p, Math.round(v.spent[i]! / MINUTE)])) as Record<MeetingPart, number>;
}

// ─── formatting (language-neutral) ─────────────────────────────────────────

/**
 * `m:ss` (or `h:mm:ss`) of a duration. Time left counts up to the whole second (`0:01` until it
 * is really over), time past counts down (`0:00` for the first second over), so a countdown
 * never shows 0:00 while time remains and the two never disagree about the second.
 */
export function formatClock(ms: number, rounding: 'up' | 'down' = 'up'): string {
  const abs = Math.abs(ms);
  const secs = rounding === 'up' ? Math.ceil(abs / 1000) : Math.floor(abs / 1000);
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Whole minutes, rounded, of a duration in ms. */
export function minutesOf(ms: number): number {
  return Math.round(ms / MINUTE);
}

// ─── persistence ───────────────────────────────────────────────────────────

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPart = (v: unknown): v is MeetingPart => typeof v === 'string' && (MEETING_PARTS as readonly string[]).includes(v);

/**
 * Reads a state from untrusted input (storage, a host): returns it cleaned, or undefined when
 * it is not a meeting clock state. Never throws.
 */
export function readState(input: unknown): MeetingClockState | undefined {
  try {
    const raw = typeof input === 'string' ? (JSON.parse(input) as unknown) : input;
    if (!raw || typeof raw !== 'object') return undefined;
    const s = raw as Record<string, unknown>;
    if (s.version !== 1 || !Array.isArray(s.planned) || !Array.isArray(s.pauses) || !Array.isArray(s.marks) || !Array.isArray(s.extensions)) return undefined;
    if (s.startedAt !== undefined && !isTime(s.startedAt)) return undefined;
    if (s.endedAt !== undefined && !isTime(s.endedAt)) return undefined;
    const pauses: Pause[] = [];
    for (const p of s.pauses as unknown[]) {
      const q = p as Record<string, unknown> | null;
      if (!q || !isTime(q.from) || (q.to !== undefined && !isTime(q.to))) return undefined;
      pauses.push(q.to === undefined ? { from: q.from } : { from: q.from, to: q.to as number });
    }
    const marks: Mark[] = [];
    for (const m of s.marks as unknown[]) {
      const q = m as Record<string, unknown> | null;
      if (!q || !isTime(q.at) || !isPart(q.part)) return undefined;
      marks.push({ at: q.at, part: q.part });
    }
    const extensions: Extension[] = [];
    for (const e of s.extensions as unknown[]) {
      const q = e as Record<string, unknown> | null;
      if (!q || !isTime(q.at) || !isPart(q.part) || !isTime(q.ms) || q.ms < 0) return undefined;
      extensions.push({ at: q.at, part: q.part, ms: q.ms });
    }
    const state: MeetingClockState = { version: 1, planned: sanitizePlanned(s.planned as number[]), pauses, marks, extensions };
    if (s.startedAt !== undefined) state.startedAt = s.startedAt as number;
    if (s.endedAt !== undefined) state.endedAt = s.endedAt as number;
    if (state.startedAt !== undefined && marks.length === 0) state.marks = [{ at: state.startedAt, part: MEETING_PARTS[0] }];
    return state;
  } catch {
    return undefined;
  }
}
