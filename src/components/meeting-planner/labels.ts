/** The planner's words that more than one view uses (the form of a meeting, the reasons someone is left out). */
import { msg } from '@lit/localize';
import type { MeetingForm } from '../../model/schema';
import type { LeftOutReason } from './people';

export function formLabel(form: MeetingForm): string {
  if (form === 'video') return msg('Videomöte', { id: 'meeting-planner.form.video' });
  if (form === 'phone') return msg('Telefonmöte', { id: 'meeting-planner.form.phone' });
  return msg('Möte på plats', { id: 'meeting-planner.form.inPerson' });
}

export function leftOutReason(reason: LeftOutReason): string {
  return reason === 'noConsent'
    ? msg('det finns inget gällande samtycke', { id: 'meeting-planner.leftOut.noConsent' })
    : msg('samtycket omfattar inte den här parten', { id: 'meeting-planner.leftOut.notCovered' });
}

/** "2 december 2026, 10:00–11:30", in Stockholm time. */
export function when(start: string, end: string, locale: string): string {
  const tz = { timeZone: 'Europe/Stockholm' } as const;
  const bcp = locale === 'en' ? 'en-GB' : 'sv-SE';
  const day = new Intl.DateTimeFormat(bcp, { ...tz, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(start));
  const time = new Intl.DateTimeFormat(bcp, { ...tz, hour: '2-digit', minute: '2-digit' });
  return `${day}, ${time.format(new Date(start))}–${time.format(new Date(end))}`;
}

/** A due date and time, in Stockholm time. */
export function dueText(iso: string | undefined, locale: string): string {
  if (!iso) return '';
  const bcp = locale === 'en' ? 'en-GB' : 'sv-SE';
  return new Intl.DateTimeFormat(bcp, { timeZone: 'Europe/Stockholm', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
