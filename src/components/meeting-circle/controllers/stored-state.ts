import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MeetingClockState } from '../clock';
import { readMeetingState, withOwner, type MeetingOwner, type StateReading } from '../state';

/**
 * The timer state in `localStorage` under the host's `storage-key`: read (checked and bounded by
 * state.ts, for the meeting shown), written with the meeting it belongs to, and followed across
 * windows (`storage` events). Nothing is stored without a key; storage that throws (blocked,
 * full) is treated as empty.
 */
export class StoredStateController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly o: {
      key: () => string | undefined;
      owner: () => MeetingOwner;
      /** Another window changed or removed the stored state (`undefined`: removed). */
      changed: (reading: StateReading | undefined) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** What is stored for the meeting shown; `{ ok: false, reason: 'empty' }` when nothing is. */
  read(): StateReading {
    const key = this.o.key();
    if (!key) return { ok: false, reason: 'empty' };
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(key);
    } catch {
      // Blocked storage reads as empty.
    }
    return readMeetingState(raw, this.o.owner());
  }

  write(state: MeetingClockState, owner: MeetingOwner): void {
    const key = this.o.key();
    if (!key) return;
    try {
      localStorage.setItem(key, JSON.stringify(withOwner(state, owner)));
    } catch {
      // Storage full or blocked: the host still gets the state by event.
    }
  }

  clear(): void {
    const key = this.o.key();
    if (!key) return;
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing to clear where storage is blocked.
    }
  }

  private onStorage = (e: StorageEvent): void => {
    const key = this.o.key();
    if (!key || e.key !== key) return;
    this.o.changed(e.newValue === null ? undefined : readMeetingState(e.newValue, this.o.owner()));
  };
}
