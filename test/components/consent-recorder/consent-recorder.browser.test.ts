import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport, executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/consent-recorder/index';
import type { SipConsentRecorder, SipConsentWithdrawnDetail } from '../../../src/components/consent-recorder/index';
import type { SipPlanChangeDetail, SipInvalidDetail } from '../../../src/shared/events';
import { examplePlans } from '../../../src/model/examples';
import { parsePlan, type SipPlan } from '../../../src/model';
import { axeViolations } from '../../helpers/a11y';
import { deepActiveElement, deepFreeze, nextEvent, settled, shadowText, useLocale } from '../../helpers/element';
import { MARKUP, NOW, childNoConsent, elderlyUntil, markupPlan, noConsentDraft, refused, withRepresentative, withdrawn } from './fixtures';

const USER = 'Maria Ek, distriktssköterska';

async function mount(plan: unknown, extra: { readonly?: boolean; user?: string } = {}): Promise<SipConsentRecorder> {
  const el = await fixture<SipConsentRecorder>(
    html`<sip-consent-recorder .plan=${plan as SipPlan} .now=${NOW} .user=${extra.user ?? USER} ?readonly=${extra.readonly ?? false}></sip-consent-recorder>`,
  );
  await settled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

/** Presses Tab until the focused element matches, failing after `max` presses. */
async function tabTo(match: (el: Element) => boolean, what: string, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && match(active)) return active as HTMLElement;
  }
  throw new Error(`Tab never reached ${what}; ended on ${deepActiveElement()?.outerHTML.slice(0, 120)}`);
}
/** What has focus, for failure messages. */
const focusInfo = () => deepActiveElement()?.outerHTML.slice(0, 160) ?? 'nothing';
/** Types one key at a time: WebKit's driver drops repeated characters in one `type`. */
async function typeText(text: string): Promise<void> {
  for (const c of text) await sendKeys({ type: c });
}
const byId = (id: string) => (el: Element) => el.id === id;
const input = (name: string, value?: string) => (el: Element) =>
  el instanceof HTMLInputElement && (el.name === name || (name === '' && !el.name)) && (value === undefined || el.value === value);

