/**
 * Swedish working days, as SIP deadlines count them ("kvittera inom 1 arbetsdag", seed 001).
 *
 * A day is a working day unless lag (1930:173) om beräkning av lagstadgad tid skips it: Saturday,
 * Sunday, a public holiday (lag 1989:253 om allmänna helgdagar), midsommarafton, julafton or
 * nyårsafton. Days are Swedish calendar days (Europe/Stockholm), whatever zone the machine is in.
 *
 * Easter — the only rule that needs an algorithm — comes from `date-easter` (the Gregorian
 * computus used by the date-holidays family, ~2 kB, ESM, no dependencies); the rest is the list in
 * the law. Zod-free and small, so elements can use it in their first chunk.
 */
import { easter } from 'date-easter';

const DAY = 86_400_000;
const STOCKHOLM = 'Europe/Stockholm';

/** `YYYY-MM-DD` of a UTC midnight timestamp. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** UTC midnight of a `YYYY-MM-DD` day (calendar arithmetic only, no zone). */
function dayMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/** The Saturday in [from, from + 6] of a month (midsommardagen, alla helgons dag). */
function saturdayFrom(year: number, month: number, day: number): string {
  const start = Date.UTC(year, month - 1, day);
  const offset = (6 - new Date(start).getUTCDay() + 7) % 7;
  return isoDay(start + offset * DAY);
}

const holidayCache = new Map<number, ReadonlyMap<string, string>>();

/**
 * The days of `year` that are not working days besides weekends, keyed by date, with a stable
 * name (`easterMonday`, `midsummerEve`, …). Public holidays follow lag 1989:253 as in force in
 * that year: national day (6 June) from 2005, Whit Monday until 2004.
 */
export function swedishNonWorkingDays(year: number): ReadonlyMap<string, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const e = easter(year);
  const easterSunday = Date.UTC(year, e.month - 1, e.day);
  const rel = (days: number) => isoDay(easterSunday + days * DAY);
  const y = String(year).padStart(4, '0');
  const days: [string, string][] = [
    [`${y}-01-01`, 'newYearsDay'],
    [`${y}-01-06`, 'epiphany'],
    [rel(-2), 'goodFriday'],
    [rel(0), 'easterSunday'],
    [rel(1), 'easterMonday'],
    [`${y}-05-01`, 'mayDay'],
    [rel(39), 'ascensionDay'],
    [rel(49), 'whitSunday'],
    [saturdayFrom(year, 6, 20), 'midsummerDay'],
    [saturdayFrom(year, 10, 31), 'allSaintsDay'],
    [`${y}-12-25`, 'christmasDay'],
    [`${y}-12-26`, 'boxingDay'],
    // 1930:173 also skips these three eves
    [isoDay(dayMs(saturdayFrom(year, 6, 20)) - DAY), 'midsummerEve'],
    [`${y}-12-24`, 'christmasEve'],
    [`${y}-12-31`, 'newYearsEve'],
  ];
  if (year >= 2005) days.push([`${y}-06-06`, 'nationalDay']);
  else days.push([rel(50), 'whitMonday']);
  const map = new Map(days);
  holidayCache.set(year, map);
  return map;
}

/** Whether a `YYYY-MM-DD` day is a Swedish working day (see module comment). */
export function isWorkingDay(date: string): boolean {
  const wd = new Date(dayMs(date)).getUTCDay();
  if (wd === 0 || wd === 6) return false;
  return !swedishNonWorkingDays(Number(date.slice(0, 4))).has(date);
}

let formatter: Intl.DateTimeFormat | undefined;

/** Wall-clock parts in Stockholm of an instant. */
function stockholmParts(ms: number): { date: string; time: number } {
  formatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: STOCKHOLM,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(ms))) p[part.type] = part.value;
  const date = `${p.year}-${p.month}-${p.day}`;
  const time = ((Number(p.hour) * 60 + Number(p.minute)) * 60 + Number(p.second)) * 1000 + (ms % 1000 + 1000) % 1000;
  return { date, time };
}

/** The Swedish calendar day (`YYYY-MM-DD`) of a timestamp. */
export function stockholmDate(timestamp: string): string {
  return stockholmParts(Date.parse(timestamp)).date;
}

/** Minutes Stockholm is ahead of UTC at instant `ms` (60 in winter, 120 in summer). */
function offsetAt(ms: number): number {
  const { date, time } = stockholmParts(ms);
  return Math.round((dayMs(date) + time - ms) / 60_000);
}

/** The instant of Stockholm wall-clock `time` (ms since midnight) on `date`. */
function fromStockholm(date: string, time: number): number {
  const wall = dayMs(date) + time;
  const guess = wall - offsetAt(wall) * 60_000;
  return wall - offsetAt(guess) * 60_000;
}

/** The Stockholm wall clock of a timestamp: its day and its time as `HH:MM` (forms show these). */
export function stockholmWallClock(timestamp: string): { date: string; time: string } | undefined {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return undefined;
  const { date, time } = stockholmParts(ms);
  const minutes = Math.floor(time / 60_000);
  return { date, time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` };
}

/** The instant (UTC, `…Z`) of Stockholm wall-clock `time` (`HH:MM`) on `date`; undefined if either is not one. */
export function fromStockholmWallClock(date: string, time: string): string | undefined {
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !t || Number(t[1]) > 23 || Number(t[2]) > 59) return undefined;
  const day = dayMs(date);
  if (Number.isNaN(day) || isoDay(day) !== date) return undefined;
  return new Date(fromStockholm(date, (Number(t[1]) * 60 + Number(t[2])) * 60_000)).toISOString();
}

/**
 * `timestamp` plus `days` Swedish working days: the same Stockholm wall-clock time on the
 * `days`-th working day after the Stockholm day it was sent (so a Friday-afternoon initiative is
 * due on Monday afternoon, or on Tuesday after Easter Monday). Returned in UTC (`…Z`).
 */
export function addWorkingDays(timestamp: string, days: number): string {
  const start = Date.parse(timestamp);
  if (Number.isNaN(start)) return timestamp;
  const { date, time } = stockholmParts(start);
  let day = dayMs(date);
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    day += DAY;
    if (isWorkingDay(isoDay(day))) left--;
  }
  return new Date(fromStockholm(isoDay(day), time)).toISOString();
}

/**
 * Working days from the Stockholm day of `from` to the Stockholm day of `to`: the working days
 * after the first day up to and including the last (0 when `to` is the same day or earlier).
 */
export function workingDaysBetween(from: string, to: string): number {
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return 0;
  let day = dayMs(stockholmParts(a).date);
  const end = dayMs(stockholmParts(b).date);
  let n = 0;
  while (day < end) {
    day += DAY;
    if (isWorkingDay(isoDay(day))) n++;
  }
  return n;
}
