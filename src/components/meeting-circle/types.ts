/**
 * The circle's types: the contract between the element and its lazily loaded view. Type-only
 * (no runtime code), so a view never imports the element, and a renamed field or action fails
 * the typecheck. A room view or a participant view is another `MeetingCircleView` over the same
 * view model and actions.
 */
import type { TemplateResult } from 'lit';
import type { UndoEntry } from '../../shared/undo';
import type { ClockView, MeetingClockState } from './clock';
import type { PartGuide } from './guide';
import type { Audience } from './labels';
import type { SyncStatus } from './sync/transport';

/** What the room sees of the plan's meeting: no more than the chair reads out anyway. */
export interface MeetingInfo {
  purpose?: string;
  questions: string[];
  /** Names of the network entries invited to take part. */
  participants: string[];
  /** The person takes part. */
  personAttends: boolean;
}

/** The shared meeting, as this circle is part of it. */
export interface MeetingSync {
  /** A complete join code is set: the clock is shared. */
  active: boolean;
  /** Whether the other devices are reached now. */
  status: SyncStatus;
  /** A follower has received the chair's clock. */
  heard: boolean;
  /** The chair: the participants' link and its QR code (modules, once loaded). */
  join: { link: string; qr: boolean[][] | undefined } | undefined;
}

/** What the undo bar offers after the meeting was ended here: the state before the end. */
export type EndUndo = UndoEntry<MeetingClockState>;

/** Everything the view shows, read-only. Built by the element on every render. */
export interface MeetingViewModel {
  /** The clock now (status, part, time left…). */
  clock: ClockView;
  /** The active language (what text that does not tick is rendered in). */
  lang: string;
  audience: Audience;
  /** What the reader does in the current part. */
  guide: PartGuide;
  /** The plan's meeting being run: its start (ISO), when there is one. */
  meetingStart: string | undefined;
  /** A plan is shown, but it has no meeting to run. */
  planWithoutMeeting: boolean;
  /** The chair's circle, the room view (presenter) or a participant following the chair. */
  mode: 'chair' | 'room' | 'follow';
  /** The plan's meeting: purpose, questions, participants (not on a follower's side). */
  info: MeetingInfo | undefined;
  /** The current part's prompt for everyone in the room. */
  roomPrompt: string;
  sync: MeetingSync;
  /** Controls are shown (not read-only). */
  controls: boolean;
  sound: boolean;
  presenter: boolean;
  /** The end can still be undone (the minutes are not saved). */
  undo: EndUndo | undefined;
  /** The ended meeting's minutes can be written to the plan (a plan's meeting, not yet saved). */
  canSave: boolean;
  /** The meeting already has minutes in the plan: saving asks before overwriting them. */
  alreadyHeld: boolean;
  /** The minutes of this meeting were saved in the plan. */
  saved: boolean;
  /** Writing to the plan failed: the message ('' when none). */
  problem: string;
  /** A stored or given state was refused: the message ('' when none). */
  stateProblem: string;
  /** Clock time (e.g. 10:05) in the active language. */
  clockTime: (ms: number) => string;
}

/** One method per thing the chair can do. */
export interface MeetingActions {
  toggle(): void;
  next(): void;
  previous(): void;
  extend(minutes: number): void;
  /** Opens the "end the meeting?" dialog. */
  askEnd(): void;
  /** Ends the meeting (the dialog's confirm). */
  end(): void;
  undoEnd(): void;
  dismissUndo(): void;
  /** Writes the minutes to the plan (asks first when the meeting already has minutes). */
  save(): void;
  /** Writes the minutes over those already in the plan (the overwrite dialog's confirm). */
  overwrite(): void;
  askReset(): void;
  reset(): void;
  /** Forgets a refused stored state and starts afresh. */
  discardState(): void;
  toggleSound(): void;
  togglePresenter(): void;
}

export type MeetingCircleView = (vm: Readonly<MeetingViewModel>, actions: MeetingActions) => TemplateResult;
