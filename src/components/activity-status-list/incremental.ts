import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows rendered at once when a list (or another query) shows: more than a tall screen holds. */
export const FIRST_ROWS = 50;
/** Script time one later step aims at, so input and painting get their turn in between. */
export const STEP_TARGET_MS = 25;
const MIN_STEP = 10;
const MAX_STEP = 1000;

/**
 * How many rows the next step renders: as many as fit the target time at the pace the last step
 * had (`rows` in `ms`), within bounds. Pure, so the pacing is tested in Node.
 */
export function nextStep(rows: number, ms: number, targetMs = STEP_TARGET_MS): number {
  if (!(rows > 0)) return MIN_STEP;
  if (!(ms > 0)) return Math.min(MAX_STEP, rows * 2);
  return Math.max(MIN_STEP, Math.min(MAX_STEP, Math.round((rows * targetMs) / ms)));
}

type Idle = { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number; cancelIdleCallback?: (handle: number) => void };

/**
 * Incremental rendering of a long list: the first `FIRST_ROWS` rows render with the element, the
 * rest in steps between frames (each sized to take about `STEP_TARGET_MS`), so 5,000 activities
 * never block the page for seconds. Every row ends up in the DOM (find in page, screen readers'
 * browse mode, Tab all reach every activity once the steps are done); until then the view marks
 * the list `aria-busy`.
 */
export class RowBudget implements ReactiveController {
  /** Rows (in display order) to render now. */
  limit = FIRST_ROWS;
  private total = 0;
  private step = FIRST_ROWS;
  private stepStart = 0;
  /** Cancels the step scheduled, if one is. */
  private pending: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts again from the first rows (another query, another plan). */
  reset(): void {
    this.limit = FIRST_ROWS;
    this.step = FIRST_ROWS;
  }

  /** How many rows the list has now. */
  setTotal(total: number): void {
    this.total = total;
  }

  /** Renders at least up to row `index` (0-based, display order): a row that is to take focus. */
  reveal(index: number): void {
    if (index >= this.limit) {
      this.limit = index + 1;
      this.host.requestUpdate();
    }
  }

  /** True while rows are still to come. */
  get busy(): boolean {
    return this.limit < this.total;
  }

  hostConnected(): void {
    if (this.busy) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.stepStart) {
      this.step = nextStep(this.step, performance.now() - this.stepStart);
      this.stepStart = 0;
    }
    if (this.busy && !this.pending) this.schedule();
  }

  hostDisconnected(): void {
    this.pending?.();
    this.pending = undefined;
  }

  /** The next step when the browser is idle (Safari has no `requestIdleCallback`: a timer there). */
  private schedule(): void {
    const run = () => {
      this.pending = undefined;
      if (!this.busy) return;
      this.stepStart = performance.now();
      this.limit += this.step;
      this.host.requestUpdate();
    };
    const g = globalThis as Idle;
    if (g.requestIdleCallback && g.cancelIdleCallback) {
      const handle = g.requestIdleCallback(run, { timeout: 100 });
      const cancel = g.cancelIdleCallback;
      this.pending = () => cancel(handle);
    } else {
      const timer = setTimeout(run, 16);
      this.pending = () => clearTimeout(timer);
    }
  }
}
