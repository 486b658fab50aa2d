import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The announcer: one polite live region per element, and the only way an element speaks to
 * screen readers. `say()` speaks now; `sayLater()` speaks once typing pauses (debounced, the
 * last call wins) and skips a text that would repeat what was last said for the same key.
 */
export class AnnouncerController implements ReactiveController {
  /** The live region's text. */
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private readonly lastSaid = new Map<string, string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `text` once. An identical text is said again (the region is cleared first). */
  say(text: string): void {
    this.cancelLater();
    this.text = '';
    this.host.requestUpdate();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    // Clearing first, then setting in the next frame, makes screen readers repeat an identical message.
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.text = text;
      this.host.requestUpdate();
    });
  }

  /**
   * After `delay` ms without another call: computes the text and says it, unless it is empty or
   * the same as what was last said (or remembered) for `key`.
   */
  sayLater(key: string, compute: () => string | undefined, delay: number): void {
    this.cancelLater();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const text = compute();
      if (!text || this.lastSaid.get(key) === text) return;
      this.lastSaid.set(key, text);
      this.say(text);
    }, Math.max(0, delay));
  }

  /** Records `text` as already said for `key` (e.g. the state before typing started). */
  remember(key: string, text: string): void {
    this.lastSaid.set(key, text);
  }

  /** True when something was remembered for `key`. */
  knows(key: string): boolean {
    return this.lastSaid.has(key);
  }

  /** Forgets what was said (another plan, a reset). */
  forget(): void {
    this.lastSaid.clear();
    this.cancelLater();
  }

  cancelLater(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancelLater();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** The live region; every element renders it exactly once. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
