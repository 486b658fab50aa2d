/** The follow-up record: how it went, what helped and hindered, coordination, and the decision with what it needs. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { FOLLOW_UP_DECISIONS } from '../../../model/constants';
import { partiesToNotify } from '../../../model/operations/consent';
import { fieldRow } from '../../../shared/templates';
import * as label from '../../../shared/labels';
import * as term from '../../../shared/terms';
import { giverOptions } from '../../consent-recorder/draft';
import { roleText } from '../../consent-recorder/view/texts';
import type { NetworkEntry } from '../../../model';
import { closeReasons, sipKollenApplies, type RecordDraft, type RecordField, type RecordProblem } from '../record';
import type { FollowUpActions, FollowUpViewModel } from '../types';
import { decisionLabel, reasonLabel } from './labels';

function problemText(field: RecordField, p: RecordProblem): string {
  switch (field) {
    case 'date':
      return p === 'inFuture'
        ? msg('Uppföljningen kan inte ha ett datum efter i dag.', { id: 'followUp.error.dateFuture' })
        : p === 'notADate'
          ? msg('Skriv datumet som ÅÅÅÅ-MM-DD.', { id: 'followUp.error.dateFormat' })
          : msg('Skriv datumet för uppföljningen.', { id: 'followUp.error.date' });
    case 'coordination':
      return msg('Svara om samordning fortfarande behövs.', { id: 'followUp.error.coordination' });
    case 'decision':
      return msg('Välj ett beslut: fortsätta, revidera eller avsluta.', { id: 'followUp.error.decision' });
    case 'nextDate':
      return p === 'notAfter'
        ? msg('Nästa uppföljning ska vara efter den här uppföljningen.', { id: 'followUp.error.nextAfter' })
        : p === 'notADate'
          ? msg('Skriv datumet som ÅÅÅÅ-MM-DD.', { id: 'followUp.error.dateFormat' })
          : msg('Skriv när nästa uppföljning ska vara.', { id: 'followUp.error.nextDate' });
    case 'closeReason':
      return msg('Välj varför planen avslutas.', { id: 'followUp.error.reason' });
    case 'withdrawBy':
      return msg('Välj vem som återkallade samtycket.', { id: 'followUp.error.withdrawBy' });
    case 'withdrawForm':
      return msg('Välj hur samtycket återkallades.', { id: 'followUp.error.withdrawForm' });
  }
}

type Vm = Readonly<FollowUpViewModel>;

/** A unit's name after an entry's, unless the entry is the unit itself. */
const withUnit = (e: NetworkEntry): boolean => !!e.unit && e.unit !== e.name;

function errorOf(vm: Vm, field: RecordField): string | undefined {
  const p = vm.problems[field];
  return p ? problemText(field, p) : undefined;
}

function fieldsetError(vm: Vm, field: RecordField): TemplateResult | typeof nothing {
  const e = errorOf(vm, field);
  return e ? html`<p class="field-error" id="err-${field}">${e}</p>` : nothing;
}

const invalid = (vm: Vm, field: RecordField): 'true' | 'false' => (vm.problems[field] ? 'true' : 'false');
const errId = (vm: Vm, field: RecordField): string | undefined => (vm.problems[field] ? `err-${field}` : undefined);

function dateField(vm: Vm, a: FollowUpActions, field: 'date' | 'nextDate', text: string): TemplateResult {
  const id = `f-${field}`;
  const error = errorOf(vm, field);
  return fieldRow({
    id,
    field,
    label: html`${text} *`,
    help: msg('Skrivs ÅÅÅÅ-MM-DD.', { id: 'followUp.help.date' }),
    error,
    control: html`<input
      id=${id}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="${id}-help${error ? ` ${id}-error` : ''}"
      .value=${live(vm.draft[field])}
      @input=${(e: Event) => a.set({ [field]: (e.target as HTMLInputElement).value })}
    />`,
  });
}

function textArea(vm: Vm, a: FollowUpActions, field: 'howItWent' | 'helped' | 'hindered' | 'revisionNote' | 'closeNote', text: string, help?: string): TemplateResult {
  const id = `f-${field}`;
  return fieldRow({
    id,
    field,
    label: text,
    help,
    control: html`<textarea id=${id} rows="3" aria-describedby=${ifDefined(help ? `${id}-help` : undefined)} .value=${live(vm.draft[field])} @input=${(e: Event) => a.set({ [field]: (e.target as HTMLTextAreaElement).value })}></textarea>`,
  });
}

