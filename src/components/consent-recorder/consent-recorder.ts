import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SipElement } from '../../shared/sip-element';
import { baseStyles, token } from '../../shared/tokens';
import { formatDate, formatDateTime, isoDay } from '../../shared/format';
import {
  consentState,
  type ConsentGiver,
  type ConsentRecord,
  type ConsentState,
  type NetworkEntry,
  type SipPlan,
} from '../../model';
import {
  FIELD_ORDER,
  emptyDraft,
  giverOptions,
  isTouched,
  type Draft,
  type DraftErrorCode,
  type DraftField,
  type NewPartyKind,
  type WithdrawDraft,
} from './draft';
import type { ConsentFormHost } from './form-view';

type FormViewModule = typeof import('./form-view');
let formView: FormViewModule | undefined;
let formViewLoading: Promise<FormViewModule> | undefined;

/** Loads the editing views once per page; read-only use never loads them. */
function loadFormView(): Promise<FormViewModule> {
  formViewLoading ??= import('./form-view').then((m) => (formView = m));
  return formViewLoading;
}

/** A party the coordinator must tell that consent was withdrawn and the plan voided. */
export interface ConsentPartyToNotify {
  /** Network entry id. */
  id: string;
  name: string;
  kind: NetworkEntry['kind'];
  unit?: string;
  principal?: NetworkEntry['principal'];
  contact?: NetworkEntry['contact'];
}

/** `detail` of `sip-consent-withdrawn`. */
export interface SipConsentWithdrawnDetail {
  /** The consent record that was withdrawn. */
  consentId: string;
  /** Who withdrew it, when, how, and who recorded it. */
  withdrawal: NonNullable<ConsentRecord['withdrawal']>;
  /** The parties the coordinator must now tell (professionals, units, organisations). */
  parties: ConsentPartyToNotify[];
  /** The new, voided plan (the same object as in the `sip-plan-change` fired just before). */
  plan: SipPlan;
}

declare module '../../shared/events' {
  interface SipEventMap {
    'sip-consent-withdrawn': SipConsentWithdrawnDetail;
  }
}


const STATUS_ICON: Record<string, string> = { none: '○', active: '✓', expiring: '!', expired: '✕', refused: '✕', withdrawn: '✕', future: '…' };

/**
 * Records, shows and withdraws the person's consent to a SIP (samtycke).
 *
 * Shows the consent state at a glance (none, active until a date, expiring soon, expired,
 * refused, withdrawn) with the current decision in full and earlier decisions below. Staff
 * record a decision — given or refused — with who gave it (the person; for a minor the
 * guardians and the child's own view; for an adult with a god man or förvaltare the
 * representative), oral or written, the parties that may exchange information, what it
 * covers and for how long. Withdrawal asks for confirmation, says what follows, records who,
 * when and how, voids the plan and lists the parties to tell.
 *
 * It is a form-associated custom element: inside a host `<form>` its value (under `name`) is
 * the JSON of the consent record being entered (a `ConsentRecordInput` for `recordConsent`),
 * its validity carries localized messages, and a form reset clears it. With `required`, a
 * form without a consent in force and without a decision entered is invalid.
 *
 * @summary Record, show and withdraw consent (samtycke) to a SIP.
 *
 * @fires sip-plan-change - A decision was recorded or consent withdrawn. `detail: { plan, change }`; the input plan is never mutated.
 * @fires sip-consent-withdrawn - Consent was withdrawn and the plan voided. `detail: { consentId, withdrawal, parties, plan }`; `parties` are the ones to tell, with names.
 * @fires sip-invalid - The plan is invalid. `detail: { issues }`.
 *
 * @csspart base - The element's outer wrapper.
 * @csspart status - The at-a-glance consent state box.
 * @csspart record - A consent record's details (current and history).
 * @csspart form - The form for recording a decision.
 * @csspart button - Every button.
 * @csspart history - The list of earlier decisions.
 * @csspart dialog - The withdrawal confirmation dialog.
 * @csspart alert - The invalid-plan message.
 *
 * @cssprop --sip-consent-recorder-ok - Colour of an active consent (default `--sip-color-success`).
 * @cssprop --sip-consent-recorder-warning - Colour of a consent expiring soon (default `--sip-color-warning`).
 * @cssprop --sip-consent-recorder-danger - Colour of expired, refused and withdrawn (default `--sip-color-danger`).
 * @cssprop --sip-color-text - Text colour.
 * @cssprop --sip-color-surface - Background of the state box and the form.
 * @cssprop --sip-color-accent - Primary button colour.
 * @cssprop --sip-font-family - Font.
 */
