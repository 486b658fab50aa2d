/**
 * The form that starts an initiative: the reason (no case notes), the units it goes to (only
 * those the consent covers can be chosen; the others are listed with why), who sends it, and
 * when the answers will be due.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, fieldRow } from '../../../shared/templates';
import * as term from '../../../shared/terms';
import { entryDetail, stockholmTime, type Candidate, type SenderOption } from '../answers';
import type { InitiativeActions, InitiativeViewModel } from '../types';

function senderLabel(o: SenderOption): string {
  if (o.kind === 'person') return `${o.name} (${term.thePerson()})`;
  return o.name;
}

function whyNot(c: Candidate): string {
  return c.reason === 'noConsent'
    ? msg('Inget samtycke gäller just nu.', { id: 'initiative.notCovered.noConsent' })
    : msg('Finns inte med i samtycket. Fråga personen och registrera ett nytt samtycke först.', { id: 'initiative.notCovered.notInConsent' });
}

function candidateRow(vm: Readonly<InitiativeViewModel>, actions: InitiativeActions, c: Candidate): TemplateResult {
  const id = `to-${vm.keyOf(c.entry.id)}`;
  const detail = entryDetail(c.entry);
  const disabled = !c.covered || c.received;
  return html`<li class="choice ${c.covered ? '' : 'not-covered'}">
    <input
      type="checkbox"
      id=${id}
      value=${c.entry.id}
      .checked=${vm.draft.receivers.includes(c.entry.id) && !disabled}
      ?disabled=${disabled}
      aria-describedby=${ifDefined(c.covered ? undefined : `${id}-why`)}
      @change=${(e: Event) => actions.toggleReceiver(c.entry.id, (e.target as HTMLInputElement).checked)}
    />
    <label for=${id}>
      <span class="name">${c.entry.name}</span>${detail ? html` <span class="muted">${detail}</span>` : nothing}
      ${c.covered ? nothing : html`<span class="why" id="${id}-why">${whyNot(c)}</span>`}
    </label>
  </li>`;
}

export function renderForm(vm: Readonly<InitiativeViewModel>, actions: InitiativeActions): TemplateResult {
  const { draft, errors } = vm;
  const reasonError = errors.has('reason') ? msg('Skriv vad samordningen behövs för.', { id: 'initiative.error.reason' }) : undefined;
  const reasonHelp = msg('Till exempel ”behov av samordning av hemtjänst, rehabilitering och läkarkontakter”. Skriv inga journalanteckningar: initiativet går till flera verksamheter.', { id: 'initiative.reason.help' });
  const senderError = errors.has('sender') ? msg('Välj vem som skickar initiativet.', { id: 'initiative.error.sender' }) : undefined;
  const covered = vm.candidates.filter((c) => c.covered);
  const left = vm.candidates.filter((c) => !c.covered);
  const receiversError = errors.has('receivers') ? msg('Välj minst en mottagare som samtycket omfattar.', { id: 'initiative.error.receivers' }) : undefined;
  return html`<form
    class="start"
    part="form"
    novalidate
    aria-labelledby="start-title"
    @submit=${(e: Event) => {
      e.preventDefault();
      actions.send();
    }}
  >
    <h3 id="start-title">${msg('Starta ett initiativ', { id: 'initiative.start.title' })}</h3>
    ${fieldRow({
      id: 'initiative-reason',
      field: 'reason',
      wide: true,
      label: msg('Anledning', { id: 'initiative.reason' }),
      help: reasonHelp,
      error: reasonError,
      control: html`<textarea
        id="initiative-reason"
        rows="3"
        .value=${draft.reason}
        aria-invalid=${reasonError ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy({ id: 'initiative-reason', help: reasonHelp, error: reasonError }))}
        @input=${(e: Event) => actions.setReason((e.target as HTMLTextAreaElement).value)}
      ></textarea>`,
    })}
    <fieldset data-field="receivers" aria-describedby=${ifDefined(receiversError ? 'receivers-error' : undefined)}>
      <legend>${msg('Mottagare', { id: 'initiative.receivers' })}</legend>
      <p class="help">${msg('Enheter och personal som samtycket omfattar. Svar ska komma inom en arbetsdag.', { id: 'initiative.receivers.help' })}</p>
      ${covered.length
        ? html`<ul class="choices">${covered.map((c) => candidateRow(vm, actions, c))}</ul>`
        : html`<p class="none">${msg('Samtycket omfattar ingen enhet eller personal ännu.', { id: 'initiative.receivers.none' })}</p>`}
      ${left.length
        ? html`<p class="left-out-title">${msg('Kan inte väljas – samtycket omfattar dem inte:', { id: 'initiative.receivers.leftOut' })}</p>
            <ul class="choices">${left.map((c) => candidateRow(vm, actions, c))}</ul>`
        : nothing}
      ${receiversError ? html`<p class="field-error" id="receivers-error">${receiversError}</p>` : nothing}
    </fieldset>
    ${fieldRow({
      id: 'initiative-sender',
      field: 'sender',
      label: msg('Skickas av', { id: 'initiative.sender' }),
      error: senderError,
      control: html`<select
        id="initiative-sender"
        aria-invalid=${senderError ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy({ id: 'initiative-sender', error: senderError }))}
        @change=${(e: Event) => actions.setSender((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${draft.sender === ''}>${msg('Välj …', { id: 'initiative.choose' })}</option>
        ${vm.senders.map((o) => html`<option value=${o.id} ?selected=${o.id === draft.sender}>${senderLabel(o)}</option>`)}
      </select>`,
    })}
    <p class="when">${msg(str`Skickas nu, ${stockholmTime(vm.now, vm.locale)}. Svar senast ${stockholmTime(vm.dueIfSentNow, vm.locale)} (en arbetsdag).`, { id: 'initiative.when' })}</p>
    <div class="button-row">
      <button type="submit" class="primary" part="button">${msg('Skicka initiativet', { id: 'initiative.send' })}</button>
    </div>
  </form>`;
}
