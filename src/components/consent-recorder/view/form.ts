/** The form for recording a decision (new, or a renewal starting from the consent in force). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { formatDateTime } from '../../../shared/format';
import * as label from '../../../shared/labels';
import * as term from '../../../shared/terms';
import { NEW_PARTY_KINDS, giverOptions, isMinor, type DraftField, type GiverOption, type NewPartyKind } from '../draft';
import type { ConsentActions, ConsentViewModel } from '../types';
import { clipped } from './long-text';
import { changeText, changesTitle, errorText, kindText, partyText, roleText } from './texts';

type VM = Readonly<ConsentViewModel>;

function fieldError(vm: VM, field: DraftField): TemplateResult | typeof nothing {
  const code = vm.errors[field];
  if (!code || !vm.shown.has(field)) return nothing;
  return html`<p class="field-error" id="err-${field}"><span aria-hidden="true">⚠ </span>${errorText(code)}</p>`;
}

function describedBy(vm: VM, field: DraftField, hint?: string): string | typeof nothing {
  const ids = [hint, vm.shown.has(field) ? `err-${field}` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

const value = (e: Event): string => (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
const checked = (e: Event): boolean => (e.target as HTMLInputElement).checked;

/** The form. */
export function renderForm(vm: VM, a: ConsentActions): TemplateResult {
  const { plan, draft: d, disabled } = vm;
  const minor = isMinor(plan.person, vm.today);
  const refused = d.decision === 'refused';
  const invalid = (f: DraftField) => (vm.shown.has(f) ? 'true' : 'false');
  return html`<form
    id="consent-form"
    part="form"
    class="form"
    novalidate
    aria-labelledby="form-title"
    @submit=${(e: Event) => {
      e.preventDefault();
      a.submit();
    }}
  >
    <h3 id="form-title">
      ${vm.renewal ? msg('Registrera nytt beslut om samtycke', { id: 'consent.form.titleRenewal' }) : msg('Registrera beslut om samtycke', { id: 'consent.form.title' })}
    </h3>
    <p class="muted">
      ${vm.renewal
        ? msg('Formuläret utgår från det senaste samtycket: samma parter, frågor och omfattning, med ny giltighetstid. Ändra det som ska ändras.', {
            id: 'consent.form.introRenewal',
          })
        : msg('Dokumentera personens beslut, både ja och nej. Fält markerade med * är obligatoriska.', { id: 'consent.form.intro' })}
    </p>
    <fieldset data-field="decision" ?disabled=${disabled} aria-describedby=${describedBy(vm, 'decision')} @focusout=${() => a.touch('decision')}>
      <legend>${term.decision()} *</legend>
      ${fieldError(vm, 'decision')}
      <label class="choice"
        ><input type="radio" name="decision" value="given" .checked=${live(d.decision === 'given')} aria-invalid=${invalid('decision')} @change=${() => a.set({ decision: 'given' })} />
        ${msg('Ja, samtycke ges', { id: 'consent.decision.given' })}</label
      >
      <label class="choice"
        ><input type="radio" name="decision" value="refused" .checked=${live(d.decision === 'refused')} aria-invalid=${invalid('decision')} @change=${() => a.set({ decision: 'refused' })} />
        ${msg('Nej, samtycke ges inte', { id: 'consent.decision.refused' })}</label
      >
    </fieldset>

    <fieldset data-field="givers" ?disabled=${disabled} aria-describedby=${describedBy(vm, 'givers', 'givers-hint')} @focusout=${() => a.touch('givers')}>
      <legend>${msg('Vem lämnar beslutet?', { id: 'consent.field.givers' })} *</legend>
      <p class="help" id="givers-hint">
        ${minor
          ? msg('Personen är under 18 år: vårdnadshavarna beslutar, helst tillsammans med barnet.', { id: 'consent.givers.hintMinor' })
          : plan.person.legalRepresentative
            ? msg('Personen har en ställföreträdare. Kontrollera att uppdraget omfattar detta.', { id: 'consent.givers.hintRep' })
            : msg('Normalt personen själv.', { id: 'consent.givers.hintAdult' })}
      </p>
      ${fieldError(vm, 'givers')}
      ${giverOptions(plan).map((o) => renderGiver(vm, a, o))}
      <label class="choice"
        ><input type="checkbox" value="other" .checked=${live(d.givers.includes('other'))} @change=${(e: Event) => a.toggle('givers', 'other', checked(e))} />
        ${msg('Annan person (till exempel en betrodd person)', { id: 'consent.givers.other' })}</label
      >
      ${d.givers.includes('other')
        ? html`<div class="field nested" data-field="otherName">
            <label for="other-name">${msg('Namn på den andra personen', { id: 'consent.field.otherName' })} *</label>
            ${fieldError(vm, 'otherName')}
            <input
              id="other-name"
              type="text"
              autocomplete="off"
              .value=${live(d.otherName)}
              aria-invalid=${invalid('otherName')}
              aria-describedby=${describedBy(vm, 'otherName')}
              @input=${(e: Event) => a.set({ otherName: value(e) })}
              @blur=${() => a.touch('otherName')}
            />
          </div>`
        : nothing}
    </fieldset>

    ${minor || d.childView
      ? html`<div class="field" data-field="childView">
          <label for="child-view">${msg('Barnets egen inställning, med barnets egna ord', { id: 'consent.field.childView' })}${minor ? ' *' : ''}</label>
          <p class="help" id="child-view-hint">${msg('Barnets syn ska alltid dokumenteras, oavsett ålder och beslut.', { id: 'consent.childView.hint' })}</p>
          ${fieldError(vm, 'childView')}
          <textarea
            id="child-view"
            rows="3"
            .value=${live(d.childView)}
            ?disabled=${disabled}
            aria-invalid=${invalid('childView')}
            aria-describedby=${describedBy(vm, 'childView', 'child-view-hint')}
            @input=${(e: Event) => a.set({ childView: value(e) })}
            @blur=${() => a.touch('childView')}
          ></textarea>
        </div>`
      : nothing}

    <fieldset data-field="form" ?disabled=${disabled} aria-describedby=${describedBy(vm, 'form')} @focusout=${() => a.touch('form')}>
      <legend>${msg('Hur lämnades beslutet?', { id: 'consent.field.form' })} *</legend>
      ${fieldError(vm, 'form')}
      <label class="choice"
        ><input type="radio" name="form" value="oral" .checked=${live(d.form === 'oral')} aria-invalid=${invalid('form')} @change=${() => a.set({ form: 'oral' })} />
        ${msg('Muntligt', { id: 'consent.form.oralLabel' })}</label
      >
      <label class="choice"
        ><input type="radio" name="form" value="written" .checked=${live(d.form === 'written')} aria-invalid=${invalid('form')} @change=${() => a.set({ form: 'written' })} />
        ${msg('Skriftligt', { id: 'consent.form.writtenLabel' })}</label
      >
    </fieldset>

    <fieldset data-field="parties" ?disabled=${disabled} aria-describedby=${describedBy(vm, 'parties', 'parties-hint')} @focusout=${() => a.touch('parties')}>
      <legend>
        ${refused
          ? msg('Vilka parter gällde frågan?', { id: 'consent.field.partiesRefused' })
          : html`${msg('Parter som får delta och utbyta information', { id: 'consent.field.parties' })} *`}
      </legend>
      <p class="help" id="parties-hint">${msg('Personen bestämmer vilka som får delta och ta del av planen.', { id: 'consent.parties.hint' })}</p>
      ${fieldError(vm, 'parties')}
      ${plan.network.some((e) => e.invited)
        ? html`<div class="button-row">
            <button type="button" part="button" data-action="select-invited" @click=${a.selectInvited}>
              ${msg('Välj alla som bjuds in till mötet', { id: 'consent.parties.selectInvited' })}
            </button>
          </div>`
        : nothing}
      ${plan.network.length === 0 && d.newParties.length === 0 ? html`<p class="muted">${msg('Nätverket är tomt.', { id: 'consent.parties.empty' })}</p>` : nothing}
      ${plan.network.map(
        (e) => html`<label class="choice"
          ><input type="checkbox" value=${e.id} .checked=${live(d.parties.includes(e.id))} @change=${(ev: Event) => a.toggle('parties', e.id, checked(ev))} />
          ${clipped(partyText(e))}</label
        >`,
      )}
      ${d.newParties.map(
        (p) => html`<label class="choice"
          ><input type="checkbox" value=${p.key} .checked=${live(d.parties.includes(p.key))} @change=${(ev: Event) => a.toggle('parties', p.key, checked(ev))} />
          <span>${clipped(p.name)} <span class="tag">${msg('ny', { id: 'consent.parties.newTag' })} – ${kindText(p.kind)}</span></span></label
        >`,
      )}
      ${vm.canAddParty
        ? renderAddParty(vm, a)
        : html`<p class="help">${msg('Planen är låst. Nya parter läggs till i nätverket när planen revideras.', { id: 'consent.parties.locked' })}</p>`}
    </fieldset>

    <div class="field" data-field="subject">
      <label for="subject">${msg('Vad samtycket gäller', { id: 'consent.field.subject' })}${refused ? '' : ' *'}</label>
      <p class="help" id="subject-hint">${msg('Till exempel: samordning av insatser från hemtjänst och vårdcentral.', { id: 'consent.subject.hint' })}</p>
      ${fieldError(vm, 'subject')}
      <input
        id="subject"
        type="text"
        autocomplete="off"
        .value=${live(d.subject)}
        ?disabled=${disabled}
        aria-invalid=${invalid('subject')}
        aria-describedby=${describedBy(vm, 'subject', 'subject-hint')}
        @input=${(e: Event) => a.set({ subject: value(e) })}
        @blur=${() => a.touch('subject')}
      />
    </div>

    <div class="field">
      <label for="questions">${msg('Frågor som ska tas upp', { id: 'consent.field.questions' })}</label>
      <p class="help" id="questions-hint">${msg('En fråga per rad.', { id: 'consent.questions.hint' })}</p>
      <textarea id="questions" rows="3" .value=${live(d.questions)} ?disabled=${disabled} aria-describedby="questions-hint" @input=${(e: Event) => a.set({ questions: value(e) })}></textarea>
    </div>

    <fieldset class="period" ?disabled=${disabled}>
      <legend>${refused ? msg('Datum för beslutet', { id: 'consent.field.decisionDate' }) : msg('Giltighet', { id: 'consent.field.validity' })}</legend>
      ${refused
        ? nothing
        : html`<p class="help" id="period-hint">
            ${msg(str`Samtycket är tidsbegränsat. Förslaget är ${vm.defaultMonths} månader; förnya vid uppföljning om samordningen fortsätter.`, {
              id: 'consent.period.hint',
            })}
          </p>`}
      <div class="dates">
        <div class="field" data-field="validFrom">
          <label for="valid-from">${refused ? msg('Datum', { id: 'consent.field.date' }) : msg('Gäller från', { id: 'consent.field.validFrom' })} *</label>
          ${fieldError(vm, 'validFrom')}
          <input
            id="valid-from"
            type="date"
            .value=${live(d.validFrom)}
            aria-invalid=${invalid('validFrom')}
            aria-describedby=${describedBy(vm, 'validFrom')}
            @input=${(e: Event) => a.set({ validFrom: value(e) })}
            @change=${(e: Event) => a.set({ validFrom: value(e) })}
            @blur=${() => a.touch('validFrom')}
          />
        </div>
        ${refused
          ? nothing
          : html`<div class="field" data-field="validUntil">
              <label for="valid-until">${msg('Gäller till och med', { id: 'consent.field.validUntil' })} *</label>
              ${fieldError(vm, 'validUntil')}
              <input
                id="valid-until"
                type="date"
                min=${d.validFrom || nothing}
                .value=${live(d.validUntil)}
                aria-invalid=${invalid('validUntil')}
                aria-describedby=${describedBy(vm, 'validUntil', 'period-hint')}
                @input=${(e: Event) => a.set({ validUntil: value(e) })}
                @change=${(e: Event) => a.set({ validUntil: value(e) })}
                @blur=${() => a.touch('validUntil')}
              />
            </div>`}
      </div>
    </fieldset>

    <div class="field">
      <label for="note">${label.note()}</label>
      <textarea id="note" rows="2" .value=${live(d.note)} ?disabled=${disabled} @input=${(e: Event) => a.set({ note: value(e) })}></textarea>
    </div>

    <div data-field="user">
      <p class="recorded-by">${vm.user ? clipped(msg(str`Registreras av ${vm.user}, ${formatDateTime(vm.now)}.`, { id: 'consent.form.recordedBy' })) : nothing}</p>
      ${vm.errors.user ? html`<p class="field-error" id="err-user"><span aria-hidden="true">⚠ </span>${errorText(vm.errors.user)}</p>` : nothing}
    </div>

    ${renderChanges(vm)}
    ${vm.opError ? html`<p class="field-error" role="alert">${vm.opError}</p>` : nothing}

    <div class="button-row">
      <button type="submit" part="button" class="primary" ?disabled=${disabled}>
        ${refused ? msg('Registrera nej till samtycke', { id: 'consent.submit.refused' }) : msg('Registrera samtycke', { id: 'consent.submit.given' })}
      </button>
      ${vm.canCancel ? html`<button type="button" part="button" ?disabled=${disabled} @click=${a.cancelForm}>${label.cancel()}</button>` : nothing}
    </div>
  </form>`;
}

