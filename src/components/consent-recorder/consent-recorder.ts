import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { SipElement } from '../../shared/sip-element';
import { baseStyles, token } from '../../shared/tokens';
import { isoDay } from '../../shared/format';
// Types only: the model's consent code loads lazily with the views (see view.ts).
import type { ConsentRecord, ConsentState, NetworkEntry, SipPlan } from '../../model';
import { emptyDraft, giverOptions, isTouched, type Draft, type DraftField, type NewPartyKind, type WithdrawDraft } from './draft';
import type { ConsentFormHost } from './form-view';
import type { ConsentViewHost } from './view';
import * as label from '../../shared/labels';
import * as term from '../../shared/terms';

// What the element shows once it has a plan (the state box, the records, the model's consent
// state) loads lazily, next to the base class's validator, when the first plan arrives; the
// editing views and the record/withdraw operations load as soon as the element may edit (also
// started when the plan arrives). The initial load is the shell: properties, form association,
// the draft and the "no plan" state. See docs/rationale/consent-recorder.md, "Loading".
type ViewModule = typeof import('./view');
let view: ViewModule | undefined;
let viewLoading: Promise<ViewModule> | undefined;
function loadView(): Promise<ViewModule> {
  viewLoading ??= import('./view').then((m) => (view = m));
  return viewLoading;
}

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
  private formPending: Promise<void> | undefined;
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
    // The views load as soon as there is a plan, in parallel with its validation; the editing
    // views too when the element may edit it (checked again once the plan is valid).
    if (this.plan) {
      this.ensureView();
      const status = (this.plan as { status?: unknown }).status;
      if (this.editable || (!this.readonly && (status === 'draft' || status === 'active'))) this.ensureFormView();
    }
    this.adoptViewStyles();
  }

  /** Also waits for the views while they load, so `await el.updateComplete` sees them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.viewPending || this.formPending) {
      await (this.viewPending ?? this.formPending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private ensureView(): void {
    if (view || this.viewPending) return;
    this.viewPending = loadView().then(
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

  private ensureFormView(): void {
    if (formView || this.formPending) return;
    this.formPending = loadFormView().then(
      () => {
        this.formPending = undefined;
        this.requestUpdate();
      },
      () => {
        this.formPending = undefined;
        this.viewFailed = true;
        this.requestUpdate();
      },
    );
  }

  /**
   * The element as the views see it (its internal state and handlers). Not named `host`: axe-core
   * (and other tools) take any node with a `host` property that is a Node for a shadow root.
   */
  private get viewHost(): ConsentFormHost & ConsentViewHost {
    return this as unknown as ConsentFormHost & ConsentViewHost;
  }

  /** Adds the views' styles to this element's shadow root once they are loaded (view, then form). */
  private adoptViewStyles(): void {
    const root = this.shadowRoot;
    if (!root) return;
    const viewSheet = view?.viewStyles.styleSheet;
    const formSheet = view && formView?.formStyles.styleSheet;
    const lazySheets = [viewSheet, formSheet].filter((s): s is CSSStyleSheet => !!s);
    const sheets = root.adoptedStyleSheets;
    if (lazySheets.every((s, i) => sheets[sheets.length - lazySheets.length + i] === s)) return;
    root.adoptedStyleSheets = [...sheets.filter((s) => !lazySheets.includes(s)), ...lazySheets];
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

  /** The consent state; "none" only until the view (with the model's consent state) has loaded. */
  private state(plan: SipPlan): ConsentState {
    return view ? view.stateOn(plan, this.today(), this.expiringDays) : { status: 'none' };
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

  private formValue(): string | null {
    return formView ? formView.draftValue(this.viewHost) : null;
  }

  private entered(): boolean {
    return this.draft.decision !== '' || isTouched(this.draft, emptyDraft(this.validPlan, this.draftDay, this.defaultMonths));
  }

  private syncFormValue(): void {
    const value = this.formValue();
    this.internals.setFormValue(value, JSON.stringify(this.draft));
    const plan = this.validPlan;
    if (value !== null && formView) {
      const first = formView.firstError(this.viewHost);
      if (first) {
        this.internals.setValidity({ customError: true }, first.message, this.fieldAnchor(first.field) ?? undefined);
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

  // ─── render ──────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.isInvalid) return html`<div part="base" class="base">${this.renderInvalid()}</div>`;
    const plan = this.validPlan;
    if (!plan || !view) {
      // No plan yet, or its view is still loading (updateComplete waits for it).
      return html`<div part="base" class="base">
        <h2 class="title">${term.consent()}</h2>
        ${plan ? this.renderViewMissing() : this.plan ? nothing : html`<p class="muted">${label.noPlanSelected()}</p>`}
        ${this.renderAnnouncer()}
      </div>`;
    }
    const state = this.state(plan);
    return view.renderPlan(this.viewHost, plan, state, {
      form: this.isFormShown(state) ? (formView ? formView.renderForm(this.viewHost, plan) : this.renderViewMissing()) : nothing,
      dialog: formView ? formView.renderWithdrawDialog(this.viewHost, plan, state) : nothing,
      announcer: this.renderAnnouncer(),
    });
  }

  private renderViewMissing(): TemplateResult | typeof nothing {
    if (!this.viewFailed) return nothing;
    return html`<p class="error" role="alert">${msg('Formuläret kunde inte läsas in. Ladda om sidan.', { id: 'consent.viewFailed' })}</p>`;
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
    // The plan view and the form bring their own styles (view.ts, form-view.ts).
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
      p {
        margin: 0 0 ${token.space2};
      }
      .muted,
      .hint {
        color: ${token.colorTextMuted};
        font-size: ${token.fontSizeSmall};
      }
      .error {
        color: ${token.colorDanger};
        font-weight: 600;
        font-size: ${token.fontSizeSmall};
        margin: 0 0 ${token.space1};
      }
      @media (forced-colors: active) {
        .error {
          color: CanvasText;
        }
      }
    `,
  ];
}
