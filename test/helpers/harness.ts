/**
 * A test harness per element (after Material Web's testing/harness.ts): tests say what a user
 * does ("remove the first goal", "undo") and the harness knows the selectors. This base gives
 * what every element shares; `test/components/<name>/harness.ts` adds the element's steps.
 */
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, settled, shadowText } from './element';

const ua = navigator.userAgent;
/** WebKitWebDriver drops repeated letters and spaces in one `type`; there, text goes key by key. */
export const isWebKit = /AppleWebKit/.test(ua) && !/Chrome|Chromium|Firefox/.test(ua);

export class Harness<E extends HTMLElement = HTMLElement> {
  constructor(readonly el: E) {}

  /** The first match in the shadow root (or null). */
  $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.el.shadowRoot!.querySelector<T>(selector);
  }

  /** Every match in the shadow root. */
  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.el.shadowRoot!.querySelectorAll<T>(selector)];
  }

  /** The text a user sees, whitespace collapsed. */
  text(): string {
    return shadowText(this.el);
  }

  /** Waits for the element to finish rendering. */
  settled(): Promise<void> {
    return settled(this.el);
  }

  /** The focused element, through shadow roots. */
  focused(): Element | null {
    return deepActiveElement();
  }

  /** Clicks the control matching `selector` and waits for the render. */
  async click(selector: string): Promise<void> {
    const target = this.$(selector);
    if (!target) throw new Error(`no ${selector} in <${this.el.localName}>`);
    target.click();
    await this.settled();
  }

  /** Presses a key (`'Space'` works in every driver) `times` times. */
  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await sendKeys({ press: key === 'Space' ? ' ' : key });
  }

  /** Types text into the focused control. */
  async type(text: string): Promise<void> {
    if (!isWebKit) return void (await sendKeys({ type: text }));
    for (const ch of text) await sendKeys({ type: ch });
  }

  /** The live region (the announcer). */
  liveRegion(): HTMLElement {
    const region = this.$('[role=status]');
    if (!region) throw new Error(`<${this.el.localName}> has no live region`);
    return region;
  }

  /** Waits until the live region says something containing `text`. */
  async announced(text: string, ms = 3000): Promise<void> {
    const start = Date.now();
    while (Date.now() - start < ms) {
      if ((this.liveRegion().textContent ?? '').includes(text)) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`live region never said "${text}"; it says "${this.liveRegion().textContent}"`);
  }

  /** The invalid-plan (or load-failure) alert, if shown. */
  alert(): HTMLElement | null {
    return this.$('[role=alert]');
  }
}
