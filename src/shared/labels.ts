import { msg } from '@lit/localize';

/**
 * Shared labels: one message id per common word and per domain term, so "Avbryt" or
 * "Huvudman" is translated once and reads the same in every element. Functions, because a
 * label is looked up in the active language at render time. An element keeps its own id only
 * where its context needs other words (e.g. "Mål" as a heading vs. a column).
 */
export const label = {
  add: () => msg('Lägg till', { id: 'common.add' }),
  cancel: () => msg('Avbryt', { id: 'common.cancel' }),
  close: () => msg('Stäng', { id: 'common.close' }),
  remove: () => msg('Ta bort', { id: 'common.remove' }),
  save: () => msg('Spara', { id: 'common.save' }),
  undo: () => msg('Ångra', { id: 'common.undo' }),
  retry: () => msg('Försök igen', { id: 'common.retry' }),
  yes: () => msg('Ja', { id: 'common.yes' }),
  no: () => msg('Nej', { id: 'common.no' }),
  name: () => msg('Namn', { id: 'common.name' }),
  type: () => msg('Typ', { id: 'common.type' }),
  status: () => msg('Status', { id: 'common.status' }),
  unit: () => msg('Enhet', { id: 'common.unit' }),
  note: () => msg('Anteckning', { id: 'common.note' }),
  noPlanToShow: () => msg('Ingen plan att visa.', { id: 'common.noPlanToShow' }),
  noPlanSelected: () => msg('Ingen plan är vald.', { id: 'common.noPlanSelected' }),
  whatMatters: () => msg('Vad är viktigt för dig?', { id: 'common.whatMatters' }),
} as const;

/** Domain terms (see docs: staff words). */
export const term = {
  principal: () => msg('Huvudman', { id: 'term.principal' }),
  region: () => msg('Region', { id: 'term.region' }),
  municipality: () => msg('Kommun', { id: 'term.municipality' }),
  otherPrincipal: () => msg('Annan huvudman', { id: 'term.otherPrincipal' }),
  relative: () => msg('Närstående', { id: 'term.relative' }),
  consent: () => msg('Samtycke', { id: 'term.consent' }),
  decision: () => msg('Beslut', { id: 'term.decision' }),
  thePerson: () => msg('personen själv', { id: 'term.thePerson' }),
  oneActivity: () => msg('1 insats', { id: 'term.oneActivity' }),
} as const;
