/** The add / edit form in the side panel (the kit's field rows). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { NETWORK_KINDS } from '../../../model';
import * as label from '../../../shared/labels';
import * as term from '../../../shared/terms';
import { fieldRow } from '../../../shared/templates';
import { kindLabel, principalKindLabel, ringLabel } from '../labels';
import type { FormState, NetworkMapActions } from '../types';
import { layoutSectors, sectorName, type Vm } from './common';

/** The form's id: the "add" button's `aria-controls` points at it while it is shown. */
export const FORM_ID = 'entry-form';

const text = (id: string, name: string, caption: string, value: string | undefined, type = 'text'): TemplateResult =>
  fieldRow({ id, label: caption, control: html`<input id=${id} name=${name} type=${type} autocomplete="off" .value=${value ?? ''} />` });

export function renderForm(vm: Vm, a: NetworkMapActions, form: FormState): TemplateResult {
  const e = form.mode === 'edit' ? vm.plan.network.find((x) => x.id === form.id) : undefined;
  const title = form.mode === 'add' ? msg('Lägg till i nätverket', { id: 'network.add' }) : msg(str`Ändra ${e?.name ?? ''}`, { id: 'network.form.editTitle' });
  const pk = e?.principal?.kind ?? 'none';
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key !== 'Escape') return;
    ev.preventDefault();
    a.cancelForm();
  };
  return html`<form id=${FORM_ID} class="entry-form" aria-labelledby="form-title" novalidate @submit=${a.submitForm} @keydown=${onKey}>
    <h3 id="form-title">${title}</h3>
    ${fieldRow({
      id: 'f-name',
      label: html`${label.name()} <span aria-hidden="true">*</span>`,
      error: form.error,
      control: html`<input id="f-name" name="name" required autocomplete="off" .value=${e?.name ?? ''} aria-invalid=${form.error ? 'true' : 'false'} aria-describedby=${form.error ? 'f-name-error' : nothing} />`,
    })}
    ${fieldRow({
      id: 'f-kind',
      label: label.type(),
      control: html`<select id="f-kind" name="kind">${NETWORK_KINDS.map((k) => html`<option value=${k} ?selected=${k === (e?.kind ?? 'relative')}>${kindLabel(k)}</option>`)}</select>`,
    })}
    ${text('f-relation', 'relation', msg('Relation till personen', { id: 'network.field.relation' }), e?.relation)}
    ${fieldRow({
      id: 'f-principal',
      label: term.principal(),
      control: html`<select id="f-principal" name="principal">
        ${(['none', 'region', 'municipality', 'other'] as const).map((k) => html`<option value=${k} ?selected=${k === pk}>${principalKindLabel(k)}</option>`)}
      </select>`,
    })}
    ${text('f-principal-name', 'principalName', msg('Huvudmannens namn', { id: 'network.field.principalName' }), e?.principal?.name)}
    ${text('f-unit', 'unit', label.unit(), e?.unit)}
    ${text('f-profession', 'profession', msg('Yrke', { id: 'network.field.profession' }), e?.profession)}
    ${text('f-phone', 'phone', msg('Telefon', { id: 'network.field.phone' }), e?.contact?.phone, 'tel')}
    ${text('f-email', 'email', msg('E-post', { id: 'network.field.email' }), e?.contact?.email, 'email')}
    ${form.mode === 'add'
      ? html`${fieldRow({
          id: 'f-sector',
          label: msg('Sektor', { id: 'network.field.sector' }),
          control: html`<select id="f-sector" name="sector">
            <option value="">${msg('Efter typ och huvudman', { id: 'network.field.sectorAuto' })}</option>
            ${layoutSectors(vm).map((s) => html`<option value=${s}>${sectorName(vm, s)}</option>`)}
          </select>`,
        })}
        ${fieldRow({
          id: 'f-ring',
          label: msg('Hur nära (ring)', { id: 'network.field.ringLong' }),
          control: html`<select id="f-ring" name="ring">${[1, 2, 3].map((r) => html`<option value=${r} ?selected=${r === 2}>${ringLabel(r)}</option>`)}</select>`,
        })}`
      : nothing}
    <div class="button-row">
      <button type="submit" class="primary">${form.mode === 'add' ? label.add() : label.save()}</button>
      <button type="button" @click=${a.cancelForm}>${label.cancel()}</button>
    </div>
  </form>`;
}
