/** The planner: preparation, the booking (form or booked meeting), answers, the letter. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { PlannerView } from '../types';
import { renderPreparation } from './preparation';
import { renderBooked, renderBookingForm } from './booking';
import { renderAnswers } from './answers';
import { renderLetter } from './letter';

function notice(status: string): TemplateResult | typeof nothing {
  if (status === 'closed') return html`<p class="note">${msg('Planen är avslutad. Mötet och förberedelsen visas bara.', { id: 'meeting-planner.note.closed' })}</p>`;
  if (status === 'voided') return html`<p class="note">${msg('Planen är makulerad. Mötet och förberedelsen visas bara.', { id: 'meeting-planner.note.voided' })}</p>`;
  return nothing;
}

export const renderPlanner: PlannerView = (vm, a) => {
  const m = vm.meeting;
  return html`<div class="base" part="base">
    <div class="screen-only stack" part="screen">
      <h2>${msg('SIP-mötet', { id: 'meeting-planner.heading' })}</h2>
      ${notice(vm.plan.status)}
      ${renderPreparation(vm, a)}
      ${vm.booking ? renderBookingForm(vm, a, vm.booking) : m ? renderBooked(vm, a, m) : html`<p class="note">${msg('Inget möte är bokat.', { id: 'meeting-planner.none' })}</p>`}
      ${m ? renderAnswers(vm, a) : nothing}
    </div>
    ${m ? renderLetter(vm, a, m) : nothing}
  </div>`;
};
