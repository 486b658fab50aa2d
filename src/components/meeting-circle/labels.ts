/**
 * Names of the eight readers and the five parts, in the active language. Small and always loaded;
 * what each reader does per part is in `guide.ts`, loaded on demand.
 */
import { msg } from '@lit/localize';
import type { MeetingPart } from '../../model/schema';
import * as term from '../../shared/terms';

export const AUDIENCES = ['chair', 'staff', 'older', 'relative', 'adult', 'young', 'parent', 'other'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function toAudience(value: unknown): Audience {
  return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value) ? (value as Audience) : 'chair';
}

export function audienceLabel(a: Audience): string {
  switch (a) {
    case 'chair':
      return msg('Ordförande', { id: 'meeting.audience.chair' });
    case 'staff':
      return msg('Personal', { id: 'meeting.audience.staff' });
    case 'older':
      return msg('Äldre', { id: 'meeting.audience.older' });
    case 'relative':
      return term.relative();
    case 'adult':
      return msg('Vuxna', { id: 'meeting.audience.adult' });
    case 'young':
      return msg('Ungdomar', { id: 'meeting.audience.young' });
    case 'parent':
      return msg('Föräldrar', { id: 'meeting.audience.parent' });
    default:
      return msg('Övriga (t.ex. god man, stödperson)', { id: 'meeting.audience.other' });
  }
}

export function partLabel(p: MeetingPart): string {
  switch (p) {
    case 'opening':
      return msg('Inledning', { id: 'meeting.part.opening' });
    case 'situation':
      return msg('Aktuell situation', { id: 'meeting.part.situation' });
    case 'needs':
      return msg('Behov', { id: 'meeting.part.needs' });
    case 'summary':
      return msg('Sammanfattning', { id: 'meeting.part.summary' });
    default:
      return msg('Avslutning', { id: 'meeting.part.closing' });
  }
}
