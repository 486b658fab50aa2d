/**
 * The whole initiative for a valid plan: heading, the plan's stage, then the form to start one,
 * the sent initiative with its receivers, or the receiving unit's own answer. Loaded lazily
 * (see part.ts); renders from the read-only view model and the actions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { InitiativeView, InitiativeViewModel } from '../types';
import { renderForm } from './form';
import { renderParty, renderSent } from './receivers';

function statusNote(vm: Readonly<InitiativeViewModel>): TemplateResult | typeof nothing {
  if (vm.stage === 'closed') return html`<p class="note" part="banner">${msg('Planen är avslutad. Initiativet visas bara.', { id: 'initiative.note.closed' })}</p>`;
  if (vm.stage === 'voided') return html`<p class="note" part="banner">${msg('Planen är makulerad. Initiativet visas bara.', { id: 'initiative.note.voided' })}</p>`;
  if (vm.stage === 'locked' && !vm.readonly) {
    return html`<p class="note" part="banner">${msg('Planen är låst. Initiativet hör till förberedelsen och visas bara.', { id: 'initiative.note.locked' })}</p>`;
  }
  return nothing;
}

function content(vm: Readonly<InitiativeViewModel>, actions: Parameters<InitiativeView>[1]): TemplateResult {
  if (vm.party) return renderParty(vm, actions);
  if (vm.plan.initiative) return renderSent(vm, actions);
  if (vm.canEdit) return renderForm(vm, actions);
  return html`<p class="empty">${msg('Inget initiativ har skickats.', { id: 'initiative.none' })}</p>`;
}

export const renderInitiative: InitiativeView = (vm, actions) =>
  html`<section class="base" part="base" aria-labelledby="title">
    <h2 id="title">${msg('Initiativ till SIP', { id: 'initiative.title' })}</h2>
    ${statusNote(vm)} ${vm.opError ? html`<p class="op-error" role="alert">${vm.opError}</p>` : nothing} ${content(vm, actions)}
  </section>`;
