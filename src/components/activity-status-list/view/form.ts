/**
 * The add / edit form: one field row per fact of an activity (the kit's `fieldRow`), the goals it
 * serves, Save / Cancel; Escape cancels. Reading it back is form.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Activity } from '../../../model/schema';
import { describedBy, fieldRow } from '../../../shared/templates';
import * as label from '../../../shared/labels';
import { PERFORMER_KINDS, principalOptions, type FormErrors } from '../form';
import { principalKey } from '../list-view';
import { performerKindLabel, principalFullLabel } from '../labels';
import type { ActivitiesActions, ActivitiesViewModel } from '../types';

/** Calls `close` on Escape (the form's and the status form's way out by keyboard). */
export function onEscape(close: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    close();
  };
}

/** The form for a new activity (`a` undefined) or for editing `a`. */
export function renderActivityForm(vm: Readonly<ActivitiesViewModel>, actions: ActivitiesActions, a: Activity | undefined): TemplateResult {
  const { plan, entries } = vm;
  const errors: FormErrors = vm.formErrors;
  const options = principalOptions(plan);
  const currentKey = a ? principalKey(a.responsible.principal) : '';
  const goalIds = new Set(a?.goalIds ?? []);
  const performerName = a?.performer ? (a.performer.name ?? (a.performer.entryId ? entries.get(a.performer.entryId)?.name : '') ?? '') : '';
  const units = [...new Set(plan.network.filter((e) => e.kind === 'unit').map((e) => e.name))];
  const people = [...new Set(plan.network.filter((e) => e.kind === 'professional' || e.kind === 'relative' || e.kind === 'friend').map((e) => e.name))];
  const invalid = (key: keyof FormErrors) => (errors[key] ? 'true' : 'false');
  const described = (id: string, key: keyof FormErrors) => describedBy({ id, error: errors[key] }) ?? nothing;
  const heading = a ? msg(str`Redigera insats: ${a.title}`, { id: 'activities.form.editHeading' }) : msg('Ny insats', { id: 'activities.form.addHeading' });
  const submit = (e: Event) => {
    e.preventDefault();
    actions.submitForm(new FormData(e.currentTarget as HTMLFormElement));
  };
  return html`<form class="activity-form" part="form" novalidate aria-labelledby="f-heading" @submit=${submit} @keydown=${onEscape(() => actions.closeForm())}>
    ${a ? html`<h4 id="f-heading">${heading}</h4>` : html`<h3 id="f-heading">${heading}</h3>`}
    <div class="form-grid">
      ${fieldRow({
        id: 'f-title',
        label: msg('Insats (vad ska göras)', { id: 'activities.form.title' }),
        error: errors.title,
        control: html`<input id="f-title" name="title" required .value=${a?.title ?? ''} aria-invalid=${invalid('title')} aria-describedby=${described('f-title', 'title')} />`,
      })}
      ${fieldRow({
        id: 'f-principal',
        label: msg('Ansvarig huvudman', { id: 'activities.form.principal' }),
        error: errors.principal,
        control: html`<select id="f-principal" name="principal" required aria-invalid=${invalid('principal')} aria-describedby=${described('f-principal', 'principal')}>
          <option value="" ?selected=${!currentKey}>${msg('Välj …', { id: 'activities.form.choose' })}</option>
          ${options.map((o) => html`<option value=${o.key} ?selected=${o.key === currentKey}>${principalFullLabel(o.principal)}</option>`)}
        </select>`,
      })}
      ${fieldRow({
        id: 'f-unit',
        label: label.unit(),
        control: html`<input id="f-unit" name="unit" list="f-units" .value=${a?.responsible.unit ?? ''} />
          <datalist id="f-units">${units.map((u) => html`<option value=${u}></option>`)}</datalist>`,
      })}
      ${fieldRow({
        id: 'f-personName',
        label: msg('Ansvarig person (namn)', { id: 'activities.form.person' }),
        error: errors.personName,
        control: html`<input
            id="f-personName"
            name="personName"
            list="f-people"
            required
            .value=${a?.responsible.personName ?? ''}
            aria-invalid=${invalid('personName')}
            aria-describedby=${described('f-personName', 'personName')}
          />
          <datalist id="f-people">${people.map((p) => html`<option value=${p}></option>`)}</datalist>`,
      })}
      ${fieldRow({
        id: 'f-performerKind',
        label: msg('Utförs av', { id: 'activities.performer' }),
        control: html`<select id="f-performerKind" name="performerKind">
          <option value="" ?selected=${!a?.performer}>${msg('Ej angivet', { id: 'activities.form.notSet' })}</option>
          ${PERFORMER_KINDS.map((k) => html`<option value=${k} ?selected=${a?.performer?.kind === k}>${performerKindLabel(k)}</option>`)}
        </select>`,
      })}
      ${fieldRow({
        id: 'f-performerName',
        label: msg('Utförarens namn', { id: 'activities.form.performerName' }),
        control: html`<input id="f-performerName" name="performerName" .value=${performerName} />`,
      })}
      ${fieldRow({
        id: 'f-start',
        label: msg('Start', { id: 'activities.start' }),
        control: html`<input id="f-start" name="start" type="date" .value=${a?.start ?? ''} />`,
      })}
      ${fieldRow({
        id: 'f-due',
        label: msg('Klart senast', { id: 'activities.due' }),
        error: errors.due,
        control: html`<input id="f-due" name="due" type="date" .value=${a?.due ?? ''} aria-invalid=${invalid('due')} aria-describedby=${described('f-due', 'due')} />`,
      })}
      ${fieldRow({
        id: 'f-frequency',
        label: msg('Hur ofta', { id: 'activities.frequency' }),
        control: html`<input id="f-frequency" name="frequency" .value=${a?.frequency ?? ''} />`,
      })}
    </div>
    ${fieldRow({
      id: 'f-description',
      label: msg('Beskrivning', { id: 'activities.form.description' }),
      control: html`<textarea id="f-description" name="description" rows="2" .value=${a?.description ?? ''}></textarea>`,
    })}
    ${plan.goals.length
      ? html`<fieldset>
          <legend>${msg('Mål som insatsen hör till', { id: 'activities.form.goals' })}</legend>
          <div class="goal-options">
            ${plan.goals.map((g) => html`<label class="check"><input type="checkbox" name="goal" value=${g.id} .checked=${goalIds.has(g.id)} />${g.text}</label>`)}
          </div>
        </fieldset>`
      : nothing}
    ${errors.submit ? html`<p class="field-error" role="alert">${errors.submit}</p>` : nothing}
    <div class="button-row">
      <button type="submit" class="primary" part="button">${a ? label.save() : label.add()}</button>
      <button type="button" part="button" @click=${() => actions.closeForm()}>${label.cancel()}</button>
    </div>
  </form>`;
}
