import { css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Meeting, MeetingPart } from '../../model/schema';
import { SipElement } from '../../shared/sip-element';
import { baseStyles, token } from '../../shared/tokens';
import { getLocale } from '../../shared/i18n';
import { formatDateTime } from '../../shared/format';
import {
  MEETING_PARTS,
  actualMinutes,
  clampDuration,
  createClock,
  extend as extendClock,
  formatClock,
  goTo,
  minutesOf,
  next as nextPart,
  parseShares,
  plannedFromMinutes,
  plannedFromShares,
  previous as previousPart,
  readState,
  replan,
  reset as resetClock,
  statusOf,
  toggle as toggleClock,
  view as clockView,
  type ClockView,
  type MeetingClockState,
} from './clock';
import { audienceLabel, partLabel, toAudience, type Audience } from './labels';
import * as label from '../../shared/labels';

// What each reader does per part is most of the element's text; it loads in its own chunk as
// soon as the first circle connects, so the timer's initial load stays small.
type GuideModule = typeof import('./guide');
let guideModule: GuideModule | undefined;
let guideLoading: Promise<GuideModule> | undefined;
function loadGuide(): Promise<GuideModule> {
  guideLoading ??= import('./guide').then((m) => (guideModule = m));
  return guideLoading;
}

/** `detail` of `sip-segment-change`: the part now current and the one before (null at the start). */
export interface SipSegmentChangeDetail {
  part: MeetingPart;
  previous: MeetingPart | null;
  /** 0-based position of `part` in the circle. */
  index: number;
  state: MeetingClockState;
}

/** `detail` of `sip-meeting-end`: actual and planned whole minutes per part, totals in ms. */
export interface SipMeetingEndDetail {
  actualMinutes: Record<MeetingPart, number>;
  plannedMinutes: Record<MeetingPart, number>;
  /** Meeting time (pauses excluded), ms. */
  elapsed: number;
  /** How far the meeting ran over its planned length (extensions included), ms. */
  overrun: number;
  /** The plan's meeting the minutes were written to, when there is a plan. */
  meetingId?: string;
  state: MeetingClockState;
}

/** `detail` of `sip-meeting-state`: the whole serializable timer state, after every change. */
export interface SipMeetingStateDetail {
  state: MeetingClockState;
}

declare module '../../shared/events' {
  interface SipEventMap {
    'sip-segment-change': SipSegmentChangeDetail;
    'sip-meeting-end': SipMeetingEndDetail;
    'sip-meeting-state': SipMeetingStateDetail;
  }
}

const TICK_MS = 250;
const SIZE = 240;
const C = SIZE / 2;
const R = 96;
const RING = 110;

const timeFormats = new Map<string, Intl.DateTimeFormat>();
/** Clock time (e.g. 10:05) in the active language. */
function clockTime(ms: number): string {
  const tag = getLocale() === 'en' ? 'en-GB' : 'sv-SE';
  let f = timeFormats.get(tag);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' });
    timeFormats.set(tag, f);
  }
  return f.format(new Date(ms));
}

function point(fraction: number, radius: number): [number, number] {
  const a = fraction * 2 * Math.PI - Math.PI / 2;
  return [C + radius * Math.cos(a), C + radius * Math.sin(a)];
}

function sectorPath(from: number, to: number, radius: number): string {
  if (to - from >= 0.9999) return `M ${C - radius} ${C} a ${radius} ${radius} 0 1 1 ${radius * 2} 0 a ${radius} ${radius} 0 1 1 ${-radius * 2} 0 Z`;
  const [x1, y1] = point(from, radius);
  const [x2, y2] = point(to, radius);
  const large = to - from > 0.5 ? 1 : 0;
  return `M ${C} ${C} L ${x1.toFixed(2)} ${y1.toFixed(2)} A ${radius} ${radius} 0 ${large} 1 ${x2.toFixed(2)} ${y2.toFixed(2)} Z`;
}

function arcPath(to: number, radius: number): string {
  if (to <= 0) return '';
  if (to >= 0.9999) return `M ${C} ${C - radius} a ${radius} ${radius} 0 1 1 0 ${radius * 2} a ${radius} ${radius} 0 1 1 0 ${-radius * 2}`;
  const [x, y] = point(to, radius);
  return `M ${C} ${C - radius} A ${radius} ${radius} 0 ${to > 0.5 ? 1 : 0} 1 ${x.toFixed(2)} ${y.toFixed(2)}`;
}

type SharesInput = Partial<Record<MeetingPart, number>>;

/**
 * The meeting circle (mötescirkel): a timer for a SIP meeting's five parts — opening, current
 * situation, needs, summary, closing — drawn as a circle with sectors sized by planned time.
 * The chair starts, pauses, moves between parts and extends the current part; every reader's
 * version shows what they do and are asked in the current part.
 *
 * Time is always computed from timestamps (see `clock.ts`), so it is right after a hidden tab,
 * sleep or reload. With a `plan` it reads the meeting's agenda and, when the meeting ends, writes
 * the actual minutes back (`sip-plan-change`); without one it runs from `duration` and `shares`.
 *
 * Keyboard (when focus is inside the element): Space starts, pauses and resumes (on the circle;
 * on a button Space presses that button); ArrowLeft / ArrowRight go to the previous / next part.
 *
 * `readonly`: view-only. The timer follows the state it is given (the `state` property, or
 * another window through `storage-key`) but shows no controls and ignores shortcuts.
 *
 * @tag sip-meeting-circle
 *
 * @fires sip-segment-change - The current part changed (start, next, previous). `detail: { part, previous, index, state }`.
 * @fires sip-meeting-end - The meeting ended. `detail: { actualMinutes, plannedMinutes, elapsed, overrun, meetingId?, state }`.
 * @fires sip-meeting-state - The timer state changed (not on ticks); store it to restore the meeting. `detail: { state }`.
 * @fires sip-plan-change - The meeting's actual minutes were written to the plan. `detail: { plan, change }`.
 * @fires sip-invalid - The plan is invalid. `detail: { issues }`.
 *
 * @csspart base - The whole element.
 * @csspart circle - The SVG circle.
 * @csspart time - The remaining time for the part and the meeting.
 * @csspart controls - The control buttons.
 * @csspart legend - The list of parts with planned and spent time.
 * @csspart guide - What the reader does in the current part.
 * @csspart summary - The table of planned and actual minutes after the meeting.
 * @csspart alert - The invalid-plan message.
 *
 * @cssprop --sip-meeting-circle-done - Fill of finished parts.
 * @cssprop --sip-meeting-circle-upcoming - Fill of parts still to come.
 * @cssprop --sip-meeting-circle-current - Fill of the current part (default: the accent colour).
 * @cssprop --sip-meeting-circle-overrun - Colour of overrun (default: the danger colour).
 * @cssprop --sip-meeting-circle-track - The progress ring's track.
 * @cssprop --sip-meeting-circle-size - Width of the circle (default: min(100%, 18rem); 30rem in presenter mode).
 * @cssprop --sip-color-accent - Current part, progress and buttons.
 * @cssprop --sip-color-text - Text.
 * @cssprop --sip-color-bg - Background (also of the full-screen presenter mode).
 */