/** What a renewal changes compared with the consent it starts from, shown before saving. */
function renderChanges(vm: VM): TemplateResult | typeof nothing {
  const r = vm.renewal;
  if (!r) return nothing;
  return html`<section class="changes" data-renewal-changes aria-labelledby="changes-title">
    <p id="changes-title" class="changes-title">${changesTitle(r.inForce, r.changes.length)}</p>
    ${r.changes.length ? html`<ul>${r.changes.map((c) => html`<li data-change=${c.kind}>${changeText(c)}</li>`)}</ul>` : nothing}
  </section>`;
}

function renderGiver(vm: VM, a: ConsentActions, o: GiverOption): TemplateResult {
  return html`<label class="choice"
    ><input
      type="checkbox"
      value=${o.key}
      .checked=${live(vm.draft.givers.includes(o.key))}
      aria-invalid=${vm.shown.has('givers') ? 'true' : 'false'}
      @change=${(e: Event) => a.toggle('givers', o.key, checked(e))}
    />
    <span>${clipped(o.name)} <span class="tag">${roleText(o.role, o.role === 'person' ? undefined : o.detail)}</span></span></label
  >`;
}

function renderAddParty(vm: VM, a: ConsentActions): TemplateResult {
  return html`<div class="add-party">
    <p class="subhead" id="add-party-title">${msg('Lägg till en part som inte finns i nätverket', { id: 'consent.newParty.title' })}</p>
    <div class="add-party-row">
      <div class="field">
        <label for="new-party-name">${label.name()}</label>
        ${vm.newPartyError ? html`<p class="field-error" id="err-new-party"><span aria-hidden="true">⚠ </span>${vm.newPartyError}</p>` : nothing}
        <input
          id="new-party-name"
          type="text"
          autocomplete="off"
          .value=${live(vm.newPartyName)}
          aria-invalid=${vm.newPartyError ? 'true' : 'false'}
          aria-describedby=${vm.newPartyError ? 'err-new-party' : nothing}
          @input=${(e: Event) => a.typeNewParty(value(e))}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              a.addParty();
            }
          }}
        />
      </div>
      <div class="field">
        <label for="new-party-kind">${label.type()}</label>
        <select id="new-party-kind" .value=${live(vm.newPartyKind)} @change=${(e: Event) => a.chooseNewPartyKind(value(e) as NewPartyKind)}>
          ${NEW_PARTY_KINDS.map((k) => html`<option value=${k} ?selected=${k === vm.newPartyKind}>${kindText(k)}</option>`)}
        </select>
      </div>
      <button type="button" part="button" @click=${a.addParty}>${msg('Lägg till part', { id: 'consent.newParty.add' })}</button>
    </div>
  </div>`;
}
