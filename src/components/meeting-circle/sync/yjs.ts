/**
 * Across devices: the clock in a Yjs shared document (a `Y.Map` with one entry, the latest clock
 * message). Loaded only when a circle is given a sync server (`sync-url`), so Yjs is not in the
 * element's initial load. `docTransport` works over any `Y.Doc` a host keeps in sync its own way;
 * `websocketTransport` connects one through y-websocket's provider to the standard y-websocket
 * server (the document's name is the channel: meeting id and token).
 *
 * Yjs merges what the chair changed while offline once it reconnects, and hands a follower the
 * whole document on (re)connecting, so a late or woken follower catches up at once.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { SyncRole, SyncStatus, SyncTransport, SyncTransportFactory } from './transport';

const KEY = 'clock';

/**
 * A transport over `doc`. `status` reports the connection (a doc kept in memory is connected).
 * `onClose` releases what carries the doc.
 */
export function docTransport(
  doc: Y.Doc,
  role: SyncRole,
  status: (listener: (s: SyncStatus) => void) => void = (l) => l('connected'),
  onClose: () => void = () => undefined,
): SyncTransport {
  const map = doc.getMap<string>('meeting');
  let observer: (() => void) | undefined;
  return {
    publish(message) {
      if (role === 'chair' && map.get(KEY) !== message) map.set(KEY, message);
    },
    subscribe(listener) {
      const tell = () => {
        const m = map.get(KEY);
        if (typeof m === 'string') listener(m);
      };
      observer = tell;
      map.observe(tell);
      tell();
    },
    onStatus: status,
    close() {
      if (observer) map.unobserve(observer);
      observer = undefined;
      onClose();
    },
  };
}

/** A factory for circles that sync through the y-websocket server at `url` (ws:// or wss://). */
export function websocketTransport(url: string): SyncTransportFactory {
  return ({ channel, role }) => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(url, channel, doc);
    return docTransport(
      doc,
      role,
      (listener) => {
        listener(provider.wsconnected ? 'connected' : 'connecting');
        provider.on('status', (e: { status: SyncStatus }) => listener(e.status));
      },
      () => {
        provider.destroy();
        doc.destroy();
      },
    );
  };
}
