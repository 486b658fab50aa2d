import { configureLocalization } from '@lit/localize';
import { setModelLocaleState } from '../model/locale';

/** The languages every visible string exists in. Swedish is the source language. */
export type SipLocale = 'sv' | 'en';
export const SIP_LOCALES: readonly SipLocale[] = ['sv', 'en'];

// @lit/localize keeps its configuration page-global. Ours is configured once, here, when the
// first sip-element module loads; a host that configures its own copy of @lit/localize in the
// same bundle must not call configureLocalization again (see README, "Localization").
const { getLocale: litGetLocale, setLocale: litSetLocale } = configureLocalization({
  sourceLocale: 'sv',
  targetLocales: ['en'],
  // English is loaded lazily, so Swedish pages pay nothing for it.
  loadLocale: () => import('../generated/locales/en'),
});

/** Maps any BCP 47 tag to one of ours: English for `en*`, Swedish for everything else. */
export function toSipLocale(tag: string | null | undefined): SipLocale {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'sv';
}

let pending: Promise<void> = Promise.resolve();

// @lit/localize announces a language change on `window`; a server (Node) has none, so there the
// language is kept here: the model's messages follow it and `getLocale()` reports it.
const onServer = typeof window === 'undefined';
let serverLocale: SipLocale = 'sv';

/**
 * Switches every sip-element on the page (and the model's messages) to `locale`.
 * Resolves when the strings are loaded and elements have been asked to re-render.
 */
export function setLocale(locale: SipLocale | string): Promise<void> {
  const target = toSipLocale(locale);
  setModelLocaleState(target);
  // Both the elements' strings and the model's messages (errors, change summaries) are ready
  // when this resolves. The message tables load with the first code that needs them, so a page
  // that only shows plans does not load them up front.
  const modelMessages = target === 'sv' ? Promise.resolve() : import('../model/messages').then((m) => m.loadModelLocale(target));
  if (onServer) serverLocale = target;
  pending = Promise.all([onServer ? undefined : litSetLocale(target), modelMessages]).then(() => undefined);
  return pending;
}

/** The active language. */
export function getLocale(): SipLocale {
  return onServer ? serverLocale : toSipLocale(litGetLocale());
}

/** Resolves once the most recently requested language is loaded. */
export function localeReady(): Promise<void> {
  return pending;
}

// The initial language follows <html lang>; Swedish when absent or unknown.
if (typeof document !== 'undefined') {
  const initial = toSipLocale(document.documentElement.lang);
  if (initial !== 'sv') void setLocale(initial);
}
