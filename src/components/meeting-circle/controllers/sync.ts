import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MeetingClockState } from '../clock';
import { awaitWork, lazyModule, type AwaitsWork } from '../../../shared/lazy-part';
import { channelName } from '../sync/join-code';
import type { SyncRole, SyncStatus, SyncTransportFactory } from '../sync/transport';
import type { SyncSession } from '../sync/session';

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
  /** This device's own clock (not corrected by the offset). */
  now: () => number;
  /** Follower: a clock arrived (unchecked; the element reads it like any state from outside). */
  received: (clock: unknown) => void;
}

// The messages and transports load only for a circle with a complete join code, so an ordinary
// chair's circle does not download them.
const sessionModule = lazyModule(() => import('../sync/session'));

/**
 * The meeting's clock shared with every participant (see `sync/session.ts`). Nothing loads or
 * runs without a complete join code (room and token).
 */
export class SyncController implements ReactiveController {
  private key = '';
  private session: SyncSession | undefined;
  /** The session module could not load for the current key. */
  private failed = false;
  private generation = 0;

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
    if (!this.active || this.failed) return 'disconnected';
    return this.session?.status ?? 'connecting';
  }

  /**
   * Follower: how far the chair's clock is ahead of this device's (ms), estimated from the send
   * times of its messages; 0 until there are enough of them.
   */
  get offset(): number {
    return this.session?.offset ?? 0;
  }

  /** A clock has arrived since the channel was opened. */
  get heard(): boolean {
    return this.session?.heard ?? false;
  }

  hostUpdate(): void {
    const channel = channelName(this.o.room(), this.o.token());
    const factory = this.o.factory();
    const url = this.o.url();
    const key = channel ? `${channel}|${this.o.role()}|${url ?? ''}|${factory ? 'host' : ''}` : '';
    if (key === this.key) return;
    this.close();
    this.key = key;
    if (channel) this.open(channel, this.o.role(), factory, url);
  }

  hostDisconnected(): void {
    this.close();
    this.key = '';
  }

  /** Chair: tell the followers the clock now. */
  publish(): void {
    this.session?.publish();
  }

  private open(channel: string, role: SyncRole, factory: SyncTransportFactory | undefined, url: string | undefined): void {
    const generation = ++this.generation;
    const opened = sessionModule.load().then(
      ({ openSession }) => {
        if (generation !== this.generation) return;
        const o = this.o;
        this.session = openSession({ channel, role, factory, url, clock: o.clock, now: o.now, received: o.received, changed: () => this.host.requestUpdate() });
        this.host.requestUpdate();
      },
      () => {
        if (generation !== this.generation) return;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
    (this.host as Partial<AwaitsWork>)[awaitWork]?.(opened);
  }

  private close(): void {
    this.generation++;
    this.session?.close();
    this.session = undefined;
    this.failed = false;
  }
}
