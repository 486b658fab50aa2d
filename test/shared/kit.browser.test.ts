import { expect, fixture, html as fhtml } from '@open-wc/testing';
import { html, render } from 'lit';
import { SipElement } from '../../src/shared/sip-element';
import { defineElement } from '../../src/shared/define';
import { LazyPart, lazyModule, type LazyModule } from '../../src/shared/lazy-part';
import { FocusController } from '../../src/shared/focus';
import { UndoController } from '../../src/shared/undo';
import { FormAssociated, VALID, showsError, type FormValidity, type FormValue } from '../../src/shared/form-associated';
import { confirmDialog, openConfirm, undoBar } from '../../src/shared/templates';
import { examplePlans } from '../../src/model/examples';
import { deepActiveElement, settled, useLocale } from '../helpers/element';

// A lazy part whose load the test controls: fails first, then succeeds.
let attempts = 0;
let failNext = true;
const flaky: LazyModule<{ greet: () => string }> = lazyModule(() => {
  attempts++;
  return failNext ? Promise.reject(new Error('offline')) : Promise.resolve({ greet: () => 'hej' });
});

class LazyHost extends SipElement {
  readonly lazy = new LazyPart(this, flaky);
  readonly focuser = new FocusController(this);
  readonly undoer = new UndoController<string>(this);
  get voice() {
    return this.announcer;
  }
  override connectedCallback(): void {
    super.connectedCallback();
    this.lazy.ensure();
  }
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.lazy.settled;
    return super.getUpdateComplete();
  }
  override render() {
    return html`${this.lazy.render({ ready: (m) => html`<p id="ready">${m.greet()}</p>` })}
      <button id="a">a</button><button id="b">b</button>
      ${undoBar(this.undoer.entry, { onUndo: () => this.undoer.take(), onDismiss: () => this.undoer.clear() })} ${this.renderAnnouncer()}`;
  }
}
defineElement('sip-kit-lazy-host', LazyHost);

class FormHost extends FormAssociated(SipElement) {
  reset = 0;
  restored = '';
  protected formValue(): FormValue {
    return { value: this.validPlan ? this.validPlan.id : null, state: 'state-1' };
  }
  protected formValidity(): FormValidity {
    return this.required ? { flags: { valueMissing: true }, message: 'Fyll i.' } : VALID;
  }
  protected override formReset(): void {
    this.reset++;
  }
  protected override formRestore(state: string): void {
    this.restored = state;
  }
  touch(field: string) {
    this.markTouched(field);
  }
  shows(field: string) {
    return showsError(this.interaction, field);
  }
  override render() {
    return html`<p>${this.validPlan?.id ?? ''}</p>`;
  }
}
defineElement('sip-kit-form-host', FormHost);

