/**
 * Shared labels: one message id per common word, so "Avbryt" is translated once and reads the
 * same in every element. Functions, because a label is looked up in the active language at
 * render time; separate exports, so a bundle keeps only the ones it uses. Import as a
 * namespace: `import * as label from '../../shared/labels'` → `label.cancel()`. An element
 * keeps its own id only where its context needs other words. Domain terms: terms.ts.
 */
import { msg } from '@lit/localize';

export const add = (): string => msg('Lägg till', { id: 'common.add' });
export const cancel = (): string => msg('Avbryt', { id: 'common.cancel' });
export const close = (): string => msg('Stäng', { id: 'common.close' });
export const remove = (): string => msg('Ta bort', { id: 'common.remove' });
export const save = (): string => msg('Spara', { id: 'common.save' });
export const undo = (): string => msg('Ångra', { id: 'common.undo' });
export const retry = (): string => msg('Försök igen', { id: 'common.retry' });
export const yes = (): string => msg('Ja', { id: 'common.yes' });
export const no = (): string => msg('Nej', { id: 'common.no' });
export const name = (): string => msg('Namn', { id: 'common.name' });
export const type = (): string => msg('Typ', { id: 'common.type' });
export const status = (): string => msg('Status', { id: 'common.status' });
export const unit = (): string => msg('Enhet', { id: 'common.unit' });
export const note = (): string => msg('Anteckning', { id: 'common.note' });
export const noPlanToShow = (): string => msg('Ingen plan att visa.', { id: 'common.noPlanToShow' });
export const noPlanSelected = (): string => msg('Ingen plan är vald.', { id: 'common.noPlanSelected' });
export const whatMatters = (): string => msg('Vad är viktigt för dig?', { id: 'common.whatMatters' });
export const page = (): string => msg('Sida', { id: 'common.page' });
