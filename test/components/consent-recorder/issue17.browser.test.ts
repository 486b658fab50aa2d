/**
 * What users and hostile hosts found (issue 17): a renewal that started blank, a history styled
 * as cards, a plan read before it was validated, long text freezing the page, the editability
 * of a signed plan, and a minor's decision.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/consent-recorder/index';
import type { SipConsentRecorder } from '../../../src/components/consent-recorder/index';
import type { SipInvalidDetail, SipPlanChangeDetail } from '../../../src/shared/events';
import { examplePlans } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';
import { deepActiveElement, nextEvent, settled } from '../../helpers/element';
import { ConsentHarness } from './harness';
import { NOW, childNoConsent, noConsentDraft } from './fixtures';

const USER = 'Maria Ek, distriktssköterska';

async function mount(plan: unknown, o: { readonly?: boolean; months?: number } = {}): Promise<ConsentHarness> {
  const el = await fixture<SipConsentRecorder>(
    html`<sip-consent-recorder .plan=${plan as SipPlan} .now=${NOW} user=${USER} ?readonly=${o.readonly ?? false} default-months=${o.months ?? 12}></sip-consent-recorder>`,
  );
  await settled(el);
  return new ConsentHarness(el);
}

/** Focuses `el` and presses Space (a checkbox or radio, as a keyboard user toggles it). */
async function pressSpaceOn(h: ConsentHarness, el: HTMLElement): Promise<void> {
  el.focus();
  await sendKeys({ press: ' ' });
  await h.settled();
}

