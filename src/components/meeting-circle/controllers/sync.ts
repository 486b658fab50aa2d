import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MeetingClockState } from '../clock';
import { channelName, clockMessage, readClockMessage } from '../sync/protocol';
import { broadcastTransport, type SyncRole, type SyncStatus, type SyncTransport, type SyncTransportFactory } from '../sync/transport';

/** What the host element tells the controller. */
export interface SyncOptions {
  room: () => string | undefined;
  token: () => string | undefined;
  role: () => SyncRole;
  /** A y-websocket server's address: Yjs is loaded only when this is set. */
  url: () => string | undefined;
  /** The host's own transport for other devices (takes the place of `url`). */
  factory: () => SyncTransportFactory | undefined;
  /** Chair: the clock to publish. */
  clock: () => MeetingClockState;
  now: () => number;
  /** Follower: a clock arrived (unchecked; the element reads it like any state from outside). */
  received: (clock: unknown) => void;
}

type YjsModule = typeof import('../sync/yjs');

/**
 * The meeting's clock shared with every participant: the chair publishes its clock state after
 * every change, followers apply it. One transport carries it: the host's own `SyncTransport`,
 * else Yjs over a y-websocket server (`url`, loaded on demand), else `BroadcastChannel` (this
 * browser's other windows). Nothing runs without a complete join code (room and token).
 */
export class SyncController implements ReactiveController {
  private key = '';
  private transports: SyncTransport[] = [];
  /** Whether the transport reaches the others now. */
  private remote: SyncStatus = 'disconnected';
  private generation = 0;
  /** A clock has arrived since the channel was opened. */
  heard = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: SyncOptions,
  ) {
    host.addController(this);
  }

  /** Whether the circle is in a shared meeting at all. */
  get active(): boolean {
    return this.key !== '';
  }

  /** Connected to where the others are. */
  get status(): SyncStatus {
    return this.remote;
  }

  hostUpdate(): void {
    const channel = channelName(this.o.room(), this.o.token());
    const factory = this.o.factory();
    const url = this.o.url();
    const key = channel ? `${channel}|${this.o.role()}|${url ?? ''}|${factory ? 'host' : ''}` : '';
    if (key === this.key) return;
    this.close();
    this.key = key;
    if (!channel) return;
    this.open(channel, this.o.role(), factory, url);
  }

  hostDisconnected(): void {
    this.close();
    this.key = '';
  }

  /** Chair: tell the followers the clock now. */
  publish(): void {
    if (!this.active || this.o.role() !== 'chair') return;
    const message = clockMessage(this.o.clock(), this.o.now());
    for (const t of this.transports) t.publish(message);
  }

  private open(channel: string, role: SyncRole, factory: SyncTransportFactory | undefined, url: string | undefined): void {
    const generation = ++this.generation;
    this.heard = false;
    // One transport: the host's own, else Yjs over the y-websocket server, else this browser only.
    const make: SyncTransportFactory = factory ?? (url ? (o) => loadYjs().then((y) => y.websocketTransport(url)(o)) : broadcastTransport);
    this.remote = 'connecting';
    Promise.resolve()
      .then(() => make({ channel, role }))
      .then(
        (t) => {
          if (generation !== this.generation) return t.close();
          this.attach(t, role);
        },
        () => {
          if (generation === this.generation) this.setStatus('disconnected');
        },
      );
  }

  private attach(t: SyncTransport, role: SyncRole): void {
    this.transports.push(t);
    t.onStatus((s) => this.setStatus(s));
    if (role === 'chair') {
      t.publish(clockMessage(this.o.clock(), this.o.now()));
    } else {
      t.subscribe((m) => this.onMessage(m));
    }
  }

  private setStatus(s: SyncStatus): void {
    if (s === this.remote) return;
    this.remote = s;
    this.host.requestUpdate();
  }

  private onMessage(m: string): void {
    const message = readClockMessage(m);
    // One transport delivers in order, so the latest message is the chair's clock now.
    if (!message) return;
    this.heard = true;
    this.o.received(message.clock);
  }

  private close(): void {
    this.generation++;
    for (const t of this.transports) t.close();
    this.transports = [];
    this.remote = 'disconnected';
  }
}

let yjs: Promise<YjsModule> | undefined;
function loadYjs(): Promise<YjsModule> {
  yjs ??= import('../sync/yjs');
  return yjs;
}