export class SipConsentRecorder extends SipElement {
  static formAssociated = true;

  static override properties = {
    ...SipElement.properties,
    name: { type: String, reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    defaultMonths: { type: Number, attribute: 'default-months' },
    expiringDays: { type: Number, attribute: 'expiring-days' },
    draft: { state: true },
    formOpen: { state: true },
    submitted: { state: true },
    touched: { state: true },
    opError: { state: true },
    withdrawDraft: { state: true },
    withdrawSubmitted: { state: true },
    newPartyName: { state: true },
    newPartyKind: { state: true },
    newPartyError: { state: true },
  };

  /** The field name under which the form value is submitted. */
  declare name: string;
  /** When set, a host form is invalid until a consent is in force or a decision is entered. */
  declare required: boolean;
  /** Disables the form (also set by a disabled ancestor `<fieldset>`). */
  declare disabled: boolean;
  /** Suggested validity in months for a new consent (default 12). */
  declare defaultMonths: number;
  /** A consent counts as "expiring soon" this many days before its last day (default 30). */
  declare expiringDays: number;

  declare private draft: Draft;
  declare private formOpen: boolean | undefined;
  declare private submitted: boolean;
  declare private touched: ReadonlySet<DraftField>;
  declare private opError: string;
  declare private withdrawDraft: WithdrawDraft;
  declare private withdrawSubmitted: boolean;
  declare private newPartyName: string;
  declare private newPartyKind: NewPartyKind;
  declare private newPartyError: string;

  private readonly internals: ElementInternals;
  private draftPlan: SipPlan | undefined;
  private draftDay = '';
  private newPartyCounter = 0;
  private viewPending: Promise<void> | undefined;
  private viewFailed = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = '';
    this.required = false;
    this.disabled = false;
    this.defaultMonths = 12;
    this.expiringDays = 30;
    this.formOpen = undefined;
    this.submitted = false;
    this.touched = new Set();
    this.opError = '';
    this.withdrawDraft = { by: '', otherName: '', form: '', note: '' };
    this.withdrawSubmitted = false;
    this.newPartyName = '';
    this.newPartyKind = 'region';
    this.newPartyError = '';
    this.draft = emptyDraft(undefined, '', 12);
  }

  // ─── form-associated API ────────────────────────────────────────────────

  /** The host form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
  /** The form value: JSON of the consent record being entered, or '' when nothing is entered. */
  get value(): string {
    return this.formValue() ?? '';
  }

