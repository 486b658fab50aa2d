/**
 * The contract every sip-element keeps, as one suite called for each element (after Web
 * Awesome's form-control-base-tests and Material Web's testing/forms.ts). Call it from a
 * `*.browser.test.ts` file:
 *
 *   runContract({ tag: 'sip-x', plan: () => draftPlan(), edit: (el) => ..., shows: 'Anna' });
 *
 * A check an element does not pass yet is listed in `expectedFailures`: it still runs, and the
 * test fails if it passes — so the list shrinks as elements move onto the kit, and cannot go
 * stale. Nothing here knows a particular element: what differs is in the spec.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parsePlan, type SipPlan } from '../../src/model';
import type { SipInvalidDetail, SipPlanChangeDetail } from '../../src/shared/events';
import { deepFreeze, settled, shadowText, useLocale } from '../helpers/element';

/** The checks, by name (used in `expectedFailures`). */
export const CONTRACT_CHECKS = [
  'shows a plan',
  'readonly',
  'invalid plan',
  'hostile plan',
  'plan change',
  'unknown fields',
  'input not mutated',
  'host changes a plan',
  'host changes its input',
  'locale switch',
  'form association',
  'width 320 px',
] as const;
export type ContractCheck = (typeof CONTRACT_CHECKS)[number];

/** An element as the contract sees it: the base class's public properties. */
export interface ContractElement extends HTMLElement {
  plan: SipPlan | undefined;
  readonly: boolean;
  user: string;
  now: string | undefined;
  updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

export interface ContractSpec<E extends ContractElement = ContractElement> {
  tag: string;
  /** A fresh plan the element can edit (usually a draft). */
  plan: () => SipPlan;
  /** "Now" for the element (the examples' day). */
  now: string;
  /** A text from the plan the element shows when it has the plan (e.g. a goal or a name). */
  shows: string;
  /** A text only the English rendering contains. */
  english: string;
  /**
   * One edit as a user makes it, through the element's UI; the contract waits for
   * `sip-plan-change`. Omit only for an element that never edits the plan.
   */
  edit?: (el: E) => Promise<void> | void;
  /** Attributes for every mount (e.g. `{ view: 'table' }`). */
  attributes?: Record<string, string>;
  /** The element is form-associated: it joins a host `<form>` under `name`. */
  formAssociated?: boolean;
  /** Controls a read-only element still offers (view toggles, timers): a selector. */
  readonlyControls?: string;
  /** Checks this element fails today; each entry must fail, or the suite says to remove it. */
  expectedFailures?: readonly ContractCheck[];
}

async function mount<E extends ContractElement>(spec: ContractSpec<E>, plan: unknown, o: { readonly?: boolean; width?: number } = {}): Promise<E> {
  const wrap = await fixture<HTMLDivElement>(html`<div class="contract-wrap"></div>`);
  if (o.width) wrap.style.inlineSize = `${o.width}px`;
  const el = document.createElement(spec.tag) as E;
  for (const [k, v] of Object.entries(spec.attributes ?? {})) el.setAttribute(k, v);
  el.now = spec.now;
  el.user = 'Kontrakt Test';
  el.readonly = o.readonly ?? false;
  el.plan = plan as SipPlan;
  wrap.append(el);
  await settled(el);
  await settled(el);
  return el;
}

/** `promise`, or a rejection with `message` when it has not settled 5 s from now. */
function withinFiveSeconds<T>(promise: Promise<T>, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), 5000);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * Runs `edit` and resolves with the `sip-plan-change` it caused: the event may come while the
 * edit runs or up to 5 s after it. The limit starts when the edit is done, so a slow browser on
 * a loaded machine (WebKit typing key by key) is not taken for an element that fires nothing.
 */
async function editOnce<E extends ContractElement>(spec: ContractSpec<E>, el: E): Promise<CustomEvent<SipPlanChangeDetail>> {
  if (!spec.edit) throw new Error(`${spec.tag}: no edit in the contract spec`);
  let fired: CustomEvent<SipPlanChangeDetail> | undefined;
  const seen = new Promise<CustomEvent<SipPlanChangeDetail>>((resolve) => {
    el.addEventListener(
      'sip-plan-change',
      (e) => {
        fired = e as CustomEvent<SipPlanChangeDetail>;
        resolve(fired);
      },
      { once: true },
    );
  });
  await spec.edit(el);
  const e = fired ?? (await withinFiveSeconds(seen, `${spec.tag}: the edit fired no sip-plan-change`));
  await settled(el);
  return e;
}

