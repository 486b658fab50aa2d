/**
 * The small interface a sync engine plugs in behind (`SyncTransport`), and the same-browser one
 * on `BroadcastChannel`. A transport carries opaque strings (the clock messages of
 * `protocol.ts`); it keeps the latest one so a follower that joins late or reconnects gets it.
 */

/** Whether a transport reaches the others now. */
export type SyncStatus = 'connecting' | 'connected' | 'disconnected';

/** Who is on this end: the chair publishes, a follower listens. */
export type SyncRole = 'chair' | 'follower';

export interface SyncTransport {
  /** Chair: makes `message` the meeting's latest clock, for the followers now and those who join later. */
  publish(message: string): void;
  /** Follower: `listener` gets the latest clock as soon as it is known, and every later one. */
  subscribe(listener: (message: string) => void): void;
  /** `listener` gets the connection status now and on every change. */
  onStatus(listener: (status: SyncStatus) => void): void;
  /** Leaves the channel; nothing is called after this. */
  close(): void;
}

/** What a host gives to plug in its own transport. `channel` names the meeting (id + token). */
export type SyncTransportFactory = (options: { channel: string; role: SyncRole }) => SyncTransport | Promise<SyncTransport>;

type Wire = { t: 'clock'; m: string } | { t: 'ask' };

/**
 * Same browser: a `BroadcastChannel` (other tabs and windows of the same origin). It has no
 * memory, so a follower asks on joining and the chair answers with its latest clock.
 */
export function broadcastTransport({ channel, role }: { channel: string; role: SyncRole }): SyncTransport {
  const bc = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channel) : undefined;
  let latest: string | undefined;
  let listener: ((message: string) => void) | undefined;
  const post = (wire: Wire) => {
    try {
      bc?.postMessage(wire);
    } catch {
      // A closed channel: nothing to tell.
    }
  };
  if (bc) {
    bc.onmessage = (e: MessageEvent<Wire>) => {
      const wire = e.data;
      if (!wire || typeof wire !== 'object') return;
      if (wire.t === 'ask' && role === 'chair' && latest !== undefined) post({ t: 'clock', m: latest });
      else if (wire.t === 'clock' && role === 'follower' && typeof wire.m === 'string') listener?.(wire.m);
    };
  }
  return {
    publish(message) {
      latest = message;
      post({ t: 'clock', m: message });
    },
    subscribe(l) {
      listener = l;
      post({ t: 'ask' });
    },
    onStatus(l) {
      l(bc ? 'connected' : 'disconnected');
    },
    close() {
      listener = undefined;
      bc?.close();
    },
  };
}
