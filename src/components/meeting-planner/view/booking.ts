/** The booking form (a new meeting or a change) and the booked meeting's summary. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { MEETING_FORMS } from '../../../model/constants';
import type { Meeting } from '../../../model/schema';
import { describedBy, fieldRow } from '../../../shared/templates';
import { getLocale } from '../../../shared/i18n';
import * as label from '../../../shared/labels';
import type { BookingDraft, BookingErrorCode, BookingField } from '../booking';
import { who } from '../people';
import { formLabel, leftOutReason, when } from '../labels';
import type { PlannerActions, PlannerViewModel } from '../types';

function errorText(code: BookingErrorCode | undefined): string | undefined {
  switch (code) {
    case 'dateMissing':
      return msg('Välj ett datum för mötet.', { id: 'meeting-planner.error.date' });
    case 'startMissing':
      return msg('Ange när mötet börjar.', { id: 'meeting-planner.error.start' });
    case 'endMissing':
      return msg('Ange när mötet slutar.', { id: 'meeting-planner.error.end' });
    case 'endBeforeStart':
      return msg('Sluttiden måste vara efter starttiden.', { id: 'meeting-planner.error.endBeforeStart' });
    case 'noParticipants':
      return msg('Välj minst en deltagare.', { id: 'meeting-planner.error.participants' });
    default:
      return undefined;
  }
}

const value = (e: Event): string => (e.target as HTMLInputElement).value;

function text(vm: Readonly<PlannerViewModel>, a: PlannerActions, d: BookingDraft, field: BookingField, type: string, labelText: string, error?: string, help?: string): TemplateResult {
  const id = `book-${field}`;
  return fieldRow({
    id,
    label: labelText,
    field: id,
    error,
    help,
    control: html`<input
      id=${id}
      type=${type}
      .value=${String(d[field])}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy({ id, error, help }) ?? nothing}
      @input=${(e: Event) => a.bookingInput(field, value(e))}
      @change=${(e: Event) => a.bookingInput(field, value(e))}
      @blur=${() => a.touch(field)}
    />`,
  });
}

function area(a: PlannerActions, d: BookingDraft, field: 'purpose' | 'questions' | 'adaptations', labelText: string, help?: string): TemplateResult {
  const id = `book-${field}`;
  return fieldRow({
    id,
    label: labelText,
    help,
    wide: true,
    field: id,
    control: html`<textarea id=${id} rows="3" .value=${d[field]} aria-describedby=${describedBy({ id, help }) ?? nothing} @input=${(e: Event) => a.bookingInput(field, value(e))}></textarea>`,
  });
}

function personSelect(vm: Readonly<PlannerViewModel>, a: PlannerActions, d: BookingDraft, field: 'leaderId' | 'noteTakerId', labelText: string): TemplateResult {
  const id = `book-${field}`;
  const staff = d.participants.filter((p) => vm.plan.network.find((e) => e.id === p)?.kind === 'professional');
  return fieldRow({
    id,
    label: labelText,
    field: id,
    control: html`<select id=${id} @change=${(e: Event) => a.bookingInput(field, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${d[field] === ''}>${msg('Inte vald än', { id: 'meeting-planner.notChosen' })}</option>
      ${staff.map((p) => html`<option value=${p} ?selected=${d[field] === p}>${who(vm.plan, p)}</option>`)}
    </select>`,
  });
}

export function renderBookingForm(vm: Readonly<PlannerViewModel>, a: PlannerActions, d: BookingDraft): TemplateResult {
  const e = vm.bookingErrors;
  const participantsError = errorText(e.participants);
  const changing = vm.meeting !== undefined;
  return html`<form class="card booking" part="booking" aria-labelledby="book-heading" novalidate @submit=${(ev: Event) => (ev.preventDefault(), a.book())}>
    <h3 id="book-heading">${changing ? msg('Ändra mötet', { id: 'meeting-planner.book.changeHeading' }) : msg('Boka SIP-möte', { id: 'meeting-planner.book.heading' })}</h3>
    <p class="help">${msg('Syfte och frågor skrivs tillsammans med personen.', { id: 'meeting-planner.book.help' })}</p>
    <div class="fields">
      ${text(vm, a, d, 'date', 'date', msg('Datum', { id: 'meeting-planner.date' }), errorText(e.date))}
      ${text(vm, a, d, 'start', 'time', msg('Börjar', { id: 'meeting-planner.start' }), errorText(e.start))}
      ${text(vm, a, d, 'end', 'time', msg('Slutar', { id: 'meeting-planner.end' }), errorText(e.end))}
      ${text(vm, a, d, 'place', 'text', msg('Plats', { id: 'meeting-planner.place' }), undefined, msg('Där personen vill ses, eller länken till videomötet.', { id: 'meeting-planner.place.help' }))}
    </div>
    ${vm.formShortNoticeDays !== undefined
      ? html`<p class="hint" data-hint="short-notice">${msg(str`Mötet är om ${vm.formShortNoticeDays} dagar. Kalla gärna minst tre veckor innan, om det inte är brådskande.`, { id: 'meeting-planner.shortNotice.form' })}</p>`
      : nothing}
    <fieldset>
      <legend>${msg('Mötesform', { id: 'meeting-planner.form' })}</legend>
      <div class="choices">
        ${MEETING_FORMS.map(
          (f) => html`<label class="choice"><input type="radio" name="form" value=${f} .checked=${d.form === f} @change=${() => a.bookingInput('form', f)} />${formLabel(f)}</label>`,
        )}
      </div>
    </fieldset>
    <div class="fields">
      ${area(a, d, 'purpose', msg('Syfte med mötet', { id: 'meeting-planner.purpose' }))}
      ${area(a, d, 'questions', msg('Frågor att ta upp', { id: 'meeting-planner.questions' }), msg('En fråga per rad.', { id: 'meeting-planner.onePerLine' }))}
    </div>
    <fieldset id="participants" aria-describedby=${participantsError ? 'participants-error' : nothing}>
      <legend>${msg('Deltagare', { id: 'meeting-planner.participants' })}</legend>
      <label class="choice"><input type="checkbox" id="book-personAttends" .checked=${d.personAttends} @change=${(ev: Event) => a.bookingInput('personAttends', (ev.target as HTMLInputElement).checked)} />${msg(str`${vm.plan.person.name} deltar`, { id: 'meeting-planner.personAttends' })}</label>
      ${vm.invitees.choosable.map(
        (p) => html`<label class="choice"><input type="checkbox" id="part-${vm.keyOf(p.id)}" data-entry=${p.id} .checked=${d.participants.includes(p.id)} @change=${(ev: Event) => a.toggleParticipant(p.id, (ev.target as HTMLInputElement).checked)} />${who(vm.plan, p.id)}</label>`,
      )}
      ${vm.invitees.choosable.length === 0 ? html`<p class="help">${msg('Ingen på nätverkskartan är markerad som inbjuden och omfattas av samtycket.', { id: 'meeting-planner.noChoosable' })}</p>` : nothing}
      ${participantsError ? html`<p class="field-error" id="participants-error">${participantsError}</p>` : nothing}
      ${vm.invitees.leftOut.length
        ? html`<div class="left-out" part="left-out">
            <p>${msg('Inte med i kallelsen:', { id: 'meeting-planner.leftOut' })}</p>
            <ul>
              ${vm.invitees.leftOut.map((l) => html`<li data-left-out=${l.entry.id}>${who(vm.plan, l.entry.id)} – ${leftOutReason(l.reason)}</li>`)}
            </ul>
          </div>`
        : nothing}
    </fieldset>
    <div class="fields">
      ${personSelect(vm, a, d, 'leaderId', msg('Mötesledare', { id: 'meeting-planner.leader' }))}
      ${personSelect(vm, a, d, 'noteTakerId', msg('Antecknar', { id: 'meeting-planner.noteTaker' }))}
    </div>
    <fieldset>
      <legend>${msg('Anpassningar för personen', { id: 'meeting-planner.adaptationsHeading' })}</legend>
      <label class="choice"><input type="checkbox" id="book-interpreterNeeded" .checked=${d.interpreterNeeded} @change=${(ev: Event) => a.bookingInput('interpreterNeeded', (ev.target as HTMLInputElement).checked)} />${msg('Tolk behövs', { id: 'meeting-planner.interpreter' })}</label>
      ${d.interpreterNeeded ? text(vm, a, d, 'interpreterLanguage', 'text', msg('Språk', { id: 'meeting-planner.language' })) : nothing}
      ${area(a, d, 'adaptations', msg('Andra anpassningar', { id: 'meeting-planner.adaptations' }), msg('En per rad, till exempel hörselslinga eller pauser.', { id: 'meeting-planner.adaptations.help' }))}
    </fieldset>
    <label class="choice"><input type="checkbox" id="book-urgent" .checked=${d.urgent} @change=${(ev: Event) => a.bookingInput('urgent', (ev.target as HTMLInputElement).checked)} />${msg('Brådskande – kort varsel är avsiktligt', { id: 'meeting-planner.urgent' })}</label>
    ${vm.opError ? html`<p class="field-error" role="alert">${vm.opError}</p>` : nothing}
    <div class="button-row">
      <button type="submit" class="primary" part="button" data-action="book">${changing ? msg('Spara ändringarna och kalla nya deltagare', { id: 'meeting-planner.book.save' }) : msg('Boka mötet och skicka kallelser', { id: 'meeting-planner.book.submit' })}</button>
      ${changing ? html`<button type="button" part="button" data-action="cancel-booking" @click=${a.cancelBooking}>${label.cancel()}</button>` : nothing}
    </div>
  </form>`;
}

export function renderBooked(vm: Readonly<PlannerViewModel>, a: PlannerActions, m: Meeting): TemplateResult {
  const locale = getLocale();
  const names = m.participants.map((p) => who(vm.plan, p));
  if (m.personAttends) names.unshift(vm.plan.person.name);
  return html`<section class="card" part="meeting" aria-labelledby="meeting-heading">
    <h3 id="meeting-heading">${msg('Bokat SIP-möte', { id: 'meeting-planner.booked.heading' })}</h3>
    <dl class="facts">
      <dt>${msg('Tid', { id: 'meeting-planner.time' })}</dt><dd>${when(m.start, m.end, locale)}</dd>
      <dt>${msg('Plats', { id: 'meeting-planner.place' })}</dt><dd>${m.place ?? '–'}</dd>
      <dt>${msg('Mötesform', { id: 'meeting-planner.form' })}</dt><dd>${formLabel(m.form)}</dd>
      <dt>${msg('Syfte med mötet', { id: 'meeting-planner.purpose' })}</dt><dd>${m.purpose ?? '–'}</dd>
      ${m.questions.length ? html`<dt>${msg('Frågor att ta upp', { id: 'meeting-planner.questions' })}</dt><dd><ul>${m.questions.map((q) => html`<li>${q}</li>`)}</ul></dd>` : nothing}
      <dt>${msg('Mötesledare', { id: 'meeting-planner.leader' })}</dt><dd>${m.leaderId ? who(vm.plan, m.leaderId) : msg('Inte vald än', { id: 'meeting-planner.notChosen' })}</dd>
      <dt>${msg('Antecknar', { id: 'meeting-planner.noteTaker' })}</dt><dd>${m.noteTakerId ? who(vm.plan, m.noteTakerId) : msg('Inte vald än', { id: 'meeting-planner.notChosen' })}</dd>
      <dt>${msg('Deltagare', { id: 'meeting-planner.participants' })}</dt><dd>${names.join(', ')}</dd>
      ${m.interpreter?.needed ? html`<dt>${msg('Tolk', { id: 'meeting-planner.interpreterShort' })}</dt><dd>${m.interpreter.language ?? label.yes()}</dd>` : nothing}
      ${m.adaptations?.length ? html`<dt>${msg('Andra anpassningar', { id: 'meeting-planner.adaptations' })}</dt><dd><ul>${m.adaptations.map((x) => html`<li>${x}</li>`)}</ul></dd>` : nothing}
      ${m.urgent ? html`<dt>${msg('Brådskande', { id: 'meeting-planner.urgentShort' })}</dt><dd>${label.yes()}</dd>` : nothing}
    </dl>
    ${vm.shortNotice ? html`<p class="hint" data-hint="short-notice">${vm.shortNotice}</p>` : nothing}
    ${vm.canEdit
      ? html`<div class="button-row"><button type="button" part="button" data-action="change-meeting" @click=${a.startBooking}>${msg('Ändra mötet', { id: 'meeting-planner.book.changeHeading' })}</button></div>`
      : nothing}
  </section>`;
}
