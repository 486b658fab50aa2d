/**
 * <sip-plan-document>: the coordinator finishes a draft with the keyboard alone (fills what is
 * missing, signs, locks); the other steps (a signature on the printed copy, a new version,
 * printing), party views, banners, warnings, and text that stays text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/plan-document/index';
import type { SipPlanDocument } from '../../../src/components/plan-document/index';
import { examplePlans, EXAMPLE_NOW } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';
import type { SipPlanChangeDetail } from '../../../src/shared/events';
import { deepActiveElement, settled } from '../../helpers/element';
import { PlanDocumentHarness } from './harness';
import { childWithoutGuardians, draftWithGaps, elderlyClosed, elderlyDraft, elderlyLocked, elderlySigned, elderlySignedLate, elderlyVoided } from './fixtures';

async function mount(plan: SipPlan, attrs: Record<string, string> = {}): Promise<{ el: SipPlanDocument; h: PlanDocumentHarness; changes: SipPlanChangeDetail[]; before: HTMLButtonElement }> {
  const host = await fixture<HTMLDivElement>(html`<div><button id="before">före</button></div>`);
  const el = document.createElement('sip-plan-document');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.now = EXAMPLE_NOW;
  el.user = 'Maria Ek';
  el.plan = plan;
  const changes: SipPlanChangeDetail[] = [];
  el.addEventListener('sip-plan-change', (e) => changes.push(e.detail));
  host.append(el);
  await settled(el);
  await settled(el);
  return { el, h: new PlanDocumentHarness(el), changes, before: host.querySelector('button')! };
}

/** Presses Tab until `selector` (in the element) has focus; fails after `max` presses. */
async function tabTo(h: PlanDocumentHarness, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (h.hasFocus(selector)) return;
    await h.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}; focus is on ${deepActiveElement()?.outerHTML.slice(0, 80)}`);
}

describe('<sip-plan-document>', () => {
  it('keyboard only: fill what is missing, sign and lock', async function () {
    this.timeout(60000);
    const { el, h, changes, before } = await mount(draftWithGaps());
    expect(h.stage()).to.equal('draft');
    expect(h.requirements().join(' | ')).to.contain('varför SIP behövs').and.contain('uppföljning').and.contain('övergripande ansvar');
    before.focus();

    // Why a SIP is needed: the missing item takes focus to its field.
    await tabTo(h, '.requirements button[data-goto="reason"]');
    await h.press('Enter');
    await h.settled();
    expect(h.hasFocus('#reason'), 'focus moved to the reason field').to.equal(true);
    await h.type('Flera vårdgivare och fall i hemmet.');
    await h.press('Tab');
    await waitUntil(() => changes.length === 1, 'the reason was saved');
    expect(changes[0]!.plan.reason).to.equal('Flera vårdgivare och fall i hemmet.');

    // The follow-up date.
    await tabTo(h, '.requirements button[data-goto="followUpDate"]');
    await h.press('Enter');
    await h.settled();
    expect(h.hasFocus('#followUpDate')).to.equal(true);
    await h.type('2026-12-03');
    await h.press('Tab');
    await waitUntil(() => changes.length === 2, 'the follow-up date was saved');
    expect(changes[1]!.plan.followUpDate).to.equal('2026-12-03');

    // The principal with overall responsibility: a letter picks the option.
    await tabTo(h, '.requirements button[data-goto="overall"]');
    await h.press('Enter');
    await h.settled();
    expect(h.hasFocus('#overall')).to.equal(true);
    await h.press('ArrowDown');
    await waitUntil(() => changes.length === 3, 'the principal with overall responsibility was saved');
    expect(changes[2]!.plan.overallResponsible?.principal.kind).to.equal('region');
    await h.settled();
    expect(h.requirements()).to.deep.equal([]);

    // Sign, then lock.
    await tabTo(h, 'button[data-action="sign"]');
    await h.press('Enter');
    await waitUntil(() => h.stage() === 'signed', 'signed');
    expect(el.shadowRoot!.textContent).to.contain('samredigering');
    await tabTo(h, 'button[data-action="lock"]');
    await h.press('Enter');
    await waitUntil(() => h.stage() === 'locked', 'locked');
    const last = changes.at(-1)!.plan;
    expect(last.status).to.equal('active');
    expect(last.lockedAt).to.be.a('string');
    expect(last.signatures.map((s) => s.role)).to.deep.equal(['coordinator']);
  });

  it('signing with parts missing says so and keeps the draft', async () => {
    const { h, changes } = await mount(draftWithGaps());
    await h.click('button[data-action="sign"]');
    expect(changes).to.deep.equal([]);
    expect(h.alert()?.textContent).to.contain('kan inte signeras');
    expect(h.stage()).to.equal('draft');
  });

  it('names the element that edits a missing part that is not here', async () => {
    const plan = elderlyDraft();
    plan.goals = [];
    plan.activities = plan.activities.map((a) => ({ ...a, goalIds: [] }));
    const { h } = await mount(plan);
    expect(h.requirements().join(' ')).to.contain('sip-smart-goal-editor');
  });

  it("a child's consent without the guardians is listed before signing", async () => {
    const { h } = await mount(childWithoutGuardians());
    expect(h.requirements().join(' ')).to.contain('vårdnadshavar');
  });

  it('warns when the plan was signed more than two working days after the meeting', async () => {
    const { el } = await mount(elderlySignedLate());
    const warning = el.shadowRoot!.querySelector('.warning');
    expect(warning?.textContent).to.contain('arbetsdagar efter mötet');
    const onTime = await mount(elderlySigned());
    expect(onTime.el.shadowRoot!.querySelector('.warning')).to.equal(null);
  });

  it("records the person's signature on the printed copy", async () => {
    const { h, changes } = await mount(elderlyLocked());
    expect(h.stage()).to.equal('locked');
    const method = h.$<HTMLSelectElement>('#method')!;
    method.value = 'electronic';
    method.dispatchEvent(new Event('change'));
    await h.click('button[data-action="record-signature"]');
    const signature = changes.at(-1)!.plan.signatures.find((s) => s.role === 'person');
    expect(signature).to.include({ by: 'Karin Lindqvist', method: 'electronic', recordedBy: 'Maria Ek' });
    expect(h.text()).to.contain('Alla underskrifter är registrerade');
  });

  it('starts a new version after a confirmation and hands over the voided one', async () => {
    const { el, h, changes } = await mount(elderlyLocked());
    const revised = new Promise<CustomEvent>((r) => el.addEventListener('sip-plan-revised', (e) => r(e), { once: true }));
    await h.click('button[data-action="revise"]');
    expect(h.$<HTMLDialogElement>('dialog#revise')!.open).to.equal(true);
    await h.click('dialog#revise button[data-action="confirm"]');
    const e = await revised;
    expect(e.detail.previous.status).to.equal('voided');
    expect(e.detail.previous.voided.replacedByVersion).to.equal(2);
    expect(changes.at(-1)!.plan.version).to.equal(2);
    await h.settled();
    expect(h.stage()).to.equal('draft');
  });

  it('Print asks the host first; a cancelled request does not open the print dialog', async () => {
    const { el, h } = await mount(examplePlans.elderly as SipPlan, { readonly: '' });
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('sip-print-request', cancel, { once: true });
      await h.click('button[data-action="print"]');
      expect(printed).to.equal(0);
      const request = new Promise<CustomEvent>((r) => el.addEventListener('sip-print-request', (e) => r(e), { once: true }));
      await h.click('button[data-action="print"]');
      expect((await request).detail.reader).to.equal('staff');
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
  });

  it('read-only: the document without the coordinator panel', async () => {
    const { h } = await mount(draftWithGaps(), { readonly: '' });
    expect(h.$('.work')).to.equal(null);
    expect(h.documentText()).to.contain('Karin Lindqvist');
  });

  it('a voided version and a closed plan say so at the top, with why', async () => {
    const voided = await mount(elderlyVoided());
    const banner = voided.h.$('.banner')!;
    expect(banner.textContent).to.contain('makulerad').and.contain('Ersatt av version 2').and.contain('Nya insatser efter uppföljningen.');
    expect(voided.h.$('.work')).to.equal(null);
    const closed = await mount(elderlyClosed());
    expect(closed.h.$('.banner')!.textContent).to.contain('avslutades').and.contain('Målen är nådda.');
  });

  it('a party outside the consent or unknown sees nothing of the plan', async () => {
    for (const party of ['lars', 'nobody']) {
      const { el, h } = await mount(examplePlans.elderly as SipPlan, { party });
      expect(h.alert()?.textContent).to.contain('Planen visas inte');
      expect(el.shadowRoot!.textContent).to.not.contain('Karin');
      expect(h.$('.document')).to.equal(null);
    }
    const person = await mount(examplePlans.elderly as SipPlan, { party: 'person', reader: 'person' });
    expect(person.h.text()).to.contain('Kopia för Karin Lindqvist');
    expect(person.h.$('.work')).to.equal(null);
  });

  it('text with markup shows as text', async () => {
    const plan = elderlyDraft();
    plan.reason = '<img src=x onerror="window.__pwned=1"><b>fet</b>';
    plan.activities = plan.activities.map((a, i) => (i === 0 ? { ...a, title: '<script>window.__pwned=1</script>Genomgång' } : a));
    const { el, h } = await mount(plan, { readonly: '' });
    expect(h.documentText()).to.contain('<img src=x onerror="window.__pwned=1"><b>fet</b>');
    expect(h.documentText()).to.contain('<script>window.__pwned=1</script>Genomgång');
    expect(el.shadowRoot!.querySelector('.document img, .document b, .document script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps typed text when the host gives the plan again', async () => {
    const { el, h } = await mount(draftWithGaps());
    const reason = h.$<HTMLTextAreaElement>('#reason')!;
    reason.focus();
    await h.type('Halvskriven');
    const again = { ...draftWithGaps(), ifWorse: 'Ring 1177.' };
    el.plan = again;
    await h.settled();
    expect(h.$<HTMLTextAreaElement>('#reason')!.value).to.equal('Halvskriven');
    expect(h.documentText()).to.contain('Ring 1177.');
  });

  it("the person's version says the same facts to \"you\"", async () => {
    const plan = examplePlans.elderly as SipPlan;
    const { h } = await mount(plan, { reader: 'person', readonly: '' });
    const text = h.documentText();
    expect(text).to.contain('Vem du ringer').and.contain('Maria Ek').and.contain('021-17 50 12');
    expect(text).to.contain('Om du mår sämre').and.contain(plan.ifWorse!);
    for (const a of plan.activities) expect(text).to.contain(a.title);
    for (const g of plan.goals) expect(text).to.contain(g.text);
    expect(text).to.contain('Det här behöver du').and.contain(plan.needs!);
  });

  it("the person's needs: written as a core text, shown under their heading, never asked for before signing", async () => {
    const { h, changes } = await mount(draftWithGaps());
    expect(h.requirements().join(' | ')).to.not.match(/behov/i);
    expect(h.$('.requirements button[data-goto="needs"]')).to.equal(null);
    const count = h.requirements().length;
    const needs = 'Att kunna bo kvar hemma och känna sig trygg på nätterna.';
    await h.write('needs', needs);
    expect(changes.length).to.equal(1);
    expect(changes[0]!.plan.needs).to.equal(needs);
    expect(changes[0]!.change.after).to.deep.equal({ needs });
    const text = h.documentText();
    expect(text.indexOf(needs), 'under "Personens behov"').to.be.greaterThan(text.indexOf('Personens behov'));
    expect(text.indexOf(needs)).to.be.lessThan(text.indexOf('Om det blir sämre'));
    expect(h.requirements().length, 'nothing new to fill in, nothing fewer').to.equal(count);
    // Emptying the field removes the text again.
    await h.write('needs', '   ');
    expect(changes[1]!.plan.needs).to.equal(undefined);
  });

  it('the staff version brings in what the person said in the preparation; the person\'s own notes stay out', async () => {
    const plan = elderlyDraft();
    plan.preparation = {
      whatMatters: 'Att få bo kvar hemma.',
      situation: 'Jag är rädd att ramla på morgonen.',
      ownNotes: 'Fråga om färdtjänst.',
      recordedBy: 'Maria Ek',
      recordedAt: '2026-09-20T10:00:00+02:00',
    };
    const { el, h } = await mount(plan);
    const text = h.documentText();
    const at = text.indexOf('Från förberedelsen med personen');
    expect(at, 'the preparation heading').to.be.greaterThan(text.indexOf('Personens behov'));
    expect(text.slice(at)).to.contain('Hur personen ser på sin situation').and.contain('Jag är rädd att ramla på morgonen.').and.contain('Att få bo kvar hemma.');
    expect(text, 'nothing was said about wishes').to.not.contain('Hur personen vill att det ska bli');
    expect(text).to.not.contain('Fråga om färdtjänst.');
    el.reader = 'person';
    await h.settled();
    expect(h.documentText()).to.not.contain('Från förberedelsen med personen');
    // No preparation, no heading.
    el.reader = 'staff';
    el.plan = elderlyDraft();
    await h.settled();
    expect(h.documentText()).to.not.contain('Från förberedelsen med personen');
  });
});
