import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the screen on while the meeting runs (Screen Wake Lock API): taken after a render that
 * shows a running meeting, released on pause, end and disconnect, taken again when the page
 * becomes visible (the browser releases it on hiding). Where it is missing or refused the timer
 * works without it.
 */
export class WakeLockController implements ReactiveController {
  private lock: WakeLockSentinel | undefined;
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & { isConnected: boolean },
    private readonly running: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.release();
  }

  hostUpdated(): void {
    if (this.host.isConnected && this.running()) void this.acquire();
    else void this.release();
  }

  private onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.running()) void this.acquire();
  };

  private async acquire(): Promise<void> {
    if (this.lock || this.pending || document.visibilityState !== 'visible') return;
    const api = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!api) return;
    this.pending = true;
    try {
      const lock = await api.request('screen');
      lock.addEventListener('release', () => {
        if (this.lock === lock) this.lock = undefined;
      });
      this.lock = lock;
      if (!this.running() || !this.host.isConnected) await this.release();
    } catch {
      // Not supported, not allowed or the battery is low: the timer works without it.
    } finally {
      this.pending = false;
    }
  }

  private async release(): Promise<void> {
    const lock = this.lock;
    this.lock = undefined;
    if (lock) await lock.release().catch(() => undefined);
  }
}
