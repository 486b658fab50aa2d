import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Meeting, MeetingPart } from '../../model/schema';
import { SipElement } from '../../shared/sip-element';
import { getLocale } from '../../shared/i18n';
import { adoptLateStyles, LazyPart, lazyModule } from '../../shared/lazy-part';
import { FocusController } from '../../shared/focus';
import { UndoController } from '../../shared/undo';
import {
  MEETING_PARTS,
  actualMinutes,
  clampDuration,
  createClock,
  end as endClock,
  extend as extendClock,
  goTo,
  minutesOf,
  next as nextPart,
  parseShares,
  plannedFromMinutes,
  plannedFromShares,
  previous as previousPart,
  replan,
  reset as resetClock,
  statusOf,
  toggle as toggleClock,
  view as clockView,
  type ClockView,
  type MeetingClockState,
} from './clock';
import { belongsTo, readMeetingState, usableTime, withOwner, type MeetingOwner, type OwnedMeetingState, type StateReading } from './state';
import { toAudience, type Audience } from './labels';
import type { RefusalReason } from './words';
import { TickerController } from './controllers/ticker';
import { WakeLockController } from './controllers/wake-lock';
import { ChimeController } from './controllers/chime';
import { PresenterController } from './controllers/presenter';
import { StoredStateController } from './controllers/stored-state';
import { SyncController } from './controllers/sync';
import { joinLink, type JoinCode } from './sync/join-code';
import type { SyncTransportFactory } from './sync/transport';
import type { MeetingActions, MeetingInfo, MeetingViewModel } from './types';
import { meetingCircleStyles } from './meeting-circle.styles';

export type { MeetingOwner, OwnedMeetingState } from './state';

type QrModule = typeof import('uqr');
let qrModule: Promise<QrModule> | undefined;

// The view and what each reader does per part (most of the element's text) load in their own
// chunk as soon as the first circle connects, so the timer's initial load stays small.
type MeetingPartModule = typeof import('./part');
const meetingPart = lazyModule<MeetingPartModule>(() => import('./part'));

/** `detail` of `sip-segment-change`: the part now current and the one before (null at the start). */
export interface SipSegmentChangeDetail {
  part: MeetingPart;
  previous: MeetingPart | null;
  /** 0-based position of `part` in the circle. */
  index: number;
  state: OwnedMeetingState;
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
  state: OwnedMeetingState;
}

/** `detail` of `sip-meeting-state`: the whole serializable timer state, after every change. */
export interface SipMeetingStateDetail {
  state: OwnedMeetingState;
}

declare module '../../shared/events' {
  interface SipEventMap {
    'sip-segment-change': SipSegmentChangeDetail;
    'sip-meeting-end': SipMeetingEndDetail;
    'sip-meeting-state': SipMeetingStateDetail;
  }
}

const TICK_MS = 250;

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

type SharesInput = Partial<Record<MeetingPart, number>>;

