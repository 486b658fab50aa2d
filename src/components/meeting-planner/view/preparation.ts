/** The preparation with the person (förmöte, seed 003): their words, saved on the plan. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PreparationField } from '../../../model/operations/preparation';
import { fieldRow } from '../../../shared/templates';
import { formatDateTime } from '../../../shared/format';
import type { PlannerActions, PlannerViewModel } from '../types';

function prepLabel(f: PreparationField): string {
  switch (f) {
    case 'whatMatters':
      return msg('Vad är viktigt för dig? Vilka behov, önskemål och förväntningar har du?', { id: 'meeting-planner.prep.whatMatters' });
    case 'situation':
      return msg('Hur ser du på din situation just nu?', { id: 'meeting-planner.prep.situation' });
    case 'wishes':
      return msg('Hur skulle du vilja att det var?', { id: 'meeting-planner.prep.wishes' });
    case 'coordinatorWish':
      return msg('Vem skulle du vilja ha som samordningsansvarig?', { id: 'meeting-planner.prep.coordinatorWish' });
    default:
      return msg('Egna anteckningar', { id: 'meeting-planner.prep.ownNotes' });
  }
}

const FIELDS: readonly PreparationField[] = ['whatMatters', 'situation', 'wishes', 'coordinatorWish', 'ownNotes'];

export function renderPreparation(vm: Readonly<PlannerViewModel>, a: PlannerActions): TemplateResult {
  const rec = vm.plan.preparation;
  const recorded = rec
    ? html`<p class="help">${msg(str`Sparad ${formatDateTime(rec.recordedAt)} av ${rec.recordedBy}.`, { id: 'meeting-planner.prep.recorded' })}</p>`
    : html`<p class="help">${msg('Ingen förberedelse sparad än.', { id: 'meeting-planner.prep.none' })}</p>`;
  if (!vm.canEdit) {
    return html`<section class="card" part="preparation" aria-labelledby="prep-heading">
      <h3 id="prep-heading">${msg('Förberedelse med personen', { id: 'meeting-planner.prep.heading' })}</h3>
      ${recorded}
      ${rec
        ? html`<dl class="facts">
            ${FIELDS.filter((f) => rec[f]).map((f) => html`<dt>${prepLabel(f)}</dt><dd class="words">${rec[f]}</dd>`)}
          </dl>`
        : nothing}
    </section>`;
  }
  return html`<section class="card" part="preparation" aria-labelledby="prep-heading">
    <h3 id="prep-heading">${msg('Förberedelse med personen', { id: 'meeting-planner.prep.heading' })}</h3>
    <p class="help">${msg('Skriv med personens egna ord, så att mötet kan börja där.', { id: 'meeting-planner.prep.help' })}</p>
    ${recorded}
    <div class="fields">
      ${FIELDS.map((f) =>
        fieldRow({
          id: `prep-${f}`,
          label: prepLabel(f),
          wide: true,
          field: `prep-${f}`,
          control: html`<textarea id="prep-${f}" rows="2" .value=${vm.preparation[f]} @input=${(e: Event) => a.preparationInput(f, (e.target as HTMLTextAreaElement).value)}></textarea>`,
        }),
      )}
    </div>
    <div class="button-row">
      <button type="button" class="primary" part="button" data-action="save-preparation" ?disabled=${!vm.preparationDirty} @click=${a.savePreparation}>
        ${msg('Spara förberedelsen', { id: 'meeting-planner.prep.save' })}
      </button>
    </div>
  </section>`;
}
