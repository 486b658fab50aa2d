import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { OpResult, PlanIssue, SipPlan } from '../model';
import { getLocale } from './i18n';
import { sipEvent, type SipEventMap } from './events';
import { AnnouncerController } from './announcer';
import { awaitWork, type AwaitsWork } from './lazy-part';

// Plans our own operations produced are valid by construction; skipping their re-validation
// keeps an edit on a large plan as cheap as the operation itself. A trusted plan is frozen
// first (see `seal`), so a host cannot change it in place after it was validated or emitted:
// trust can never outlive validity.
const trustedPlans = new WeakSet<object>();
// Objects a host handed us (the parts of an input plan the parser keeps by reference: values of
// fields the model does not know). They stay the host's: never frozen, never trusted.
const hostOwned = new WeakSet<object>();

/** Every object reachable from `value` (cycles and all), marked as the host's. */
function markHostOwned(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || hostOwned.has(v)) continue;
    hostOwned.add(v);
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
}

/**
 * Freezes the plan's own objects (those the parser or an operation created), leaving objects the
 * host owns alone. Stops at frozen objects, so after an edit only the new objects are visited.
 */
function seal(plan: SipPlan): SipPlan {
  const stack: unknown[] = [plan];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v) || hostOwned.has(v)) continue;
    Object.freeze(v);
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  trustedPlans.add(plan);
  return plan;
}

function isTrusted(value: unknown): value is SipPlan {
  return typeof value === 'object' && value !== null && trustedPlans.has(value) && Object.isFrozen(value);
}

// The validator (zod schemas, invariants) is the largest part of the model, so it loads in its
// own chunk as soon as the first element gets a plan, instead of weighing on every page's
// initial load. Once loaded, validation is synchronous.
type Parser = typeof import('../model/parse');
let parser: Parser | undefined;
let parserLoading: Promise<Parser> | undefined;
function loadParser(): Promise<Parser> {
  parserLoading ??= import('../model/parse').then((m) => (parser = m));
  return parserLoading;
}

/** Marks a plan produced by a model operation as already valid (and freezes it, see `seal`). */
export function trustPlan(plan: SipPlan): SipPlan {
  return seal(plan);
}

/**
 * An ISO timestamp in the user's time zone (`2026-11-22T00:30:00.000+01:00`): the model takes
 * "today" from a timestamp's date part, which must be the user's calendar day, not UTC's.
 */
