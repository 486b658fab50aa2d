import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SipElement } from '../../shared/sip-element';
import { FormAssociated, VALID, type FormValidity, type FormValue } from '../../shared/form-associated';
import { LazyPart, lazyModule } from '../../shared/lazy-part';
import { FocusController } from '../../shared/focus';
import { isoDay } from '../../shared/format';
import * as label from '../../shared/labels';
import * as term from '../../shared/terms';
import type { ConsentEditController } from './controller';
import type { SipConsentWithdrawnDetail } from './types';
import { consentRecorderStyles } from './consent-recorder.styles';

export type { ConsentPartyToNotify, SipConsentWithdrawnDetail } from './types';

declare module '../../shared/events' {
  interface SipEventMap {
    'sip-consent-withdrawn': SipConsentWithdrawnDetail;
  }
}

// The view, the edit actions and the model's consent operations load lazily, next to the base
// class's validator, when the first plan arrives (see part.ts and docs/rationale/consent-recorder.md).
type ConsentPart = typeof import('./part');
const consentPart = lazyModule<ConsentPart>(() => import('./part'));

/** The base class with the kit's form association. */
const FormElement = FormAssociated(SipElement);

/**
 * Records, shows and withdraws the person's consent to a SIP (samtycke).
 *
 * Shows the consent state at a glance (none, active until a date, expiring soon, expired,
 * refused, withdrawn) with the current decision in full and earlier decisions below. Staff
 * record a decision — given or refused; a renewal starts from the consent in force and says
 * what it changes — with who gave it (the person; for a minor the
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
 * @csspart dialog - The withdrawal confirmation dialog (the kit's confirm dialog).
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
export class SipConsentRecorder extends FormElement {
  static override properties = {
    ...FormElement.properties,
    defaultMonths: { type: Number, attribute: 'default-months' },
    expiringDays: { type: Number, attribute: 'expiring-days' },
  };

  static override styles = consentRecorderStyles;

  /** Suggested validity in months for a new consent (default 12). */
  declare defaultMonths: number;
  /** A consent counts as "expiring soon" this many days before its last day (default 30). */
  declare expiringDays: number;

  private readonly lazy = new LazyPart(this, consentPart);
  private readonly focuser = new FocusController(this);
  /** The edit actions; they come with the lazily loaded part. */
  private edits: ConsentEditController | undefined;
  /** A browser's restored form state that arrived before the part. */
  private restored: string | undefined;

  constructor() {
    super();
    this.defaultMonths = 12;
    this.expiringDays = 30;
    // A host form's submit found us invalid: a closed renewal form opens to show why.
    this.addEventListener('invalid', () => {
      if (this.edits?.formOpen === false) {
        this.edits.formOpen = true;
        this.requestUpdate();
      }
    });
  }

  private today(): string {
    return isoDay(this.currentTime());
  }

  private controller(part: ConsentPart): ConsentEditController {
    if (!this.edits) {
      this.edits = new part.ConsentEditController(
        this,
        {
          plan: () => this.validPlan,
          today: () => this.today(),
          now: () => this.currentTime(),
          user: () => this.user ?? '',
          readonly: () => this.readonly,
          disabled: () => this.disabled,
          defaultMonths: () => this.defaultMonths,
          expiringDays: () => this.expiringDays,
          interaction: () => this.interaction,
          markTouched: (field) => this.markTouched(field),
          markSubmitted: () => {
            if (!this.interaction.submitted) this.interaction = { ...this.interaction, submitted: true };
          },
          apply: (operate) => this.applyOperation(operate),
          withdrawn: (detail) => this.emit('sip-consent-withdrawn', detail),
          renderRoot: () => this.renderRoot,
        },
        this.announcer,
        this.focuser,
      );
      this.edits.sync(this.validPlan);
      if (this.restored !== undefined) this.edits.restore(this.restored);
      this.restored = undefined;
    }
    return this.edits;
  }

  // ─── form association (the kit's mixin calls these) ─────────────────────

  /** The form value: JSON of the consent record being entered (a `ConsentRecordInput`), or none. */
  protected formValue(): FormValue {
    return { value: this.edits?.formValue() ?? null, state: this.edits?.formState() ?? null };
  }

  protected formValidity(): FormValidity {
    const edits = this.edits;
    if (!edits) return VALID;
    return edits.validity(this.required, (selector) => this.renderRoot.querySelector<HTMLElement>(selector) ?? undefined);
  }

  protected override formReset(): void {
    this.edits?.reset();
  }

  protected override formRestore(state: string): void {
    if (this.edits) this.edits.restore(state);
    else this.restored = state;
    this.requestUpdate();
  }

  // ─── lifecycle ───────────────────────────────────────────────────────────

  override willUpdate(changed: PropertyValues<this>): void {
    // Nothing of the host's object is read here: the base class validates it first (a hostile
    // getter or Proxy becomes the invalid-plan alert, never an exception in the host).
    if (changed.has('plan') && this.plan) this.lazy.ensure();
    super.willUpdate(changed);
    this.edits?.sync(this.validPlan);
  }

  // ─── render ──────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.isInvalid) return html`<div part="base" class="base">${this.renderInvalid()}${this.announcer.render()}</div>`;
    const plan = this.validPlan;
    const empty = (content: unknown) => html`<div part="base" class="base"><h2 class="title">${term.consent()}</h2>${content}</div>`;
    if (!plan) return html`${empty(this.plan ? nothing : html`<p class="muted">${label.noPlanSelected()}</p>`)}${this.announcer.render()}`;
    return html`${this.lazy.render({
      ready: (part) => {
        const edits = this.controller(part);
        return part.view(edits.viewModel(plan), edits.actions);
      },
      loading: () => empty(nothing),
    })}${this.announcer.render()}`;
  }
}
