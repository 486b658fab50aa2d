/**
 * The model's active language, on its own so that code which only switches languages (the
 * library's `setLocale`) does not load the message tables with it.
 */
export type ModelLocale = 'sv' | 'en';

let current: ModelLocale = 'sv';

/** Sets the language of model messages without loading anything; see `setModelLocale`. */
export function setModelLocaleState(locale: ModelLocale): void {
  if (locale === 'sv' || locale === 'en') current = locale;
}

export function getModelLocale(): ModelLocale {
  return current;
}
