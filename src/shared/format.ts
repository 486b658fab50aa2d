import { getLocale } from './i18n';

// Formatters are costly to build and are reused for every row, so cache them per locale+options.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function bcp47(): string {
  return getLocale() === 'en' ? 'en-GB' : 'sv-SE';
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${bcp47()}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(bcp47(), options);
    cache.set(key, f);
  }
  return f;
}

/** Formats an ISO date (`YYYY-MM-DD`) or timestamp in the active language; '' for empty input. */
export function formatDate(iso: string | undefined | null, style: 'short' | 'medium' | 'long' = 'medium'): string {
  if (!iso) return '';
  // A bare date is a calendar day: read it as UTC so no time zone moves it a day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return dateFormat({ dateStyle: style, ...(bare ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** Formats an ISO timestamp with date and time in the active language. */
export function formatDateTime(iso: string | undefined | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Formats a number in the active language. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `n|${bcp47()}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(bcp47(), options);
    cache.set(key, f);
  }
  return f.format(value);
}

/** Today's calendar date (`YYYY-MM-DD`) of an ISO timestamp or date, in local time. */
export function isoDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
