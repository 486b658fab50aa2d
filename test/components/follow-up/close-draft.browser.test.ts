/**
 * <sip-follow-up> on a draft: closing a plan that was never signed, by keyboard, with the
 * confirmation; a withdrawn consent through the withdrawal; what is offered on which draft;
 * what is typed surviving the host; no action when read-only.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/follow-up/index';
import { examplePlans } from '../../../src/model/examples';
import { partiesToNotify } from '../../../src/model/operations/consent';
import type { SipPlan } from '../../../src/model';
import { axeViolations } from '../../helpers/a11y';
import { mountFollowUp } from './harness';

const USER = 'Maria Ek';

/** A first version, never signed: Elias, 15, with his guardians' consent; the SIP meeting is still planned. */
const child = (): SipPlan => structuredClone(examplePlans.child);

const mount = (plan: SipPlan, o: { readonly?: boolean } = {}) => mountFollowUp(plan, { ...o, user: USER });

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

describe('<sip-follow-up> closing a draft', () => {
  it('closes a draft by keyboard alone: reason, who took part, a note, a confirmation; the events carry whom to tell', async function () {
    this.timeout(120000);
    const plan = child();
    const input = structuredClone(plan);
    const { el, round, changes, closed, before } = await mount(plan);
    expect(round.banner()).to.contain('Planen är ett utkast.');

    // Into the element from the page: the banner's button is its first stop.
    before.focus();
    await press('Tab');
    expect(round.focused(), 'Tab reaches the banner button').to.equal(round.closeDraftButton());
    expect(round.closeDraftButton()!.className, 'a secondary button').to.not.contain('primary');
    expect(round.closeDraftButton()!.textContent).to.contain('Avsluta utan signerad plan');
    await press('Enter');
    await round.settled();
    expect(round.focused()?.id, 'focus on the closure heading').to.equal('close-draft-title');
    expect(round.closeDraftButton(), 'the button gives way to the form').to.equal(null);
    // A first version never ran: no "goals met"; there is a consent, so it can be withdrawn.
    expect(round.reasonsOffered()).to.deep.equal(['noLongerNeeded', 'consentWithdrawn']);
    expect(round.$('[data-field=sipKollen]'), 'no SIP-kollen before any meeting was held').to.equal(null);
    expect(round.$('[data-field=date], [data-field=decision], [data-field=coordination]'), 'the closure part only').to.equal(null);

    await press('Tab');
    expect(round.focused()).to.equal(round.radio('closeReason', 'noLongerNeeded'));
    await press(' ');
    await round.settled();
    await round.tabTo('the person', (f) => f === round.$('[data-field=decidedWith] input[data-person]'));
    await press(' ');
    await round.tabTo('the psychologist', (f) => f === round.$('[data-field=decidedWith] input[value=psykolog]'));
    await press(' ');
    await round.tabTo('the note', (f) => f === round.field('closeNote'));
    await round.type('Familjen har flyttat till Västerås.');
    await press('Tab');
    const ask = round.$<HTMLButtonElement>('[data-action=ask-close-draft]')!;
    expect(round.focused(), 'the note is followed by the button that closes').to.equal(ask);
    await press('Enter');
    await round.settled();

    // The kit's dialog, on Cancel: Enter there ends nothing.
    const dialog = round.closeDraftDialog()!;
    expect(dialog.open).to.equal(true);
    expect(round.focused()).to.equal(dialog.querySelector('[data-action=confirm-cancel]'));
    expect(dialog.textContent).to.contain('Samordning behövs inte längre');
    await press('Enter');
    await round.settled();
    expect(dialog.open).to.equal(false);
    expect(changes, 'cancelled: nothing changed').to.have.length(0);
    expect(round.field('closeNote').value, 'what was typed stays').to.equal('Familjen har flyttat till Västerås.');

    ask.focus();
    await press('Enter');
    await round.settled();
    expect(dialog.open).to.equal(true);
    await press('Tab');
    expect(round.focused()).to.equal(dialog.querySelector('[data-action=confirm]'));
    await press('Enter');
    await round.settled();

    expect(changes.map((e) => e.detail.change.type), 'one change: the closure, no follow-up on a plan never in force').to.deep.equal(['plan.closed']);
    expect(closed).to.have.length(1);
    const detail = closed[0]!.detail;
    expect(detail.reason).to.equal('noLongerNeeded');
    expect(detail.plan).to.equal(changes[0]!.detail.plan);
    expect(detail.plan.status).to.equal('closed');
    expect(detail.plan.closure).to.deep.include({ reason: 'noLongerNeeded', by: USER, personTookPart: true, decidedWith: ['psykolog'], note: 'Familjen har flyttat till Västerås.' });
    expect(detail.plan.closure, 'SIP-kollen not asked, not recorded').to.not.have.property('sipKollen');
    expect(detail.plan.followUps).to.have.length(0);
    const expected = partiesToNotify(plan);
    expect(expected.length).to.be.greaterThan(0);
    expect(detail.parties.map((p) => p.id)).to.deep.equal(expected);
    for (const p of detail.parties) expect(p, p.id).to.deep.include({ name: plan.network.find((e) => e.id === p.id)!.name, kind: plan.network.find((e) => e.id === p.id)!.kind });
    expect(plan, 'the input plan is not mutated').to.deep.equal(input);
    expect(el.plan).to.equal(detail.plan);

    await round.announced('Planen är avslutad. Informera: Skiftingeskolan');
    expect(round.focused()?.id).to.equal('status-title');
    expect(round.banner()).to.contain('Samordning behövs inte längre');
    expect(round.banner()).to.contain('tillsammans med: Elias Karlsson (personen själv), David Strand.');
    expect(round.closeDraftButton(), 'a closed plan offers nothing').to.equal(null);
    expect(round.closeDraftForm()).to.equal(null);
  });

  it('a withdrawn consent goes through the withdrawal: the draft is voided and the consent record says who withdrew it', async function () {
    this.timeout(60000);
    const plan = child();
    const { el, round, changes, closed } = await mount(plan);
    round.closeDraftButton()!.focus();
    await press('Enter');
    await round.settled();
    await round.choose(round.radio('closeReason', 'consentWithdrawn'));
    // Incomplete: the errors at the fields, focus on the first, no dialog.
    round.$<HTMLButtonElement>('[data-action=ask-close-draft]')!.focus();
    await press('Enter');
    await round.settled();
    expect(round.fieldError('withdrawBy')).to.contain('Välj vem');
    expect(round.fieldError('withdrawForm')).to.contain('Välj hur');
    expect(round.focused()).to.equal(round.radio('withdrawBy', 'person'));
    expect(round.closeDraftDialog()!.open).to.equal(false);
    await round.announced('Avslutet saknar uppgifter');
    expect(await axeViolations(el), 'the closure with its errors').to.deep.equal([]);

    await round.choose(round.radio('withdrawBy', 'guardian:guardian-mother'));
    await round.choose(round.radio('withdrawForm', 'written'));
    round.$<HTMLButtonElement>('[data-action=ask-close-draft]')!.focus();
    await press('Enter');
    await round.settled();
    const dialog = round.closeDraftDialog()!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('planen makuleras');
    expect(await axeViolations(el), 'the confirmation').to.deep.equal([]);
    await press('Tab');
    expect(round.focused()?.textContent?.trim()).to.equal('Makulera planen');
    await press('Enter');
    await round.settled();

    expect(changes.map((e) => e.detail.change.type)).to.deep.equal(['consent.withdrawn']);
    const detail = closed[0]!.detail;
    expect(detail.reason).to.equal('consentWithdrawn');
    expect(detail.plan.status).to.equal('voided');
    expect(detail.plan.voided).to.deep.include({ reason: 'consentWithdrawn', by: USER });
    expect(detail.plan.consents.at(-1)!.withdrawal).to.deep.include({ form: 'written', recordedBy: USER, by: { role: 'guardian', name: 'Sara Karlsson', refId: 'guardian-mother' } });
    expect(detail.parties.map((p) => p.id)).to.deep.equal(partiesToNotify(plan));
    expect(round.banner()).to.contain('samtycket har återkallats');
  });

  it('offers what applies: no consent, no withdrawal; a revision may have met its goals; SIP-kollen once a meeting was held', async function () {
    this.timeout(60000);
    const noConsent: SipPlan = { ...child(), consents: [] };
    const { round } = await mount(noConsent);
    await round.click('[data-action=close-draft]');
    expect(round.reasonsOffered()).to.deep.equal(['noLongerNeeded']);
    expect(round.closeDraftForm()!.textContent).to.contain('Det finns inget lämnat samtycke att återkalla.');

    const base = child();
    const revision: SipPlan = { ...base, version: 2, meetings: base.meetings.map((m) => ({ ...m, status: 'held' as const })) };
    const { round: r2, closed } = await mount(revision);
    expect(r2.closeDraftButton()!.textContent).to.contain('Avsluta utan ny version');
    await r2.click('[data-action=close-draft]');
    expect(r2.reasonsOffered()).to.deep.equal(['goalsMet', 'noLongerNeeded', 'consentWithdrawn']);
    await r2.choose(r2.radio('closeReason', 'goalsMet'));
    await r2.choose(r2.field('sipKollen'));
    await r2.click('[data-action=ask-close-draft]');
    r2.closeDraftDialog()!.querySelector<HTMLButtonElement>('[data-action=confirm]')!.click();
    await r2.settled();
    expect(closed[0]!.detail.plan.closure!.sipKollen).to.deep.equal({ offered: true, at: '2026-11-22' });
  });

  it('keeps what is typed when the host sets an equal plan, and drops it for another plan', async function () {
    this.timeout(60000);
    const { el, round } = await mount(child());
    await round.click('[data-action=close-draft]');
    await round.choose(round.radio('closeReason', 'noLongerNeeded'));
    await round.typeInto('closeNote', 'Behovet har upphört.');
    el.plan = child();
    await round.settled();
    expect(round.closeDraftForm(), 'still open').to.not.equal(null);
    expect(round.radio('closeReason', 'noLongerNeeded').checked).to.equal(true);
    expect(round.field('closeNote').value).to.equal('Behovet har upphört.');

    el.plan = { ...child(), id: 'another-plan' };
    await round.settled();
    expect(round.closeDraftForm()).to.equal(null);
    await round.click('[data-action=close-draft]');
    expect(round.field('closeNote').value).to.equal('');

    // Cancel leaves the closure, drops what was chosen, and gives focus back to the button.
    await round.typeInto('closeNote', 'Fel plan.');
    round.$<HTMLButtonElement>('[data-action=cancel-close-draft]')!.focus();
    await press('Enter');
    await round.settled();
    expect(round.closeDraftForm()).to.equal(null);
    expect(round.focused()).to.equal(round.closeDraftButton());
  });

  it('offers no closure when read-only, nor on a plan in force', async function () {
    this.timeout(60000);
    const { round } = await mount(child(), { readonly: true });
    expect(round.banner()).to.contain('Planen är ett utkast.');
    expect(round.closeDraftButton()).to.equal(null);
    expect(round.$$('input, textarea, button, dialog')).to.have.length(0);

    // Open, then the host turns read-only: the closure goes with the button.
    const { el, round: open } = await mount(child());
    expect(open.closeDraftButton(), 'the same draft, editable, offers it').to.not.equal(null);
    await open.click('[data-action=close-draft]');
    el.readonly = true;
    await open.settled();
    expect(open.closeDraftForm()).to.equal(null);
    expect(open.closeDraftButton()).to.equal(null);

    const { round: active } = await mount(structuredClone(examplePlans.elderly));
    expect(active.closeDraftButton(), 'a plan in force closes through its follow-up').to.equal(null);
  });
});
