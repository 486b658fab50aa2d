import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One undoable step: what the bar says, and what the element needs to put things back. */
export interface UndoEntry<D> {
  /** Shown in the undo bar and announced ("The goal … was removed."). */
  readonly label: string;
  /** Element-specific data to restore from (e.g. what a removal took away). */
  readonly data: D;
}

/**
 * Undo of the last destructive step. One entry at a time: a new step replaces the offer (the
 * bar always speaks of the latest). Rendered with `undoBar()` from templates.ts — one look.
 */
export class UndoController<D> implements ReactiveController {
  private current: UndoEntry<D> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The offer on show, if any. */
  get entry(): UndoEntry<D> | undefined {
    return this.current;
  }

  /** Offers to undo a step. */
  offer(entry: UndoEntry<D>): void {
    this.current = entry;
    this.host.requestUpdate();
  }

  /** Takes the offer (to restore from it) and closes the bar. */
  take(): UndoEntry<D> | undefined {
    const entry = this.current;
    this.clear();
    return entry;
  }

  /** Closes the bar without undoing. */
  clear(): void {
    if (!this.current) return;
    this.current = undefined;
    this.host.requestUpdate();
  }
}
