import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/meeting-circle/index';
import {
  createClock,
  end,
  extend,
  next,
  pause,
  plannedFromShares,
  start,
  type MeetingClockState,
} from '../src/components/meeting-circle/clock';
import type { MeetingPart } from '../src/model';
import type { SyncTransportFactory } from '../src/components/meeting-circle/index';
import { clockMessage } from '../src/components/meeting-circle/sync/protocol';
import type { SipPlan } from '../src/model';
import { EXAMPLE_NOW, examplePlans } from '../src/model/examples';

type Audience = 'chair' | 'staff' | 'older' | 'relative' | 'adult' | 'young' | 'parent' | 'other';

interface Args {
  duration: number;
  audience: Audience;
  presenter: boolean;
  readonly: boolean;
  sound: boolean;
  shares: Partial<Record<MeetingPart, number>> | undefined;
  plan: SipPlan | Record<string, unknown> | undefined;
  meetingId: string;
  /** The timer state (built with the pure functions in clock.ts). */
  state: MeetingClockState | undefined;
  /** The fixed "now" of the injected clock, epoch ms: the story is the same every time. */
  at: number;
  user: string;
}

const M = 60_000;
/** Stories start their meetings at the examples' "now". */
const T0 = Date.parse(EXAMPLE_NOW);

/**
 * A meeting of `minutes` that started at T0 and moved on to the next part after each of
 * `parts` minutes (e.g. [6, 9] means: opening took 6, situation 9, and needs is current).
 */
function meeting(minutes: number, parts: number[] = []): MeetingClockState {
  let state = start(createClock(plannedFromShares(minutes)), T0);
  let t = T0;
  for (const p of parts) {
    t += p * M;
    state = next(state, t);
  }
  return state;
}

