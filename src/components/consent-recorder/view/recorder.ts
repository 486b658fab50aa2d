/** The element's content for a valid plan: state, actions, the form, history, the withdrawal. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import * as term from '../../../shared/terms';
import type { ConsentActions, ConsentView, ConsentViewModel } from '../types';
import { renderForm } from './form';
import { renderHistory, renderStatus } from './record';
import { renderWithdrawDialog } from './withdraw';

function renderActions(vm: Readonly<ConsentViewModel>, a: ConsentActions): TemplateResult | typeof nothing {
  if (!vm.canRecord || (vm.formAutoOpen && !vm.canWithdraw)) return nothing;
  return html`<div class="button-row actions">
    ${vm.formAutoOpen
      ? nothing
      : html`<button
          type="button"
          part="button"
          id="open-form"
          aria-expanded=${vm.formShown ? 'true' : 'false'}
          aria-controls=${vm.formShown ? 'consent-form' : nothing}
          ?disabled=${vm.disabled}
          @click=${a.toggleForm}
        >
          ${msg('Registrera nytt beslut (förnya eller ändra)', { id: 'consent.action.renew' })}
        </button>`}
    ${vm.canWithdraw
      ? html`<button type="button" part="button" id="withdraw" class="danger" ?disabled=${vm.disabled} @click=${a.openWithdraw}>
          ${msg('Återkalla samtycke…', { id: 'consent.action.withdraw' })}
        </button>`
      : nothing}
  </div>`;
}

export const renderRecorder: ConsentView = (vm, a) => html`<div part="base" class="base">
  <h2 class="title">${term.consent()}</h2>
  ${renderStatus(vm)} ${renderActions(vm, a)} ${vm.formShown ? renderForm(vm, a) : nothing} ${renderHistory(vm.plan)} ${renderWithdrawDialog(vm, a)}
</div>`;