/**
 * The meeting circle (mötescirkel): a timer for a SIP meeting's five parts — opening, current
 * situation, needs, summary, closing — drawn as a circle with sectors sized by planned time.
 * The chair starts, pauses, moves between parts and extends the current part; every reader's
 * version shows what they do and are asked in the current part.
 *
 * Time is always computed from timestamps (see `clock.ts`), so it is right after a hidden tab,
 * sleep or reload. With a `plan` it reads the meeting's agenda and, once the meeting has ended
 * and the chair chooses "Save the time in the plan", writes the actual minutes back
 * (`sip-plan-change`); without one it runs from `duration` and `shares`.
 *
 * Ending is deliberate: "End the meeting" is its own button, away from "Next part", and asks
 * first (the kit's confirm dialog); on the last part "Next part" does nothing. An ended meeting
 * can be undone until its minutes are saved. A meeting whose minutes are already in the plan is
 * overwritten only after a second question.
 *
 * Every state names the plan and meeting it belongs to (`planId`, `meetingId`); a stored or given
 * state of another plan or meeting is never applied, and a circle given another plan mid-meeting
 * starts afresh for that plan. A stored or given state that is unreadable or out of bounds is
 * refused with a message and a way to start afresh.
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
 * @csspart alert - The invalid-plan message, and the message about a refused stored state.
 * @csspart button - Every button.
 * @csspart undo - The bar offering to undo the end (the kit's undo bar).
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
    follow: { type: Boolean, reflect: true },
    syncRoom: { type: String, attribute: 'sync-room' },
    syncToken: { type: String, attribute: 'sync-token' },
    syncUrl: { type: String, attribute: 'sync-url' },
    joinUrl: { type: String, attribute: 'join-url' },
    syncTransport: { attribute: false },
  };

  static override styles = meetingCircleStyles;

  /** Meeting length in minutes without a plan (30–180; default 60). */
  declare duration: number;
  /** Whose version to show: chair, staff, older, relative, adult, young, parent or other. */
  declare audience: Audience;
  /**
   * When set, the timer state is kept in `localStorage` under this key (restored on load and
   * followed across windows), with the plan and meeting it belongs to. Nothing is stored without it.
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
  /**
   * The clock, as epoch milliseconds (default `Date.now`); tests and stories inject their own.
   * Anything that is not a function, throws, or returns no usable time is ignored.
   */
  declare clock: (() => number) | undefined;
  /**
   * Participant view: follows the chair's clock (`sync-room` + `sync-token`) part by part, in
   * this reader's version (`audience`). Read-only; needs no plan and stores nothing.
   */
  declare follow: boolean;
  /** The shared meeting's id (random, no personal data; see `newMeetingJoinCode`). */
  declare syncRoom: string | undefined;
  /** The shared meeting's secret token: a follower with another token hears nothing. */
  declare syncToken: string | undefined;
  /**
   * A y-websocket server (ws:// or wss://) to share the clock with other devices. Yjs loads only
   * when this is set. Without it the clock is shared with this browser's other windows only.
   */
  declare syncUrl: string | undefined;
  /** The chair: the participant page's address; the chair shows it with the code as a link and QR code. */
  declare joinUrl: string | undefined;
  /** The host's own transport for other devices, instead of `sync-url` (see `SyncTransport`). */
  declare syncTransport: SyncTransportFactory | undefined;

  private readonly lazy = new LazyPart(this, meetingPart);
  private readonly focuser = new FocusController(this);
  private readonly endUndo = new UndoController<MeetingClockState>(this);
  // The ticker and the wake lock act through their host hooks alone (controllers register themselves).
  protected readonly ticker = new TickerController(this, { running: () => this.running, tick: () => this.tick(), interval: TICK_MS });
  protected readonly wakeLock = new WakeLockController(this, () => this.running);
  private readonly chimer = new ChimeController(this, () => this.sound);
  private readonly presenterMode = new PresenterController(this, {
    get: () => this.presenter,
    set: (on) => (this.presenter = on),
    exited: () => this.focuser.request('#presenter'),
  });
  private readonly stored = new StoredStateController(this, {
    key: () => (this.follow ? undefined : this.storageKey),
    owner: () => this.expectedOwner(),
    changed: (reading) => this.onStoredChange(reading),
  });
  private readonly sync = new SyncController(this, {
    room: () => this.syncRoom,
    token: () => this.syncToken,
    role: () => (this.follow ? 'follower' : 'chair'),
    url: () => this.syncUrl,
    factory: () => (typeof this.syncTransport === 'function' ? this.syncTransport : undefined),
    clock: () => this.clockState,
    now: () => this.deviceNow(),
    received: (clock) => this.takeFollowed(clock),
  });
  private stylesAdopted = false;
  /** The QR code of the join link once its module loaded: [link, modules]. */
  private qr: [string, boolean[][]] | undefined;

  private clockState: MeetingClockState = createClock(plannedFromShares(60));
  /** Whose meeting `clockState` is, once started (empty before the start and without a plan). */
  private owner: MeetingOwner = {};
  /** The owner key the state was last reconciled with (undefined until the plan is known). */
  private ownerKey: string | undefined;
  private storedKeyRead: string | undefined;
  /** A state the host gave while the plan was still being checked: applied once it is. */
  private pendingState: unknown;
  private stateFromOutside = false;
  private plannedKey: string | undefined;
  private shownKey = '';
  private overrunSaid = new Set<string>();
  /** The ended meeting's minutes are in the plan (nothing left to undo). */
  private saved = false;
  /** A message when writing to the plan failed. */
  private problem = '';
  /** The minutes being written (the operation loads on first use). */
  private saving: Promise<unknown> | undefined;
  /** A message when a stored or given state was refused. */
  /** Why a stored or given state was refused, if it was. */
  private stateRefusal: RefusalReason | undefined;

  constructor() {
    super();
    this.duration = 60;
    this.audience = 'chair';
    this.presenter = false;
    this.sound = false;
    this.follow = false;
    this.addEventListener('keydown', this.onKeydown);
  }

  // ─── the state, public ─────────────────────────────────────────────────

  /**
   * The timer's serializable state (the same as in `sip-meeting-state`), with the plan and
   * meeting it belongs to. Setting it adopts a stored or shared state of the meeting shown; a
   * state of another plan or meeting, or one that is unreadable or out of bounds, is not applied
   * (the latter with a message).
   */
  get state(): OwnedMeetingState {
    return this.stateCopy();
  }

  set state(value: MeetingClockState | string | undefined) {
    if (this.ownerPending) {
      this.pendingState = value;
      this.requestUpdate();
      return;
    }
    this.takeGiven(value);
  }

  /** The derived view now (status, part, time left, overrun…). */
  get view(): ClockView {
    return clockView(this.clockState, this.nowMs());
  }

  /** A copy, so a host changing what it got cannot change the running meeting. */
  private stateCopy(): OwnedMeetingState {
    return withOwner(this.clockState, this.owner);
  }

  /** No controls: `readonly`, or a participant following the chair. */
  private get viewOnly(): boolean {
    return this.readonly || this.follow;
  }

  private get running(): boolean {
    return statusOf(this.clockState) === 'running';
  }

  // ─── lifecycle ─────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.lazy.ensure();
    // Moved in the DOM: the ticker stopped on disconnect; the next update starts it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.ownerPending) {
      this.reconcileOwner();
      if (this.pendingState !== undefined) {
        const given = this.pendingState;
        this.pendingState = undefined;
        this.takeGiven(given);
      }
      if (this.storageKey && !this.follow && this.storageKey !== this.storedKeyRead) {
        this.storedKeyRead = this.storageKey;
        this.takeStored(this.stored.read());
      }
    }
    // The plan validates asynchronously, so compare what is planned rather than which inputs
    // changed. A started meeting restored from storage or set by the host keeps its own plan
    // until an input changes.
    // A follower runs on the chair's plan of the meeting, whatever it was given.
    if (this.follow) return;
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
          this.sync.publish();
        }
      }
    }
  }

  /** `updateComplete` also waits for minutes being saved (the base class waits for the view). */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.saving) await this.saving;
    return super.getUpdateComplete();
  }

  // ─── whose meeting ─────────────────────────────────────────────────────

  /** A plan is set but not checked yet: whose meeting is shown is not known. */
  private get ownerPending(): boolean {
    return this.plan !== undefined && this.plan !== null && !this.validPlan && !this.isInvalid;
  }

  /** The plan and meeting shown now: what a state must belong to. */
  private expectedOwner(): MeetingOwner {
    const plan = this.validPlan;
    if (!plan) return {};
    const owner: MeetingOwner = { planId: plan.id };
    const meeting = this.meeting;
    if (meeting) owner.meetingId = meeting.id;
    return owner;
  }

  /**
   * Another plan or meeting is shown than the one the clock ran for (the host gave the element
   * another plan, or another meeting id): that meeting's time must not land on this one, so the
   * circle starts afresh. Storage keeps the other meeting's state until this one starts.
   */
  private reconcileOwner(): void {
    const expected = this.expectedOwner();
    const key = JSON.stringify(expected);
    if (key === this.ownerKey) return;
    const first = this.ownerKey === undefined;
    this.ownerKey = key;
    if (statusOf(this.clockState) !== 'idle' && !belongsTo(this.owner, expected)) {
      this.clockState = resetClock(this.clockState);
      this.owner = {};
      this.afterReset();
    }
    // The stored state may be this meeting's: read it again for the meeting now shown.
    if (!first) this.storedKeyRead = undefined;
  }

  private afterReset(): void {
    this.overrunSaid.clear();
    this.endUndo.clear();
    this.saved = false;
    this.problem = '';
    this.stateFromOutside = false;
  }

  /** The plan's meeting this circle runs, if any. */
  private get meeting(): Meeting | undefined {
    const plan = this.validPlan;
    if (!plan) return undefined;
    const id = this.meetingId || (this.owner.planId === plan.id ? this.owner.meetingId : undefined);
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

  // ─── states from outside ───────────────────────────────────────────────

  private takeGiven(value: unknown): void {
    const reading = readMeetingState(value, this.expectedOwner());
    if (reading.ok) {
      this.stateRefusal = undefined;
      if (this.plannedKey === undefined) this.stateFromOutside = true;
      this.adopt(reading.state, reading.owner, false);
    } else if (reading.reason !== 'empty' && reading.reason !== 'other-meeting') {
      this.stateRefusal = reading.reason;
      this.requestUpdate();
    }
  }

  private takeStored(reading: StateReading): void {
    if (reading.ok) {
      this.clockState = reading.state;
      this.owner = reading.owner;
      this.stateFromOutside = true;
      this.stateRefusal = undefined;
      this.markOverrunsSeen();
    } else if (reading.reason !== 'empty' && reading.reason !== 'other-meeting') {
      this.stateRefusal = reading.reason;
    }
  }

  /** The chair's clock arrived: shown as it is (no plan or owner on a follower's side). */
  private takeFollowed(clock: unknown): void {
    if (!this.follow) return;
    const reading = readMeetingState(clock, {});
    if (reading.ok) this.adopt(reading.state, {}, false);
  }

  private onStoredChange(reading: StateReading | undefined): void {
    if (!reading) {
      this.adopt(resetClock(this.clockState), {}, false);
      return;
    }
    if (reading.ok) {
      this.stateRefusal = undefined;
      this.adopt(reading.state, reading.owner, false);
    } else if (reading.reason !== 'empty' && reading.reason !== 'other-meeting') {
      this.stateRefusal = reading.reason;
      this.requestUpdate();
    }
  }

  // ─── time ──────────────────────────────────────────────────────────────

  /**
   * The meeting's time. A follower runs on the chair's clock: its own plus the offset estimated
   * from the chair's send times, so a phone whose clock is wrong still shows the right time.
   */
  private nowMs(): number {
    return this.follow ? this.deviceNow() + this.sync.offset : this.deviceNow();
  }

  /** This device's clock: the host's `clock`, else `now`, else `Date.now()`. */
  private deviceNow(): number {
    const clock: unknown = this.clock;
    if (typeof clock === 'function') {
      try {
        const t = usableTime(clock());
        if (t !== undefined) return t;
      } catch {
        // A host clock that throws is ignored: the real clock keeps the meeting going.
      }
    }
    if (this.now) {
      const t = usableTime(Date.parse(this.now));
      if (t !== undefined) return t;
    }
    return Date.now();
  }

  protected override currentTime(): string {
    return new Date(this.nowMs()).toISOString();
  }

  /** Every tick recomputes the view from the clock; it re-renders only when what is shown changes. */
  private tick(): void {
    const v = this.view;
    this.watchOverrun(v);
    if (this.displayKey(v) !== this.shownKey) this.requestUpdate();
  }

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
      this.say((part) => part.overrunWords(undefined));
      this.chimer.play();
    } else if (v.partOverrun > 0 && !this.overrunSaid.has(v.part)) {
      this.overrunSaid.add(v.part);
      const over = v.part;
      this.say((part) => part.overrunWords(over));
      this.chimer.play();
    }
  }

  // ─── actions ───────────────────────────────────────────────────────────

  /** Starts, pauses or resumes. */
  toggle(): void {
    this.chimer.prime();
    this.act(toggleClock(this.clockState, this.nowMs()));
  }
  /** The next part. On the last part it does nothing: only `end()` ends the meeting. */
  next(): void {
    if (this.view.index >= MEETING_PARTS.length - 1) return;
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
  /**
   * Ends the meeting (no question; the End button asks first). It can be undone until the
   * minutes are saved with `saveMinutes()`.
   */
  end(): void {
    const before = this.clockState;
    const status = statusOf(before);
    if (this.viewOnly || (status !== 'running' && status !== 'paused')) return;
    this.act(endClock(before, this.nowMs()));
    this.endUndo.offer({ label: msg('Mötet är avslutat.', { id: 'meeting.endedUndo' }), data: before });
    this.focuser.request('#summary-heading');
  }
  /**
   * Writes the ended meeting's actual minutes to its meeting in the plan. A meeting that already
   * has minutes keeps them unless `overwrite` is true (the Save button asks first).
   */
  saveMinutes(overwrite = false): void {
    const v = this.view;
    const plan = this.validPlan;
    const meeting = this.meeting;
    if (v.status !== 'ended' || !plan || !meeting || this.viewOnly || this.saved) return;
    if (this.owner.planId !== plan.id || this.owner.meetingId !== meeting.id) {
      this.problem = msg('Tiden hör till ett annat möte och sparas inte i den här planen.', { id: 'meeting.otherMeeting' });
      this.requestUpdate();
      return;
    }
    const minutes = actualMinutes(v);
    // The operation (and the schemas it checks with) loads only when minutes are saved, so the
    // timer's initial load stays small.
    this.saving = import('../../model/operations/meetings').then(
      ({ recordMeetingMinutes }) => {
        const result = this.applyOperation((p, ctx) => recordMeetingMinutes(p, { type: 'recordMeetingMinutes', meetingId: meeting.id, minutes, overwrite }, ctx));
        this.problem = result && !result.ok ? result.error.message : '';
        if (result?.ok) {
          this.saved = true;
          this.endUndo.clear();
          this.announce(msg('Tiden per del är sparad i planen.', { id: 'meeting.saved' }));
        }
        this.requestUpdate();
      },
      () => {
        this.problem = msg('Tiden kunde inte sparas i planen just nu.', { id: 'meeting.saveFailed' });
        this.requestUpdate();
      },
    );
  }
  /** Forgets the meeting and shows the plan again (no confirmation; the button asks first). */
  reset(): void {
    this.stateRefusal = undefined;
    this.act(resetClock(this.clockState));
    this.afterReset();
    this.requestUpdate();
  }

  private act(next: MeetingClockState): void {
    if (this.viewOnly || next === this.clockState) return;
    const owner = statusOf(this.clockState) === 'idle' ? this.expectedOwner() : this.owner;
    this.adopt(next, owner, true);
  }

  /**
   * Makes `next` the state of `owner`'s meeting. Local changes are stored, told
   * (`sip-meeting-state`) and raise the part and end events; a state from outside (the host,
   * another window) is only shown and announced.
   */
  private adopt(next: MeetingClockState, owner: MeetingOwner, local: boolean): void {
    const now = this.nowMs();
    const before = clockView(this.clockState, now);
    this.clockState = next;
    const after = clockView(next, now);
    this.owner = after.status === 'idle' ? {} : owner;
    if (after.status === 'idle') this.afterReset();
    if (!local) this.markOverrunsSeen();
    if (local) this.saveAndTell();
    if (!this.follow) this.sync.publish();
    this.tellChange(before, after, local);
    this.requestUpdate();
  }

  private saveAndTell(): void {
    this.stored.write(this.clockState, this.owner);
    this.emit('sip-meeting-state', { state: this.stateCopy() });
  }

  private tellChange(before: ClockView, after: ClockView, local: boolean): void {
    const started = before.status === 'idle' && after.status !== 'idle';
    const ended = before.status !== 'ended' && after.status === 'ended';
    const partChanged = after.status !== 'idle' && !ended && (started || before.index !== after.index);
    if (local && partChanged) {
      this.emit('sip-segment-change', { part: after.part, previous: started ? null : before.part, index: after.index, state: this.stateCopy() });
    }
    if (ended && local) this.tellEnd(after);
    this.say((part) => part.changeWords(before, after, { started, ended, partChanged }, clockTime));
  }

  /**
   * Announces what `words` says. The words load with the view; a change before they are here
   * is said once they are.
   */
  private say(words: (part: MeetingPartModule) => string | undefined): void {
    const tell = (part: MeetingPartModule) => {
      const text = words(part);
      if (text) this.announce(text);
    };
    if (meetingPart.value) tell(meetingPart.value);
    else void meetingPart.load().then(tell, () => undefined);
  }

  /** The meeting ended here: tell the host (the minutes are saved when the chair says so). */
  private tellEnd(v: ClockView): void {
    const planned = Object.fromEntries(MEETING_PARTS.map((p, i) => [p, minutesOf(v.planned[i]!)])) as Record<MeetingPart, number>;
    const detail: SipMeetingEndDetail = { actualMinutes: actualMinutes(v), plannedMinutes: planned, elapsed: v.elapsed, overrun: v.meetingOverrun, state: this.stateCopy() };
    if (this.owner.meetingId) detail.meetingId = this.owner.meetingId;
    this.emit('sip-meeting-end', detail);
  }

  private readonly actions: MeetingActions = {
    toggle: () => this.toggle(),
    next: () => this.next(),
    previous: () => this.previous(),
    extend: (minutes) => this.extend(minutes),
    askEnd: () => this.openConfirm('end-confirm'),
    end: () => this.end(),
    undoEnd: () => {
      const entry = this.endUndo.take();
      if (!entry || this.saved || statusOf(this.clockState) !== 'ended') return;
      this.adopt(entry.data, this.owner, true);
      this.focuser.request('#end');
    },
    dismissUndo: () => this.endUndo.clear(),
    save: () => {
      if (this.meeting?.status === 'held') this.openConfirm('overwrite-confirm');
      else this.saveMinutes();
    },
    overwrite: () => this.saveMinutes(true),
    askReset: () => this.openConfirm('reset-confirm'),
    reset: () => {
      this.reset();
      this.focuser.request('#toggle');
    },
    discardState: () => {
      this.reset();
      this.stored.clear();
      this.focuser.request('#toggle');
    },
    toggleSound: () => {
      this.sound = !this.sound;
      this.chimer.prime();
    },
    togglePresenter: () => void this.presenterMode.toggle(),
  };

  /** The dialogs are in the view, so their code is loaded whenever a button can ask. */
  private openConfirm(id: string): void {
    this.lazy.value?.openConfirm(this.renderRoot, id);
  }

  // ─── keys ──────────────────────────────────────────────────────────────

  private onKeydown = (e: KeyboardEvent): void => {
    if (this.viewOnly || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const origin = e.composedPath()[0] as HTMLElement | undefined;
    const tag = origin?.localName ?? '';
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || tag === 'dialog' || origin?.isContentEditable || origin?.closest?.('dialog')) return;
    const status = statusOf(this.clockState);
    if (e.key === ' ' || e.key === 'Spacebar') {
      // On a button, Space presses that button.
      if (tag === 'button' || tag === 'a' || tag === 'summary') return;
      if (status === 'ended') return;
      e.preventDefault();
      this.toggle();
    } else if (e.key === 'ArrowRight') {
      if (status !== 'running' && status !== 'paused') return;
      e.preventDefault();
      this.next();
    } else if (e.key === 'ArrowLeft') {
      if (status !== 'running' && status !== 'paused') return;
      e.preventDefault();
      this.previous();
    }
  };

  // ─── rendering ─────────────────────────────────────────────────────────

  private viewModel(v: ClockView, part: MeetingPartModule): MeetingViewModel {
    const audience = toAudience(this.audience);
    const meeting = this.meeting;
    const plan = this.validPlan;
    const ended = v.status === 'ended';
    const ours = !!plan && !!meeting && this.owner.planId === plan.id && this.owner.meetingId === meeting.id;
    return {
      clock: v,
      lang: getLocale(),
      audience,
      guide: part.partGuide(audience, v.part),
      meetingStart: meeting?.start,
      planWithoutMeeting: !!plan && !meeting,
      mode: this.follow ? 'follow' : this.presenter ? 'room' : 'chair',
      info: this.follow ? undefined : this.meetingInfo(),
      roomPrompt: part.roomPrompt(v.part),
      sync: { active: this.sync.active, status: this.sync.status, heard: this.sync.heard, join: this.follow ? undefined : this.joinInfo() },
      controls: !this.viewOnly,
      sound: this.sound,
      presenter: this.presenter,
      undo: this.saved ? undefined : this.endUndo.entry,
      canSave: ended && ours && !this.saved && !this.viewOnly,
      alreadyHeld: meeting?.status === 'held',
      saved: ended && this.saved,
      problem: this.problem,
      stateProblem: this.stateRefusal ? part.refusalWords(this.stateRefusal) : '',
      clockTime,
    };
  }

  /** The meeting's purpose, questions and who takes part, from the plan (the chair's side only). */
  private meetingInfo(): MeetingInfo | undefined {
    const plan = this.validPlan;
    const meeting = this.meeting;
    if (!plan || !meeting) return undefined;
    const names = meeting.participants.flatMap((id) => {
      const entry = plan.network.find((n) => n.id === id);
      return entry ? [entry.name] : [];
    });
    const info: MeetingInfo = { questions: [...meeting.questions], participants: names, personAttends: meeting.personAttends === true };
    if (meeting.purpose) info.purpose = meeting.purpose;
    return info;
  }

  /** The join link and its QR code (the QR module loads the first time a link is shown). */
  private joinInfo(): { link: string; qr: boolean[][] | undefined } | undefined {
    const code: JoinCode | undefined = this.sync.active && this.syncRoom && this.syncToken ? { room: this.syncRoom, token: this.syncToken } : undefined;
    if (!code || !this.joinUrl) return undefined;
    let link: string;
    try {
      link = joinLink(new URL(this.joinUrl, document.baseURI).href, code);
    } catch {
      return undefined;
    }
    if (this.qr?.[0] !== link) {
      qrModule ??= import('uqr');
      void qrModule.then(
        ({ encode }) => {
          if (this.qr?.[0] === link) return;
          this.qr = [link, encode(link, { ecc: 'M', border: 2 }).data];
          this.requestUpdate();
        },
        () => undefined,
      );
    }
    return { link, qr: this.qr?.[0] === link ? this.qr[1] : undefined };
  }

  /** Adds the view's styles (and the kit's control styles) once its code is here. */
  private adoptViewStyles(part: MeetingPartModule): void {
    if (this.stylesAdopted) return;
    this.stylesAdopted = true;
    adoptLateStyles(this, [part.controlStyles, part.viewStyles]);
  }

  override render(): TemplateResult | typeof nothing {
    if (this.isInvalid) return this.renderInvalid();
    const v = this.view;
    this.shownKey = this.displayKey(v);
    return html`${this.lazy.render({
      ready: (part) => {
        this.adoptViewStyles(part);
        return part.view(this.viewModel(v, part), this.actions);
      },
    })}${this.renderAnnouncer()}`;
  }
}