function radios<V extends string>(vm: Vm, a: FollowUpActions, field: RecordField, legend: string, options: readonly { value: V; text: string }[], key: keyof RecordDraft): TemplateResult {
  const current = vm.draft[key];
  return html`<fieldset data-field=${field} class="choices" aria-describedby=${ifDefined(errId(vm, field))}>
    <legend>${legend} *</legend>
    ${fieldsetError(vm, field)}
    ${options.map(
      (o) => html`<label class="choice"
        ><input type="radio" name=${field} value=${o.value} aria-invalid=${invalid(vm, field)} .checked=${live(current === o.value)} @change=${() => a.set({ [key]: o.value })} />
        <span>${o.text}</span></label
      >`,
    )}
  </fieldset>`;
}

/**
 * What a closure asks, for a plan in force and for a draft alike: the reason (those that apply
 * to this plan), who withdrew the consent and how, who took part, a note, SIP-kollen where it
 * applies, and whom to tell.
 */
export function closureFields(vm: Vm, a: FollowUpActions): TemplateResult {
  const d = vm.draft;
  const plan = vm.plan;
  const draft = plan.status === 'draft';
  const reasons = closeReasons(plan);
  const notify = new Set(partiesToNotify(plan));
  const toTell = plan.network.filter((e) => notify.has(e.id));
  return html`${radios(vm, a, 'closeReason', msg('Varför avslutas planen?', { id: 'followUp.closure.reason' }), reasons.map((r) => ({ value: r, text: reasonLabel(r) })), 'closeReason')}
    ${draft && !reasons.includes('consentWithdrawn')
      ? html`<p class="help">${msg('Det finns inget lämnat samtycke att återkalla. Vill personen inte ha någon SIP: välj ”Samordning behövs inte längre” och skriv det i anteckningen.', { id: 'followUp.draftClose.noConsent' })}</p>`
      : nothing}
    ${d.closeReason === 'consentWithdrawn'
      ? html`<p class="help">${msg('Planen makuleras när samtycket återkallas, och de som omfattades av samtycket ska informeras.', { id: 'followUp.closure.withdrawHelp' })}</p>
          ${radios(
            vm,
            a,
            'withdrawBy',
            msg('Vem återkallade samtycket?', { id: 'followUp.closure.withdrawBy' }),
            [...giverOptions(plan).map((o) => ({ value: o.key, text: `${o.name} (${roleText(o.role, o.role === 'person' ? undefined : o.detail)})` })), { value: 'other', text: msg('Någon annan', { id: 'followUp.closure.withdrawOther' }) }],
            'withdrawBy',
          )}
          ${radios(
            vm,
            a,
            'withdrawForm',
            msg('Hur återkallades samtycket?', { id: 'followUp.closure.withdrawForm' }),
            [
              { value: 'oral', text: msg('Muntligt', { id: 'followUp.closure.oral' }) },
              { value: 'written', text: msg('Skriftligt', { id: 'followUp.closure.written' }) },
            ],
            'withdrawForm',
          )}`
      : nothing}
    <fieldset data-field="decidedWith" class="choices">
      <legend>${msg('Vilka tog del i beslutet att avsluta?', { id: 'followUp.closure.decidedWith' })}</legend>
      <label class="choice"
        ><input type="checkbox" data-person .checked=${live(d.personTookPart)} @change=${(e: Event) => a.set({ personTookPart: (e.target as HTMLInputElement).checked })} />
        <span>${plan.person.name} ${html`<span class="muted">(${term.thePerson()})</span>`}</span></label
      >
      ${plan.network.map(
        (e) => html`<label class="choice"
          ><input type="checkbox" value=${e.id} .checked=${live(d.decidedWith.includes(e.id))} @change=${(ev: Event) => a.toggleDecidedWith(e.id, (ev.target as HTMLInputElement).checked)} />
          <span>${e.name}${withUnit(e) ? html` <span class="muted">(${e.unit})</span>` : nothing}</span></label
        >`,
      )}
    </fieldset>
    ${draft
      ? textArea(vm, a, 'closeNote', label.note(), msg('Skriv varför planen avslutas, till exempel att personen har flyttat eller att behovet har upphört.', { id: 'followUp.draftClose.noteHelp' }))
      : textArea(vm, a, 'closeNote', msg('Utvärdering och anteckning', { id: 'followUp.closure.note' }))}
    ${sipKollenApplies(plan)
      ? html`<div class="field" data-field="sipKollen">
          <label class="choice"
            ><input id="f-sipKollen" type="checkbox" aria-describedby="f-sipKollen-help" .checked=${live(d.sipKollenOffered)} @change=${(e: Event) => a.set({ sipKollenOffered: (e.target as HTMLInputElement).checked })} />
            <span>${msg('SIP-kollen har erbjudits', { id: 'followUp.closure.sipKollen' })}</span></label
          >
          <p class="help" id="f-sipKollen-help">${msg('Erbjud personen SIP-kollen, enkäten om hur samordningen fungerade.', { id: 'followUp.closure.sipKollenHelp' })}</p>
        </div>`
      : nothing}
    <div class="notify">
      <p><strong>${msg('De här ska informeras när planen avslutas:', { id: 'followUp.closure.notify' })}</strong></p>
      ${toTell.length
        ? html`<ul class="notify-list">${toTell.map((e) => html`<li>${e.name}${withUnit(e) ? ` (${e.unit})` : ''}</li>`)}</ul>`
        : html`<p class="muted">${msg('Ingen part att informera.', { id: 'followUp.closure.notifyNone' })}</p>`}
    </div>`;
}