  formResetCallback(): void {
    this.resetDraft();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      const restored = JSON.parse(state) as Partial<Draft>;
      if (restored && typeof restored === 'object') this.draft = { ...this.draft, ...restored };
    } catch {
      /* ignore a state we cannot read */
    }
  }

  // ─── lifecycle ───────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.onInvalid);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('invalid', this.onInvalid);
    super.disconnectedCallback();
  }

  /** A host form's submit found us invalid: show every message. */
  private onInvalid = (): void => {
    this.submitted = true;
    if (this.formOpen === false) this.formOpen = true;
  };

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const day = this.today();
    // A new plan (another person, or our own edit) or another day starts a fresh draft,
    // unless the user is in the middle of entering one for the same person.
    const plan = this.validPlan;
    if (plan !== this.draftPlan || day !== this.draftDay || changed.has('defaultMonths')) {
      const samePerson = this.draftPlan !== undefined && plan !== undefined && this.draftPlan.id === plan.id;
      const keep = samePerson && this.draftDay !== '' && isTouched(this.draft, emptyDraft(this.draftPlan, this.draftDay, this.defaultMonths));
      this.draftPlan = plan;
      this.draftDay = day;
      if (!keep) this.draft = emptyDraft(plan, day, this.defaultMonths);
    }
    if (this.editable) this.ensureView();
    this.adoptFormStyles();
  }

  /** Also waits for the editing views while they load, so `await el.updateComplete` sees them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.viewPending) {
      await this.viewPending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private ensureView(): void {
    if (formView || this.viewPending) return;
    this.viewPending = loadFormView().then(
      () => {
        this.viewPending = undefined;
        this.requestUpdate();
      },
      () => {
        this.viewPending = undefined;
        this.viewFailed = true;
        this.requestUpdate();
      },
    );
  }

  /** The element as the editing views see it (its internal state and handlers). */
  private get view(): ConsentFormHost {
    return this as unknown as ConsentFormHost;
  }

  /** Adds the editing views' styles to this element's shadow root once they are loaded. */
  private adoptFormStyles(): void {
    const root = this.shadowRoot;
    const sheet = formView?.formStyles.styleSheet;
    if (!root || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncFormValue();
  }

  // ─── state ───────────────────────────────────────────────────────────────

  private today(): string {
    return isoDay(this.currentTime());
  }

  private get editable(): boolean {
    const plan = this.validPlan;
    return !this.readonly && !!plan && (plan.status === 'draft' || plan.status === 'active');
  }

  private state(plan: SipPlan): ConsentState {
    return consentState(plan, this.today(), { expiringWithinDays: this.expiringDays > 0 ? this.expiringDays : 30 });
  }

  private isFormShown(state: ConsentState): boolean {
    if (!this.editable) return false;
    if (this.formOpen !== undefined) return this.formOpen;
    return state.status === 'none' || state.status === 'expired' || state.status === 'refused';
  }

  private canWithdraw(state: ConsentState): boolean {
    const r = state.record;
    return this.editable && !!r && r.decision === 'given' && !r.withdrawal && state.status !== 'expired';
  }

  private errors(): Partial<Record<DraftField, DraftErrorCode>> {
    return formView ? formView.draftErrors(this.view) : {};
  }

  private formValue(): string | null {
    return formView ? formView.draftValue(this.view) : null;
  }

  private entered(): boolean {
    return this.draft.decision !== '' || isTouched(this.draft, emptyDraft(this.validPlan, this.draftDay, this.defaultMonths));
  }

  private syncFormValue(): void {
    const value = this.formValue();
    this.internals.setFormValue(value, JSON.stringify(this.draft));
    const plan = this.validPlan;
    if (value !== null) {
      const errors = this.errors();
      const first = FIELD_ORDER.find((f) => errors[f]);
      if (first) {
        this.internals.setValidity({ customError: true }, this.errorText(errors[first]!), this.fieldAnchor(first) ?? undefined);
        return;
      }
    } else if (this.required && !this.readonly && (!plan || !['active', 'expiring'].includes(this.state(plan).status))) {
      const anchor = this.renderRoot.querySelector<HTMLElement>('[data-field=decision] input, #open-form') ?? undefined;
      this.internals.setValidity({ valueMissing: true }, msg('Registrera personens beslut om samtycke.', { id: 'consent.error.valueMissing' }), anchor);
      return;
    }
    this.internals.setValidity({});
  }

  private fieldAnchor(field: DraftField): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-field=${field}] input:not([disabled]), [data-field=${field}] textarea, [data-field=${field}] button`);
  }

  // ─── text ────────────────────────────────────────────────────────────────

  private errorText(code: DraftErrorCode): string {
    switch (code) {
      case 'decision.required':
        return msg('Välj om samtycke ges eller inte.', { id: 'consent.error.decision' });
      case 'givers.required':
        return msg('Välj vem som lämnar beslutet.', { id: 'consent.error.givers' });
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

  private roleText(role: ConsentGiver['role'], detail?: string): string {
    if (role === 'person') return msg('personen själv', { id: 'consent.role.person' });
    if (role === 'guardian') return detail ? msg(str`vårdnadshavare, ${detail}`, { id: 'consent.role.guardianRelation' }) : msg('vårdnadshavare', { id: 'consent.role.guardian' });
    if (role === 'legalRepresentative') {
      if (detail === 'godMan') return msg('god man', { id: 'consent.role.godMan' });
      if (detail === 'forvaltare') return msg('förvaltare', { id: 'consent.role.forvaltare' });
      return msg('ställföreträdare', { id: 'consent.role.representative' });
    }
    return msg('annan person', { id: 'consent.role.other' });
  }

  private giverText(giver: ConsentGiver, plan: SipPlan): string {
    const option = giverOptions(plan).find((o) => o.role === giver.role && (giver.refId === undefined || o.refId === giver.refId));
    const name = giver.name ?? option?.name ?? '';
    const role = this.roleText(giver.role, giver.role === 'person' ? undefined : option?.detail);
    return name ? `${name} (${role})` : role;
  }

  private formText(form: 'oral' | 'written'): string {
    return form === 'oral' ? msg('muntligt', { id: 'consent.form.oral' }) : msg('skriftligt', { id: 'consent.form.written' });
  }

  private partyText(entry: NetworkEntry): string {
    const extra = [entry.unit, entry.relation, entry.profession, entry.principal?.name].find((t) => t && t.trim() && t !== entry.name);
    return extra ? `${entry.name}, ${extra}` : entry.name;
  }

  // ─── render ──────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.isInvalid) return html`<div part="base" class="base">${this.renderInvalid()}</div>`;
    const plan = this.validPlan;
    if (!plan) {
      return html`<div part="base" class="base">
        <h2 class="title">${msg('Samtycke', { id: 'consent.title' })}</h2>
        <p class="muted">${msg('Ingen plan är vald.', { id: 'consent.noPlan' })}</p>
        ${this.renderAnnouncer()}
      </div>`;
    }
    const state = this.state(plan);
    const previous = plan.consents.slice(0, -1).reverse();
    return html`<div part="base" class="base">
      <h2 class="title">${msg('Samtycke', { id: 'consent.title' })}</h2>
      ${this.renderStatus(plan, state)}
      ${this.renderActions(plan, state)}
      ${this.isFormShown(state) ? (formView ? formView.renderForm(this.view, plan) : this.renderViewMissing()) : nothing}
      ${previous.length
        ? html`<section class="history" aria-labelledby="history-title">
            <h3 id="history-title">${msg(str`Tidigare beslut (${previous.length})`, { id: 'consent.history.title' })}</h3>
            <ol part="history">
              ${previous.map((r) => html`<li>${this.renderRecord(plan, r, true)}</li>`)}
            </ol>
          </section>`
        : nothing}
      ${formView ? formView.renderWithdrawDialog(this.view, plan, state) : nothing}
      ${this.renderAnnouncer()}
    </div>`;
  }

  private renderViewMissing(): TemplateResult | typeof nothing {
    if (!this.viewFailed) return nothing;
    return html`<p class="error" role="alert">${msg('Formuläret kunde inte läsas in. Ladda om sidan.', { id: 'consent.viewFailed' })}</p>`;
  }

  private statusText(plan: SipPlan, state: ConsentState): { key: string; title: string; text: string } {
    const r = state.record;
    switch (state.status) {
      case 'active':
        return {
          key: 'active',
          title: state.until
            ? msg(str`Samtycke gäller till och med ${formatDate(state.until, 'long')}`, { id: 'consent.status.activeUntil' })
            : msg('Samtycke gäller tills vidare', { id: 'consent.status.activeOpen' }),
          text: msg('Bara de parter och ämnen som samtycket anger får dela information.', { id: 'consent.status.activeText' }),
        };
      case 'expiring':
        return {
          key: 'expiring',
          title:
            state.daysLeft === 0
              ? msg(str`Samtycket upphör snart – sista dagen är i dag, ${formatDate(state.until, 'long')}`, { id: 'consent.status.expiringToday' })
              : msg(str`Samtycket upphör snart – gäller till och med ${formatDate(state.until, 'long')} (${state.daysLeft ?? 0} dagar kvar)`, {
                  id: 'consent.status.expiring',
                }),
          text: msg('Fråga personen om samtycket ska förnyas, till exempel vid uppföljningen.', { id: 'consent.status.expiringText' }),
        };
      case 'expired':
        return {
          key: 'expired',
          title: msg(str`Samtycket har upphört – det gällde till och med ${formatDate(state.until, 'long')}`, { id: 'consent.status.expired' }),
          text: msg('Ingen information får delas. Registrera ett nytt beslut för att fortsätta samordningen.', { id: 'consent.status.expiredText' }),
        };
      case 'refused':
        return {
          key: 'refused',
          title: msg(str`Samtycke har inte lämnats – nej registrerat ${formatDate(r?.recordedAt, 'long')}`, { id: 'consent.status.refused' }),
          text: msg('Ingen SIP får upprättas mot personens vilja. Personen kan ändra sig – registrera då ett nytt beslut.', { id: 'consent.status.refusedText' }),
        };
      case 'withdrawn':
        return {
          key: 'withdrawn',
          title: msg(str`Samtycket återkallades ${formatDate(r?.withdrawal?.at, 'long')}`, { id: 'consent.status.withdrawn' }),
          text:
            plan.status === 'voided'
              ? msg('Planen är makulerad. Samordningsansvarig ska informera alla parter.', { id: 'consent.status.withdrawnText' })
              : msg('Ingen information får delas.', { id: 'consent.status.withdrawnNoShare' }),
        };
      default:
        if (r && r.decision === 'given') {
          return {
            key: 'future',
            title: msg(str`Samtycke börjar gälla ${formatDate(r.scope.validFrom, 'long')}`, { id: 'consent.status.future' }),
            text: msg('Till dess får ingen information delas.', { id: 'consent.status.futureText' }),
          };
        }
        return {
          key: 'none',
          title: msg('Inget samtycke registrerat', { id: 'consent.status.none' }),
          text: msg('Utan personens samtycke kan ingen SIP upprättas. Dokumentera beslutet – både ja och nej.', { id: 'consent.status.noneText' }),
        };
    }
  }

  private renderStatus(plan: SipPlan, state: ConsentState): TemplateResult {
    const s = this.statusText(plan, state);
    return html`<section class="status status-${s.key}" part="status" aria-labelledby="status-title">
      <h3 id="status-title" tabindex="-1"><span class="icon" aria-hidden="true">${STATUS_ICON[s.key]}</span> ${s.title}</h3>
      <p>${s.text}</p>
      ${state.record ? this.renderRecord(plan, state.record, false) : nothing}
      ${!this.readonly && (plan.status === 'voided' || plan.status === 'closed')
        ? html`<p class="muted">
            ${plan.status === 'voided'
              ? msg('Planen är makulerad, så inget nytt beslut kan registreras i den. Ett nytt samtycke kräver en ny plan.', { id: 'consent.voided' })
              : msg('Planen är avslutad, så inget nytt beslut kan registreras i den.', { id: 'consent.closed' })}
          </p>`
        : nothing}
    </section>`;
  }

  private renderRecord(plan: SipPlan, r: ConsentRecord, compact: boolean): TemplateResult {
    const byId = new Map(plan.network.map((e) => [e.id, e]));
    const parties = r.scope.parties.map((id) => byId.get(id)).filter((e): e is NetworkEntry => !!e);
    const period = r.scope.validUntil
      ? msg(str`${formatDate(r.scope.validFrom)} – ${formatDate(r.scope.validUntil)}`, { id: 'consent.record.period' })
      : msg(str`från ${formatDate(r.scope.validFrom)}, tills vidare`, { id: 'consent.record.periodOpen' });
    return html`<dl class="record" part="record">
      ${compact
        ? html`<div>
            <dt>${msg('Beslut', { id: 'consent.record.decision' })}</dt>
            <dd>
              ${r.decision === 'given' ? msg('Samtycke gavs', { id: 'consent.record.given' }) : msg('Samtycke gavs inte (nej)', { id: 'consent.record.refused' })}
              ${r.withdrawal ? html` – ${msg('senare återkallat', { id: 'consent.record.laterWithdrawn' })}` : nothing}
            </dd>
          </div>`
        : nothing}
      <div>
        <dt>${r.decision === 'given' ? msg('Lämnat av', { id: 'consent.record.givenBy' }) : msg('Beslut av', { id: 'consent.record.decidedBy' })}</dt>
        <dd>${r.givenBy.map((g) => this.giverText(g, plan)).join('; ')}, ${this.formText(r.form)}</dd>
      </div>
      ${r.childView ? html`<div><dt>${msg('Barnets egen inställning', { id: 'consent.record.childView' })}</dt><dd class="quote">${r.childView}</dd></div>` : nothing}
      ${r.decision === 'given' || parties.length
        ? html`<div>
            <dt>${msg('Parter som får utbyta information', { id: 'consent.record.parties' })}</dt>
            <dd>
              ${parties.length
                ? html`<ul class="inline-list">
                    ${parties.map((e) => html`<li>${this.partyText(e)}</li>`)}
                  </ul>`
                : msg('inga angivna', { id: 'consent.record.noParties' })}
            </dd>
          </div>`
        : nothing}
      ${r.scope.subject ? html`<div><dt>${msg('Gäller', { id: 'consent.record.subject' })}</dt><dd>${r.scope.subject}</dd></div>` : nothing}
      ${r.scope.questions.length
        ? html`<div>
            <dt>${msg('Frågor', { id: 'consent.record.questions' })}</dt>
            <dd>
              <ul class="inline-list">
                ${r.scope.questions.map((q) => html`<li>${q}</li>`)}
              </ul>
            </dd>
          </div>`
        : nothing}
      ${r.decision === 'given' ? html`<div><dt>${msg('Giltighet', { id: 'consent.record.validity' })}</dt><dd>${period}</dd></div>` : nothing}
      ${r.note ? html`<div><dt>${msg('Anteckning', { id: 'consent.record.note' })}</dt><dd>${r.note}</dd></div>` : nothing}
      <div>
        <dt>${msg('Registrerat', { id: 'consent.record.recorded' })}</dt>
        <dd>${msg(str`${formatDateTime(r.recordedAt)} av ${r.recordedBy}`, { id: 'consent.record.recordedBy' })}</dd>
      </div>
      ${r.withdrawal
        ? html`<div>
            <dt>${msg('Återkallat', { id: 'consent.record.withdrawn' })}</dt>
            <dd>
              ${msg(str`${formatDateTime(r.withdrawal.at)} av ${this.giverText(r.withdrawal.by, plan)}, ${this.formText(r.withdrawal.form)}; registrerat av ${r.withdrawal.recordedBy}`, {
                id: 'consent.record.withdrawnBy',
              })}
              ${r.withdrawal.note ? html`<br />${r.withdrawal.note}` : nothing}
            </dd>
          </div>`
        : nothing}
    </dl>`;
  }

  private renderActions(_plan: SipPlan, state: ConsentState): TemplateResult | typeof nothing {
    if (!this.editable) return nothing;
    const shown = this.isFormShown(state);
    const withdraw = this.canWithdraw(state);
    const autoOpen = state.status === 'none' || state.status === 'expired' || state.status === 'refused';
    if (autoOpen && !withdraw) return nothing;
    return html`<div class="actions">
      ${autoOpen
        ? nothing
        : html`<button
            type="button"
            part="button"
            id="open-form"
            class="secondary"
            aria-expanded=${shown ? 'true' : 'false'}
            aria-controls="consent-form"
            ?disabled=${this.disabled}
            @click=${this.toggleForm}
          >
            ${msg('Registrera nytt beslut (förnya eller ändra)', { id: 'consent.action.renew' })}
          </button>`}
      ${withdraw
        ? html`<button type="button" part="button" id="withdraw" class="danger" ?disabled=${this.disabled} @click=${this.openWithdraw}>
            ${msg('Återkalla samtycke…', { id: 'consent.action.withdraw' })}
          </button>`
        : nothing}
    </div>`;
  }

  // ─── events ──────────────────────────────────────────────────────────────

  private set(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    this.opError = '';
  }

  private setFrom(value: string): void {
    this.set({ validFrom: value });
  }

  private touch(field: DraftField): void {
    if (this.touched.has(field)) return;
    this.touched = new Set([...this.touched, field]);
  }

  private toggleIn(key: 'givers' | 'parties', value: string, e: Event): void {
    const checked = (e.target as HTMLInputElement).checked;
    const list = this.draft[key].filter((v) => v !== value);
    this.set({ [key]: checked ? [...list, value] : list });
  }

  private toggleForm = (): void => {
    const plan = this.validPlan;
    if (!plan) return;
    const open = !this.isFormShown(this.state(plan));
    this.formOpen = open;
    if (open) {
      void this.updateComplete.then(() => this.focusFirstField());
    }
  };

  private focusFirstField(): void {
    this.renderRoot.querySelector<HTMLInputElement>('[data-field=decision] input')?.focus();
  }

  private cancelForm = (): void => {
    this.resetDraft();
    this.formOpen = undefined;
    void this.updateComplete.then(() => (this.renderRoot.querySelector<HTMLElement>('#open-form') ?? this.renderRoot.querySelector<HTMLElement>('[data-field=decision] input'))?.focus());
  };

  private resetDraft(): void {
    this.draft = emptyDraft(this.validPlan, this.today(), this.defaultMonths);
    this.draftDay = this.today();
    this.submitted = false;
    this.touched = new Set();
    this.opError = '';
    this.newPartyName = '';
    this.newPartyError = '';
  }

  private openWithdraw = (): void => {
    const plan = this.validPlan;
    const record = plan ? this.state(plan).record : undefined;
    const first = record?.givenBy[0];
    const key = first && plan ? giverOptions(plan).find((o) => o.role === first.role && (first.refId === undefined || o.refId === first.refId))?.key ?? '' : '';
    this.withdrawDraft = { by: key, otherName: '', form: '', note: '' };
    this.withdrawSubmitted = false;
    this.opError = '';
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('#withdraw-dialog');
      if (!dialog || dialog.open) return;
      dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input[name=withdraw-by]:checked, input[name=withdraw-by]')?.focus();
    });
  };

  private closeWithdraw = (): void => {
    this.renderRoot.querySelector<HTMLDialogElement>('#withdraw-dialog')?.close();
  };

  private onDialogClose = (): void => {
    this.withdrawSubmitted = false;
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>('#withdraw') ?? this.renderRoot.querySelector<HTMLElement>('#status-title');
      target?.focus();
    });
  };

  private setWithdraw(patch: Partial<WithdrawDraft>): void {
    this.withdrawDraft = { ...this.withdrawDraft, ...patch };
  }

  static override styles = [
    baseStyles,
    css`
      .base {
        display: grid;
        gap: ${token.space4};
        container-type: inline-size;
      }
      h2.title {
        font-size: 1.25em;
        margin: 0;
      }
      h3 {
        font-size: 1.05em;
        margin: 0 0 ${token.space2};
      }
      p {
        margin: 0 0 ${token.space2};
      }
      .muted,
      .hint {
        color: ${token.colorTextMuted};
        font-size: ${token.fontSizeSmall};
      }
      .status {
        --_c: ${token.colorBorder};
        border: 1px solid ${token.colorBorder};
        border-inline-start: 0.5rem solid var(--_c);
        border-radius: ${token.radius};
        background: ${token.colorSurface};
        padding: ${token.space3} ${token.space4};
      }
      .status-active {
        --_c: var(--sip-consent-recorder-ok, ${token.colorSuccess});
      }
      .status-expiring {
        --_c: var(--sip-consent-recorder-warning, ${token.colorWarning});
      }
      .status-expired,
      .status-refused,
      .status-withdrawn {
        --_c: var(--sip-consent-recorder-danger, ${token.colorDanger});
      }
      .status h3 {
        display: flex;
        gap: ${token.space2};
        align-items: baseline;
      }
      .status h3:focus {
        outline: none;
      }
      .status h3:focus-visible {
        outline: ${token.focusWidth} solid ${token.colorFocus};
      }
      .icon {
        display: inline-grid;
        place-items: center;
        flex: none;
        inline-size: 1.5em;
        block-size: 1.5em;
        border-radius: 50%;
        background: var(--_c);
        color: ${token.colorBg};
        font-size: 0.9em;
      }
      .record {
        display: grid;
        gap: ${token.space1};
        margin: ${token.space2} 0 0;
      }
      .record > div {
        display: grid;
        grid-template-columns: minmax(8rem, 14rem) 1fr;
        gap: ${token.space2};
      }
      .record dt {
        font-weight: 600;
      }
      .record dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .quote {
        font-style: italic;
      }
      .inline-list {
        margin: 0;
        padding-inline-start: 1.1em;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
      }
      button {
        font: inherit;
        padding: ${token.space2} ${token.space4};
        border-radius: ${token.radius};
        border: 2px solid ${token.colorAccent};
        cursor: pointer;
        min-block-size: 2.75rem;
      }
      button.primary {
        background: ${token.colorAccent};
        color: ${token.colorAccentText};
      }
      button.secondary {
        background: ${token.colorBg};
        color: ${token.colorAccent};
      }
      button.danger {
        background: ${token.colorBg};
        color: var(--sip-consent-recorder-danger, ${token.colorDanger});
        border-color: var(--sip-consent-recorder-danger, ${token.colorDanger});
      }
      button:disabled {
        cursor: not-allowed;
        opacity: 0.6;
      }
      .error {
        color: ${token.colorDanger};
        font-weight: 600;
        font-size: ${token.fontSizeSmall};
        margin: 0 0 ${token.space1};
      }
      .history ol {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: ${token.space3};
      }
      .history li {
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        padding: ${token.space3};
      }
      @container (max-width: 30rem) {
        .record > div {
          grid-template-columns: 1fr;
          gap: 0;
        }
      }
      @media (forced-colors: active) {
        .status {
          border-color: CanvasText;
        }
        .icon {
          background: Canvas;
          color: CanvasText;
          border: 1px solid CanvasText;
        }
        .error {
          color: CanvasText;
        }
      }
    `,
  ];
}
