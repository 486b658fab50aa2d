import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Presenter mode: the large layout, and full screen where the browser allows it. Leaving full
 * screen (Escape) leaves presenter mode; another element's full screen is none of ours.
 */
export class PresenterController implements ReactiveController {
  private entered = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly o: { get: () => boolean; set: (on: boolean) => void; exited: () => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onChange);
  }

  async toggle(): Promise<void> {
    if (this.o.get()) {
      this.o.set(false);
      if (document.fullscreenElement === this.host) await document.exitFullscreen().catch(() => undefined);
      this.entered = false;
      return;
    }
    this.o.set(true);
    if (document.fullscreenEnabled && typeof this.host.requestFullscreen === 'function') {
      try {
        await this.host.requestFullscreen();
        this.entered = true;
      } catch {
        // Not allowed here (an iframe, no user gesture): the large layout still applies.
      }
    }
  }

  private onChange = (): void => {
    if (this.entered && document.fullscreenElement !== this.host) {
      this.entered = false;
      this.o.set(false);
      this.o.exited();
    }
  };
}
