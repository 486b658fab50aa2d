import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/initiative/index';
import type { SipInitiative } from '../../../src/components/initiative/index';
import type { SipPlan } from '../../../src/model';
import { examplePlans } from '../../../src/model/examples';
import type { SipPlanChangeDetail } from '../../../src/shared/events';
import { settled } from '../../helpers/element';
import { InitiativeHarness } from './harness';
import { AFTER_DUE, NOW, invalidPlan, preparation, sent } from './fixtures';

async function mount(plan: unknown, o: { now?: string; party?: string; readonly?: boolean } = {}): Promise<{ el: SipInitiative; h: InitiativeHarness; changes: SipPlanChangeDetail[] }> {
  const el = await fixture<SipInitiative>(html`<sip-initiative
    user="Maria Ek"
    now=${o.now ?? NOW}
    party=${o.party ?? ''}
    ?readonly=${o.readonly ?? false}
    .plan=${plan as SipPlan}
  ></sip-initiative>`);
  const changes: SipPlanChangeDetail[] = [];
  el.addEventListener('sip-plan-change', (e) => changes.push((e as CustomEvent<SipPlanChangeDetail>).detail));
  await settled(el);
  await settled(el);
  return { el, h: new InitiativeHarness(el), changes };
}

describe('<sip-initiative>', () => {
  it('by keyboard: send to two units, one acknowledges, one declines pointing to a third, send it on', async function () {
    // WebKit's driver types key by key (see Harness.type).
    this.timeout(90000);
    const { el, h, changes } = await mount(preparation());
    await h.typeReason('Behov av samordning');
    await h.chooseReceiver('sofia');
    await h.chooseReceiver('geriatrik');
    expect(h.receiverBox('sofia')!.checked).to.equal(true);
    await h.send();
    expect(changes.length).to.equal(1);
    const ini = changes[0]!.plan.initiative!;
    expect(ini.reason).to.equal('Behov av samordning');
    expect(ini.initiatedBy, 'the coordinator is suggested as sender').to.equal('maria');
    expect(ini.receivers.map((r) => r.entryId)).to.deep.equal(['sofia', 'geriatrik']);
    // Sunday 22 Nov 10:00 → due Monday 23 Nov 10:00 (one working day)
    expect(ini.receivers[0]!.dueAt).to.equal('2026-11-23T09:00:00.000Z');
    await h.announced('Initiativet skickades till 2 mottagare');
    expect(h.focused()?.id).to.equal('receivers-title');
    expect(h.rowText('sofia')).to.contain('svar senast mån 23 nov. 2026 10:00');

    // Sofia acknowledges
    await h.pressOn(h.rowButton('sofia', 'acknowledge'), 'Enter');
    expect(changes.length).to.equal(2);
    expect(h.state('sofia')).to.equal('acknowledged');
    await h.announced('Sofia Berg har kvitterat');

    // Geriatriken declines and points to Ahmed
    await h.pressOn(h.rowButton('geriatrik', 'decline'), 'Enter');
    expect(h.focused(), 'focus moves to "send it instead to"').to.equal(h.redirectSelect('geriatrik'));
    // Without a choice the decline is not sent: a field error, focus stays
    await h.pressOn(h.rowButton('geriatrik', 'confirm-decline'), 'Enter');
    expect(changes.length).to.equal(2);
    expect(h.errors().join(' ')).to.contain('Skriv vem som ska få initiativet i stället');
    await h.focusOn(`li.receiver[data-entry=geriatrik] select`);
    await h.type('Ah');
    await h.settled();
    await waitUntil(() => h.redirectSelect('geriatrik')?.value === 'ahmed', 'typing "Ah" picks Ahmed Haddad', { timeout: 3000 });
    h.redirectSelect('geriatrik')!.dispatchEvent(new Event('change', { bubbles: true }));
    await h.focusOn('li.receiver[data-entry=geriatrik] textarea');
    await h.type('Ahmed deltar');
    await h.pressOn(h.rowButton('geriatrik', 'confirm-decline'), 'Enter');
    expect(changes.length).to.equal(3);
    const answer = changes[2]!.plan.initiative!.receivers[1]!.answer!;
    expect(answer).to.include({ kind: 'declined', redirectTo: 'ahmed', note: 'Ahmed deltar' });
    expect(h.state('geriatrik')).to.equal('declined');
    expect(h.rowText('geriatrik')).to.contain('Hänvisar till: Ahmed Haddad');

    // Send it on to Ahmed: the history stays, Ahmed is added last
    await h.pressOn(h.rowButton('geriatrik', 'forward'), 'Enter');
    expect(changes.length).to.equal(4);
    expect(changes[3]!.change.type).to.equal('initiative.resent');
    expect(h.rowIds()).to.deep.equal(['sofia', 'geriatrik', 'ahmed']);
    expect(h.state('sofia')).to.equal('acknowledged');
    expect(h.state('ahmed')).to.equal('waiting');
    expect(h.rowText('ahmed')).to.contain('efter hänvisning från Geriatriska mottagningen');
    expect(h.rowText('geriatrik')).to.contain('Initiativet har skickats till Ahmed Haddad');
    expect(h.$(h.rowButton('geriatrik', 'forward')), 'no second forward').to.equal(null);
    await h.announced('skickades vidare till Ahmed Haddad');
    expect(h.focused()?.id).to.equal(`row-${h.row('ahmed')!.querySelector('h4')!.id.slice(4)}`);
    expect(el.plan).to.equal(changes[3]!.plan);
  });

  it('a unit outside the consent is listed with why and cannot be chosen', async () => {
    const { h, changes } = await mount(preparation());
    const bridge = h.receiverBox('bridge')!;
    expect(bridge.disabled).to.equal(true);
    expect(h.text()).to.contain('Finns inte med i samtycket');
    expect(bridge.getAttribute('aria-describedby')).to.match(/-why$/);
    // Nothing chosen: the form says what is missing and sends nothing
    await h.send();
    expect(changes.length).to.equal(0);
    expect(h.errors()).to.deep.equal(['Skriv vad samordningen behövs för.', 'Välj minst en mottagare som samtycket omfattar.']);
    expect(h.focused()?.id).to.equal('initiative-reason');
  });

  it('no consent in force: nobody can be chosen, and the element says why', async () => {
    const plan = preparation();
    plan.consents = [];
    const { h } = await mount(plan);
    expect(h.$$('[data-field=receivers] input').every((i) => (i as HTMLInputElement).disabled)).to.equal(true);
    expect(h.text()).to.contain('Inget samtycke gäller just nu');
  });

  it('nothing typed is lost when the host re-renders with a new plan object; a receiver the new consent drops is unchosen', async () => {
    const { el, h } = await mount(preparation());
    await h.typeReason('Behov av samordning');
    await h.chooseReceiver('sofia');
    await h.chooseReceiver('jonas');
    const next = preparation();
    next.consents = next.consents.map((c) => ({ ...c, scope: { ...c.scope, parties: c.scope.parties.filter((p) => p !== 'jonas') } }));
    el.plan = next;
    await settled(el);
    await settled(el);
    expect(h.$<HTMLTextAreaElement>('#initiative-reason')!.value).to.equal('Behov av samordning');
    expect(h.receiverBox('sofia')!.checked).to.equal(true);
    expect(h.receiverBox('jonas')!.checked).to.equal(false);
    expect(h.receiverBox('jonas')!.disabled).to.equal(true);
    const change = new Promise<CustomEvent<SipPlanChangeDetail>>((r) => el.addEventListener('sip-plan-change', (e) => r(e as CustomEvent<SipPlanChangeDetail>), { once: true }));
    await h.send();
    expect((await change).detail.plan.initiative!.receivers.map((r) => r.entryId)).to.deep.equal(['sofia']);
  });

  it('overdue answers stand out and are announced once', async () => {
    const { el, h } = await mount(sent(['sofia', 'geriatrik']), { now: AFTER_DUE });
    // What the region says now (the announcement may already be out), then every change.
    const said: string[] = [h.liveRegion().textContent ?? ''].filter(Boolean);
    const observer = new MutationObserver(() => {
      const t = h.liveRegion().textContent ?? '';
      if (t) said.push(t);
    });
    observer.observe(h.liveRegion(), { childList: true, characterData: true, subtree: true });
    await h.announced('2 svar är försenade: Sofia Berg, Geriatriska mottagningen');
    expect(h.state('sofia')).to.equal('overdue');
    expect(h.$('[part=overdue]')?.textContent).to.contain('2 svar är försenade');
    expect(h.rowText('sofia')).to.contain('skulle ha svarat senast mån 23 nov. 2026 09:00');
    // The host renders again with the same plan as a new object: no repeat.
    el.plan = structuredClone(sent(['sofia', 'geriatrik']));
    await settled(el);
    await settled(el);
    el.requestUpdate();
    await settled(el);
    await h.pressOn(h.rowButton('sofia', 'acknowledge'), 'Enter');
    await h.announced('Sofia Berg har kvitterat');
    observer.disconnect();
    expect(said.filter((t) => t.includes('försenade')).length, said.join(' | ')).to.equal(1);
    expect(h.$('[part=overdue]')?.textContent).to.contain('Svaret från Geriatriska mottagningen, Västmanlands sjukhus är försenat');
  });

  it('shows a due date across Christmas in Stockholm time: sent 23 December, due Monday 28 December', async () => {
    const { h } = await mount(sent(['sofia'], '2026-12-23T14:00:00+01:00'), { now: '2026-12-24T10:00:00+01:00' });
    expect(h.state('sofia')).to.equal('waiting');
    expect(h.rowText('sofia')).to.contain('svar senast mån 28 dec. 2026 14:00');
    expect(h.rowText('sofia')).to.contain('Skickat ons 23 dec. 2026 14:00');
    const late = await mount(sent(['sofia'], '2026-12-23T14:00:00+01:00'), { now: '2026-12-28T14:01:00+01:00' });
    expect(late.h.state('sofia')).to.equal('overdue');
  });

  it('the receiving unit sees only its own answer and acknowledges in one click', async () => {
    const { h, changes } = await mount(sent(['sofia', 'geriatrik']), { party: 'geriatrik' });
    expect(h.text()).to.not.contain('Sofia Berg');
    expect(h.text()).to.contain('Behov av samordning av hemtjänst');
    expect(h.$$('[data-action=acknowledge]').length).to.equal(1);
    expect(h.$('[data-action=acknowledge]')!.getAttribute('aria-label')).to.equal('Kvittera');
    await h.click('[data-action=acknowledge]');
    expect(changes.length).to.equal(1);
    expect(changes[0]!.plan.initiative!.receivers[1]!.answer?.kind).to.equal('acknowledged');
    expect(h.$('[data-action=acknowledge]')).to.equal(null);
    expect(h.text()).to.contain('Kvitterat');
    expect(h.focused()?.id).to.equal('party-answer');
  });

  it('a party that did not receive it is told so', async () => {
    const { h } = await mount(sent(['sofia']), { party: 'jonas' });
    expect(h.text()).to.contain('Inget initiativ har skickats till Jonas Nyberg');
    expect(h.$$('button').length).to.equal(0);
  });

  it('a locked plan shows the initiative with a note and without controls', async () => {
    const { h } = await mount(structuredClone(examplePlans.elderly));
    expect(h.text()).to.contain('Planen är låst');
    expect(h.rowIds()).to.deep.equal(['sofia', 'geriatrik']);
    expect(h.rowText('geriatrik')).to.contain('Hänvisar till: Ahmed Haddad');
    expect(h.$$('button').length).to.equal(0);
  });

  it('a voided plan says so and shows the initiative without controls', async () => {
    const plan = structuredClone(examplePlans.elderly);
    const at = '2026-11-20T09:15:00+01:00';
    plan.consents = plan.consents.map((c) => ({ ...c, withdrawal: { at, by: { role: 'person' as const, name: 'Karin Lindqvist' }, form: 'oral' as const, recordedBy: 'Maria Ek' } }));
    plan.status = 'voided';
    plan.voided = { reason: 'consentWithdrawn', at, by: 'Maria Ek' };
    const { h } = await mount(plan);
    expect(h.alert()).to.equal(null);
    expect(h.text()).to.contain('Planen är makulerad. Initiativet visas bara.');
    expect(h.rowIds()).to.deep.equal(['sofia', 'geriatrik']);
    expect(h.$$('button').length).to.equal(0);
  });

  it('an invalid plan shows the alert and fires sip-invalid', async () => {
    const el = document.createElement('sip-initiative') as SipInitiative;
    const invalid = new Promise<Event>((r) => el.addEventListener('sip-invalid', r, { once: true }));
    el.plan = invalidPlan() as unknown as SipPlan;
    document.body.append(el);
    await invalid;
    await settled(el);
    expect(new InitiativeHarness(el).alert()?.textContent).to.contain('Planen kan inte visas');
    el.remove();
  });
});
