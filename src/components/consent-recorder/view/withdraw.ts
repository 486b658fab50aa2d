/** The withdrawal: the kit's confirm dialog, with who withdrew and how as its content. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { partiesToNotify } from '../../../model/operations/consent';
import { confirmDialog } from '../../../shared/templates';
import * as label from '../../../shared/labels';
import { giverOptions, type WithdrawField } from '../draft';
import type { ConsentActions, ConsentViewModel } from '../types';
import { clipped } from './long-text';
import { errorText, partyText, roleText } from './texts';

/** The dialog's id (open it with the kit's `openConfirm`). */
export const WITHDRAW_DIALOG = 'withdraw-dialog';

const value = (e: Event): string => (e.target as HTMLInputElement | HTMLTextAreaElement).value;

export function renderWithdrawDialog(vm: Readonly<ConsentViewModel>, a: ConsentActions): TemplateResult | typeof nothing {
  if (!vm.canWithdraw) return nothing;
  const { plan, withdraw: w } = vm;
  const notify = new Set(partiesToNotify(plan));
  const entries = plan.network.filter((e) => notify.has(e.id));
  const show = (f: WithdrawField) => vm.withdrawErrors.has(f);
  const content = html`<div class="withdraw-fields" data-withdraw>
    <div class="consequence">
      ${entries.length
        ? html`<p>${msg('Samordningsansvarig ska informera de här parterna:', { id: 'consent.withdraw.notify' })}</p>
            <ul class="notify-list">
              ${entries.map((e) => html`<li>${clipped(partyText(e))}</li>`)}
            </ul>`
        : html`<p>${msg('Det finns inga parter att informera i planen.', { id: 'consent.withdraw.noneToNotify' })}</p>`}
    </div>
    <fieldset data-wfield="by" aria-describedby=${show('by') ? 'err-w-by' : nothing}>
      <legend>${msg('Vem återkallar?', { id: 'consent.withdraw.by' })} *</legend>
      ${show('by') ? html`<p class="field-error" id="err-w-by">${msg('Välj vem som återkallar samtycket.', { id: 'consent.withdraw.error.by' })}</p>` : nothing}
      ${[...giverOptions(plan), { key: 'other', role: 'other' as const, name: '', detail: undefined }].map(
        (o) => html`<label class="choice"
          ><input type="radio" name="withdraw-by" value=${o.key} .checked=${live(w.by === o.key)} @change=${() => a.setWithdraw({ by: o.key })} />
          ${o.name
            ? html`<span>${clipped(o.name)} <span class="tag">${roleText(o.role, o.role === 'person' ? undefined : o.detail)}</span></span>`
            : msg('Annan person (till exempel en betrodd person)', { id: 'consent.givers.other' })}</label
        >`,
      )}
      ${w.by === 'other'
        ? html`<div class="field nested" data-wfield="otherName">
            <label for="withdraw-other">${msg('Namn på den andra personen', { id: 'consent.field.otherName' })} *</label>
            ${show('otherName') ? html`<p class="field-error" id="err-w-other">${errorText('otherName.required')}</p>` : nothing}
            <input
              id="withdraw-other"
              type="text"
              .value=${live(w.otherName)}
              aria-invalid=${show('otherName') ? 'true' : 'false'}
              aria-describedby=${show('otherName') ? 'err-w-other' : nothing}
              @input=${(e: Event) => a.setWithdraw({ otherName: value(e) })}
            />
          </div>`
        : nothing}
    </fieldset>
    <fieldset data-wfield="form" aria-describedby=${show('form') ? 'err-w-form' : nothing}>
      <legend>${msg('Hur återkallades samtycket?', { id: 'consent.withdraw.form' })} *</legend>
      ${show('form') ? html`<p class="field-error" id="err-w-form">${msg('Välj om återkallelsen var muntlig eller skriftlig.', { id: 'consent.withdraw.error.form' })}</p>` : nothing}
      <label class="choice"
        ><input type="radio" name="withdraw-form" value="oral" .checked=${live(w.form === 'oral')} @change=${() => a.setWithdraw({ form: 'oral' })} />
        ${msg('Muntligt', { id: 'consent.form.oralLabel' })}</label
      >
      <label class="choice"
        ><input type="radio" name="withdraw-form" value="written" .checked=${live(w.form === 'written')} @change=${() => a.setWithdraw({ form: 'written' })} />
        ${msg('Skriftligt', { id: 'consent.form.writtenLabel' })}</label
      >
    </fieldset>
    <div class="field">
      <label for="withdraw-note">${label.note()}</label>
      <textarea id="withdraw-note" rows="2" .value=${live(w.note)} @input=${(e: Event) => a.setWithdraw({ note: value(e) })}></textarea>
    </div>
    ${vm.withdrawError ? html`<p class="field-error" role="alert">${vm.withdrawError}</p>` : nothing}
  </div>`;
  return confirmDialog({
    id: WITHDRAW_DIALOG,
    title: msg('Återkalla samtycke', { id: 'consent.withdraw.title' }),
    body: html`<strong>${msg('Det här händer:', { id: 'consent.withdraw.what' })}</strong>
      ${msg('Planen makuleras och samordningen avslutas. Ingen information får längre delas mellan parterna. Det går inte att ångra; ett nytt samtycke kräver en ny plan.', {
        id: 'consent.withdraw.consequence',
      })}`,
    content,
    confirmLabel: msg('Återkalla och makulera planen', { id: 'consent.withdraw.confirm' }),
    danger: true,
    onConfirm: a.confirmWithdraw,
    onCancel: a.cancelWithdraw,
  });
}