describe('<sip-consent-recorder> — issue 17', () => {
  it('a renewal starts from the consent in force and says what changed before saving', async () => {
    const plan = structuredClone(examplePlans.elderly);
    const record = plan.consents[plan.consents.length - 1]!;
    expect(record.scope.parties).to.have.length(9);
    const h = await mount(plan, { months: 6 });
    await h.openForm();
    // The consent in force: its parties, subject and questions; validity from today, default-months on.
    expect(h.checked('parties').sort()).to.deep.equal([...record.scope.parties].sort());
    expect(h.checked('givers')).to.deep.equal(['person']);
    expect(h.value('subject')).to.equal(record.scope.subject);
    expect(h.value('questions')).to.equal(record.scope.questions.join('\n'));
    expect(h.value('valid-from')).to.equal('2026-11-22');
    expect(h.value('valid-until')).to.equal('2027-05-22');
    // Before any change: only the new validity differs.
    expect(h.changeKinds()).to.deep.equal(['validUntil']);
    expect(h.changes()!.textContent).to.contain('22 maj 2027');

    // Leave Eva out, with the keyboard: the summary says so, and so does the live region.
    await pressSpaceOn(h, h.$<HTMLInputElement>('[data-field=parties] input[value=eva]')!);
    expect(h.changeKinds()).to.deep.equal(['partyRemoved', 'validUntil']);
    expect(h.changes()!.textContent).to.contain('Part tas bort: Eva Lindqvist');
    await h.announced('Part tas bort: Eva Lindqvist');

    await pressSpaceOn(h, h.$<HTMLInputElement>('input[name=decision][value=given]')!);
    await pressSpaceOn(h, h.$<HTMLInputElement>('input[name=form][value=written]')!);
    const changed = nextEvent<SipPlanChangeDetail>(h.el, 'sip-plan-change');
    h.$<HTMLButtonElement>('button[type=submit]')!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;
    const renewed = detail.plan.consents[detail.plan.consents.length - 1]!;
    expect(detail.plan.consents).to.have.length(2);
    expect([...renewed.scope.parties].sort()).to.deep.equal(record.scope.parties.filter((p) => p !== 'eva').sort());
    expect(renewed.scope.questions).to.deep.equal(record.scope.questions);
    expect(renewed.scope.subject).to.equal(record.scope.subject);
    expect(renewed.scope.validUntil).to.equal('2027-05-22');
  });

  it('a renewal of a minor’s consent starts from the guardians who gave it', async () => {
    const plan = structuredClone(examplePlans.child);
    const record = plan.consents[plan.consents.length - 1]!;
    const h = await mount(plan);
    if (!h.form()) await h.openForm();
    expect(h.checked('givers')).to.deep.equal(record.givenBy.map((g) => `guardian:${g.refId}`));
    expect(h.checked('parties').sort()).to.deep.equal([...record.scope.parties].sort());
  });

  it('shows earlier decisions as a readable history, not a card per party and question', async () => {
    const plan = structuredClone(examplePlans.elderly);
    const current = plan.consents[0]!;
    plan.consents = [{ ...current, id: 'consent-0', recordedAt: '2025-09-10T10:00:00+02:00', scope: { ...current.scope, validFrom: '2025-09-10', validUntil: '2026-09-09' } }, current];
    const h = await mount(plan, { readonly: true });
    const entries = h.$$('[part=history] > li');
    expect(entries).to.have.length(1);
    const inner = h.$$('[part=history] dl li');
    expect(inner.length).to.be.greaterThan(9);
    for (const li of inner) expect(getComputedStyle(li).borderTopStyle, li.textContent!).to.equal('none');
    expect(entries[0]!.querySelector('h4')?.textContent ?? '').to.contain('Samtycke gavs');
  });

  const hostile: [string, () => unknown][] = [
    ['a Proxy whose every read throws', () => new Proxy({}, { get: () => { throw new Error('hostile get'); } })],
    [
      'a plan whose status getter throws',
      () => {
        const plan = noConsentDraft() as unknown as Record<string, unknown>;
        Object.defineProperty(plan, 'status', { enumerable: true, get: () => { throw new Error('hostile status'); } });
        return plan;
      },
    ],
  ];
  for (const [name, make] of hostile) {
    it(`validates before it reads: ${name} becomes an alert and sip-invalid, nothing thrown`, async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => (errors.push(e.message), e.preventDefault());
      const onRejection = (e: PromiseRejectionEvent) => (errors.push(String(e.reason)), e.preventDefault());
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = document.createElement('sip-consent-recorder');
        el.now = NOW;
        el.user = USER;
        document.body.append(el);
        await settled(el);
        const invalid = nextEvent<SipInvalidDetail>(el, 'sip-invalid');
        el.plan = make() as SipPlan;
        let thrown: unknown;
        try {
          await settled(el);
        } catch (e) {
          thrown = e;
        }
        const fired = await Promise.race([invalid.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 1500))]);
        expect(String(thrown ?? '')).to.equal('');
        expect(fired).to.equal(true);
        expect(new ConsentHarness(el).alert()?.textContent ?? '').to.contain('Planen kan inte visas');
        el.remove();
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(errors).to.deep.equal([]);
    });
  }

  it('caps long text (a 100,000-character name) and keeps the full text reachable', async () => {
    const long = `Stor ${'Exempelsson'.repeat(9091)}`.slice(0, 100_000);
    const plan = structuredClone(examplePlans.large);
    plan.person = { ...plan.person, name: long };
    plan.network = plan.network.map((e, i) => (i === 0 ? { ...e, name: long } : e));
    const h = await mount(plan);
    // Shown: at most a few hundred characters of each long text (before: every occurrence in full).
    expect(h.visibleText().length).to.be.lessThan(30_000);
    expect(h.visibleText()).not.to.contain(long);
    // Reachable: "Visa hela texten" opens the whole name where the record is read.
    const details = h.$$<HTMLDetailsElement>('details.long-text').find((d) => d.textContent!.includes(long))!;
    details.querySelector('summary')!.click();
    await h.settled();
    expect(details.open).to.equal(true);
    expect(h.visibleText()).to.contain(long);
    // In the form's checkbox labels, the clipped name carries the whole name as its title.
    await h.openForm();
    const giver = h.$('[data-field=givers] .clipped')!;
    expect(giver.getAttribute('title')).to.equal(long);
    expect(giver.textContent!.length).to.be.lessThan(300);
    expect(h.$$('[data-field=parties] .clipped').some((s) => s.getAttribute('title')?.startsWith(long))).to.equal(true);
  });

  it('a signed plan (not yet locked) lets the coordinator add a party while recording consent', async () => {
    const plan = structuredClone(examplePlans.elderly);
    delete plan.lockedAt;
    const h = await mount(plan);
    await h.openForm();
    expect(h.$('#new-party-name') !== null).to.equal(true);
    h.$('#new-party-name')!.focus();
    await h.type('Fotvården');
    await sendKeys({ press: 'Enter' });
    await h.settled();
    await h.choose('decision', 'given');
    await h.choose('form', 'oral');
    const changed = nextEvent<SipPlanChangeDetail>(h.el, 'sip-plan-change');
    await h.submit();
    const { detail } = await changed;
    const added = detail.plan.network.find((e) => e.name === 'Fotvården')!;
    expect(added).to.not.equal(undefined);
    expect(detail.plan.consents[detail.plan.consents.length - 1]!.scope.parties).to.include(added.id);
    // A locked plan waits for a revision.
    const locked = await mount(structuredClone(examplePlans.elderly));
    await locked.openForm();
    expect(locked.$('#new-party-name')).to.equal(null);
  });

  it('records the guardians’ decision with the child’s own view, and never the child alone', async () => {
    const h = await mount(childNoConsent());
    let changes = 0;
    h.el.addEventListener('sip-plan-change', () => changes++);
    await h.choose('decision', 'given');
    // Only the child: the model's message at the field, the host form invalid, nothing recorded.
    for (const key of h.checked('givers')) await h.toggle('givers', key);
    await h.toggle('givers', 'person');
    await h.choose('form', 'oral');
    await h.toggle('parties', h.$<HTMLInputElement>('[data-field=parties] input[type=checkbox]')!.value);
    await h.fill('subject', 'Samordning kring skolan');
    await h.fill('child-view', 'Elias vill att skolan och BUP pratar med varandra.');
    await h.submit();
    expect(h.errors().join('|')).to.contain('barnets eget ja eller nej räcker inte');
    expect(h.el.validity!.valid).to.equal(false);
    expect(changes).to.equal(0);
    expect(deepActiveElement()?.closest('[data-field=givers]') ?? null).to.not.equal(null);
    // The guardians decide; the child's view is recorded with it.
    await h.toggle('givers', 'person');
    for (const g of h.el.plan!.person.guardians) await h.toggle('givers', `guardian:${g.id}`);
    const changed = nextEvent<SipPlanChangeDetail>(h.el, 'sip-plan-change');
    await h.submit();
    const record = (await changed).detail.plan.consents[0]!;
    expect(record.givenBy.map((g) => g.role)).to.deep.equal(['guardian', 'guardian']);
    expect(record.childView).to.equal('Elias vill att skolan och BUP pratar med varandra.');
  });
});
