/**
 * Form association, once, for every element that acts as a field in a host's `<form>`
 * (after Material Web's `labs/behaviors/form-associated.ts` + `constraint-validation.ts`: a
 * mixin adds the public form API; the element implements small hooks; validity is computed,
 * not stored; and Lion's InteractionStateMixin: when an error shows is decided in one place).
 *
 * An element: `class SipX extends FormAssociated(SipElement)` and implements
 * `formValue()`, `formValidity()`, and optionally `formReset()` / `formRestore(state)`.
 * The mixin keeps the form value and validity in step after every render, tracks interaction
 * (touched fields, a submit attempt) and works where `attachInternals` is missing (then the
 * element is simply not a form field: valid, no value, `form` null).
 */
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { SipElement } from './sip-element';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript requires `any[]` for mixin constructors
type AbstractCtor<T = object> = abstract new (...args: any[]) => T;

/** A control's validity: the ValidityState flags, the localized message, the control to focus. */
export interface FormValidity {
  flags: ValidityStateFlags;
  /** Localized; required when a flag is set. */
  message: string;
  /** The control inside the shadow root a host form's `reportValidity()` focuses. */
  anchor?: HTMLElement | undefined;
}

/** Valid: no flag, no message. */
export const VALID: FormValidity = Object.freeze({ flags: Object.freeze({}), message: '' });

/** What the element submits: the value under `name`, and the state a browser restores. */
export interface FormValue {
  value: string | null;
  /** Defaults to `value`. Given back to `formRestore()` on back/forward navigation or autofill. */
  state?: string | null;
}

/** Which fields the user has left after changing them, and whether a submit was attempted. */
export interface Interaction {
  readonly touched: ReadonlySet<string>;
  readonly submitted: boolean;
}

export const NO_INTERACTION: Interaction = Object.freeze({ touched: new Set<string>(), submitted: false });

/**
 * The one rule for when a field's error message shows: once the user has left the field, or
 * once the host's form asked for validity (a submit, `checkValidity()`, `reportValidity()` —
 * each fires `invalid` on an invalid field). Never while typing into a field for the first time.
 */
export function showsError(interaction: Interaction, field: string): boolean {
  return interaction.submitted || interaction.touched.has(field);
}

/** The members the mixin adds: the public form API, and the hooks an element implements. */
export declare abstract class FormAssociatedMembers {
  /** The field name under which the form value is submitted. */
  name: string;
  /** A host form is invalid while no value is given (what "no value" means is the element's). */
  required: boolean;
  /** No editing (also set by a disabled ancestor `<fieldset>`). */
  disabled: boolean;
  /** The host form this element belongs to, if any. */
  readonly form: HTMLFormElement | null;
  /** The validity, or undefined where the browser has no ElementInternals. */
  readonly validity: ValidityState | undefined;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  /** The submitted value ('' when none). */
  readonly value: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formResetCallback(): void;
  formDisabledCallback(disabled: boolean): void;
  formStateRestoreCallback(state: unknown, reason?: string): void;

  protected readonly internals: ElementInternals | undefined;
  /** Touched fields and submit attempts; use `showsError(this.interaction, field)`. */
  protected interaction: Interaction;
  /** Marks a field as left by the user (call on `change` / `blur`). */
  protected markTouched(field: string): void;
  /** The value to submit. */
  protected abstract formValue(): FormValue;
  /** The validity now (called after every render, so anchors exist). */
  protected abstract formValidity(): FormValidity;
  /** A host form's reset: back to the value the host gave. Interaction is cleared for you. */
  protected formReset(): void;
  /** A browser restoring `state` (from `formValue().state`). */
  protected formRestore(state: string): void;
}

/** Adds form association to an element class. */
export function FormAssociated<T extends AbstractCtor<SipElement> & { properties: PropertyDeclarations }>(base: T): T & AbstractCtor<FormAssociatedMembers> {
  abstract class FormAssociatedElement extends base {
    static formAssociated = true;

    static override properties: PropertyDeclarations = {
      ...base.properties,
      name: { type: String, reflect: true },
      required: { type: Boolean, reflect: true },
      disabled: { type: Boolean, reflect: true },
      interaction: { state: true },
    };

    declare name: string;
    declare required: boolean;
    declare disabled: boolean;
    declare protected interaction: Interaction;
    protected readonly internals: ElementInternals | undefined;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mixin constructor
    constructor(...args: any[]) {
      super(...args);
      this.internals = attach(this);
      this.name = '';
      this.required = false;
      this.disabled = false;
      this.interaction = NO_INTERACTION;
      // The host's form asked (submit, checkValidity, reportValidity) and found it invalid: show every error.
      this.addEventListener('invalid', () => {
        if (!this.interaction.submitted) this.interaction = { ...this.interaction, submitted: true };
      });
    }

    get form(): HTMLFormElement | null {
      return this.internals?.form ?? null;
    }
    get validity(): ValidityState | undefined {
      return this.internals?.validity;
    }
    get validationMessage(): string {
      return this.internals?.validationMessage ?? '';
    }
    get willValidate(): boolean {
      return this.internals?.willValidate ?? false;
    }
    get value(): string {
      return this.formValue().value ?? '';
    }
    checkValidity(): boolean {
      return this.internals?.checkValidity() ?? true;
    }
    reportValidity(): boolean {
      return this.internals?.reportValidity() ?? true;
    }

    formResetCallback(): void {
      this.interaction = NO_INTERACTION;
      this.formReset();
    }
    formDisabledCallback(disabled: boolean): void {
      this.disabled = disabled;
    }
    formStateRestoreCallback(state: unknown): void {
      if (typeof state === 'string') this.formRestore(state);
    }

    protected markTouched(field: string): void {
      if (this.interaction.touched.has(field)) return;
      this.interaction = { ...this.interaction, touched: new Set([...this.interaction.touched, field]) };
    }

    protected abstract formValue(): FormValue;
    protected abstract formValidity(): FormValidity;
    protected formReset(): void {}
    protected formRestore(_state: string): void {}

    override updated(changed: PropertyValues<this>): void {
      super.updated(changed);
      this.syncForm();
    }

    private syncForm(): void {
      const internals = this.internals;
      if (!internals) return;
      const { value, state } = this.formValue();
      internals.setFormValue(value, state === undefined ? value : state);
      // A read-only or disabled field, or one without a valid plan, never blocks a host form.
      const v = this.readonly || this.disabled || this.isInvalid ? VALID : this.formValidity();
      const flagged = Object.values(v.flags).some(Boolean);
      if (flagged && v.message) internals.setValidity(v.flags, v.message, v.anchor);
      else internals.setValidity({});
    }
  }
  // The class expression's protected members cannot appear in the emitted declaration, so the
  // mixin is typed by FormAssociatedMembers, which declares the same members.
  return FormAssociatedElement as unknown as T & AbstractCtor<FormAssociatedMembers>;
}

/** ElementInternals where the browser has them (and the element is form-associated). */
function attach(el: HTMLElement): ElementInternals | undefined {
  if (typeof el.attachInternals !== 'function') return undefined;
  try {
    const internals = el.attachInternals();
    // DOM emulations (jsdom) give ElementInternals without the form API: a plain element there.
    return typeof internals?.setFormValue === 'function' && typeof internals.setValidity === 'function' ? internals : undefined;
  } catch {
    // Already attached, or not a form-associated custom element: behave as a plain element.
    return undefined;
  }
}
