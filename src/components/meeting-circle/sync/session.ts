/**
 * A circle's part in a shared meeting, loaded only when the circle has a complete join code
 * (`sync-room` + `sync-token`): the chair publishes its clock after every change, a follower
 * reads what arrives. One transport carries it: the host's own `SyncTransport`, else Yjs over a
 * y-websocket server (`url`, loaded on demand), else `BroadcastChannel` (this browser's other
 * windows). The controller (`controllers/sync.ts`) stays in the initial load and opens this.
 */
import { statusOf, type MeetingClockState } from '../clock';
import { HEARTBEAT_MS, addOffsetSample, clockMessage, clockOffset, readClockMessage } from './protocol';
import { broadcastTransport, type SyncRole, type SyncStatus, type SyncTransport, type SyncTransportFactory } from './transport';

export interface SessionOptions {
  channel: string;
  role: SyncRole;
  /** The host's own transport for other devices (takes the place of `url`). */
  factory: SyncTransportFactory | undefined;
  /** A y-websocket server's address: Yjs is loaded only when this is set. */
  url: string | undefined;
  /** Chair: the clock to publish. */
  clock: () => MeetingClockState;
  /** This device's clock (epoch ms). */
  now: () => number;
  /** Follower: a clock arrived (unchecked; the element reads it like any state from outside). */
  received: (clock: unknown) => void;
  /** The status changed: the host re-renders. */
  changed: () => void;
}

export interface SyncSession {
  /** Whether the transport reaches the others now. */
  readonly status: SyncStatus;
  /** A clock has arrived since the session opened. */
  readonly heard: boolean;
  /** Follower: how far the chair's clock is ahead of this device's (ms), from the send times. */
  readonly offset: number;
  /** Chair: tell the followers the clock now. */
  publish(): void;
  /** Leaves the channel; nothing is called after this. */
  close(): void;
}

type YjsModule = typeof import('./yjs');
let yjs: Promise<YjsModule> | undefined;
function loadYjs(): Promise<YjsModule> {
  yjs ??= import('./yjs');
  return yjs;
}

export function openSession(o: SessionOptions): SyncSession {
  let status: SyncStatus = 'connecting';
  let heard = false;
  let closed = false;
  let samples: number[] = [];
  let transport: SyncTransport | undefined;
  const setStatus = (s: SyncStatus) => {
    if (s === status || closed) return;
    status = s;
    o.changed();
  };
  const publish = () => transport?.publish(clockMessage(o.clock(), o.now()));
  const onMessage = (m: string) => {
    const message = readClockMessage(m);
    // One transport delivers in order, so the latest message is the chair's clock now.
    if (!message || closed) return;
    heard = true;
    samples = addOffsetSample(samples, message.sentAt, o.now());
    o.received(message.clock);
  };
  const attach = (t: SyncTransport) => {
    transport = t;
    t.onStatus(setStatus);
    if (o.role === 'chair') publish();
    else t.subscribe(onMessage);
  };
  // The chair sends its clock again now and then while time is moving, so a follower always has
  // fresh send times to set its own clock by (a device clock may be minutes off).
  const heartbeat =
    o.role === 'chair'
      ? setInterval(() => {
          const status = statusOf(o.clock());
          if (status === 'running' || status === 'paused') publish();
        }, HEARTBEAT_MS)
      : undefined;
  const { url, channel, role } = o;
  // One transport: the host's own, else Yjs over the y-websocket server, else this browser only.
  const make: SyncTransportFactory = o.factory ?? (url ? (x) => loadYjs().then((y) => y.websocketTransport(url)(x)) : broadcastTransport);
  Promise.resolve()
    .then(() => make({ channel, role }))
    .then(
      (t) => (closed ? t.close() : attach(t)),
      () => setStatus('disconnected'),
    );
  return {
    get status() {
      return status;
    },
    get heard() {
      return heard;
    },
    get offset() {
      return clockOffset(samples);
    },
    publish() {
      if (o.role === 'chair') publish();
    },
    close() {
      closed = true;
      clearInterval(heartbeat);
      transport?.close();
      transport = undefined;
    },
  };
}
