/**
 * <sip-follow-up>: a whole follow-up by keyboard (comments on three activities, one goal
 * outcome, "continue" with a new date), closing with the parties to tell, closing for a withdrawn
 * consent, revising, the field errors of an incomplete decision, and the read-only banners.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/follow-up/index';
import type { SipPlanRevisedDetail } from '../../../src/components/follow-up/index';
import { examplePlans } from '../../../src/model/examples';
import { partiesToNotify } from '../../../src/model/operations/consent';
import type { SipPlan } from '../../../src/model';
import { deepActiveElement } from '../../helpers/element';
import { mountFollowUp, type MountedFollowUp } from './harness';

const USER = 'Maria Ek';

function elderly(): SipPlan {
  return structuredClone(examplePlans.elderly);
}

const mount = (plan: SipPlan, o: { readonly?: boolean } = {}) => mountFollowUp(plan, { ...o, user: USER });

/** Mounts `plan` and chooses "no more coordination", "close" and `reason`; collects sip-plan-closed. */
async function closing(plan: SipPlan, reason: string): Promise<MountedFollowUp> {
  const mounted = await mount(plan);
  const { round } = mounted;
  await round.choose(round.radio('coordination', 'no'));
  await round.choose(round.radio('decision', 'close'));
  await round.choose(round.radio('closeReason', reason));
  return mounted;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

describe('<sip-follow-up>', () => {
  it('runs a whole follow-up by keyboard: three comments, one goal outcome, continue with a new date', async function () {
    this.timeout(120000);
    const { el, round, changes } = await mount(elderly());
    expect(round.missingPeople(), 'who has not documented since the plan was locked').to.include.members(['Jonas Nyberg', 'Sofia Berg']);

    // Comments on three activities, in the composed activity list.
    const list = round.activities();
    for (const [id, comment] of [
      ['a-aids', 'Duschpallen är levererad.'],
      ['a-relief', 'Eva har fått tid på anhörigcentrum.'],
      ['a-bp', 'Blodtrycket är stabilt.'],
    ] as const) {
      list.button(id, 'status')!.focus();
      await press('Enter');
      await round.settled();
      // Focus is in the status form (the status select first); Tab to the comment, type, Tab to Save.
      await press('Tab');
      expect(deepActiveElement()?.id, `the comment box of ${id}`).to.equal('status-note');
      await round.type(comment);
      await press('Tab');
      await press('Enter');
      await round.settled();
    }
    // Once each: the activity list's own event stays inside, <sip-follow-up> fires it again.
    expect(changes.map((e) => e.detail.change.type)).to.deep.equal(['activity.comment', 'activity.comment', 'activity.comment']);
    expect(round.missingPeople()).to.not.include.members(['Jonas Nyberg', 'Sofia Berg']);

    // One goal's outcome, and the person's words with it.
    const goals = round.goals();
    goals.card(0).querySelector<HTMLInputElement>('input[type=radio][value=partly]')!.focus();
    await press(' ');
    await round.settled();
    await press('Tab');
    await round.type('Yrseln är mindre på morgonen.');
    await press('Tab');
    await round.settled();
    const achievement = el.plan!.goals[0]!.achievement;
    expect(achievement).to.deep.include({ value: 'partly', note: 'Yrseln är mindre på morgonen.' });

    // The record and the decision.
    await round.typeInto('howItWent', 'Karin känner sig tryggare hemma.');
    await press('Tab');
    await round.type('Balansträningen.');
    await press('Tab');
    await round.type('Väntan på hjälpmedel.');
    await round.choose(round.radio('coordination', 'yes'));
    await round.choose(round.radio('decision', 'continue'));
    await round.typeInto('nextDate', '2027-02-15');
    await press('Tab');
    expect(deepActiveElement(), 'Save after the next date').to.equal(round.submitButton());
    await press('Enter');
    await round.settled();

    const last = changes[changes.length - 1]!.detail;
    expect(last.change.type).to.equal('plan.followUp');
    expect(last.plan.followUpDate).to.equal('2027-02-15');
    expect(last.plan.followUps).to.have.length(1);
    expect(last.plan.followUps[0]).to.deep.include({
      date: '2026-11-22',
      decision: 'continue',
      furtherCoordinationNeeded: true,
      howItWent: 'Karin känner sig tryggare hemma.',
      helped: 'Balansträningen.',
      hindered: 'Väntan på hjälpmedel.',
      recordedBy: USER,
    });
    expect(round.historyEntries()[0]).to.contain('Fortsätta med planen');
    expect(round.banner()).to.contain('15 feb. 2027');
    expect(round.field('howItWent').value, 'the form starts over').to.equal('');
  });

  it('the checklist takes the coordinator to an activity: Enter on it moves focus to its status button in the list', async function () {
    this.timeout(60000);
    const { round } = await mount(elderly());
    const ids = round.undocumented();
    expect(ids.length, 'activities not documented yet').to.be.greaterThan(1);
    const list = round.activities();
    for (const id of [ids[ids.length - 1]!, ids[0]!]) {
      const go = round.goToButton(id)!;
      expect(go.textContent, 'the button names the activity').to.contain(list.row(id).querySelector('h4')!.textContent!.trim());
      go.focus();
      await press('Enter');
      await round.settled();
      expect(deepActiveElement(), `focus on the status button of ${id}`).to.equal(list.button(id, 'status'));
      const box = list.row(id).getBoundingClientRect();
      expect(box.top, 'the activity is on screen').to.be.at.least(0);
      expect(box.top).to.be.below(window.innerHeight);
    }
    // From there the coordinator documents it: Enter opens its status form.
    await press('Enter');
    await round.settled();
    expect(deepActiveElement()?.id).to.equal('status-to');
  });

  it('names what a decision misses at its fields and records nothing', async function () {
    this.timeout(60000);
    const { round, changes } = await mount(elderly());
    await round.choose(round.radio('decision', 'continue'));
    round.submitButton().focus();
    await press('Enter');
    await round.settled();
    expect(changes).to.have.length(0);
    expect(round.fieldError('coordination')).to.contain('Svara om samordning');
    expect(round.fieldError('nextDate')).to.contain('nästa uppföljning');
    expect(round.field('nextDate').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement(), 'focus on the first missing part').to.equal(round.radio('coordination', 'yes'));
    await round.announced('Beslutet saknar uppgifter');
    // Close without a reason.
    await round.choose(round.radio('decision', 'close'));
    round.submitButton().click();
    await round.settled();
    expect(round.fieldError('closeReason')).to.contain('Välj varför');
    expect(changes).to.have.length(0);
  });

  it('closes the plan: who took part, SIP-kollen offered, and the parties to tell in sip-plan-closed', async function () {
    this.timeout(60000);
    const plan = elderly();
    const { round, changes, closed } = await closing(plan, 'goalsMet');
    await round.choose(round.$<HTMLInputElement>('[data-field=decidedWith] input[data-person]')!);
    await round.choose(round.$<HTMLInputElement>('[data-field=decidedWith] input[value=maria]')!);
    await round.choose(round.field('sipKollen'));
    round.submitButton().focus();
    await press('Enter');
    await round.settled();

    expect(changes.map((e) => e.detail.change.type)).to.deep.equal(['plan.followUp', 'plan.closed']);
    expect(closed).to.have.length(1);
    const detail = closed[0]!.detail;
    expect(detail.reason).to.equal('goalsMet');
    expect(detail.plan.status).to.equal('closed');
    expect(detail.plan).to.equal(changes[1]!.detail.plan);
    expect(detail.plan.closure).to.deep.include({ reason: 'goalsMet', personTookPart: true, decidedWith: ['maria'] });
    expect(detail.plan.closure!.sipKollen).to.deep.equal({ offered: true, at: '2026-11-22' });
    const expected = partiesToNotify(plan);
    expect(expected.length).to.be.greaterThan(0);
    expect(detail.parties.map((p) => p.id)).to.deep.equal(expected);
    for (const p of detail.parties) expect(p.name, p.id).to.equal(plan.network.find((e) => e.id === p.id)!.name);
    expect(detail.parties.some((p) => p.kind === 'relative')).to.equal(false);
    await round.announced('Planen är avslutad');
    expect(round.banner()).to.contain('Målen är uppnådda');
    expect(round.banner()).to.contain('tillsammans med: Karin Lindqvist (personen själv), Maria Ek.');
    expect(round.banner()).to.contain('SIP-kollen har erbjudits.');
    expect(round.$('.record'), 'no record on a closed plan').to.equal(null);
    expect(round.activities().el.readonly && round.goals().el.readonly).to.equal(true);
  });

  it('closing for a withdrawn consent goes through the withdrawal: the plan is voided and the parties told', async function () {
    this.timeout(60000);
    const plan = elderly();
    const { round, changes, closed } = await closing(plan, 'consentWithdrawn');
    round.submitButton().click();
    await round.settled();
    expect(round.fieldError('withdrawBy')).to.contain('Välj vem');
    expect(round.fieldError('withdrawForm')).to.contain('Välj hur');
    await round.choose(round.radio('withdrawBy', 'person'));
    await round.choose(round.radio('withdrawForm', 'oral'));
    round.submitButton().click();
    await round.settled();
    expect(changes.map((e) => e.detail.change.type)).to.deep.equal(['plan.followUp', 'consent.withdrawn']);
    const detail = closed[0]!.detail;
    expect(detail.plan.status).to.equal('voided');
    expect(detail.plan.consents.at(-1)!.withdrawal).to.deep.include({ form: 'oral', recordedBy: USER });
    expect(detail.parties.map((p) => p.id)).to.deep.equal(partiesToNotify(plan));
    expect(round.banner()).to.contain('samtycket har återkallats');
  });

  it('revising starts version 2 as a draft and hands the host the voided version', async function () {
    this.timeout(60000);
    const { el, round, changes } = await mount(elderly());
    const revised: CustomEvent<SipPlanRevisedDetail>[] = [];
    el.addEventListener('sip-plan-revised', (e) => revised.push(e));
    await round.choose(round.radio('coordination', 'yes'));
    await round.choose(round.radio('decision', 'revise'));
    await round.typeInto('revisionNote', 'Nya mål efter sjukhusvistelsen.');
    round.submitButton().click();
    await round.settled();
    expect(changes.map((e) => e.detail.change.type)).to.deep.equal(['plan.followUp', 'plan.revised']);
    const { plan, previous } = revised[0]!.detail;
    expect(plan.version).to.equal(2);
    expect(plan.status).to.equal('draft');
    expect(previous.status).to.equal('voided');
    expect(previous.voided).to.deep.include({ reason: 'revised', replacedByVersion: 2, note: 'Nya mål efter sjukhusvistelsen.' });
    expect(previous.followUps.at(-1)!.decision).to.equal('revise');
    expect(round.banner()).to.contain('Version 2');
    expect(round.$('.record')).to.equal(null);
    expect(round.historyEntries()[0]).to.contain('Revidera');
  });

  it('shows a closed plan read-only with a banner, and keeps what is typed when the host re-renders', async function () {
    this.timeout(60000);
    const closedPlan: SipPlan = { ...elderly(), status: 'closed', closure: { reason: 'noLongerNeeded', at: '2026-11-20T10:00:00+01:00', by: USER } };
    const { round } = await mount(closedPlan);
    expect(round.banner()).to.contain('Samordning behövs inte längre');
    expect(round.$$('input, textarea, button').length).to.equal(0);

    const { el, round: open } = await mount(elderly());
    await open.typeInto('howItWent', 'Bra.');
    el.plan = elderly();
    await open.settled();
    expect(open.field('howItWent').value).to.equal('Bra.');
  });
});