export class SipMeetingCircle extends SipElement {
  static override properties = {
    ...SipElement.properties,
    duration: { type: Number },
    audience: { type: String },
    storageKey: { type: String, attribute: 'storage-key' },
    presenter: { type: Boolean, reflect: true },
    sound: { type: Boolean, reflect: true },
    shares: {
      attribute: 'shares',
      converter: { fromAttribute: (v: string | null) => parseShares(v), toAttribute: () => null },
    },
    meetingId: { type: String, attribute: 'meeting-id' },
    clock: { attribute: false },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        --_done: var(--sip-meeting-circle-done, #b9c7da);
        --_upcoming: var(--sip-meeting-circle-upcoming, #e6e8ec);
        --_current: var(--sip-meeting-circle-current, ${token.colorAccent});
        --_overrun: var(--sip-meeting-circle-overrun, ${token.colorDanger});
        --_track: var(--sip-meeting-circle-track, #d5d8de);
        --_size: var(--sip-meeting-circle-size, min(100%, 18rem));
        container-type: inline-size;
        background: ${token.colorBg};
      }
      :host([presenter]) {
        --_size: var(--sip-meeting-circle-size, min(100%, 30rem));
        font-size: 1.25rem;
        padding: ${token.space4};
        overflow: auto;
      }
      :host(:fullscreen) {
        background: ${token.colorBg};
      }
      .base {
        display: grid;
        gap: ${token.space4};
      }
      h2,
      h3 {
        margin: 0;
        line-height: 1.25;
      }
      h2 {
        font-size: 1.25em;
      }
      h3 {
        font-size: 1.05em;
      }
      .sub {
        margin: 0;
        color: ${token.colorTextMuted};
      }
      .stage {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: ${token.space4} ${token.space6};
        border-radius: ${token.radius};
        padding: ${token.space2};
      }
      .dial {
        flex: 0 1 var(--_size);
        inline-size: var(--_size);
        max-inline-size: 100%;
      }
      .dial svg {
        display: block;
        inline-size: 100%;
        block-size: auto;
      }
      .sector {
        stroke: ${token.colorBg};
        stroke-width: 2;
      }
      .sector.done {
        fill: var(--_done);
      }
      .sector.upcoming {
        fill: var(--_upcoming);
      }
      .sector.current {
        fill: var(--_current);
      }
      .sector.current.over {
        fill: var(--_overrun);
      }
      .sector-label {
        font: 600 15px ${token.fontFamily};
        fill: ${token.colorText};
        text-anchor: middle;
        dominant-baseline: central;
      }
      .sector-label.current {
        fill: ${token.colorAccentText};
      }
      .track {
        fill: none;
        stroke: var(--_track);
        stroke-width: 8;
      }
      .progress {
        fill: none;
        stroke: ${token.colorText};
        stroke-width: 8;
        stroke-linecap: round;
      }
      .progress.over {
        stroke: var(--_overrun);
      }
      .hub {
        fill: ${token.colorBg};
      }
      .hub-text {
        font: 700 22px ${token.fontFamily};
        font-variant-numeric: tabular-nums;
        fill: ${token.colorText};
        text-anchor: middle;
        dominant-baseline: central;
      }
      .times {
        flex: 1 1 14rem;
        min-inline-size: 0;
        display: grid;
        gap: ${token.space1};
      }
      .times p {
        margin: 0;
      }
      .now {
        font-size: 1.2em;
      }
      .step {
        color: ${token.colorTextMuted};
        font-size: 0.85em;
        display: block;
      }
      .num {
        font-variant-numeric: tabular-nums;
      }
      .big {
        display: block;
        font-size: clamp(2.5rem, 12cqi, 4.5rem);
        font-weight: 700;
        line-height: 1.05;
        letter-spacing: -0.01em;
      }
      :host([presenter]) .big {
        font-size: clamp(3rem, 14cqi, 9rem);
      }
      .label {
        color: ${token.colorTextMuted};
      }
      .over-cue {
        display: inline-flex;
        align-items: center;
        gap: ${token.space2};
        color: ${token.colorDanger};
        font-weight: 700;
        border: 2px solid currentColor;
        border-radius: ${token.radius};
        padding: 0 ${token.space2};
        inline-size: fit-content;
      }
      .times.over .big {
        color: ${token.colorDanger};
      }
      .meeting-left {
        font-size: 1.15em;
      }
      .meeting-left .num {
        font-weight: 700;
      }
      .ends,
      .extended {
        color: ${token.colorTextMuted};
        font-size: ${token.fontSizeSmall};
      }
      :host([presenter]) .ends,
      :host([presenter]) .extended {
        font-size: 1rem;
      }
      .extended strong {
        color: ${token.colorText};
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
        align-items: center;
      }
      button {
        font: inherit;
        min-block-size: 2.75rem;
        min-inline-size: 2.75rem;
        padding: ${token.space2} ${token.space3};
        border-radius: ${token.radius};
        border: 1px solid ${token.colorBorder};
        background: ${token.colorBg};
        color: ${token.colorText};
        cursor: pointer;
      }
      button.primary {
        background: ${token.colorAccent};
        border-color: ${token.colorAccent};
        color: ${token.colorAccentText};
        font-weight: 600;
      }
      button:disabled {
        cursor: not-allowed;
        opacity: 0.55;
      }
      button[aria-pressed='true'] {
        background: ${token.colorSurface};
        font-weight: 600;
        box-shadow: inset 0 0 0 2px ${token.colorAccent};
      }
      .confirm {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
        align-items: center;
        padding: ${token.space2} ${token.space3};
        border: 2px solid ${token.colorWarning};
        border-radius: ${token.radius};
      }
      .confirm p {
        margin: 0;
        flex: 1 1 12rem;
      }
      .shortcuts {
        margin: 0;
        font-size: ${token.fontSizeSmall};
        color: ${token.colorTextMuted};
      }
      kbd {
        font: inherit;
        font-weight: 600;
        border: 1px solid ${token.colorBorder};
        border-radius: 0.25rem;
        padding: 0 0.3em;
        background: ${token.colorSurface};
        color: ${token.colorText};
      }
      .columns {
        display: grid;
        gap: ${token.space4};
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
        align-items: start;
      }
      .legend {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: ${token.space1};
      }
      .legend li {
        display: flex;
        flex-wrap: wrap;
        gap: 0 ${token.space2};
        align-items: baseline;
        padding: ${token.space1} ${token.space2};
        border-inline-start: 6px solid var(--_upcoming);
      }
      .legend li.done {
        border-color: var(--_done);
      }
      .legend li.current {
        border-color: var(--_current);
        background: ${token.colorSurface};
        font-weight: 600;
      }
      .legend li.current.over {
        border-color: var(--_overrun);
      }
      .legend .mins {
        margin-inline-start: auto;
        font-variant-numeric: tabular-nums;
        color: ${token.colorTextMuted};
        font-weight: 400;
      }
      :host([presenter]) .guide {
        font-size: 1.15em;
      }
      .guide {
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        padding: ${token.space3} ${token.space4};
        background: ${token.colorSurface};
      }
      .guide ul {
        margin: ${token.space2} 0 0;
        padding-inline-start: ${token.space6};
      }
      .guide li + li {
        margin-block-start: ${token.space1};
      }
      .guide .question {
        margin: ${token.space2} 0 0;
        font-style: italic;
      }
      .note {
        margin: 0;
        color: ${token.colorTextMuted};
        font-size: ${token.fontSizeSmall};
      }
      .problem {
        margin: 0;
        color: ${token.colorDanger};
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        text-align: start;
        padding: ${token.space1} ${token.space2};
        border-block-end: 1px solid ${token.colorBorder};
      }
      td.n,
      th.n {
        text-align: end;
      }
      @media (prefers-reduced-motion: no-preference) {
        .sector {
          transition: fill 0.3s ease;
        }
      }
      @container (max-width: 30rem) {
        .dial {
          margin-inline: auto;
        }
        .big {
          font-size: 2.75rem;
        }
      }
      @media (forced-colors: active) {
        .sector {
          stroke: CanvasText;
        }
        .sector.done,
        .sector.upcoming {
          fill: Canvas;
        }
        .sector.current,
        .sector.current.over {
          fill: Highlight;
        }
        .sector-label {
          fill: CanvasText;
        }
        .sector-label.current {
          fill: HighlightText;
        }
        .track {
          stroke: GrayText;
        }
        .progress,
        .progress.over {
          stroke: CanvasText;
        }
        .hub {
          fill: Canvas;
        }
        .hub-text {
          fill: CanvasText;
        }
        .legend li,
        .legend li.current {
          border-color: CanvasText;
        }
        .legend li.current {
          outline: 2px solid Highlight;
        }
        button.primary {
          border-color: ButtonText;
        }
      }
    `,
  ];

  /** Meeting length in minutes without a plan (30–180; default 60). */
  declare duration: number;
  /** Whose version to show: chair, staff, older, relative, adult, young, parent or other. */
  declare audience: Audience;
  /**
   * When set, the timer state is kept in `localStorage` under this key (restored on load and
   * followed across windows). Nothing is stored without it.
   */
  declare storageKey: string | undefined;
  /** Large layout for a shared screen; the presenter button also asks for full screen. */
  declare presenter: boolean;
  /** A gentle sound when the current part or the meeting runs over (Web Audio). Off by default. */
  declare sound: boolean;
  /**
   * Share of the meeting per part (any scale, e.g. percent). Default 10 / 15 / 50 / 15 / 10.
   * As an attribute: five numbers, e.g. `shares="10 15 50 15 10"`. Ignored when the plan's
   * meeting has an agenda with planned minutes.
   */
  declare shares: SharesInput | undefined;
  /** With a plan: the id of the meeting to run (default: the first meeting not yet held). */
  declare meetingId: string | undefined;
  /** The clock, as epoch milliseconds (default `Date.now`); tests and stories inject their own. */
  declare clock: (() => number) | undefined;
  /** The inline "reset?" question is open. */
  private confirmingReset = false;
  /** A message when writing to the plan failed. */
  private problem = '';

  private clockState: MeetingClockState = createClock(plannedFromShares(60));
  private stateFromOutside = false;
  private plannedKey: string | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private shownKey = '';
  private overrunSaid = new Set<string>();
  private lockedMeetingId: string | undefined;
  private wakeLock: WakeLockSentinel | undefined;
  private wakeLockPending = false;
  private audio: AudioContext | undefined;
  private enteredFullscreen = false;
  private focusAfterRender: string | undefined;

  constructor() {
    super();
    this.duration = 60;
    this.audience = 'chair';
    this.presenter = false;
    this.sound = false;
    this.addEventListener('keydown', this.onKeydown);
  }

  // ─── the state, public ─────────────────────────────────────────────────

  /**
   * The timer's serializable state (the same as in `sip-meeting-state`). Setting it adopts a
   * stored or shared state; anything that is not a valid state is ignored.
   */
  get state(): MeetingClockState {
    return this.stateCopy();
  }

  /** A copy, so a host changing what it got cannot change the running meeting. */
  private stateCopy(): MeetingClockState {
    return structuredClone(this.clockState);
  }
  set state(value: MeetingClockState | string | undefined) {
    const next = readState(value);
    if (!next) return;
    if (this.plannedKey === undefined) this.stateFromOutside = true;
    this.adopt(next, false);
  }

  /** The derived view now (status, part, time left, overrun…). */
  get view(): ClockView {
    return clockView(this.clockState, this.nowMs());
  }

  // ─── lifecycle ─────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    if (!guideModule) {
      loadGuide().then(
        () => this.requestUpdate(),
        () => undefined,
      );
    }
    document.addEventListener('visibilitychange', this.onVisibility);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    window.addEventListener('storage', this.onStorage);
    // Moved in the DOM: the timer was stopped on disconnect; the next update starts it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    window.removeEventListener('storage', this.onStorage);
    this.stopTimer();
    void this.releaseWakeLock();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('storageKey') && this.storageKey) {
      const stored = this.readStorage();
      if (stored) {
        this.clockState = stored;
        this.stateFromOutside = true;
        this.markOverrunsSeen();
      }
    }
    // The plan validates asynchronously, so compare what is planned rather than which inputs
    // changed. A started meeting restored from storage or set by the host keeps its own plan
    // until an input changes.
    const planned = this.plannedNow();
    const key = planned.join(',');
    if (key !== this.plannedKey) {
      const first = this.plannedKey === undefined;
      this.plannedKey = key;
      if (!(first && this.stateFromOutside && statusOf(this.clockState) !== 'idle')) {
        const next = replan(this.clockState, planned);
        if (next !== this.clockState) {
          this.clockState = next;
          if (!first && statusOf(next) !== 'idle') this.saveAndTell();
        }
      }
    }
  }

  /** `updateComplete` also waits for the readers' texts on first use. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (!guideModule && guideLoading) await guideLoading.catch(() => undefined);
    return super.getUpdateComplete();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncTimer();
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ─── time ──────────────────────────────────────────────────────────────

  private nowMs(): number {
    if (this.clock) {
      const t = this.clock();
      if (Number.isFinite(t)) return t;
    }
    if (this.now) {
      const t = Date.parse(this.now);
      if (!Number.isNaN(t)) return t;
    }
    return Date.now();
  }

  protected override currentTime(): string {
    return new Date(this.nowMs()).toISOString();
  }

  private syncTimer(): void {
    const running = this.isConnected && statusOf(this.clockState) === 'running';
    if (running && !this.timer) this.timer = setInterval(this.tick, TICK_MS);
    if (!running && this.timer) this.stopTimer();
    if (running) void this.acquireWakeLock();
    else void this.releaseWakeLock();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Every tick recomputes the view from the clock; it re-renders only when what is shown changes. */
  private tick = (): void => {
    const v = this.view;
    this.watchOverrun(v);
    const key = this.displayKey(v);
    if (key !== this.shownKey) this.requestUpdate();
  };

  private displayKey(v: ClockView): string {
    return `${v.status}|${v.index}|${Math.ceil(v.partRemaining / 1000)}|${Math.ceil(v.meetingRemaining / 1000)}|${Math.round((v.projectedEndAt ?? 0) / 60000)}`;
  }

  /**
   * A state restored or taken from elsewhere may already be over time; that was announced (and
   * chimed) where it happened, so it is not said again here.
   */
  private markOverrunsSeen(): void {
    const v = this.view;
    if (v.partOverrun > 0) this.overrunSaid.add(v.part);
    if (v.meetingOverrun > 0) this.overrunSaid.add('meeting');
  }

  private watchOverrun(v: ClockView): void {
    if (v.status !== 'running' && v.status !== 'paused') return;
    if (v.meetingOverrun > 0 && !this.overrunSaid.has('meeting')) {
      this.overrunSaid.add('meeting');
      this.overrunSaid.add(v.part);
      this.announce(msg('Mötet har gått över sin tid.', { id: 'meeting.say.meetingOver' }));
      this.chime();
    } else if (v.partOverrun > 0 && !this.overrunSaid.has(v.part)) {
      this.overrunSaid.add(v.part);
      this.announce(msg(str`${partLabel(v.part)} har gått över sin tid.`, { id: 'meeting.say.partOver' }));
      this.chime();
    }
  }

  // ─── the plan ──────────────────────────────────────────────────────────

  /** The plan's meeting this circle runs, if any. */
  private get meeting(): Meeting | undefined {
    const plan = this.validPlan;
    if (!plan) return undefined;
    const id = this.meetingId || this.lockedMeetingId;
    if (id) return plan.meetings.find((m) => m.id === id);
    const open = plan.meetings.filter((m) => m.status !== 'held' && m.status !== 'cancelled');
    open.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    return open[0];
  }

  private plannedNow(): number[] {
    const meeting = this.meeting;
    if (meeting) {
      const minutes: Partial<Record<MeetingPart, number>> = {};
      for (const item of meeting.agenda) minutes[item.part] = (minutes[item.part] ?? 0) + item.plannedMinutes;
      const planned = plannedFromMinutes(minutes);
      if (planned.some((ms) => ms > 0)) return planned;
      const length = (Date.parse(meeting.end) - Date.parse(meeting.start)) / 60000;
      return plannedFromShares(clampDuration(length), this.shares);
    }
    return plannedFromShares(clampDuration(this.duration), this.shares);
  }

  // ─── actions ───────────────────────────────────────────────────────────

  /** Starts, pauses or resumes. */
  toggle(): void {
    this.primeAudio();
    this.act(toggleClock(this.clockState, this.nowMs()));
  }
  /** The next part; on the last part, ends the meeting. */
  next(): void {
    this.act(nextPart(this.clockState, this.nowMs()));
  }
  /** The previous part. */
  previous(): void {
    this.act(previousPart(this.clockState, this.nowMs()));
  }
  /** Moves to the part at `index` (0–4). */
  goTo(index: number): void {
    this.act(goTo(this.clockState, index, this.nowMs()));
  }
  /** Gives the current part `minutes` more; the meeting gets as much longer. */
  extend(minutes: number): void {
    this.act(extendClock(this.clockState, minutes, this.nowMs()));
  }
  /** Forgets the meeting and shows the plan again (no confirmation; the button asks first). */
  reset(): void {
    this.confirmingReset = false;
    this.problem = '';
    this.act(resetClock(this.clockState));
    this.requestUpdate();
  }

  private act(next: MeetingClockState): void {
    if (this.readonly || next === this.clockState) return;
    this.adopt(next, true);
  }

  /**
   * Makes `next` the state. Local changes are stored, told (`sip-meeting-state`) and raise the
   * part and end events; a state from outside (the host, another window) is only shown and
   * announced.
   */
  private adopt(next: MeetingClockState, local: boolean): void {
    const now = this.nowMs();
    const before = clockView(this.clockState, now);
    const meetingId = this.meeting?.id;
    this.clockState = next;
    const after = clockView(next, now);
    if (before.status === 'idle' && after.status !== 'idle') {
      this.lockedMeetingId = meetingId;
    }
    if (after.status === 'idle') {
      this.overrunSaid.clear();
      this.lockedMeetingId = undefined;
    }
    if (!local) this.markOverrunsSeen();
    if (local) this.saveAndTell();
    this.tellChange(before, after, local);
    this.requestUpdate();
  }

  private saveAndTell(): void {
    if (this.storageKey) {
      try {
        localStorage.setItem(this.storageKey, JSON.stringify(this.clockState));
      } catch {
        // Storage full or blocked: the host still gets the state by event.
      }
    }
    this.emit('sip-meeting-state', { state: this.stateCopy() });
  }

  private tellChange(before: ClockView, after: ClockView, local: boolean): void {
    const started = before.status === 'idle' && after.status !== 'idle';
    const ended = before.status !== 'ended' && after.status === 'ended';
    const partChanged = after.status !== 'idle' && !ended && (started || before.index !== after.index);
    if (local && partChanged) {
      this.emit('sip-segment-change', { part: after.part, previous: started ? null : before.part, index: after.index, state: this.stateCopy() });
    }
    if (ended) {
      this.announce(msg(str`Mötet är avslutat efter ${minutesOf(after.elapsed)} min.`, { id: 'meeting.say.ended' }));
      if (local) this.finish(after);
      return;
    }
    if (after.status === 'idle' && before.status !== 'idle') {
      this.announce(msg('Mötet är återställt.', { id: 'meeting.say.reset' }));
      return;
    }
    if (partChanged) {
      const what = msg(str`Del ${after.index + 1} av ${MEETING_PARTS.length}: ${partLabel(after.part)}, ${minutesOf(after.planned[after.index]!)} min.`, { id: 'meeting.say.part' });
      this.announce(started ? `${msg('Mötet har börjat.', { id: 'meeting.say.started' })} ${what}` : what);
      return;
    }
    if (before.status === 'running' && after.status === 'paused') {
      this.announce(msg('Pausat.', { id: 'meeting.say.paused' }));
      return;
    }
    if (before.status === 'paused' && after.status === 'running') {
      this.announce(msg('Fortsätter.', { id: 'meeting.say.resumed' }));
      return;
    }
    const added = after.extendedTotal - before.extendedTotal;
    if (added > 0 && after.projectedEndAt !== undefined) {
      this.announce(
        msg(str`${partLabel(after.part)} förlängd med ${minutesOf(added)} min. Mötet slutar nu ${clockTime(after.projectedEndAt)}.`, { id: 'meeting.say.extended' }),
      );
    }
  }

  /** The meeting ended here: tell the host and write the actual minutes to the plan. */
  private finish(v: ClockView): void {
    const meeting = this.meeting;
    const planned = Object.fromEntries(MEETING_PARTS.map((p, i) => [p, minutesOf(v.planned[i]!)])) as Record<MeetingPart, number>;
    const actual = actualMinutes(v);
    const detail: SipMeetingEndDetail = { actualMinutes: actual, plannedMinutes: planned, elapsed: v.elapsed, overrun: v.meetingOverrun, state: this.stateCopy() };
    if (meeting) detail.meetingId = meeting.id;
    this.emit('sip-meeting-end', detail);
    this.focusAfterRender = '#summary-heading';
    if (meeting && this.validPlan && !this.readonly) {
      // The operation (and the schemas it checks with) loads only when a meeting ends, so the
      // timer's initial load stays small.
      void import('../../model/operations/meetings').then(
        ({ recordMeetingMinutes }) => {
          const result = this.applyOperation((plan, ctx) => recordMeetingMinutes(plan, { type: 'recordMeetingMinutes', meetingId: meeting.id, minutes: actual }, ctx));
          this.problem = result && !result.ok ? result.error.message : '';
          this.requestUpdate();
        },
        () => {
          this.problem = msg('Tiden kunde inte sparas i planen just nu.', { id: 'meeting.saveFailed' });
          this.requestUpdate();
        },
      );
    }
  }

  // ─── events from outside ───────────────────────────────────────────────

  private onKeydown = (e: KeyboardEvent): void => {
    if (this.readonly || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const origin = e.composedPath()[0] as HTMLElement | undefined;
    const tag = origin?.localName ?? '';
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || origin?.isContentEditable) return;
    const status = statusOf(this.clockState);
    if (e.key === ' ' || e.key === 'Spacebar') {
      // On a button, Space presses that button.
      if (tag === 'button' || tag === 'a' || tag === 'summary') return;
      if (status === 'ended') return;
      e.preventDefault();
      this.toggle();
    } else if (e.key === 'ArrowRight') {
      // Never ends the meeting by accident: on the last part, only the End button does.
      if (status !== 'running' && status !== 'paused') return;
      e.preventDefault();
      if (this.view.index < MEETING_PARTS.length - 1) this.next();
    } else if (e.key === 'ArrowLeft') {
      if (status !== 'running' && status !== 'paused') return;
      e.preventDefault();
      this.previous();
    }
  };

  private onVisibility = (): void => {
    if (document.visibilityState !== 'visible') return;
    // Hidden tabs tick rarely; compute at once from the clock, and take the screen lock back.
    this.tick();
    this.requestUpdate();
    if (statusOf(this.clockState) === 'running') void this.acquireWakeLock();
  };

  private onStorage = (e: StorageEvent): void => {
    if (!this.storageKey || e.key !== this.storageKey) return;
    const next = e.newValue === null ? resetClock(this.clockState) : readState(e.newValue);
    if (next) this.adopt(next, false);
  };

  private readStorage(): MeetingClockState | undefined {
    try {
      return readState(localStorage.getItem(this.storageKey ?? ''));
    } catch {
      return undefined;
    }
  }

  // ─── presenter mode, wake lock, sound ─────────────────────────────────

  private async togglePresenter(): Promise<void> {
    if (this.presenter) {
      this.presenter = false;
      if (document.fullscreenElement === this) await document.exitFullscreen().catch(() => undefined);
      this.enteredFullscreen = false;
      return;
    }
    this.presenter = true;
    if (document.fullscreenEnabled && typeof this.requestFullscreen === 'function') {
      try {
        await this.requestFullscreen();
        this.enteredFullscreen = true;
      } catch {
        // Not allowed here (an iframe, no user gesture): the large layout still applies.
      }
    }
  }

  private onFullscreenChange = (): void => {
    // Only our own full screen matters; another element's must not move focus here.
    if (this.enteredFullscreen && document.fullscreenElement !== this) {
      this.enteredFullscreen = false;
      this.presenter = false;
      this.focusAfterRender = '#presenter';
    }
  };

  private async acquireWakeLock(): Promise<void> {
    if (this.wakeLock || this.wakeLockPending || document.visibilityState !== 'visible') return;
    const api = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!api) return;
    this.wakeLockPending = true;
    try {
      const lock = await api.request('screen');
      lock.addEventListener('release', () => {
        if (this.wakeLock === lock) this.wakeLock = undefined;
      });
      this.wakeLock = lock;
      if (statusOf(this.clockState) !== 'running' || !this.isConnected) await this.releaseWakeLock();
    } catch {
      // Not supported, not allowed or the battery is low: the timer works without it.
    } finally {
      this.wakeLockPending = false;
    }
  }

  private async releaseWakeLock(): Promise<void> {
    const lock = this.wakeLock;
    this.wakeLock = undefined;
    if (lock) await lock.release().catch(() => undefined);
  }

  /** Creates or wakes the audio context inside a user gesture, so a later chime may play. */
  private primeAudio(): void {
    if (!this.sound) return;
    try {
      const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
      if (!Ctor) return;
      this.audio ??= new Ctor();
      if (this.audio.state === 'suspended') void this.audio.resume().catch(() => undefined);
    } catch {
      this.audio = undefined;
    }
  }

  /** Two soft tones, about a second. */
  private chime(): void {
    if (!this.sound) return;
    this.primeAudio();
    const ctx = this.audio;
    if (!ctx) return;
    try {
      const t = ctx.currentTime;
      [523.25, 659.25].forEach((freq, i) => {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.type = 'sine';
        osc.frequency.value = freq;
        const at = t + i * 0.35;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.12, at + 0.04);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.8);
        osc.connect(gain).connect(ctx.destination);
        osc.start(at);
        osc.stop(at + 0.85);
      });
    } catch {
      // No sound is better than an error.
    }
  }

  private toggleSound(): void {
    this.sound = !this.sound;
    this.primeAudio();
  }

  // ─── rendering ─────────────────────────────────────────────────────────

  override render(): TemplateResult | typeof nothing {
    if (this.isInvalid) return this.renderInvalid();
    const v = this.view;
    this.shownKey = this.displayKey(v);
    const audience = toAudience(this.audience);
    const meeting = this.meeting;
    const controls = !this.readonly;
    return html`<div class="base" part="base">
      <div>
        <h2>${msg('Mötescirkel', { id: 'meeting.title' })}</h2>
        <p class="sub">
          ${msg(str`Version: ${audienceLabel(audience)}`, { id: 'meeting.version' })}${meeting
            ? html` · ${msg(str`Möte ${formatDateTime(meeting.start)}`, { id: 'meeting.ofPlan' })}`
            : nothing}
        </p>
        ${this.validPlan && !meeting
          ? html`<p class="note">${msg('Planen har inget möte att köra; tiden sparas inte i planen.', { id: 'meeting.noMeeting' })}</p>`
          : nothing}
        ${this.readonly ? html`<p class="note">${msg('Visningsläge: följer mötet men kan inte styra det.', { id: 'meeting.readonlyNote' })}</p>` : nothing}
      </div>
      <div
        class="stage"
        role="group"
        aria-label=${msg('Mötescirkel och tid', { id: 'meeting.stage' })}
        aria-describedby=${controls ? 'shortcuts' : nothing}
        tabindex=${controls ? '0' : nothing}
      >
        <div class="dial">${this.renderCircle(v)}</div>
        ${this.renderTimes(v)}
      </div>
      ${controls ? this.renderControls(v) : this.renderViewControls()}
      <div class="columns">${this.renderGuide(v, audience)} ${this.renderLegend(v)}</div>
      ${v.status === 'ended' ? this.renderSummary(v) : nothing}
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing} ${this.renderAnnouncer()}
    </div>`;
  }

  private renderCircle(v: ClockView): TemplateResult {
    const total = v.meetingPlanned || 1;
    let from = 0;
    const over = v.partOverrun > 0 && v.status !== 'ended';
    const sectors = MEETING_PARTS.map((part, i) => {
      const share = v.planned[i]! / total;
      const start = from;
      from += share;
      if (share <= 0) return nothing;
      const state = v.status === 'idle' ? 'upcoming' : v.status === 'ended' || i < v.index ? 'done' : i === v.index ? 'current' : 'upcoming';
      const [lx, ly] = point(start + share / 2, R * 0.68);
      return svg`<path class="sector ${state} ${state === 'current' && over ? 'over' : ''}" d=${sectorPath(start, start + share, R)}></path>
        ${share >= 0.05 ? svg`<text class="sector-label ${state === 'current' ? 'current' : ''}" x=${lx.toFixed(1)} y=${ly.toFixed(1)}>${i + 1}</text>` : nothing}`;
    });
    const progress = v.status === 'idle' ? 0 : v.progress;
    return html`<svg part="circle" viewBox="0 0 ${SIZE} ${SIZE}" aria-hidden="true" focusable="false">
      ${sectors}
      <circle class="track" cx=${C} cy=${C} r=${RING}></circle>
      ${progress > 0 ? svg`<path class="progress ${v.meetingOverrun > 0 ? 'over' : ''}" d=${arcPath(progress, RING)}></path>` : nothing}
      <circle class="hub" cx=${C} cy=${C} r="30"></circle>
      <text class="hub-text" x=${C} y=${C}>${v.index + 1}/${MEETING_PARTS.length}</text>
    </svg>`;
  }

  private renderTimes(v: ClockView): TemplateResult {
    const over = v.partOverrun > 0 && v.status !== 'ended';
    const ended = v.status === 'ended';
    return html`<div class="times ${over ? 'over' : ''}" part="time">
      <p class="now">
        <span class="step">${ended ? msg('Mötet är slut', { id: 'meeting.ended' }) : msg(str`Del ${v.index + 1} av ${MEETING_PARTS.length}`, { id: 'meeting.step' })}${v.status === 'paused'
            ? html` · <strong>${msg('Pausat', { id: 'meeting.paused' })}</strong>`
            : v.status === 'idle'
              ? html` · ${msg('Inte startat', { id: 'meeting.notStarted' })}`
              : nothing}</span>
        <strong>${ended ? msg(str`${minutesOf(v.elapsed)} min`, { id: 'meeting.minutes' }) : partLabel(v.part)}</strong>
      </p>
      ${ended
        ? nothing
        : html`<p>
              <span class="big num">${over ? `+${formatClock(v.partRemaining, 'down')}` : formatClock(v.partRemaining)}</span>
              <span class="label">${over ? msg('över tiden för delen', { id: 'meeting.partOverLabel' }) : msg('kvar av delen', { id: 'meeting.partLeft' })}</span>
            </p>
            ${over ? html`<p class="over-cue"><span aria-hidden="true">⚠</span> ${msg('Delen har gått över tiden', { id: 'meeting.partOverCue' })}</p>` : nothing}`}
      <p class="meeting-left">
        ${v.meetingOverrun > 0
          ? html`<span class="label">${msg('Mötet är över tiden med', { id: 'meeting.meetingOver' })}</span>
              <span class="num">${formatClock(v.meetingRemaining, 'down')}</span>`
          : ended
            ? html`<span class="label">${msg('Planerat', { id: 'meeting.plannedLabel' })}</span> <span class="num">${minutesOf(v.meetingPlanned)} min</span>`
            : html`<span class="label">${msg('Kvar av mötet', { id: 'meeting.meetingLeft' })}</span> <span class="num">${formatClock(v.meetingRemaining)}</span>`}
      </p>
      ${this.renderEnds(v)}
    </div>`;
  }

  private renderEnds(v: ClockView): TemplateResult | typeof nothing {
    const ext = v.extendedTotal > 0 ? html`<p class="extended">${msg(str`Förlängt med ${minutesOf(v.extendedTotal)} min – mötet blir lika mycket längre, senare delar behåller sin tid.`, { id: 'meeting.extendedNote' })}</p>` : nothing;
    if (v.plannedEndAt === undefined || v.projectedEndAt === undefined) {
      return html`<p class="ends">${msg(str`Planerat: ${minutesOf(v.meetingPlanned)} min`, { id: 'meeting.plannedTotal' })}</p>`;
    }
    const late = Math.round((v.projectedEndAt - v.plannedEndAt) / 60000);
    const planned = clockTime(v.plannedEndAt);
    const projected = clockTime(v.projectedEndAt);
    if (v.status === 'ended') {
      return html`<p class="ends">${msg(str`Planerat slut ${planned} · slutade ${projected}`, { id: 'meeting.endedAt' })}</p>`;
    }
    return html`<p class="ends">
        ${late > 0
          ? msg(str`Planerat slut ${planned} · beräknat slut ${projected} (${late} min sent)`, { id: 'meeting.endsLate' })
          : late < 0
            ? msg(str`Planerat slut ${planned} · beräknat slut ${projected} (${-late} min tidigt)`, { id: 'meeting.endsEarly' })
            : msg(str`Planerat slut ${planned} · beräknat slut ${projected}`, { id: 'meeting.endsOnTime' })}
      </p>
      ${ext}`;
  }

  private renderControls(v: ClockView): TemplateResult {
    const { status } = v;
    const active = status === 'running' || status === 'paused';
    const last = v.index >= MEETING_PARTS.length - 1;
    const primary =
      status === 'idle'
        ? msg('Starta mötet', { id: 'meeting.start' })
        : status === 'running'
          ? msg('Pausa', { id: 'meeting.pause' })
          : msg('Fortsätt', { id: 'meeting.resume' });
    return html`<div class="controls" part="controls" role="group" aria-label=${msg('Styr mötet', { id: 'meeting.controls' })}>
        ${status === 'ended'
          ? nothing
          : html`<button id="toggle" class="primary" @click=${this.toggle}>${primary}</button>
        <button id="previous" ?disabled=${!active || v.index === 0} @click=${this.previous}>
          <span aria-hidden="true">←</span> ${msg('Föregående del', { id: 'meeting.previous' })}
        </button>
        <button id="next" ?disabled=${!active} @click=${this.next}>
          ${last ? msg('Avsluta mötet', { id: 'meeting.end' }) : html`${msg('Nästa del', { id: 'meeting.next' })} <span aria-hidden="true">→</span>`}
        </button>
        <button id="extend1" ?disabled=${!active} @click=${() => this.extend(1)}>
          +1 min<span class="visually-hidden"> – ${msg('förläng delen', { id: 'meeting.extendPart' })}</span>
        </button>
        <button id="extend5" ?disabled=${!active} @click=${() => this.extend(5)}>
          +5 min<span class="visually-hidden"> – ${msg('förläng delen', { id: 'meeting.extendPart' })}</span>
        </button>`}
        <button id="reset" ?disabled=${status === 'idle'} @click=${this.askReset}>${msg('Återställ', { id: 'meeting.reset' })}</button>
        <button id="sound" aria-pressed=${this.sound ? 'true' : 'false'} @click=${this.toggleSound}>${msg('Ljud vid övertid', { id: 'meeting.sound' })}</button>
        ${this.renderPresenterButton()}
      </div>
      ${this.confirmingReset
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">${msg('Nollställa mötet? Tiden hittills går förlorad.', { id: 'meeting.confirmReset' })}</p>
            <button id="reset-yes" @click=${this.reset}>${msg('Ja, återställ', { id: 'meeting.resetYes' })}</button>
            <button id="reset-no" class="primary" @click=${this.cancelReset}>${label.cancel()}</button>
          </div>`
        : nothing}
      <p id="shortcuts" class="shortcuts">
        ${msg('Kortkommandon när fokus är i mötescirkeln:', { id: 'meeting.shortcuts' })}
        <kbd>${msg('Mellanslag', { id: 'meeting.key.space' })}</kbd> ${msg('starta, pausa, fortsätt', { id: 'meeting.key.spaceDoes' })} ·
        <kbd>←</kbd> ${msg('föregående del', { id: 'meeting.key.left' })} · <kbd>→</kbd> ${msg('nästa del', { id: 'meeting.key.right' })}.
        ${msg('På sista delen avslutas mötet bara med knappen ”Avsluta mötet”.', { id: 'meeting.key.endNote' })}
      </p>`;
  }

  private renderViewControls(): TemplateResult {
    return html`<div class="controls" part="controls">${this.renderPresenterButton()}</div>`;
  }

  private renderPresenterButton(): TemplateResult {
    return html`<button id="presenter" aria-pressed=${this.presenter ? 'true' : 'false'} @click=${this.togglePresenter}>
      ${msg('Presentationsläge', { id: 'meeting.presenter' })}
    </button>`;
  }

  private askReset(): void {
    this.confirmingReset = true;
    this.focusAfterRender = '#reset-no';
    this.requestUpdate();
  }

  private cancelReset(): void {
    this.confirmingReset = false;
    this.focusAfterRender = '#reset';
    this.requestUpdate();
  }

  private renderLegend(v: ClockView): TemplateResult {
    return html`<section aria-labelledby="legend-heading">
      <h3 id="legend-heading">${msg('Mötets delar', { id: 'meeting.parts' })}</h3>
      <ol class="legend" part="legend">
        ${MEETING_PARTS.map((part, i) => {
          const state = v.status === 'idle' ? 'upcoming' : v.status === 'ended' || i < v.index ? 'done' : i === v.index ? 'current' : 'upcoming';
          const over = state === 'current' && v.partOverrun > 0;
          const planned = minutesOf(v.planned[i]!);
          const extended = minutesOf(v.extended[i]!);
          const spent = v.spent[i]!;
          const stateText =
            state === 'current'
              ? over
                ? msg('pågår, över tiden', { id: 'meeting.state.over' })
                : msg('pågår', { id: 'meeting.state.current' })
              : state === 'done'
                ? msg('klar', { id: 'meeting.state.done' })
                : '';
          return html`<li class="${state} ${over ? 'over' : ''}" aria-current=${state === 'current' ? 'step' : nothing}>
            <span>${i + 1}. ${partLabel(part)}</span>
            ${stateText ? html`<span class="visually-hidden">(${stateText})</span>` : nothing}
            <span class="mins"
              >${spent > 0 && v.status !== 'idle' ? `${formatClock(spent, 'down')} / ` : ''}${planned} min${extended > 0
                ? ` (${msg(str`varav +${extended} förlängt`, { id: 'meeting.extendedBy' })})`
                : ''}</span
            >
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderGuide(v: ClockView, audience: Audience): TemplateResult {
    const guide = guideModule?.partGuide(audience, v.part) ?? { tasks: [] };
    const chair = audience === 'chair';
    const heading = chair
      ? msg(str`Checklista för ordföranden: ${partLabel(v.part)}`, { id: 'meeting.guide.chair' })
      : msg(str`Din del nu: ${partLabel(v.part)}`, { id: 'meeting.guide.you' });
    return html`<section class="guide" part="guide" aria-labelledby="guide-heading">
      <h3 id="guide-heading">${heading}</h3>
      <ul>
        ${guide.tasks.map((t) => html`<li>${t}</li>`)}
      </ul>
      ${guide.question
        ? html`<p class="question"><span class="visually-hidden">${msg('Du får frågan:', { id: 'meeting.guide.asked' })} </span>${guide.question}</p>`
        : nothing}
    </section>`;
  }

  private renderSummary(v: ClockView): TemplateResult {
    const actual = actualMinutes(v);
    return html`<section part="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading" tabindex="-1">${msg('Tid per del', { id: 'meeting.summary' })}</h3>
      <table aria-labelledby="summary-heading">
        <thead>
          <tr>
            <th scope="col">${msg('Del', { id: 'meeting.col.part' })}</th>
            <th scope="col" class="n">${msg('Planerat (min)', { id: 'meeting.col.planned' })}</th>
            <th scope="col" class="n">${msg('Faktiskt (min)', { id: 'meeting.col.actual' })}</th>
          </tr>
        </thead>
        <tbody>
          ${MEETING_PARTS.map(
            (p, i) => html`<tr>
              <th scope="row">${partLabel(p)}</th>
              <td class="n">${minutesOf(v.planned[i]!)}</td>
              <td class="n">${actual[p]}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Hela mötet', { id: 'meeting.col.total' })}</th>
            <td class="n">${minutesOf(v.meetingPlanned)}</td>
            <td class="n">${minutesOf(v.elapsed)}</td>
          </tr>
        </tfoot>
      </table>
    </section>`;
  }
}