const narrow = (story: () => unknown) => html`<div style="max-width: 320px">${story()}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Meeting circle',
  component: 'sip-meeting-circle',
  render: (args) =>
    html`<sip-meeting-circle
      duration=${args.duration}
      audience=${args.audience}
      ?presenter=${args.presenter}
      ?readonly=${args.readonly}
      ?sound=${args.sound}
      .shares=${args.shares}
      .plan=${args.plan}
      meeting-id=${args.meetingId || undefined}
      .clock=${() => args.at}
      .state=${args.state}
      user=${args.user}
    ></sip-meeting-circle>`,
  args: {
    duration: 60,
    audience: 'chair',
    presenter: false,
    readonly: false,
    sound: false,
    shares: undefined,
    plan: undefined,
    meetingId: '',
    state: undefined,
    at: T0,
    user: 'Sofia Berg, biståndshandläggare',
  },
  argTypes: {
    duration: { control: { type: 'number', min: 30, max: 180, step: 5 } },
    audience: { control: 'select', options: ['chair', 'staff', 'older', 'relative', 'adult', 'young', 'parent', 'other'] },
    at: { control: 'number' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The mötescirkel timer. States are set through `state` (built with the pure functions of `clock.ts`) and a fixed `clock`, so every story looks the same each time. Keyboard: Space starts, pauses and resumes when focus is on the circle; ← / → go to the previous / next part.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const NotStarted: Story = {};

export const RunningOpening: Story = { args: { state: meeting(60), at: T0 + 3 * M + 12_000 } };
export const RunningSituation: Story = { args: { state: meeting(60, [6]), at: T0 + 10 * M } };
export const RunningNeeds: Story = { args: { state: meeting(60, [6, 9]), at: T0 + 31 * M + 40_000 } };
export const RunningSummary: Story = { args: { state: meeting(60, [6, 9, 30]), at: T0 + 50 * M } };
export const RunningClosing: Story = { args: { state: meeting(60, [6, 9, 30, 9]), at: T0 + 57 * M } };

export const Paused: Story = { args: { state: pause(meeting(60, [6, 9]), T0 + 20 * M), at: T0 + 26 * M } };

/** The current part is over its time: red sector, "+m:ss", and one announcement when it happened. */
export const Overrun: Story = { args: { state: meeting(60, [8]), at: T0 + 19 * M + 30_000 } };

/** The whole meeting is past its planned length. */
export const MeetingOverrun: Story = { args: { state: meeting(60, [6, 9, 30, 9]), at: T0 + 64 * M } };

/** +5 then +1 on the needs part: the meeting gets 6 minutes longer; the new end is shown. */
export const Extended: Story = {
  args: { state: extend(extend(meeting(60, [6, 9]), 5, T0 + 40 * M), 1, T0 + 43 * M), at: T0 + 44 * M },
};

export const Finished: Story = { args: { state: end(meeting(60, [7, 10, 32, 8]), T0 + 63 * M), at: T0 + 70 * M } };

const needsNow = { state: meeting(60, [6, 9]), at: T0 + 25 * M };
export const Chair: Story = { args: { ...needsNow, audience: 'chair' } };
export const Staff: Story = { args: { ...needsNow, audience: 'staff' } };
export const OlderPerson: Story = { args: { ...needsNow, audience: 'older' } };
export const Relative: Story = { args: { ...needsNow, audience: 'relative' } };
export const Adult: Story = { args: { ...needsNow, audience: 'adult' } };
export const YoungPerson: Story = { args: { ...needsNow, audience: 'young' } };
export const Parent: Story = { args: { ...needsNow, audience: 'parent' } };
export const Other: Story = { args: { ...needsNow, audience: 'other' } };

/** The large layout for a shared screen (the button also asks for full screen and keeps the screen awake). */
export const Presenter: Story = { args: { state: meeting(60, [6, 9]), at: T0 + 31 * M, presenter: true, audience: 'adult' } };

export const Minutes60: Story = { args: { duration: 60 } };
export const Minutes90: Story = { args: { duration: 90, state: meeting(90, [9]), at: T0 + 15 * M } };
export const Minutes120: Story = { args: { duration: 120, state: meeting(120, [12, 18]), at: T0 + 50 * M } };

/** Shares set per part: here a short meeting that gives the needs part less and the summary more. */
export const CustomShares: Story = { args: { duration: 45, shares: { opening: 10, situation: 20, needs: 40, summary: 20, closing: 10 } } };

export const English: Story = { args: { state: meeting(60, [6, 9]), at: T0 + 31 * M }, globals: { locale: 'en' } };
export const EnglishFinished: Story = { args: { state: end(meeting(60, [7, 10, 32, 8]), T0 + 63 * M), at: T0 + 70 * M }, globals: { locale: 'en' } };

export const Narrow: Story = { args: { state: meeting(60, [6, 9]), at: T0 + 31 * M }, decorators: [narrow] };
export const NarrowEnglish: Story = { args: { state: meeting(60, [8]), at: T0 + 19 * M }, decorators: [narrow], globals: { locale: 'en' } };

/** View only: follows the state (e.g. from another window via `storage-key`), cannot control it. */
export const ReadOnly: Story = { args: { state: meeting(60, [6, 9]), at: T0 + 31 * M, readonly: true, audience: 'relative' } };

/** With a plan: the planned minutes come from the meeting's agenda; the end writes the actual minutes back. */
export const WithPlan: Story = { args: { plan: examplePlans.elderly, state: undefined } };
export const WithPlanRunning: Story = { args: { plan: examplePlans.child, meetingId: 'meeting-1', audience: 'parent', state: meeting(60, [8, 12]), at: T0 + 30 * M } };

export const InvalidPlan: Story = { args: { plan: { id: 42, meetings: 'nope' } } };

/**
 * Reduced motion: the only motion is a short fade of a sector's colour when the part changes,
 * and it is off under `prefers-reduced-motion: reduce`. Nothing blinks or pulses in any mode;
 * time changes once a second as text. Set "reduce motion" in the OS to see the same story.
 */
export const ReducedMotion: Story = {
  args: { state: meeting(60, [8]), at: T0 + 19 * M },
  parameters: { docs: { description: { story: 'No animation to turn off beyond a 0.3 s colour fade, which `prefers-reduced-motion: reduce` removes.' } } },
};

/** Forced colours: sectors are outlined in CanvasText, the current part uses Highlight. */
export const ForcedColours: Story = {
  args: { state: meeting(60, [6, 9]), at: T0 + 31 * M },
  parameters: { docs: { description: { story: 'Emulate `forced-colors: active` in the browser devtools to check.' } } },
};

const elderlyMeeting = (parts: number[]) => ({ ...meeting(90, parts), planId: examplePlans.elderly.id, meetingId: 'meeting-1' });

/**
 * The room view (presenter mode) for the wall screen: the circle large with the part names on it,
 * the time left, the part's prompt for everyone, the meeting's purpose, questions and
 * participants, and the participants' join link and QR code. Controls sit in a slim bar.
 */
export const RoomView: Story = {
  render: (args) => html`<sip-meeting-circle
    presenter
    .plan=${examplePlans.elderly}
    meeting-id="meeting-1"
    .clock=${() => args.at}
    .state=${args.state}
    sync-room="story-room"
    sync-token="story-token-1234"
    join-url="https://sip.example/follow.html"
  ></sip-meeting-circle>`,
  args: { state: elderlyMeeting([10, 15]), at: T0 + 40 * M },
  parameters: { layout: 'fullscreen' },
};

export const RoomViewEnglish: Story = { ...RoomView, globals: { locale: 'en' } };

/**
 * The participant view on a phone: `follow` with the chair's join code, in the reader's own
 * version. Here a story transport (`syncTransport`, the host's plug-in point) hands over the
 * chair's clock; in a meeting it comes from the chair's device through `sync-url` (a y-websocket
 * server) or, in the same browser, a BroadcastChannel.
 */
const chairClock =
  (state: MeetingClockState | undefined, at: number): SyncTransportFactory =>
  () => ({
    publish: () => undefined,
    subscribe: (listener) => state && listener(clockMessage(state, at)),
    onStatus: (listener) => listener('connected'),
    close: () => undefined,
  });
const participant = (audience: Audience) => (args: Args) =>
  html`<div style="max-width: 360px">
    <sip-meeting-circle follow audience=${audience} sync-room="story-room" sync-token="story-token-1234" .clock=${() => args.at} .syncTransport=${chairClock(args.state, args.at)}></sip-meeting-circle>
  </div>`;

export const ParticipantYoungPerson: Story = { render: participant('young'), args: { state: meeting(60, [6, 9]), at: T0 + 31 * M } };
export const ParticipantParent: Story = { render: participant('parent'), args: { state: meeting(60, [6, 9]), at: T0 + 31 * M } };
export const ParticipantParentEnglish: Story = { ...ParticipantParent, globals: { locale: 'en' } };

/** A participant with a wrong or missing code never gets the clock: it shows nothing of the meeting, only that it waits. */
export const ParticipantWrongToken: Story = { render: participant('adult'), args: { state: undefined, at: T0 + 31 * M } };
