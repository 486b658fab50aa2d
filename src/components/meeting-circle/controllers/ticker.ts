import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Ticks while the meeting runs. A tick only asks the host to look at the clock again (time is
 * always computed from timestamps, see clock.ts), so a throttled or missed tick costs nothing;
 * when the page becomes visible again it ticks at once.
 */
export class TickerController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { isConnected: boolean },
    private readonly o: { running: () => boolean; tick: () => void; interval: number },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /** After every render: tick while running, stop otherwise. */
  hostUpdated(): void {
    const running = this.host.isConnected && this.o.running();
    if (running && !this.timer) this.timer = setInterval(this.o.tick, this.o.interval);
    if (!running) this.stop();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private onVisibility = (): void => {
    if (document.visibilityState !== 'visible') return;
    // Hidden tabs tick rarely; compute at once from the clock.
    this.o.tick();
    this.host.requestUpdate();
  };
}