describe('<sip-consent-recorder>', () => {
  afterEach(() => useLocale('sv'));

  // First in the file, so the views are not loaded yet: one `await updateComplete` after a plan
  // arrives must see the final state — validated plan, state box, form and their styles.
  it('updateComplete waits for the lazily loaded views once a plan arrives', async () => {
    const el = document.createElement('sip-consent-recorder');
    el.now = NOW;
    el.user = USER;
    document.body.append(el);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Ingen plan är vald.');
    el.plan = noConsentDraft();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Inget samtycke registrerat');
    expect(shadowText(el)).not.to.contain('Ingen plan är vald.');
    const form = $(el, '#consent-form');
    expect(form !== null).to.equal(true);
    expect(getComputedStyle(form!).display).to.equal('grid');
    expect(getComputedStyle($(el, '.status')!).borderInlineStartStyle).to.equal('solid');
    el.remove();
  });

  it('records a consent and withdraws it with the keyboard alone', async function () {
    // Many key presses; WebKit's driver types one character at a time.
    this.timeout(90_000);
    const original = noConsentDraft();
    const snapshot = JSON.stringify(original);
    const plan = deepFreeze(original);
    const el = await fixture<SipConsentRecorder>(
      html`<div><button id="before">före</button><sip-consent-recorder .plan=${plan} .now=${NOW} user=${USER}></sip-consent-recorder></div>`,
    ).then((d) => d.querySelector('sip-consent-recorder')!);
    await settled(el);
    expect(shadowText(el)).to.contain('Inget samtycke registrerat');
    document.querySelector<HTMLButtonElement>('#before')!.focus();

    // decision: yes
    await tabTo(input('decision', 'given'), 'decision radio');
    await sendKeys({ press: ' ' });
    // Karin herself is pre-selected as giver; the form: oral
    await tabTo(input('form', 'oral'), 'form radio');
    await sendKeys({ press: ' ' });
    // parties
    await tabTo(input('', 'maria'), 'Maria');
    await sendKeys({ press: ' ' });
    await tabTo(input('', 'hemtjanst'), 'Hemtjänst');
    await sendKeys({ press: ' ' });
    // a party not in the network yet
    await tabTo(byId('new-party-name'), 'new party name');
    await typeText('Fotvården Öst');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect($$(el, '[data-field=parties] label').map((l) => l.textContent)).to.satisfy((t: string[]) => t.some((s) => s.includes('Fotvården Öst')));
    await tabTo(byId('subject'), 'subject');
    await typeText('Samordning i hemmet');
    await tabTo(byId('questions'), 'questions');
    await typeText('Hur kan Karin sova bättre?');
    const submit = await tabTo((e) => e instanceof HTMLButtonElement && e.type === 'submit', 'submit');
    expect(submit.textContent).to.contain('Registrera samtycke');
    const changed = nextEvent<SipPlanChangeDetail>(el, 'sip-plan-change');
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;

    expect(JSON.stringify(plan)).to.equal(snapshot);
    expect(detail.plan !== plan).to.equal(true);
    expect(parsePlan(detail.plan).ok).to.equal(true);
    expect(detail.change.type).to.equal('consent.recorded');
    expect(detail.change.by).to.equal(USER);
    const record = detail.plan.consents[0]!;
    expect(record.decision).to.equal('given');
    expect(record.form).to.equal('oral');
    expect(record.givenBy).to.deep.equal([{ role: 'person', name: 'Karin Lindqvist' }]);
    const added = detail.plan.network.find((e) => e.name === 'Fotvården Öst')!;
    expect(added.principal?.kind).to.equal('region');
    expect(record.scope.parties).to.deep.equal(['maria', 'hemtjanst', added.id]);
    expect(record.scope.subject).to.equal('Samordning i hemmet');
    expect(record.scope.questions).to.deep.equal(['Hur kan Karin sova bättre?']);
    expect(record.scope.validFrom).to.equal('2026-11-22');
    expect(record.scope.validUntil).to.equal('2027-11-22');
    expect(record.recordedBy).to.equal(USER);
    expect(Date.parse(record.recordedAt)).to.equal(Date.parse(NOW));
    expect((detail.plan as unknown as Record<string, unknown>)['x-journal']).to.deep.equal({ caseId: 'J-42', tags: ['sip'] });
    expect((detail.plan.network[0] as Record<string, unknown>)['x-crm']).to.equal('keep-me');

    await settled(el);
    expect($(el, '#status-title')!.textContent).to.contain('22 november 2027');
    expect(deepActiveElement()?.id).to.equal('status-title');

    // withdraw
    const next = detail.plan;
    const nextSnapshot = JSON.stringify(next);
    await tabTo(byId('withdraw'), 'withdraw button');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    const dialog = $<HTMLDialogElement>(el, '#withdraw-dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Planen makuleras');
    expect(dialog.textContent).to.contain('Maria Ek');
    // Focus on who withdrew (pre-selected: the giver), not on the destroying button.
    expect(deepActiveElement() === dialog.querySelector('input[name=withdraw-by][value=person]'), focusInfo()).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
    await tabTo(input('withdraw-form', 'oral'), 'withdrawal form radio');
    await sendKeys({ press: ' ' });
    await tabTo(byId('withdraw-note'), 'withdrawal note');
    await typeText('Ringde');
    await tabTo((e) => e.getAttribute('data-action') === 'confirm', 'confirm');
    const changed2 = nextEvent<SipPlanChangeDetail>(el, 'sip-plan-change');
    const withdrawnEvent = nextEvent<SipConsentWithdrawnDetail>(el, 'sip-consent-withdrawn');
    await sendKeys({ press: 'Enter' });
    const [c2, w] = await Promise.all([changed2, withdrawnEvent]);
    expect(JSON.stringify(next)).to.equal(nextSnapshot);
    expect(c2.detail.plan.status).to.equal('voided');
    expect(c2.detail.plan.voided?.reason).to.equal('consentWithdrawn');
    expect(c2.detail.change.type).to.equal('consent.withdrawn');
    expect(w.bubbles && w.composed).to.equal(true);
    expect(w.detail.plan === c2.detail.plan).to.equal(true);
    expect(w.detail.consentId).to.equal(record.id);
    expect(w.detail.withdrawal).to.include({ form: 'oral', recordedBy: USER, note: 'Ringde' });
    expect(w.detail.withdrawal.by).to.deep.equal({ role: 'person', name: 'Karin Lindqvist' });
    const names = w.detail.parties.map((p) => p.name);
    expect(names).to.include.members(['Maria Ek', 'Hemtjänst Norr', 'Fotvården Öst']);
    expect(names).not.to.include('Eva Lindqvist');
    expect(w.detail.parties.find((p) => p.name === 'Maria Ek')!.contact?.phone).to.equal('021-17 50 12');
    expect((c2.detail.plan as unknown as Record<string, unknown>)['x-journal']).to.deep.equal({ caseId: 'J-42', tags: ['sip'] });
    await settled(el);
    expect(dialog.open).to.equal(false);
    expect($(el, '#status-title')!.textContent).to.contain('återkallades');
    expect(shadowText(el)).to.contain('Planen är makulerad');
    expect($(el, '#withdraw') === null).to.equal(true);
    expect($(el, '#consent-form') === null).to.equal(true);
    expect(el.shadowRoot!.contains(deepActiveElement()), focusInfo()).to.equal(true);
  });

  it('cancels the withdrawal with Escape and changes nothing', async () => {
    const el = await mount(deepFreeze(structuredClone(examplePlans.elderly)));
    let changes = 0;
    el.addEventListener('sip-plan-change', () => changes++);
    $(el, '#withdraw')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect($<HTMLDialogElement>(el, '#withdraw-dialog')!.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect($<HTMLDialogElement>(el, '#withdraw-dialog')!.open).to.equal(false);
    expect(changes).to.equal(0);
    expect(deepActiveElement()?.id).to.equal('withdraw');
  });

  it('shows inline validation messages and focuses the first problem', async () => {
    const el = await mount(noConsentDraft());
    $<HTMLInputElement>(el, 'input[name=decision][value=given]')!.click();
    const from = $<HTMLInputElement>(el, '#valid-from')!;
    const until = $<HTMLInputElement>(el, '#valid-until')!;
    from.value = '2026-12-01';
    from.dispatchEvent(new Event('input', { bubbles: true }));
    until.value = '2026-11-30';
    until.dispatchEvent(new Event('input', { bubbles: true }));
    await settled(el);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await settled(el);
    const errors = $$(el, '.field-error').map((e) => e.textContent!.trim());
    expect(errors.join('|')).to.contain('Välj om beslutet lämnades muntligt eller skriftligt.');
    expect(errors.join('|')).to.contain('Välj minst en part som får utbyta information.');
    expect(errors.join('|')).to.contain('Skriv vad samtycket gäller.');
    expect(errors.join('|')).to.contain('Slutdatumet kan inte vara före startdatumet.');
    expect(until.getAttribute('aria-invalid')).to.equal('true');
    expect(until.getAttribute('aria-describedby')).to.contain('err-validUntil');
    expect(deepActiveElement() === $(el, 'input[name=form]'), focusInfo()).to.equal(true);
    expect(el.validity!.valid).to.equal(false);
    expect(el.validationMessage).to.equal('Välj om beslutet lämnades muntligt eller skriftligt.');
    expect(await axeViolations(el)).to.deep.equal([]);

    await useLocale('en');
    await settled(el);
    expect($$(el, '.field-error').map((e) => e.textContent).join('|')).to.contain('The end date cannot be before the start date.');
    expect(el.validationMessage).to.equal('Choose whether the decision was given orally or in writing.');

    // a refusal needs no parties, subject or end date
    $<HTMLInputElement>(el, 'input[name=decision][value=refused]')!.click();
    $<HTMLInputElement>(el, 'input[name=form][value=written]')!.click();
    await settled(el);
    expect(el.validity!.valid).to.equal(true);
    expect($(el, '#valid-until') === null).to.equal(true);
  });

  it('requires the child’s own view and pre-selects both guardians for a minor', async () => {
    const el = await mount(childNoConsent());
    const guardians = $$<HTMLInputElement>(el, '[data-field=givers] input[type=checkbox]').filter((i) => i.checked).map((i) => i.value);
    expect(guardians).to.deep.equal(['guardian:guardian-mother', 'guardian:guardian-father']);
    expect(shadowText(el)).to.contain('Barnets egen inställning');
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await settled(el);
    expect(shadowText(el)).to.contain('Skriv barnets egen inställning');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('does not accept a minor’s consent from the child alone', async () => {
    const el = await mount(childNoConsent());
    // A refusal needs no parties or dates: with the child's view filled in, only who decided is wrong.
    $<HTMLInputElement>(el, 'input[name=decision][value=refused]')!.click();
    $<HTMLInputElement>(el, 'input[name=form][value=oral]')!.click();
    await settled(el);
    for (const box of $$<HTMLInputElement>(el, '[data-field=givers] input[type=checkbox]')) {
      if (box.checked !== (box.value === 'person')) box.click();
    }
    const view = $<HTMLTextAreaElement>(el, '#child-view')!;
    view.value = 'Elias vill inte.';
    view.dispatchEvent(new Event('input', { bubbles: true }));
    await settled(el);
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await settled(el);
    // The model's own message, shown at the field.
    expect($(el, '[data-field=givers] .field-error')?.textContent ?? '').to.contain('barnets eget ja eller nej räcker inte');
    expect(el.validity!.valid).to.equal(false);
    expect(el.plan?.consents.length ?? 0).to.equal(0);
  });

  it('pre-selects the legal representative of an adult', async () => {
    const el = await mount(withRepresentative());
    const checked = $$<HTMLInputElement>(el, '[data-field=givers] input[type=checkbox]').filter((i) => i.checked).map((i) => i.value);
    expect(checked).to.deep.equal(['rep']);
    expect(shadowText(el)).to.contain('god man');
  });

  it('takes part in a host form: value, validity, required and reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><sip-consent-recorder name="consent" required .plan=${noConsentDraft()} .now=${NOW} user=${USER}></sip-consent-recorder></form>`,
    );
    const el = form.querySelector('sip-consent-recorder')!;
    await settled(el);
    expect(el.form === form).to.equal(true);
    expect(new FormData(form).has('consent')).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity!.valueMissing).to.equal(true);

    $<HTMLInputElement>(el, 'input[name=decision][value=given]')!.click();
    $<HTMLInputElement>(el, 'input[name=form][value=written]')!.click();
    $<HTMLInputElement>(el, '[data-field=parties] input[value=maria]')!.click();
    const subject = $<HTMLInputElement>(el, '#subject')!;
    subject.value = 'Samordning';
    subject.dispatchEvent(new Event('input', { bubbles: true }));
    await settled(el);
    expect(form.checkValidity()).to.equal(true);
    const value = JSON.parse(String(new FormData(form).get('consent'))) as Record<string, unknown>;
    expect(value).to.deep.include({ decision: 'given', form: 'written', recordedBy: USER });
    expect(value.scope).to.deep.include({ parties: ['maria'], subject: 'Samordning', validFrom: '2026-11-22', validUntil: '2027-11-22' });

    form.reset();
    await settled(el);
    expect(new FormData(form).has('consent')).to.equal(false);
    expect($<HTMLInputElement>(el, 'input[name=decision][value=given]')!.checked).to.equal(false);
    expect($<HTMLInputElement>(el, '#subject')!.value).to.equal('');
    expect(el.validity!.valueMissing).to.equal(true);

    // with a consent in force, `required` is met
    el.plan = structuredClone(examplePlans.elderly);
    await settled(el);
    expect(form.checkValidity()).to.equal(true);
  });

  it('shows every message when a host form is submitted invalid, and follows a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset><sip-consent-recorder name="consent" .plan=${noConsentDraft()} .now=${NOW} user=${USER}></sip-consent-recorder></fieldset>
      </form>`,
    );
    const el = form.querySelector('sip-consent-recorder')!;
    await settled(el);
    $<HTMLInputElement>(el, 'input[name=decision][value=given]')!.click();
    await settled(el);
    expect($$(el, '.field-error')).to.have.length(0);
    expect(form.checkValidity()).to.equal(false);
    await settled(el);
    expect($$(el, '.field-error').length).to.be.greaterThan(2);
    form.querySelector('fieldset')!.disabled = true;
    await settled(el);
    expect($<HTMLInputElement>(el, '#subject')!.disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, 'button[type=submit]')!.disabled).to.equal(true);
  });

  it('selects every party invited to the meeting in one go', async () => {
    const plan = noConsentDraft();
    const el = await mount(plan);
    const button = $$<HTMLButtonElement>(el, '[data-field=parties] button').find((b) => b.textContent!.includes('Välj alla som bjuds in'))!;
    button.click();
    await settled(el);
    const checked = $$<HTMLInputElement>(el, '[data-field=parties] input[type=checkbox]').filter((i) => i.checked).map((i) => i.value);
    expect(checked).to.deep.equal(plan.network.filter((e) => e.invited).map((e) => e.id));
  });

  it('read-only shows the state and history without any controls', async () => {
    const el = await mount(structuredClone(examplePlans.psychiatry), { readonly: true });
    expect(shadowText(el)).to.contain('Samtycke gäller till och med 15 juni 2027');
    expect(shadowText(el)).to.contain('Tidigare beslut (1)');
    expect($$(el, 'button, input, textarea, select, form, dialog')).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows markup in names as text', async () => {
    const el = await mount(markupPlan());
    expect($(el, 'img') === null).to.equal(true);
    expect($(el, 'b') === null).to.equal(true);
    expect(shadowText(el)).to.contain(`Karin ${MARKUP}`);
    expect(shadowText(el)).to.contain(`Maria ${MARKUP}`);
    expect(shadowText(el)).to.contain(`<b>fet</b>`);
    // in the form's checklist and the withdrawal dialog too
    $<HTMLButtonElement>(el, '#open-form')!.click();
    $<HTMLButtonElement>(el, '#withdraw')!.click();
    await settled(el);
    expect($$(el, '[data-field=parties] label').some((l) => l.textContent!.includes(`Maria ${MARKUP}`))).to.equal(true);
    expect($(el, '#withdraw-dialog')!.textContent).to.contain(`Maria ${MARKUP}`);
    expect($(el, 'img') === null && $(el, 'script') === null).to.equal(true);
  });

  it('shows a localized alert for an invalid plan and fires sip-invalid', async () => {
    const el = document.createElement('sip-consent-recorder');
    const invalid = nextEvent<SipInvalidDetail>(el, 'sip-invalid');
    const bad = structuredClone(examplePlans.elderly) as unknown as Record<string, unknown>;
    (bad.consents as Record<string, unknown>[])[0]!.scope = { parties: ['nobody'], validFrom: 'igår' };
    el.plan = bad as unknown as SipPlan;
    document.body.append(el);
    const event = await invalid;
    expect(event.detail.issues.length).to.be.greaterThan(0);
    await settled(el);
    expect($(el, '[role=alert]')!.textContent).to.contain('Planen kan inte visas');
    expect(await axeViolations(el)).to.deep.equal([]);
    el.remove();
  });

  it('tells when no user is set instead of recording an anonymous decision', async () => {
    const el = await mount(noConsentDraft(), { user: '' });
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await settled(el);
    expect(shadowText(el)).to.contain('egenskapen user saknas');
  });

  const states: [string, () => SipPlan, string, string][] = [
    ['none', noConsentDraft, 'Inget samtycke registrerat', 'No consent recorded'],
    ['active', () => structuredClone(examplePlans.elderly), 'Samtycke gäller till och med 10 september 2027', 'Consent is valid up to and including 10 September 2027'],
    ['expiring', () => elderlyUntil('2026-12-10'), '18 dagar kvar', '18 days left'],
    ['expired', () => elderlyUntil('2026-11-01'), 'Samtycket har upphört', 'Consent has ended'],
    ['refused', refused, 'Samtycke har inte lämnats', 'Consent has not been given'],
    ['withdrawn', withdrawn, 'Samtycket återkallades', 'Consent was withdrawn'],
  ];
  for (const [name, make, sv, en] of states) {
    it(`state "${name}" reads right in sv and en and passes axe`, async () => {
      const el = await mount(make());
      expect($(el, '#status-title')!.textContent).to.contain(sv);
      expect(await axeViolations(el)).to.deep.equal([]);
      await useLocale('en');
      await settled(el);
      expect($(el, '#status-title')!.textContent).to.contain(en);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('opens the renewal form from an active consent', async () => {
    const el = await mount(structuredClone(examplePlans.elderly));
    expect($(el, '#consent-form') === null).to.equal(true);
    const open = $<HTMLButtonElement>(el, '#open-form')!;
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    open.click();
    await settled(el);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#consent-form') !== null).to.equal(true);
    expect(deepActiveElement() === $(el, 'input[name=decision]'), focusInfo()).to.equal(true);
    // the plan is locked (active): new parties wait for a revision
    expect($(el, '#new-party-name') === null).to.equal(true);
  });

  it('screenshots in sv and en, full width and 320 px', async function () {
    // The screenshot command works in Chromium only; setViewport not at all under WebDriver.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    this.timeout(120_000);
    for (const locale of ['sv', 'en'] as const) {
      await useLocale(locale);
      for (const width of [1000, 320]) {
        await setViewport({ width, height: 900 });
        for (const [name, plan] of [
          ['none', childNoConsent()],
          ['active', structuredClone(examplePlans.psychiatry)],
        ] as const) {
          const el = await mount(plan);
          if (name === 'none') {
            $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
            await settled(el);
          }
          await executeServerCommand('sip-screenshot', { name: `consent-${name}-${locale}-${width}`, selector: 'sip-consent-recorder' });
          if (name === 'active') {
            $<HTMLButtonElement>(el, '#withdraw')!.click();
            await settled(el);
            await executeServerCommand('sip-screenshot', { name: `consent-withdraw-${locale}-${width}` });
            $<HTMLButtonElement>(el, 'dialog [data-action=confirm-cancel]')!.click();
            $<HTMLButtonElement>(el, '#open-form')!.click();
            await settled(el);
            $<HTMLInputElement>(el, '[data-field=parties] input:checked')!.click();
            await settled(el);
            $(el, '[data-renewal-changes]')!.scrollIntoView();
            await executeServerCommand('sip-screenshot', { name: `consent-renewal-${locale}-${width}` });
          }
          el.remove();
        }
      }
    }
    // the other states, once each: Swedish full width, English at 320 px
    for (const [locale, width] of [['sv', 1000], ['en', 320]] as const) {
      await useLocale(locale);
      await setViewport({ width, height: 900 });
      for (const [name, plan] of [
        ['expiring', structuredClone(examplePlans.child)],
        ['expired', elderlyUntil('2026-11-01')],
        ['refused', refused()],
        ['withdrawn', withdrawn()],
        ['representative', withRepresentative()],
        ['markup', markupPlan()],
      ] as const) {
        const el = await mount(plan, { readonly: name === 'withdrawn' });
        await executeServerCommand('sip-screenshot', { name: `consent-${name}-${locale}-${width}`, selector: 'sip-consent-recorder' });
        el.remove();
      }
    }
    await setViewport({ width: 800, height: 600 });
  });
});
