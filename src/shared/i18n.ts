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

// @lit/localize announces a language change on `window`; a server (Node) has none, so there the
// language is kept here: the model's messages follow it and `getLocale()` reports it.
const onServer = typeof window === 'undefined';
let serverLocale: SipLocale = 'sv';

/** Switches this copy of the library (its elements' strings and the model's messages). */
function applyHere(target: SipLocale): Promise<void> {
  setModelLocaleState(target);
  // Both the elements' strings and the model's messages (errors, change summaries) are ready
  // when this resolves. The message tables load with the first code that needs them, so a page
  // that only shows plans does not load them up front.
  const modelMessages = target === 'sv' ? Promise.resolve() : import('../model/messages').then((m) => m.loadModelLocale(target));
  if (onServer) serverLocale = target;
  return Promise.all([onServer ? undefined : litSetLocale(target), modelMessages]).then(() => undefined);
}

/**
 * The language every copy of the library on the page shares. Two bundles that each carry
 * sip-elements (and each their own @lit/localize) meet here, under a registry symbol: any
 * copy's `setLocale` switches them all, and a copy that loads later starts in the chosen language.
 */
interface SharedLocale {
  locale?: SipLocale;
  pending: Promise<void>;
  copies: Set<(locale: SipLocale) => Promise<void>>;
}
const SHARED_KEY = Symbol.for('sip-elements.locale');
function sharedLocale(): SharedLocale {
  const g = globalThis as { [SHARED_KEY]?: unknown };
  const found = g[SHARED_KEY] as Partial<SharedLocale> | undefined;
  if (found && typeof found === 'object' && found.copies instanceof Set) return found as SharedLocale;
  const fresh: SharedLocale = { pending: Promise.resolve(), copies: new Set() };
  Object.defineProperty(g, SHARED_KEY, { value: fresh, configurable: true });
  return fresh;
}
const shared = sharedLocale();
shared.copies.add(applyHere);

/**
 * Switches every sip-element on the page (and the model's messages) to `locale`, in every copy
 * of the library loaded. Resolves when the strings are loaded and elements have been asked to
 * re-render.
 */
export function setLocale(locale: SipLocale | string): Promise<void> {
  const target = toSipLocale(locale);
  shared.locale = target;
  // Another copy that fails must not fail this one's switch.
  const others = [...shared.copies].filter((apply) => apply !== applyHere).map((apply) => {
    try {
      return Promise.resolve(apply(target)).catch(() => undefined);
    } catch {
      return undefined;
    }
  });
  shared.pending = Promise.all([applyHere(target), ...others]).then(() => undefined);
  return shared.pending;
}

/** The active language. */
export function getLocale(): SipLocale {
  return onServer ? serverLocale : toSipLocale(litGetLocale());
}

/** Resolves once the most recently requested language (by any copy of the library) is loaded. */
export function localeReady(): Promise<void> {
  return shared.pending;
}

// The initial language is the one another copy already chose, else <html lang>; Swedish when
// absent or unknown.
if (typeof document !== 'undefined') {
  const initial = shared.locale ?? toSipLocale(document.documentElement.lang);
  if (initial !== 'sv') shared.pending = Promise.all([shared.pending, applyHere(initial)]).then(() => undefined);
}
