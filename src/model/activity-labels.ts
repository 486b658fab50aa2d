/**
 * The words staff know for activity statuses. Västmanland's Prator guidance (seed 001) has
 * follow-up mark each activity "ej påbörjad", "pågår", "klart" or "ej genomförd"; the model's
 * `paused` has no Prator word and keeps a plain one. Zod-free and tiny, for elements' labels.
 */
import type { ActivityStatus } from './constants';
import { getModelLocale, type ModelLocale } from './locale';

export const ACTIVITY_STATUS_LABELS: Readonly<Record<ModelLocale, Readonly<Record<ActivityStatus, string>>>> = {
  sv: { planned: 'Ej påbörjad', ongoing: 'Pågår', done: 'Klart', paused: 'Pausad', cancelled: 'Ej genomförd' },
  en: { planned: 'Not started', ongoing: 'In progress', done: 'Done', paused: 'Paused', cancelled: 'Not carried out' },
};

/** The staff word for `status` in `locale` (default: the model's active language). */
export function activityStatusLabel(status: ActivityStatus, locale: ModelLocale = getModelLocale()): string {
  return (ACTIVITY_STATUS_LABELS[locale] ?? ACTIVITY_STATUS_LABELS.sv)[status] ?? status;
}