export function localTimestamp(date: Date): string {
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** The plan came as the attribute `plan` (text, e.g. "[object Object]"), which cannot carry a plan. */
function planAttributeIssue(): PlanIssue {
  return {
    path: [],
    code: 'plan.attribute',
    severity: 'error',
    message: msg(
      'Planen gavs som attributet plan, men en plan kan bara ges som egenskapen plan (element.plan = plan). Sätt egenskapen, eller importera sip-elements innan ramverket ritar elementet (i React 19 och Vue sätts då egenskapen).',
      { id: 'base.planAttribute' },
    ),
  };
}

/**
 * The shared base of every sip-element: the `plan` and `readonly` contract, validation with the
 * invalid-plan state, a typed `emit()`, a polite live region, and re-render on language change.
 *
 * Plans the element shows and emits are frozen (their own objects; what the host owns is left
 * alone). A plan the host hands in is validated into the element's own frozen copy, so changing
 * the host's object afterwards cannot reach what the element shows; an emitted plan cannot be
 * changed in place at all. A host changes a plan by giving a new object (`{ ...plan, x }`),
 * validated like any other, so nothing a host does to a plan object makes an element throw.
 *
 * Properties are declared with `static properties` and `declare` fields (no decorators) so the
 * same source runs unchanged through Vite, esbuild and tsc.
 */
export abstract class SipElement extends LitElement implements AwaitsWork {
  static override properties = {
    plan: { attribute: false },
    readonly: { type: Boolean, reflect: true },
    user: { type: String },
    now: { type: String },
  };

  /** The SIP plan to show. Never mutated; edits produce a new plan in `sip-plan-change`. */
  declare plan: SipPlan | undefined;
  /** Show without any editing controls. */
  declare readonly: boolean;
  /** The host's current user (name or id); recorded as `by` on every change. */
  declare user: string;
  /** "Now" as an ISO timestamp; the real clock when unset (tests and demos set it). */
  declare now: string | undefined;
  /** The one polite live region: `this.announcer.say(text)`, `sayLater(...)`, `render()`. */
  protected readonly announcer = new AnnouncerController(this);

  /** The validated plan, or undefined while there is none or it is invalid. */
  protected validPlan: SipPlan | undefined;
  /** Problems of the current plan, when it is invalid. */
  protected planIssues: PlanIssue[] = [];
  private issuesLocale = '';
  private validation: Promise<unknown> | undefined;
  /** Work started by controllers (a lazy part loading) that `updateComplete` waits for. */
  private readonly work = new Set<Promise<unknown>>();

  constructor() {
    super();
    this.readonly = false;
    this.user = '';
    updateWhenLocaleChanges(this);
  }

  /** The current time as an ISO timestamp: the `now` property, or the real clock. */
  protected currentTime(): string {
    const date = this.now && !Number.isNaN(Date.parse(this.now)) ? new Date(this.now) : new Date();
    return localTimestamp(date);
  }

  /** Context for model operations: who acts and when. */
  protected opContext(): { by: string; now: string } {
    return { by: this.user || msg('okänd användare', { id: 'base.unknownUser' }), now: this.currentTime() };
  }

  // `plan` is a property only, but a framework that renders before the element is defined sets
  // unknown props as attributes (`plan="[object Object]"`). Observing the attribute lets the
  // element say so (sip-invalid) instead of showing an empty view.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'plan'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'plan') this.requestUpdate();
  }

  private planAttributeSeen = false;

  override willUpdate(changed: PropertyValues<this>): void {
    const planAttribute = this.hasAttribute('plan');
    if (changed.has('plan') || planAttribute !== this.planAttributeSeen) {
      this.planAttributeSeen = planAttribute;
      this.validate();
    }
    else if (this.planIssues.length > 0 && this.issuesLocale !== getLocale()) this.validate(false);
    super.willUpdate(changed);
  }

  private validate(notify = true): void {
    const input: unknown = this.plan;
    this.issuesLocale = getLocale();
    if (input === undefined || input === null) {
      this.validPlan = undefined;
      this.planIssues = this.hasAttribute('plan') ? [planAttributeIssue()] : [];
      const issues = this.planIssues;
      if (notify && issues.length) void this.updateComplete.then(() => this.emit('sip-invalid', { issues }));
      return;
    }
    if (isTrusted(input)) {
      this.validPlan = input;
      this.planIssues = [];
      return;
    }
    if (!parser) {
      // Until the validator has loaded, show nothing of the plan; then validate and re-render.
      this.validPlan = undefined;
      this.planIssues = [];
      const pending = loadParser().then(
        () => {
          if (this.plan === input) {
            this.validate(notify);
            this.requestUpdate();
          }
        },
        () => {
          // The validator's chunk could not load (offline, blocked): say so instead of throwing.
          this.planIssues = [
            { path: [], code: 'validator.unavailable', severity: 'error', message: msg('Planen kunde inte kontrolleras just nu. Ladda om sidan.', { id: 'base.validatorUnavailable' }) },
          ];
          this.requestUpdate();
        },
      );
      this.validation = pending;
      return;
    }
    const result = parser.parsePlan(input);
    if (result.ok) {
      // The parsed plan is a fresh tree except for values it kept by reference: those stay the host's.
      markHostOwned(input);
      this.validPlan = seal(result.plan);
      this.planIssues = [];
    } else {
      this.validPlan = undefined;
      this.planIssues = result.issues;
      // Fired after the current update so a listener may safely set a new plan.
      if (notify) void this.updateComplete.then(() => this.emit('sip-invalid', { issues: result.issues }));
    }
  }

  /** Registers work `updateComplete` waits for; a failure is the controller's to show. */
  [awaitWork](work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.work.add(settled);
    void settled.then(() => this.work.delete(settled));
  }

  /** `updateComplete` also waits for a plan being validated and for work controllers started. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.validation || this.work.size > 0) {
      const pending = this.validation;
      await Promise.all([pending, ...this.work]);
      if (pending && this.validation === pending) this.validation = undefined;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Fires a typed `sip-*` event (bubbles, composed). Returns false if a listener cancelled it. */
  protected emit<K extends keyof SipEventMap>(type: K, detail: SipEventMap[K], cancelable = false): boolean {
    return this.dispatchEvent(sipEvent(type, detail, cancelable));
  }

  /**
   * Applies a model operation to the current plan. On success the element shows the new plan,
   * fires `sip-plan-change` and returns the result; on failure nothing changes.
   */
  protected applyOperation(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined {
    const current = this.validPlan;
    if (!current || this.readonly) return undefined;
    const result = operate(current, this.opContext());
    if (result.ok) {
      seal(result.plan);
      this.plan = result.plan;
      this.emit('sip-plan-change', { plan: result.plan, change: result.change });
    }
    return result;
  }

  /** Says `text` once through the polite live region. */
  protected announce(text: string): void {
    this.announcer.say(text);
  }

  /** The polite live region; every element renders it once. */
  protected renderAnnouncer(): TemplateResult {
    return this.announcer.render();
  }

  /** True when the element must show the invalid-plan message instead of its content. */
  protected get isInvalid(): boolean {
    return this.planIssues.length > 0;
  }

  /** The invalid-plan message: readable, localized, with each problem's path. */
  protected renderInvalid(): TemplateResult | typeof nothing {
    if (!this.isInvalid) return nothing;
    const count = this.planIssues.length;
    const shown = this.planIssues.slice(0, 10);
    return html`<div class="sip-alert" role="alert" part="alert">
      <h2>${msg('Planen kan inte visas', { id: 'base.invalid.title' })}</h2>
      <p>${count === 1 ? msg('Planen har ett fel:', { id: 'base.invalid.one' }) : msg(str`Planen har ${count} fel:`, { id: 'base.invalid.many' })}</p>
      <ul>
        ${shown.map((issue) => html`<li>${issue.message} <code>${issue.path.length ? issue.path.join('.') : msg('(hela planen)', { id: 'base.invalid.root' })}</code></li>`)}
      </ul>
      ${count > shown.length ? html`<p>${msg(str`… och ${count - shown.length} till.`, { id: 'base.invalid.more' })}</p>` : nothing}
    </div>`;
  }
}