function closure(vm: Vm, a: FollowUpActions): TemplateResult {
  return html`<fieldset class="closure" data-part="closure">
    <legend>${msg('Avslut och utvärdering', { id: 'followUp.closure.legend' })}</legend>
    ${closureFields(vm, a)}
  </fieldset>`;
}

/** The last operation's error, where focus goes when the model refused (`#record-error`). */
export function opErrorLine(vm: Vm): TemplateResult | typeof nothing {
  return vm.opError ? html`<p class="field-error" id="record-error" tabindex="-1" role="alert">${vm.opError}</p>` : nothing;
}

function submitLabel(d: RecordDraft): string {
  if (d.decision === 'close') return msg('Spara och avsluta planen', { id: 'followUp.submit.close' });
  if (d.decision === 'revise') return msg('Spara och påbörja ny version', { id: 'followUp.submit.revise' });
  return msg('Spara uppföljningen', { id: 'followUp.submit' });
}

export function renderRecord(vm: Vm, a: FollowUpActions): TemplateResult {
  const d = vm.draft;
  return html`<section class="record" part="record" aria-labelledby="record-title">
    <h3 id="record-title">${msg('Uppföljning och beslut', { id: 'followUp.record.title' })}</h3>
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        a.submit();
      }}
    >
      ${dateField(vm, a, 'date', msg('Datum för uppföljningen', { id: 'followUp.field.date' }))}
      ${textArea(vm, a, 'howItWent', msg('Hur har det gått?', { id: 'followUp.field.howItWent' }), msg('Gärna med personens egna ord.', { id: 'followUp.help.ownWords' }))}
      ${textArea(vm, a, 'helped', msg('Vad har hjälpt?', { id: 'followUp.field.helped' }))}
      ${textArea(vm, a, 'hindered', msg('Vad har varit svårt eller hindrat?', { id: 'followUp.field.hindered' }))}
      ${radios(
        vm,
        a,
        'coordination',
        msg('Behövs samordning fortfarande?', { id: 'followUp.field.coordination' }),
        [
          { value: 'yes', text: label.yes() },
          { value: 'no', text: label.no() },
        ],
        'coordination',
      )}
      ${radios(vm, a, 'decision', term.decision(), FOLLOW_UP_DECISIONS.map((v) => ({ value: v, text: decisionLabel(v) })), 'decision')}
      ${d.decision === 'continue' ? dateField(vm, a, 'nextDate', msg('Nästa uppföljning', { id: 'followUp.field.nextDate' })) : nothing}
      ${d.decision === 'revise'
        ? textArea(vm, a, 'revisionNote', msg('Vad ska ändras?', { id: 'followUp.field.revisionNote' }), msg('Den här versionen makuleras och en ny version påbörjas som utkast med samma innehåll.', { id: 'followUp.help.revise' }))
        : nothing}
      ${d.decision === 'close' ? closure(vm, a) : nothing}
      ${opErrorLine(vm)}
      <div class="button-row">
        <button type="submit" class="primary" part="button">${submitLabel(d)}</button>
      </div>
    </form>
  </section>`;
}