describe('kit', () => {
  afterEach(() => useLocale('sv'));

  it('lazy part: a failed load shows one localized message with a retry that loads again', async () => {
    failNext = true;
    attempts = 0;
    const el = await fixture<LazyHost>(fhtml`<sip-kit-lazy-host></sip-kit-lazy-host>`);
    await settled(el);
    expect(el.lazy.status).to.equal('failed');
    const alert = el.shadowRoot!.querySelector('[role=alert][data-lazy=failed]')!;
    expect(alert.textContent).to.contain('Det gick inte att ladda den här delen');
    await useLocale('en');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('could not be loaded').and.contain('Try again');
    failNext = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action=retry]')!.click();
    expect(el.lazy.status).to.equal('loading');
    await settled(el);
    expect(attempts).to.equal(2);
    expect(el.lazy.status).to.equal('ready');
    expect(el.shadowRoot!.querySelector('#ready')!.textContent).to.equal('hej');
    // A second element reads the loaded module at once: no loading pass.
    const other = document.createElement('sip-kit-lazy-host') as LazyHost;
    expect(other.lazy.status).to.equal('ready');
  });

  it('focus after render: the last request wins, a missing target is skipped', async () => {
    const el = await fixture<LazyHost>(fhtml`<sip-kit-lazy-host></sip-kit-lazy-host>`);
    el.focuser.request('#missing');
    await settled(el);
    el.focuser.request('#a');
    el.focuser.request('#b');
    await settled(el);
    expect(deepActiveElement()?.id).to.equal('b');
  });

  it('undo: one offer at a time, one bar', async () => {
    const el = await fixture<LazyHost>(fhtml`<sip-kit-lazy-host></sip-kit-lazy-host>`);
    el.undoer.offer({ label: 'Första togs bort.', data: '1' });
    el.undoer.offer({ label: 'Andra togs bort.', data: '2' });
    await settled(el);
    const bars = el.shadowRoot!.querySelectorAll('[part=undo]');
    expect(bars.length).to.equal(1);
    expect(bars[0]!.textContent).to.contain('Andra togs bort.').and.contain('Ångra').and.contain('Stäng');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action=undo]')!.click();
    await settled(el);
    expect(el.undoer.entry).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part=undo]')).to.equal(null);
  });

  it('announcer: sayLater speaks once after a pause, and not a repeat', async () => {
    const el = await fixture<LazyHost>(fhtml`<sip-kit-lazy-host></sip-kit-lazy-host>`);
    const region = el.shadowRoot!.querySelector('[role=status]')!;
    const announcer = el.voice;
    let n = 0;
    for (let i = 0; i < 5; i++) announcer.sayLater('k', () => `text ${++n}`, 60);
    await new Promise((r) => setTimeout(r, 30));
    expect(region.textContent!.trim(), 'not while typing').to.equal('');
    await new Promise((r) => setTimeout(r, 150));
    await settled(el);
    expect(region.textContent!.trim()).to.equal('text 1');
    expect(n, 'computed once').to.equal(1);
    announcer.remember('k', 'same');
    announcer.sayLater('k', () => 'same', 10);
    await new Promise((r) => setTimeout(r, 80));
    await settled(el);
    expect(region.textContent!.trim()).to.equal('text 1');
  });

  it('form association: value, validity, reset, restore, and the one rule for showing errors', async () => {
    const form = await fixture<HTMLFormElement>(fhtml`<form><sip-kit-form-host name="f" .plan=${examplePlans.elderly}></sip-kit-form-host></form>`);
    const el = form.querySelector('sip-kit-form-host') as FormHost;
    await settled(el);
    expect(el.form).to.equal(form);
    expect(new FormData(form).get('f')).to.equal(examplePlans.elderly.id);
    expect(el.checkValidity()).to.equal(true);
    el.required = true;
    await settled(el);
    expect(el.shows('x'), 'nothing touched, nothing submitted').to.equal(false);
    el.touch('x');
    await settled(el);
    expect(el.shows('x')).to.equal(true);
    expect(el.shows('y')).to.equal(false);
    form.reset();
    expect(el.reset).to.equal(1);
    expect(el.shows('x'), 'a reset clears interaction').to.equal(false);
    // The host's form asks (submit, checkValidity, reportValidity): every error shows.
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Fyll i.');
    await settled(el);
    expect(el.shows('y')).to.equal(true);
    el.formStateRestoreCallback('state-1');
    expect(el.restored).to.equal('state-1');
    el.readonly = true;
    await settled(el);
    expect(el.checkValidity(), 'read-only never blocks a form').to.equal(true);
  });

  it('form association is safe where attachInternals is missing', async () => {
    const original = HTMLElement.prototype.attachInternals;
    // Simulates a browser without ElementInternals.
    (HTMLElement.prototype as { attachInternals?: unknown }).attachInternals = undefined;
    try {
      const el = document.createElement('sip-kit-form-host') as FormHost;
      el.plan = examplePlans.elderly;
      el.required = true;
      document.body.append(el);
      await settled(el);
      expect(el.form).to.equal(null);
      expect(el.validity).to.equal(undefined);
      expect(el.checkValidity()).to.equal(true);
      expect(el.value).to.equal(examplePlans.elderly.id);
      el.remove();
    } finally {
      HTMLElement.prototype.attachInternals = original;
    }
  });

  it('confirm dialog: a native modal dialog, cancel first', async () => {
    const root = await fixture<HTMLDivElement>(fhtml`<div></div>`);
    let confirmed = 0;
    render(confirmDialog({ id: 'c1', title: 'Ta bort målet?', confirmLabel: 'Ta bort', danger: true, onConfirm: () => confirmed++ }), root);
    openConfirm(root, 'c1');
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const buttons = [...dialog.querySelectorAll('button')];
    expect(buttons.map((b) => b.dataset.action)).to.deep.equal(['confirm-cancel', 'confirm']);
    buttons[1]!.click();
    expect(confirmed).to.equal(1);
    expect(dialog.open).to.equal(false);
  });
});
