/**
 * The receivers of a sent initiative, in the order it was sent (the history): each one's answer
 * state and due time, acknowledge / decline with whom to send it to instead, and sending on to
 * the unit a decline points to. Also the receiving unit's own view (`party`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, fieldRow } from '../../../shared/templates';
import * as label from '../../../shared/labels';
import { entryDetail, partyName, stockholmTime, type AnswerState, type ReceiverRow } from '../answers';
import type { DeclineDraft, InitiativeActions, InitiativeViewModel } from '../types';

const when = (vm: Readonly<InitiativeViewModel>, iso: string | undefined): string => (iso ? stockholmTime(iso, vm.locale) : '');

export function stateLabel(state: AnswerState): string {
  switch (state) {
    case 'acknowledged':
      return msg('Kvitterat', { id: 'initiative.state.acknowledged' });
    case 'declined':
      return msg('Nekat', { id: 'initiative.state.declined' });
    case 'overdue':
      return msg('Svar försenat', { id: 'initiative.state.overdue' });
    default:
      return msg('Väntar på svar', { id: 'initiative.state.waiting' });
  }
}

function stateLine(vm: Readonly<InitiativeViewModel>, row: ReceiverRow): TemplateResult {
  const r = row.receiver;
  const detail =
    row.state === 'acknowledged' || row.state === 'declined'
      ? when(vm, r.answer?.at)
      : row.state === 'overdue'
        ? msg(str`skulle ha svarat senast ${when(vm, r.dueAt)}`, { id: 'initiative.state.overdueSince' })
        : msg(str`svar senast ${when(vm, r.dueAt)}`, { id: 'initiative.state.dueBy' });
  return html`<p class="state"><span class="badge">${stateLabel(row.state)}</span> ${detail}</p>`;
}

function forwardPart(vm: Readonly<InitiativeViewModel>, actions: InitiativeActions, row: ReceiverRow): TemplateResult | typeof nothing {
  const f = row.forward;
  if (!f) return nothing;
  const target = f.kind === 'notInNetwork' ? f.text : f.entry.name;
  const pointer = html`<p class="redirect">${msg(str`Hänvisar till: ${target}`, { id: 'initiative.redirect' })}</p>`;
  if (f.kind === 'sent') return html`${pointer}<p class="muted">${msg(str`Initiativet har skickats till ${target}.`, { id: 'initiative.forward.sent' })}</p>`;
  if (f.kind === 'notCovered') {
    return html`${pointer}<p class="why">${msg(str`${target} omfattas inte av samtycket. Fråga personen och registrera ett nytt samtycke innan initiativet skickas vidare.`, { id: 'initiative.forward.notCovered' })}</p>`;
  }
  if (f.kind === 'notInNetwork') {
    return html`${pointer}<p class="why">${msg('Finns inte i nätverket. Lägg till mottagaren i nätverkskartan och i samtycket för att skicka vidare.', { id: 'initiative.forward.notInNetwork' })}</p>`;
  }
  const name = msg(str`Skicka vidare till ${target}`, { id: 'initiative.forward' });
  return html`${pointer}${vm.canEdit
    ? html`<div class="button-row">
        <button type="button" class="primary" part="button" data-action="forward" id="forward-${vm.keyOf(row.receiver.entryId)}" @click=${() => actions.forward(row.receiver.entryId)}>${name}</button>
      </div>`
    : nothing}`;
}

/** The decline form for one receiver: whom to send it to instead (an entry or free text) and a comment. */
function declineForm(vm: Readonly<InitiativeViewModel>, actions: InitiativeActions, row: ReceiverRow, d: DeclineDraft): TemplateResult {
  const id = row.receiver.entryId;
  const key = vm.keyOf(id);
  const received = new Set(vm.rows.map((r) => r.receiver.entryId));
  const options = vm.plan.network.filter((e) => e.id !== id && !received.has(e.id) && (e.kind === 'unit' || e.kind === 'professional' || e.kind === 'organisation'));
  const missing = d.tried && (d.redirect === '' || (d.redirect === 'other' && d.other.trim() === ''));
  const error = missing ? msg('Skriv vem som ska få initiativet i stället.', { id: 'initiative.error.redirect' }) : undefined;
  const selectError = d.redirect === 'other' ? undefined : error;
  const otherError = d.redirect === 'other' ? error : undefined;
  return html`<div class="decline" role="group" aria-labelledby="decline-title-${key}">
    <p class="decline-title" id="decline-title-${key}">${msg(str`Neka för ${row.name}`, { id: 'initiative.decline.title' })}</p>
    ${fieldRow({
      id: `redirect-${key}`,
      label: msg('Skicka i stället till', { id: 'initiative.decline.redirect' }),
      error: selectError,
      control: html`<select
        id="redirect-${key}"
        aria-invalid=${selectError ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy({ id: `redirect-${key}`, error: selectError }))}
        @change=${(e: Event) => actions.setDecline(id, { redirect: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${d.redirect === ''}>${msg('Välj …', { id: 'initiative.choose' })}</option>
        ${options.map((e) => html`<option value=${e.id} ?selected=${d.redirect === e.id}>${e.name}${entryDetail(e) ? ` – ${entryDetail(e)}` : ''}</option>`)}
        <option value="other" ?selected=${d.redirect === 'other'}>${msg('Någon annan (skriv vem)', { id: 'initiative.decline.other' })}</option>
      </select>`,
    })}
    ${d.redirect === 'other'
      ? fieldRow({
          id: `other-${key}`,
          label: msg('Vilken verksamhet eller person?', { id: 'initiative.decline.otherLabel' }),
          error: otherError,
          control: html`<input
            id="other-${key}"
            type="text"
            .value=${d.other}
            aria-invalid=${otherError ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy({ id: `other-${key}`, error: otherError }))}
            @input=${(e: Event) => actions.setDecline(id, { other: (e.target as HTMLInputElement).value })}
          />`,
        })
      : nothing}
    ${fieldRow({
      id: `note-${key}`,
      label: msg('Kommentar (valfri)', { id: 'initiative.decline.note' }),
      control: html`<textarea id="note-${key}" rows="2" .value=${d.note} @input=${(e: Event) => actions.setDecline(id, { note: (e.target as HTMLTextAreaElement).value })}></textarea>`,
    })}
    <div class="button-row">
      <button type="button" class="primary" part="button" data-action="confirm-decline" @click=${() => actions.confirmDecline(id)}>
        ${msg('Neka och hänvisa', { id: 'initiative.decline.confirm' })}
      </button>
      <button type="button" part="button" data-action="cancel-decline" @click=${() => actions.cancelDecline(id)}>${label.cancel()}</button>
    </div>
  </div>`;
}

/** Acknowledge / decline for a receiver without an answer; the decline form when opened. */
function answerControls(vm: Readonly<InitiativeViewModel>, actions: InitiativeActions, row: ReceiverRow): TemplateResult | typeof nothing {
  if (!vm.canEdit || row.receiver.answer) return nothing;
  const id = row.receiver.entryId;
  const key = vm.keyOf(id);
  const d = vm.declines.get(id);
  if (d) return declineForm(vm, actions, row, d);
  // Visible text first in each name (WCAG 2.5.3); the receiver's name makes it unique in the list.
  const ack = msg('Kvittera', { id: 'initiative.acknowledge' });
  const decline = msg('Neka och hänvisa', { id: 'initiative.decline' });
  const named = (text: string) => (vm.party ? text : `${text} – ${row.name}`);
  return html`<div class="button-row">
    <button type="button" class="primary" part="button" data-action="acknowledge" id="ack-${key}" aria-label=${named(ack)} @click=${() => actions.acknowledge(id)}>${ack}</button>
    <button type="button" part="button" data-action="decline" id="decline-${key}" aria-label=${named(decline)} @click=${() => actions.startDecline(id)}>${decline}</button>
  </div>`;
}

function note(row: ReceiverRow): TemplateResult | typeof nothing {
  const text = row.receiver.answer?.note;
  return text ? html`<p class="answer-note">${msg(str`Kommentar: ${text}`, { id: 'initiative.answerNote' })}</p>` : nothing;
}

function receiverItem(vm: Readonly<InitiativeViewModel>, actions: InitiativeActions, row: ReceiverRow): TemplateResult {
  const key = vm.keyOf(row.receiver.entryId);
  const detail = row.entry ? entryDetail(row.entry) : '';
  return html`<li class="receiver ${row.state}" part="receiver" data-entry=${row.receiver.entryId} data-state=${row.state}>
    <h4 class="who" id="row-${key}" tabindex="-1">${row.name}${detail ? html` <span class="muted">${detail}</span>` : nothing}</h4>
    ${stateLine(vm, row)}
    <p class="muted sent">
      ${msg(str`Skickat ${when(vm, row.receiver.sentAt)}`, { id: 'initiative.sentAt' })}${row.forwardedFrom.length
        ? msg(str` – efter hänvisning från ${row.forwardedFrom.join(', ')}`, { id: 'initiative.forwardedFrom' })
        : ''}
    </p>
    ${note(row)} ${forwardPart(vm, actions, row)} ${answerControls(vm, actions, row)}
  </li>`;
}

/** What was sent, by whom and when; then every receiver. */
export function renderSent(vm: Readonly<InitiativeViewModel>, actions: InitiativeActions): TemplateResult {
  const ini = vm.plan.initiative!;
  const answered = vm.rows.filter((r) => r.receiver.answer).length;
  return html`<div class="sent-initiative">
    ${renderSummary(vm)}
    ${vm.overdue.length
      ? html`<p class="overdue-banner" part="overdue">
          ${vm.overdue.length === 1
            ? msg(str`Svaret från ${vm.overdue[0]!.name} är försenat.`, { id: 'initiative.overdue.one' })
            : msg(str`${vm.overdue.length} svar är försenade: ${vm.overdue.map((r) => r.name).join(', ')}.`, { id: 'initiative.overdue.many' })}
        </p>`
      : nothing}
    <h3 id="receivers-title" tabindex="-1">
      ${msg(str`Mottagare (${answered} av ${ini.receivers.length} har svarat)`, { id: 'initiative.receivers.title' })}
    </h3>
    <ol class="receivers">${vm.rows.map((row) => receiverItem(vm, actions, row))}</ol>
  </div>`;
}

function renderSummary(vm: Readonly<InitiativeViewModel>): TemplateResult {
  const ini = vm.plan.initiative!;
  return html`<dl class="summary">
    <div><dt>${msg('Anledning', { id: 'initiative.reason' })}</dt><dd>${ini.reason || '–'}</dd></div>
    <div><dt>${msg('Skickat av', { id: 'initiative.sentBy' })}</dt><dd>${partyName(vm.plan, ini.initiatedBy)}</dd></div>
    <div><dt>${msg('Skickat', { id: 'initiative.sentWhen' })}</dt><dd>${when(vm, ini.at)}</dd></div>
  </dl>`;
}

/** The receiving unit's view: the initiative and its own answer, nothing about the others. */
export function renderParty(vm: Readonly<InitiativeViewModel>, actions: InitiativeActions): TemplateResult {
  const row = vm.rows.find((r) => r.receiver.entryId === vm.party);
  if (!vm.plan.initiative || !row) {
    return html`<p class="empty">${msg(str`Inget initiativ har skickats till ${partyName(vm.plan, vm.party ?? '')}.`, { id: 'initiative.party.none' })}</p>`;
  }
  return html`<div class="party ${row.state}" part="receiver" data-state=${row.state}>
    ${renderSummary(vm)}
    <div id="party-answer" tabindex="-1">${stateLine(vm, row)} ${note(row)}</div>
    ${row.forward ? html`<p class="redirect">${msg(str`Hänvisar till: ${row.forward.kind === 'notInNetwork' ? row.forward.text : row.forward.entry.name}`, { id: 'initiative.redirect' })}</p>` : nothing}
    ${answerControls(vm, actions, row)}
  </div>`;
}
