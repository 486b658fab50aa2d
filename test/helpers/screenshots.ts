/**
 * The screenshot tests' one loop: each state at sv and en × 1024 and 320 px, one test per
 * locale and width, in Chromium only (the `sip-screenshot` command and `setViewport` need
 * puppeteer); the page's locale and viewport are reset after.
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { settled, useLocale } from './element';

export type ShotLocale = 'sv' | 'en';

const chromium = /Chrome|Chromium/.test(navigator.userAgent);

/**
 * `describe(title)` with a test "renders <locale> at <width> px" per locale and width: the
 * locale is set and the viewport is `width` × 900 before `body` runs. `perLocale` adds a
 * locale's other tests after its widths.
 */
export function describeScreenshots(title: string, body: (locale: ShotLocale, width: number) => Promise<void>, perLocale?: (locale: ShotLocale) => void): void {
  describe(title, () => {
    before(function () {
      if (!chromium) this.skip();
    });
    after(async () => {
      if (!chromium) return;
      await useLocale('sv');
      await setViewport({ width: 800, height: 600 });
    });

    for (const locale of ['sv', 'en'] as const) {
      for (const width of [1024, 320]) {
        it(`renders ${locale} at ${width} px`, async function () {
          this.timeout(120000);
          await useLocale(locale);
          await setViewport({ width, height: 900 });
          await body(locale, width);
        });
      }
      perLocale?.(locale);
    }
  });
}

/**
 * Shoots `el` through a window `height` px tall (overflow hidden), scrolled to `scrollTo()` when
 * given: one part readable at a glance. The window is removed after, and `el` with it.
 */
export async function shootInWindow(el: HTMLElement, name: string, o: { id: string; height: number; scrollTo?: () => number | undefined }): Promise<void> {
  const win = document.createElement('div');
  win.id = o.id;
  win.style.cssText = `height: ${o.height}px; overflow: hidden`;
  el.before(win);
  win.append(el);
  await settled(el);
  const top = o.scrollTo?.();
  if (top !== undefined) win.scrollTop = top;
  await executeServerCommand('sip-screenshot', { name, selector: `#${o.id}` });
  win.remove();
}
