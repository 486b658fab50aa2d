import { localeReady, setLocale, type SipLocale } from '../../src/shared/i18n';

/** Switches language and waits until the strings are loaded. */
export async function useLocale(locale: SipLocale): Promise<void> {
  await setLocale(locale);
  await localeReady();
}

/** Waits for an element (and any sip-* elements inside its shadow root) to finish rendering. */
export async function settled(el: Element): Promise<void> {
  const lit = el as Element & { updateComplete?: Promise<unknown> };
  if (lit.updateComplete) await lit.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  if (lit.updateComplete) await lit.updateComplete;
}

/** The text a user sees in an element's shadow root, whitespace collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Deep-freezes a value so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** Resolves with the next `type` event fired on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));
}

/** The element focused inside nested shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