/** Errors thrown anywhere on the page (an element's render, a listener) while `run` runs. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

function invalidAlert(el: Element): Element | null {
  return el.shadowRoot?.querySelector('[role=alert]') ?? null;
}

/** Editing controls a user can reach: shown and enabled (what a read-only element must not offer). */
function enabledControls(el: Element, allowed: string | undefined): Element[] {
  const all = [...(el.shadowRoot?.querySelectorAll('input, textarea, select, button, [contenteditable=true]') ?? [])];
  return all.filter((c) => !(c as HTMLInputElement).disabled && c.getClientRects().length > 0 && !(allowed && c.matches(allowed)));
}

/** The suite. */
export function runContract<E extends ContractElement>(spec: ContractSpec<E>): void {
  const expected = new Set(spec.expectedFailures ?? []);

  const check = (name: ContractCheck, body: () => Promise<void>) => {
    it(expected.has(name) ? `${name} (expected to fail until ${spec.tag} is on the kit)` : name, async function () {
      this.timeout(60000);
      if (!expected.has(name)) return body();
      let failed = false;
      try {
        await body();
      } catch {
        failed = true;
      }
      expect(failed, `${spec.tag} now passes "${name}": remove it from expectedFailures`).to.equal(true);
    });
  };

  describe(`contract: <${spec.tag}>`, () => {
    afterEach(() => useLocale('sv'));

    check('shows a plan', async () => {
      let invalid = 0;
      const el = await mount(spec, spec.plan());
      el.addEventListener('sip-invalid', () => invalid++);
      await settled(el);
      expect(invalidAlert(el), 'no alert for a valid plan').to.equal(null);
      expect(shadowText(el)).to.contain(spec.shows);
      expect(invalid).to.equal(0);
    });

    check('readonly', async () => {
      const el = await mount(spec, spec.plan(), { readonly: true });
      expect(el.hasAttribute('readonly'), 'readonly is reflected').to.equal(true);
      expect(shadowText(el)).to.contain(spec.shows);
      const controls = enabledControls(el, spec.readonlyControls).map((c) => c.outerHTML.slice(0, 80));
      expect(controls, 'no editing control when read-only').to.deep.equal([]);
    });

    check('invalid plan', async () => {
      const el = document.createElement(spec.tag) as E;
      const events: CustomEvent<SipInvalidDetail>[] = [];
      el.addEventListener('sip-invalid', (e) => events.push(e as CustomEvent<SipInvalidDetail>));
      const errors = await pageErrors(async () => {
        el.plan = { id: 'x', network: 'nope', goals: 7 } as never;
        document.body.append(el);
        await settled(el);
        await settled(el);
      });
      try {
        expect(errors).to.deep.equal([]);
        expect(events.length).to.equal(1);
        const [event] = events;
        expect(event!.bubbles && event!.composed).to.equal(true);
        expect(event!.detail.issues.length).to.be.greaterThan(0);
        for (const issue of event!.detail.issues) {
          expect(issue.path).to.be.an('array');
          expect(issue.message).to.be.a('string').and.not.equal('');
        }
        expect(invalidAlert(el)?.textContent).to.contain('Planen kan inte visas');
      } finally {
        el.remove();
      }
    });

    // Issue 17: a throwing getter or a Proxy must reach validation before anything reads it.
    check('hostile plan', async () => {
      const trap = () => {
        throw new Error('hostile read');
      };
      const hostile: [string, unknown][] = [
        ['a Proxy that throws on every read', new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap })],
        ['throwing getters', Object.defineProperties({ ...spec.plan() }, { status: { get: trap, enumerable: true }, person: { get: trap, enumerable: true } })],
      ];
      for (const [what, plan] of hostile) {
        const el = document.createElement(spec.tag) as E;
        let invalid = 0;
        el.addEventListener('sip-invalid', () => invalid++);
        let thrown: unknown;
        const errors = await pageErrors(async () => {
          try {
            el.plan = plan as SipPlan;
            document.body.append(el);
            await settled(el);
            await settled(el);
          } catch (error) {
            thrown = error;
          }
        });
        try {
          expect(thrown, `${what}: thrown into the host`).to.equal(undefined);
          expect(errors, `${what}: page errors`).to.deep.equal([]);
          expect(invalid, `${what}: sip-invalid`).to.equal(1);
          expect(invalidAlert(el)?.textContent, what).to.contain('Planen kan inte visas');
        } finally {
          el.remove();
        }
      }
    });

    if (spec.edit) {
      check('plan change', async () => {
        const plan = spec.plan();
        const el = await mount(spec, plan);
        const e = await editOnce(spec, el);
        expect(e.bubbles && e.composed, 'bubbles and composed').to.equal(true);
        expect(e.detail.plan, 'a new object').to.not.equal(plan);
        expect(e.detail.change.by).to.equal('Kontrakt Test');
        expect(parsePlan(e.detail.plan).ok, 'the new plan is valid').to.equal(true);
        expect(invalidAlert(el)).to.equal(null);
      });

      check('unknown fields', async () => {
        const plan = spec.plan() as SipPlan & Record<string, unknown>;
        plan['x-host'] = { ref: 42 };
        (plan.person as unknown as Record<string, unknown>)['x-person'] = 'keep';
        const el = await mount(spec, plan);
        const e = await editOnce(spec, el);
        const next = e.detail.plan as SipPlan & Record<string, unknown>;
        expect(next['x-host']).to.deep.equal({ ref: 42 });
        expect((next.person as unknown as Record<string, unknown>)['x-person']).to.equal('keep');
      });

      check('input not mutated', async () => {
        const plan = spec.plan();
        const snapshot = JSON.stringify(plan);
        deepFreeze(plan);
        const el = await mount(spec, plan);
        const errors = await pageErrors(async () => {
          await editOnce(spec, el);
        });
        expect(errors).to.deep.equal([]);
        expect(JSON.stringify(plan)).to.equal(snapshot);
      });

      check('host changes a plan', async () => {
        const el = await mount(spec, spec.plan());
        const e = await editOnce(spec, el);
        const emitted = e.detail.plan;
        const errors = await pageErrors(async () => {
          // In place: an emitted plan cannot be changed (it is frozen), so the element keeps a valid plan.
          const changed = Reflect.set(emitted, 'network', null);
          expect(changed, 'an emitted plan is frozen').to.equal(false);
          el.plan = emitted;
          el.requestUpdate();
          await settled(el);
          // A copy with a broken part is validated like any plan: an alert, not an exception.
          const invalid = new Promise<Event>((r) => el.addEventListener('sip-invalid', r, { once: true }));
          el.plan = { ...emitted, network: null } as never;
          await settled(el);
          await invalid;
          await settled(el);
        });
        expect(errors).to.deep.equal([]);
        expect(invalidAlert(el)?.textContent).to.contain('Planen kan inte visas');
      });
    }

    check('host changes its input', async () => {
      // The host breaks the object it handed over, in place: the element keeps its validated copy.
      const input = spec.plan() as SipPlan & Record<string, unknown>;
      const el = await mount(spec, input);
      const errors = await pageErrors(async () => {
        input.network = null as never;
        input.goals = 'nope' as never;
        el.requestUpdate();
        await settled(el);
      });
      expect(errors).to.deep.equal([]);
      expect(invalidAlert(el)).to.equal(null);
      expect(shadowText(el)).to.contain(spec.shows);
    });

    check('locale switch', async () => {
      const el = await mount(spec, spec.plan());
      const sv = shadowText(el);
      await useLocale('en');
      await settled(el);
      const en = shadowText(el);
      expect(en).to.not.equal(sv);
      expect(en).to.contain(spec.english);
      await useLocale('sv');
      await settled(el);
      expect(shadowText(el)).to.equal(sv);
    });

    if (spec.formAssociated) {
      check('form association', async () => {
        const form = await fixture<HTMLFormElement>(html`<form></form>`);
        const el = document.createElement(spec.tag) as E & { name: string; form: HTMLFormElement | null; checkValidity(): boolean; validity?: ValidityState; formStateRestoreCallback?: unknown };
        el.setAttribute('name', 'field');
        el.now = spec.now;
        el.plan = spec.plan();
        form.append(el);
        await settled(el);
        await settled(el);
        expect(el.form).to.equal(form);
        expect(typeof el.checkValidity()).to.equal('boolean');
        expect(el.validity).to.not.equal(undefined);
        expect(typeof el.formStateRestoreCallback, 'formStateRestoreCallback').to.equal('function');
        const errors = await pageErrors(async () => {
          form.reset();
          await settled(el);
        });
        expect(errors).to.deep.equal([]);
        // Read-only never blocks the host's form.
        el.readonly = true;
        await settled(el);
        expect(el.checkValidity()).to.equal(true);
      });
    }

    check('width 320 px', async () => {
      const el = await mount(spec, spec.plan(), { width: 320 });
      await new Promise((r) => setTimeout(r, 50));
      const wide: string[] = [];
      if (el.scrollWidth > el.clientWidth + 1) wide.push(`the element (${el.scrollWidth} > ${el.clientWidth})`);
      for (const child of el.shadowRoot?.children ?? []) {
        if (child instanceof HTMLElement && child.scrollWidth > child.clientWidth + 1) wide.push(`<${child.localName} class="${child.className}"> (${child.scrollWidth} > ${child.clientWidth})`);
      }
      const right = el.getBoundingClientRect().right;
      for (const node of el.shadowRoot?.querySelectorAll('*') ?? []) {
        const r = node.getBoundingClientRect();
        if (r.width > 0 && r.right > right + 1 && !node.closest('.visually-hidden')) {
          wide.push(`<${node.localName}> ends at ${Math.round(r.right)} > ${Math.round(right)}`);
          break;
        }
      }
      expect(wide, 'no horizontal scroll at 320 px').to.deep.equal([]);
    });
  });
}
