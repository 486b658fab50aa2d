/**
 * The editing views of <sip-consent-recorder> — the decision form and the withdrawal dialog —
 * loaded on demand so that showing consent (read-only parties, the journal overview) does not
 * pay for them. Pure template functions of the element's state (`ConsentFormHost`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { token } from '../../shared/tokens';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { formatDate, formatDateTime } from '../../shared/format';
import {
  addNetworkEntry,
  modelMessage,
  partiesToNotify,
  recordConsent,
  withdrawConsent,
  type ConsentGiver,
  type ConsentState,
  type NetworkEntry,
  type OpResult,
  type SipPlan,
} from '../../model';
import type { ConsentPartyToNotify, SipConsentWithdrawnDetail } from './consent-recorder';
import { draftToRecord, newPartyEntry, validateDraft } from './record';
import { partyText, roleText } from './view';
import {
  FIELD_ORDER,
  NEW_PARTY_KINDS,
  giverOptions,
  isMinor,
  type Draft,
  type DraftErrorCode,
  type DraftField,
  type GiverOption,
  type NewPartyKind,
  type WithdrawDraft,
  type WithdrawField,
} from './draft';
import * as label from '../../shared/labels';
import * as term from '../../shared/terms';

/** What the views read from and call on the element (its internal state and handlers). */
export interface ConsentFormHost {
  draft: Draft;
  submitted: boolean;
  touched: ReadonlySet<DraftField>;
  disabled: boolean;
  user: string;
  defaultMonths: number;
  formOpen: boolean | undefined;
  opError: string;
  newPartyName: string;
  newPartyKind: NewPartyKind;
  newPartyError: string;
  withdrawDraft: WithdrawDraft;
  withdrawSubmitted: boolean;
  readonly validPlan: SipPlan | undefined;
  readonly editable: boolean;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  draftPlan: SipPlan | undefined;
  newPartyCounter: number;
  today(): string;
  state(plan: SipPlan): ConsentState;
  announce(text: string): void;
  emit(type: 'sip-consent-withdrawn', detail: SipConsentWithdrawnDetail): boolean;
  applyOperation(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined;
  fieldAnchor(field: DraftField): HTMLElement | null;
  resetDraft(): void;
  currentTime(): string;
  entered(): boolean;
  canWithdraw(state: ConsentState): boolean;
  set(patch: Partial<Draft>): void;
  setFrom(value: string): void;
  touch(field: DraftField): void;
  toggleIn(key: 'givers' | 'parties', value: string, e: Event): void;
  setWithdraw(patch: Partial<WithdrawDraft>): void;
  cancelForm: () => void;
  closeWithdraw: () => void;
  onDialogClose: () => void;
}

function errorText(code: DraftErrorCode): string {
  switch (code) {
    case 'decision.required':
      return msg('Välj om samtycke ges eller inte.', { id: 'consent.error.decision' });
    case 'givers.required':
      return msg('Välj vem som lämnar beslutet.', { id: 'consent.error.givers' });
    case 'givers.needsGuardian':
      // The model's own message (sv/en), so the form and recordConsent say the same thing.
      return modelMessage('consent.minorNeedsGuardian');
    case 'givers.needsAllGuardians':
      return modelMessage('consent.minorNeedsAllGuardians');
    case 'otherName.required':
      return msg('Skriv namnet på den andra personen.', { id: 'consent.error.otherName' });
    case 'childView.required':
      return msg('Skriv barnets egen inställning – eller varför den inte gick att få fram.', { id: 'consent.error.childView' });
    case 'form.required':
      return msg('Välj om beslutet lämnades muntligt eller skriftligt.', { id: 'consent.error.form' });
    case 'parties.required':
      return msg('Välj minst en part som får utbyta information.', { id: 'consent.error.parties' });
    case 'subject.required':
      return msg('Skriv vad samtycket gäller.', { id: 'consent.error.subject' });
    case 'validFrom.required':
      return msg('Ange från vilket datum samtycket gäller.', { id: 'consent.error.validFrom' });
    case 'validFrom.invalid':
      return msg('Startdatumet är inte ett giltigt datum.', { id: 'consent.error.validFromInvalid' });
    case 'validUntil.required':
      return msg('Ange till och med vilket datum samtycket gäller.', { id: 'consent.error.validUntil' });
    case 'validUntil.invalid':
      return msg('Slutdatumet är inte ett giltigt datum.', { id: 'consent.error.validUntilInvalid' });
    case 'validUntil.beforeFrom':
      return msg('Slutdatumet kan inte vara före startdatumet.', { id: 'consent.error.beforeFrom' });
    case 'user.required':
      return msg('Det går inte att se vem som registrerar (egenskapen user saknas). Kontakta systemförvaltningen.', { id: 'consent.error.user' });
  }
}

function kindText(kind: NewPartyKind): string {
  switch (kind) {
    case 'region':
      return msg('Region (hälso- och sjukvård)', { id: 'consent.newParty.region' });
    case 'municipality':
      return msg('Kommun (socialtjänst, omsorg, skola)', { id: 'consent.newParty.municipality' });
    case 'organisation':
      return msg('Annan organisation', { id: 'consent.newParty.organisation' });
    case 'relative':
      return term.relative();
  }
}


function fieldError(v: ConsentFormHost, field: DraftField, errors: Partial<Record<DraftField, DraftErrorCode>>): TemplateResult | typeof nothing {
  const code = errors[field];
  if (!code || !(v.submitted || v.touched.has(field))) return nothing;
  return html`<p class="error" id="err-${field}"><span aria-hidden="true">⚠ </span>${errorText(code)}</p>`;
}

function shownError(v: ConsentFormHost, field: DraftField, errors: Partial<Record<DraftField, DraftErrorCode>>): boolean {
  return !!errors[field] && (v.submitted || v.touched.has(field));
}

function describedBy(v: ConsentFormHost, field: DraftField, errors: Partial<Record<DraftField, DraftErrorCode>>, hint?: string): string | typeof nothing {
  const ids = [hint, shownError(v, field, errors) ? `err-${field}` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** The form for recording a decision. */
export function renderForm(v: ConsentFormHost, plan: SipPlan): TemplateResult {
  const d = v.draft;
  const errors = draftErrors(v);
  const day = v.today();
  const minor = isMinor(plan.person, day);
  const options = giverOptions(plan);
  const refused = d.decision === 'refused';
  const canAddParty = plan.status === 'draft';
  const disabled = v.disabled;
  const invalid = (f: DraftField) => (shownError(v, f, errors) ? 'true' : 'false');
  return html`<form id="consent-form" part="form" class="form" novalidate @submit=${(e: Event) => submitDraft(v, e)} aria-labelledby="form-title">
    <h3 id="form-title">${msg('Registrera beslut om samtycke', { id: 'consent.form.title' })}</h3>
    <p class="muted">${msg('Dokumentera personens beslut, både ja och nej. Fält markerade med * är obligatoriska.', { id: 'consent.form.intro' })}</p>
    <fieldset data-field="decision" ?disabled=${disabled} aria-describedby=${describedBy(v, 'decision', errors)} @focusout=${() => v.touch('decision')}>
      <legend>${term.decision()} *</legend>
      ${fieldError(v, 'decision', errors)}
      <label class="choice"
        ><input type="radio" name="decision" value="given" .checked=${live(d.decision === 'given')} aria-invalid=${invalid('decision')} @change=${() => v.set({ decision: 'given' })} />
        ${msg('Ja, samtycke ges', { id: 'consent.decision.given' })}</label
      >
      <label class="choice"
        ><input type="radio" name="decision" value="refused" .checked=${live(d.decision === 'refused')} aria-invalid=${invalid('decision')} @change=${() => v.set({ decision: 'refused' })} />
        ${msg('Nej, samtycke ges inte', { id: 'consent.decision.refused' })}</label
      >
    </fieldset>

    <fieldset data-field="givers" ?disabled=${disabled} aria-describedby=${describedBy(v, 'givers', errors, 'givers-hint')} @focusout=${() => v.touch('givers')}>
      <legend>${msg('Vem lämnar beslutet?', { id: 'consent.field.givers' })} *</legend>
      <p class="hint" id="givers-hint">
        ${minor
          ? msg('Personen är under 18 år: vårdnadshavarna beslutar, helst tillsammans med barnet.', { id: 'consent.givers.hintMinor' })
          : plan.person.legalRepresentative
            ? msg('Personen har en ställföreträdare. Kontrollera att uppdraget omfattar detta.', { id: 'consent.givers.hintRep' })
            : msg('Normalt personen själv.', { id: 'consent.givers.hintAdult' })}
      </p>
      ${fieldError(v, 'givers', errors)}
      ${options.map((o) => renderGiverCheckbox(v, o, errors))}
      <label class="choice"
        ><input type="checkbox" value="other" .checked=${live(d.givers.includes('other'))} @change=${(e: Event) => v.toggleIn('givers', 'other', e)} />
        ${msg('Annan person (till exempel en betrodd person)', { id: 'consent.givers.other' })}</label
      >
      ${d.givers.includes('other')
        ? html`<div class="field nested" data-field="otherName">
            <label for="other-name">${msg('Namn på den andra personen', { id: 'consent.field.otherName' })} *</label>
            ${fieldError(v, 'otherName', errors)}
            <input
              id="other-name"
              type="text"
              autocomplete="off"
              .value=${live(d.otherName)}
              aria-invalid=${invalid('otherName')}
              aria-describedby=${describedBy(v, 'otherName', errors)}
              @input=${(e: Event) => v.set({ otherName: (e.target as HTMLInputElement).value })}
              @blur=${() => v.touch('otherName')}
            />
          </div>`
        : nothing}
    </fieldset>

    ${minor || d.childView
      ? html`<div class="field" data-field="childView">
          <label for="child-view">${msg('Barnets egen inställning, med barnets egna ord', { id: 'consent.field.childView' })}${minor ? ' *' : ''}</label>
          <p class="hint" id="child-view-hint">${msg('Barnets syn ska alltid dokumenteras, oavsett ålder och beslut.', { id: 'consent.childView.hint' })}</p>
          ${fieldError(v, 'childView', errors)}
          <textarea
            id="child-view"
            rows="3"
            .value=${live(d.childView)}
            ?disabled=${disabled}
            aria-invalid=${invalid('childView')}
            aria-describedby=${describedBy(v, 'childView', errors, 'child-view-hint')}
            @input=${(e: Event) => v.set({ childView: (e.target as HTMLTextAreaElement).value })}
            @blur=${() => v.touch('childView')}
          ></textarea>
        </div>`
      : nothing}

    <fieldset data-field="form" ?disabled=${disabled} aria-describedby=${describedBy(v, 'form', errors)} @focusout=${() => v.touch('form')}>
      <legend>${msg('Hur lämnades beslutet?', { id: 'consent.field.form' })} *</legend>
      ${fieldError(v, 'form', errors)}
      <label class="choice"
        ><input type="radio" name="form" value="oral" .checked=${live(d.form === 'oral')} aria-invalid=${invalid('form')} @change=${() => v.set({ form: 'oral' })} />
        ${msg('Muntligt', { id: 'consent.form.oralLabel' })}</label
      >
      <label class="choice"
        ><input type="radio" name="form" value="written" .checked=${live(d.form === 'written')} aria-invalid=${invalid('form')} @change=${() => v.set({ form: 'written' })} />
        ${msg('Skriftligt', { id: 'consent.form.writtenLabel' })}</label
      >
    </fieldset>

    <fieldset data-field="parties" ?disabled=${disabled} aria-describedby=${describedBy(v, 'parties', errors, 'parties-hint')} @focusout=${() => v.touch('parties')}>
      <legend>
        ${refused
          ? msg('Vilka parter gällde frågan?', { id: 'consent.field.partiesRefused' })
          : html`${msg('Parter som får delta och utbyta information', { id: 'consent.field.parties' })} *`}
      </legend>
      <p class="hint" id="parties-hint">${msg('Personen bestämmer vilka som får delta och ta del av planen.', { id: 'consent.parties.hint' })}</p>
      ${fieldError(v, 'parties', errors)}
      ${plan.network.some((e) => e.invited)
        ? html`<div class="actions small">
            <button type="button" part="button" class="secondary" @click=${() => selectInvited(v)}>
              ${msg('Välj alla som bjuds in till mötet', { id: 'consent.parties.selectInvited' })}
            </button>
          </div>`
        : nothing}
      ${plan.network.length === 0 && d.newParties.length === 0 ? html`<p class="muted">${msg('Nätverket är tomt.', { id: 'consent.parties.empty' })}</p>` : nothing}
      ${plan.network.map(
        (e) => html`<label class="choice"
          ><input type="checkbox" value=${e.id} .checked=${live(d.parties.includes(e.id))} @change=${(ev: Event) => v.toggleIn('parties', e.id, ev)} />
          ${partyText(e)}</label
        >`,
      )}
      ${d.newParties.map(
        (p) => html`<label class="choice"
          ><input type="checkbox" value=${p.key} .checked=${live(d.parties.includes(p.key))} @change=${(ev: Event) => v.toggleIn('parties', p.key, ev)} />
          <span>${p.name} <span class="tag">${msg('ny', { id: 'consent.parties.newTag' })} – ${kindText(p.kind)}</span></span></label
        >`,
      )}
      ${canAddParty ? renderAddParty(v) : html`<p class="hint">${msg('Planen är låst. Nya parter läggs till i nätverket när planen revideras.', { id: 'consent.parties.locked' })}</p>`}
    </fieldset>

    <div class="field" data-field="subject">
      <label for="subject">${msg('Vad samtycket gäller', { id: 'consent.field.subject' })}${refused ? '' : ' *'}</label>
      <p class="hint" id="subject-hint">${msg('Till exempel: samordning av insatser från hemtjänst och vårdcentral.', { id: 'consent.subject.hint' })}</p>
      ${fieldError(v, 'subject', errors)}
      <input
        id="subject"
        type="text"
        autocomplete="off"
        .value=${live(d.subject)}
        ?disabled=${disabled}
        aria-invalid=${invalid('subject')}
        aria-describedby=${describedBy(v, 'subject', errors, 'subject-hint')}
        @input=${(e: Event) => v.set({ subject: (e.target as HTMLInputElement).value })}
        @blur=${() => v.touch('subject')}
      />
    </div>

    <div class="field">
      <label for="questions">${msg('Frågor som ska tas upp', { id: 'consent.field.questions' })}</label>
      <p class="hint" id="questions-hint">${msg('En fråga per rad.', { id: 'consent.questions.hint' })}</p>
      <textarea
        id="questions"
        rows="3"
        .value=${live(d.questions)}
        ?disabled=${disabled}
        aria-describedby="questions-hint"
        @input=${(e: Event) => v.set({ questions: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>

    <fieldset class="period" ?disabled=${disabled}>
      <legend>${refused ? msg('Datum för beslutet', { id: 'consent.field.decisionDate' }) : msg('Giltighet', { id: 'consent.field.validity' })}</legend>
      ${refused
        ? nothing
        : html`<p class="hint" id="period-hint">
            ${msg(str`Samtycket är tidsbegränsat. Förslaget är ${v.defaultMonths} månader; förnya vid uppföljning om samordningen fortsätter.`, {
              id: 'consent.period.hint',
            })}
          </p>`}
      <div class="dates">
        <div class="field" data-field="validFrom">
          <label for="valid-from">${refused ? msg('Datum', { id: 'consent.field.date' }) : msg('Gäller från', { id: 'consent.field.validFrom' })} *</label>
          ${fieldError(v, 'validFrom', errors)}
          <input
            id="valid-from"
            type="date"
            .value=${live(d.validFrom)}
            aria-invalid=${invalid('validFrom')}
            aria-describedby=${describedBy(v, 'validFrom', errors)}
            @input=${(e: Event) => v.setFrom((e.target as HTMLInputElement).value)}
            @change=${(e: Event) => v.setFrom((e.target as HTMLInputElement).value)}
            @blur=${() => v.touch('validFrom')}
          />
        </div>
        ${refused
          ? nothing
          : html`<div class="field" data-field="validUntil">
              <label for="valid-until">${msg('Gäller till och med', { id: 'consent.field.validUntil' })} *</label>
              ${fieldError(v, 'validUntil', errors)}
              <input
                id="valid-until"
                type="date"
                min=${d.validFrom || nothing}
                .value=${live(d.validUntil)}
                aria-invalid=${invalid('validUntil')}
                aria-describedby=${describedBy(v, 'validUntil', errors, 'period-hint')}
                @input=${(e: Event) => v.set({ validUntil: (e.target as HTMLInputElement).value })}
                @change=${(e: Event) => v.set({ validUntil: (e.target as HTMLInputElement).value })}
                @blur=${() => v.touch('validUntil')}
              />
            </div>`}
      </div>
    </fieldset>

    <div class="field">
      <label for="note">${label.note()}</label>
      <textarea
        id="note"
        rows="2"
        .value=${live(d.note)}
        ?disabled=${disabled}
        @input=${(e: Event) => v.set({ note: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>

    <div data-field="user">
      <p class="recorded-by">
        ${v.user
          ? msg(str`Registreras av ${v.user}, ${formatDateTime(v.currentTime())}.`, { id: 'consent.form.recordedBy' })
          : nothing}
      </p>
      ${errors.user ? html`<p class="error" id="err-user"><span aria-hidden="true">⚠ </span>${errorText(errors.user)}</p>` : nothing}
    </div>

    ${v.opError ? html`<p class="error" role="alert">${v.opError}</p>` : nothing}

    <div class="actions">
      <button type="submit" part="button" class="primary" ?disabled=${disabled}>
        ${refused ? msg('Registrera nej till samtycke', { id: 'consent.submit.refused' }) : msg('Registrera samtycke', { id: 'consent.submit.given' })}
      </button>
      ${v.formOpen === true || v.entered()
        ? html`<button type="button" part="button" class="secondary" ?disabled=${disabled} @click=${v.cancelForm}>
            ${label.cancel()}
          </button>`
        : nothing}
    </div>
  </form>`;
}

function renderGiverCheckbox(v: ConsentFormHost, o: GiverOption, errors: Partial<Record<DraftField, DraftErrorCode>>): TemplateResult {
  return html`<label class="choice"
    ><input
      type="checkbox"
      value=${o.key}
      .checked=${live(v.draft.givers.includes(o.key))}
      aria-invalid=${shownError(v, 'givers', errors) ? 'true' : 'false'}
      @change=${(e: Event) => v.toggleIn('givers', o.key, e)}
    />
    <span>${o.name} <span class="tag">${roleText(o.role, o.role === 'person' ? undefined : o.detail)}</span></span></label
  >`;
}

function renderAddParty(v: ConsentFormHost): TemplateResult {
  return html`<div class="add-party">
    <p class="subhead" id="add-party-title">${msg('Lägg till en part som inte finns i nätverket', { id: 'consent.newParty.title' })}</p>
    <div class="add-party-row">
      <div class="field">
        <label for="new-party-name">${label.name()}</label>
        ${v.newPartyError ? html`<p class="error" id="err-new-party"><span aria-hidden="true">⚠ </span>${v.newPartyError}</p>` : nothing}
        <input
          id="new-party-name"
          type="text"
          autocomplete="off"
          .value=${live(v.newPartyName)}
          aria-invalid=${v.newPartyError ? 'true' : 'false'}
          aria-describedby=${v.newPartyError ? 'err-new-party' : nothing}
          @input=${(e: Event) => {
            v.newPartyName = (e.target as HTMLInputElement).value;
            v.newPartyError = '';
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addParty(v);
            }
          }}
        />
      </div>
      <div class="field">
        <label for="new-party-kind">${label.type()}</label>
        <select id="new-party-kind" .value=${live(v.newPartyKind)} @change=${(e: Event) => (v.newPartyKind = (e.target as HTMLSelectElement).value as NewPartyKind)}>
          ${NEW_PARTY_KINDS.map((k) => html`<option value=${k} ?selected=${k === v.newPartyKind}>${kindText(k)}</option>`)}
        </select>
      </div>
      <button type="button" part="button" class="secondary" @click=${() => addParty(v)}>${msg('Lägg till part', { id: 'consent.newParty.add' })}</button>
    </div>
  </div>`;
}

/** The withdrawal confirmation dialog. */
export function renderWithdrawDialog(v: ConsentFormHost, plan: SipPlan, state: ConsentState): TemplateResult | typeof nothing {
  if (!v.canWithdraw(state)) return nothing;
  const notify = new Set(partiesToNotify(plan));
  const entries = plan.network.filter((e) => notify.has(e.id));
  const w = v.withdrawDraft;
  const options = giverOptions(plan);
  const err = withdrawErrors(v);
  const show = (f: WithdrawField) => v.withdrawSubmitted && !!err[f];
  return html`<dialog part="dialog" id="withdraw-dialog" aria-labelledby="withdraw-title" aria-describedby="withdraw-consequence" @close=${v.onDialogClose}>
    <form novalidate @submit=${(e: Event) => submitWithdraw(v, e)}>
      <h3 id="withdraw-title">${msg('Återkalla samtycke', { id: 'consent.withdraw.title' })}</h3>
      <div id="withdraw-consequence" class="consequence">
        <p>
          <strong>${msg('Det här händer:', { id: 'consent.withdraw.what' })}</strong>
          ${msg('Planen makuleras och samordningen avslutas. Ingen information får längre delas mellan parterna. Det går inte att ångra; ett nytt samtycke kräver en ny plan.', {
            id: 'consent.withdraw.consequence',
          })}
        </p>
        ${entries.length
          ? html`<p>${msg('Samordningsansvarig ska informera de här parterna:', { id: 'consent.withdraw.notify' })}</p>
              <ul class="notify-list">
                ${entries.map((e) => html`<li>${partyText(e)}</li>`)}
              </ul>`
          : html`<p>${msg('Det finns inga parter att informera i planen.', { id: 'consent.withdraw.noneToNotify' })}</p>`}
      </div>
      <fieldset data-wfield="by" aria-describedby=${show('by') ? 'err-w-by' : nothing}>
        <legend>${msg('Vem återkallar?', { id: 'consent.withdraw.by' })} *</legend>
        ${show('by') ? html`<p class="error" id="err-w-by">${msg('Välj vem som återkallar samtycket.', { id: 'consent.withdraw.error.by' })}</p>` : nothing}
        ${[...options, { key: 'other', role: 'other' as const, name: '' }].map(
          (o) => html`<label class="choice"
            ><input type="radio" name="withdraw-by" value=${o.key} .checked=${live(w.by === o.key)} @change=${() => v.setWithdraw({ by: o.key })} />
            ${o.name ? html`<span>${o.name} <span class="tag">${roleText(o.role, o.role === 'person' ? undefined : o.detail)}</span></span>` : msg('Annan person (till exempel en betrodd person)', { id: 'consent.givers.other' })}</label
          >`,
        )}
        ${w.by === 'other'
          ? html`<div class="field nested" data-wfield="otherName">
              <label for="withdraw-other">${msg('Namn på den andra personen', { id: 'consent.field.otherName' })} *</label>
              ${show('otherName') ? html`<p class="error" id="err-w-other">${errorText('otherName.required')}</p>` : nothing}
              <input
                id="withdraw-other"
                type="text"
                .value=${live(w.otherName)}
                aria-invalid=${show('otherName') ? 'true' : 'false'}
                aria-describedby=${show('otherName') ? 'err-w-other' : nothing}
                @input=${(e: Event) => v.setWithdraw({ otherName: (e.target as HTMLInputElement).value })}
              />
            </div>`
          : nothing}
      </fieldset>
      <fieldset data-wfield="form" aria-describedby=${show('form') ? 'err-w-form' : nothing}>
        <legend>${msg('Hur återkallades samtycket?', { id: 'consent.withdraw.form' })} *</legend>
        ${show('form') ? html`<p class="error" id="err-w-form">${msg('Välj om återkallelsen var muntlig eller skriftlig.', { id: 'consent.withdraw.error.form' })}</p>` : nothing}
        <label class="choice"
          ><input type="radio" name="withdraw-form" value="oral" .checked=${live(w.form === 'oral')} @change=${() => v.setWithdraw({ form: 'oral' })} />
          ${msg('Muntligt', { id: 'consent.form.oralLabel' })}</label
        >
        <label class="choice"
          ><input type="radio" name="withdraw-form" value="written" .checked=${live(w.form === 'written')} @change=${() => v.setWithdraw({ form: 'written' })} />
          ${msg('Skriftligt', { id: 'consent.form.writtenLabel' })}</label
        >
      </fieldset>
      <div class="field">
        <label for="withdraw-note">${label.note()}</label>
        <textarea id="withdraw-note" rows="2" .value=${live(w.note)} @input=${(e: Event) => v.setWithdraw({ note: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      ${v.opError && v.withdrawSubmitted ? html`<p class="error" role="alert">${v.opError}</p>` : nothing}
      <div class="actions">
        <button type="submit" part="button" class="danger" id="withdraw-confirm">${msg('Återkalla och makulera planen', { id: 'consent.withdraw.confirm' })}</button>
        <button type="button" part="button" class="secondary" id="withdraw-cancel" @click=${v.closeWithdraw}>${label.cancel()}</button>
      </div>
    </form>
  </dialog>`;
}

// ─── actions ─────────────────────────────────────────────────────────────

/** Problems with the draft, by field. */
export function draftErrors(v: ConsentFormHost): Partial<Record<DraftField, DraftErrorCode>> {
  const plan = v.validPlan;
  if (!plan) return {};
  return validateDraft(v.draft, plan, v.today(), v.user ?? '');
}


/** The first problem with the draft in form order (field and localized message), if any. */
export function firstError(v: ConsentFormHost): { field: DraftField; message: string } | undefined {
  const errors = draftErrors(v);
  const field = FIELD_ORDER.find((f) => errors[f]);
  return field ? { field, message: errorText(errors[field]!) } : undefined;
}

/** The form value: JSON of the record being entered, or null when nothing is entered. */
export function draftValue(v: ConsentFormHost): string | null {
  const plan = v.validPlan;
  if (!plan || !v.editable || !v.entered()) return null;
  const record = { ...draftToRecord(v.draft, plan), recordedBy: v.user ?? '', recordedAt: v.currentTime() };
  const newParties = v.draft.newParties.filter((p) => v.draft.parties.includes(p.key)).map((p) => ({ key: p.key, entry: newPartyEntry(p) }));
  return JSON.stringify(newParties.length ? { ...record, newParties } : record);
}


function selectInvited(v: ConsentFormHost): void {
  const plan = v.validPlan;
  if (!plan) return;
  const invited = plan.network.filter((e) => e.invited).map((e) => e.id);
  const parties = [...v.draft.parties, ...invited.filter((id) => !v.draft.parties.includes(id))];
  v.set({ parties });
  v.announce(msg(str`${invited.length} parter valda.`, { id: 'consent.parties.selectedInvited' }));
}


function addParty(v: ConsentFormHost): void {
  const name = v.newPartyName.trim();
  if (!name) {
    v.newPartyError = msg('Skriv namnet på parten.', { id: 'consent.newParty.error' });
    void v.updateComplete.then(() => v.renderRoot.querySelector<HTMLInputElement>('#new-party-name')?.focus());
    return;
  }
  v.newPartyCounter++;
  const key = `new-party:${v.newPartyCounter}`;
  v.set({ newParties: [...v.draft.newParties, { key, name, kind: v.newPartyKind }], parties: [...v.draft.parties, key] });
  v.newPartyName = '';
  v.newPartyError = '';
  v.announce(msg(str`${name} tillagd och vald som part.`, { id: 'consent.newParty.added' }));
  void v.updateComplete.then(() => v.renderRoot.querySelector<HTMLInputElement>('#new-party-name')?.focus());
}


function submitDraft(v: ConsentFormHost, e: Event): void {
  e.preventDefault();
  const plan = v.validPlan;
  if (!plan || v.disabled) return;
  v.submitted = true;
  const errors = draftErrors(v);
  const first = FIELD_ORDER.find((f) => errors[f]);
  if (first) {
    const count = Object.keys(errors).length;
    v.announce(count === 1 ? msg('Formuläret har ett fel.', { id: 'consent.errors.one' }) : msg(str`Formuläret har ${count} fel.`, { id: 'consent.errors.many' }));
    void v.updateComplete.then(() => v.fieldAnchor(first)?.focus());
    return;
  }
  const draft = v.draft;
  const result = v.applyOperation((current, ctx) => {
    let next = current;
    const ids: Record<string, string> = {};
    for (const party of draft.newParties) {
      if (!draft.parties.includes(party.key)) continue;
      const added = addNetworkEntry(next, { type: 'addNetworkEntry', entry: newPartyEntry(party) }, ctx);
      if (!added.ok) return added;
      next = added.plan;
      ids[party.key] = added.change.target?.id ?? next.network[next.network.length - 1]!.id;
    }
    return recordConsent(next, { type: 'recordConsent', record: draftToRecord(draft, current, ids) }, ctx);
  });
  if (!result) return;
  if (!result.ok) {
    v.opError = result.error.message;
    return;
  }
  const state = v.state(result.plan);
  v.announce(
    draft.decision === 'refused'
      ? msg('Nej till samtycke är registrerat.', { id: 'consent.done.refused' })
      : state.until
        ? msg(str`Samtycke registrerat. Det gäller till och med ${formatDate(state.until, 'long')}.`, { id: 'consent.done.given' })
        : msg('Samtycke registrerat.', { id: 'consent.done.givenOpen' }),
  );
  v.formOpen = undefined;
  v.resetDraft();
  v.draftPlan = result.plan;
  void v.updateComplete.then(() => v.renderRoot.querySelector<HTMLElement>('#status-title')?.focus());
}


function withdrawErrors(v: ConsentFormHost): Partial<Record<WithdrawField, true>> {
  const w = v.withdrawDraft;
  const errors: Partial<Record<WithdrawField, true>> = {};
  if (!w.by) errors.by = true;
  if (w.by === 'other' && !w.otherName.trim()) errors.otherName = true;
  if (!w.form) errors.form = true;
  return errors;
}


function submitWithdraw(v: ConsentFormHost, e: Event): void {
  e.preventDefault();
  const plan = v.validPlan;
  if (!plan) return;
  v.withdrawSubmitted = true;
  const errors = withdrawErrors(v);
  const first = (['by', 'otherName', 'form'] as const).find((f) => errors[f]);
  if (first) {
    void v.updateComplete.then(() => v.renderRoot.querySelector<HTMLElement>(`[data-wfield=${first}] input`)?.focus());
    return;
  }
  const w = v.withdrawDraft;
  let by: ConsentGiver;
  if (w.by === 'other') by = { role: 'other', name: w.otherName.trim() };
  else {
    const option = giverOptions(plan).find((o) => o.key === w.by);
    by = option ? { role: option.role, name: option.name, ...(option.refId ? { refId: option.refId } : {}) } : { role: 'other' };
  }
  const consentId = v.state(plan).record?.id;
  const note = w.note.trim();
  const result = v.applyOperation((current, ctx) =>
    withdrawConsent(current, { type: 'withdrawConsent', consentId, by, form: w.form === 'written' ? 'written' : 'oral', ...(note ? { note } : {}) }, ctx),
  );
  if (!result) return;
  if (!result.ok) {
    v.opError = result.error.message;
    return;
  }
  const next = result.plan;
  const record = next.consents.find((c) => c.id === consentId);
  const ids = result.notify ?? partiesToNotify(plan);
  const parties = ids
    .map((id) => plan.network.find((e) => e.id === id))
    .filter((e): e is NetworkEntry => !!e)
    .map((e) => {
      const p: ConsentPartyToNotify = { id: e.id, name: e.name, kind: e.kind };
      if (e.unit) p.unit = e.unit;
      if (e.principal) p.principal = e.principal;
      if (e.contact) p.contact = e.contact;
      return p;
    });
  v.emit('sip-consent-withdrawn', { consentId: consentId ?? '', withdrawal: record!.withdrawal!, parties, plan: next });
  v.announce(
    parties.length
      ? msg(str`Samtycket är återkallat och planen makulerad. Informera: ${parties.map((p) => p.name).join(', ')}.`, { id: 'consent.done.withdrawn' })
      : msg('Samtycket är återkallat och planen makulerad.', { id: 'consent.done.withdrawnNone' }),
  );
  v.closeWithdraw();
}


/** Styles of the form and the dialog, adopted by the element when this module loads. */
export const formStyles = css`
      dialog button.danger {
        background: var(--sip-consent-recorder-danger, ${token.colorDanger});
        color: ${token.colorBg};
      }
      .actions.small button {
        min-block-size: 2.25rem;
        padding: ${token.space1} ${token.space3};
        font-size: ${token.fontSizeSmall};
      }
      .form {
        display: grid;
        gap: ${token.space4};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        padding: ${token.space4};
      }
      .form > h3 {
        margin: 0;
      }
      .form > p {
        margin: 0;
      }
      fieldset {
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        margin: 0;
        padding: ${token.space2} ${token.space3} ${token.space3};
        min-inline-size: 0;
      }
      legend {
        font-weight: 600;
        padding: 0 ${token.space1};
      }
      .choice {
        display: flex;
        gap: ${token.space2};
        align-items: flex-start;
        padding: ${token.space1} 0;
        overflow-wrap: anywhere;
      }
      .choice input {
        flex: none;
        inline-size: 1.25rem;
        block-size: 1.25rem;
        margin: 0.15em 0 0;
      }
      .tag {
        color: ${token.colorTextMuted};
        font-size: ${token.fontSizeSmall};
      }
      .field {
        display: grid;
        gap: ${token.space1};
        min-inline-size: 0;
      }
      .field > label {
        font-weight: 600;
      }
      .field > p {
        margin: 0;
      }
      .nested {
        margin-inline-start: 1.75rem;
      }
      input[type='text'],
      input[type='date'],
      select,
      textarea {
        font: inherit;
        color: inherit;
        background: ${token.colorBg};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        padding: ${token.space2};
        inline-size: 100%;
        max-inline-size: 40rem;
        min-block-size: 2.75rem;
      }
      input[type='date'] {
        inline-size: auto;
      }
      [aria-invalid='true']:not([type='radio']):not([type='checkbox']) {
        border: 2px solid ${token.colorDanger};
      }
      .dates {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space4};
      }
      .add-party {
        margin-block-start: ${token.space3};
        padding-block-start: ${token.space3};
        border-block-start: 1px dashed ${token.colorBorder};
      }
      .subhead {
        font-weight: 600;
      }
      .add-party-row {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
        align-items: flex-end;
      }
      .add-party-row .field:first-child {
        flex: 1 1 12rem;
      }
      .add-party-row select {
        inline-size: auto;
        max-inline-size: 100%;
      }
      .recorded-by {
        color: ${token.colorTextMuted};
        margin: 0;
      }
      dialog {
        color: inherit;
        background: ${token.colorBg};
        border: 2px solid ${token.colorBorder};
        border-radius: ${token.radius};
        padding: ${token.space4};
        inline-size: min(40rem, calc(100vw - 2rem));
        max-block-size: calc(100vh - 2rem);
      }
      dialog form {
        display: grid;
        gap: ${token.space3};
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.5);
      }
      .consequence {
        border-inline-start: 0.35rem solid var(--sip-consent-recorder-danger, ${token.colorDanger});
        padding-inline-start: ${token.space3};
      }
      .notify-list {
        margin: 0;
      }
  @media (forced-colors: active) {
    .consequence {
      border-color: CanvasText;
    }
  }
`;
