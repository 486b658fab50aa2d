/**
 * The meeting planner as a coordinator uses it, by keyboard: book a meeting within the consent
 * and record every answer; the end-before-start error; typed text surviving a new plan; overdue
 * answers standing out and announced once; the short-notice hint; the preparation; the letter;
 * and the booked meeting feeding the meeting circle.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/meeting-planner/index';
import '../../../src/components/meeting-circle/index';
import type { SipMeetingPlanner } from '../../../src/components/meeting-planner/index';
import type { SipPlanChangeDetail } from '../../../src/shared/events';
import type { SipPlan } from '../../../src/model';
import { deepActiveElement, settled, shadowText, useLocale } from '../../helpers/element';
import { MeetingPlannerHarness } from './harness';
import { NOW, TUESDAY, allAnsweredPlan, emptyPlan, oneOverduePlan, preparedPlan, twoDaysPlan, waitingPlan } from './fixtures';

async function mount(plan: SipPlan, now = NOW, readonly = false): Promise<{ el: SipMeetingPlanner; h: MeetingPlannerHarness; changes: CustomEvent<SipPlanChangeDetail>[] }> {
  const el = await fixture<SipMeetingPlanner>(html`<sip-meeting-planner .plan=${plan} .now=${now} ?readonly=${readonly} user="Johanna Lind"></sip-meeting-planner>`);
  const changes: CustomEvent<SipPlanChangeDetail>[] = [];
  el.addEventListener('sip-plan-change', (e) => changes.push(e as CustomEvent<SipPlanChangeDetail>));
  await settled(el);
  await settled(el);
  return { el, h: new MeetingPlannerHarness(el), changes };
}

const last = (changes: CustomEvent<SipPlanChangeDetail>[]): SipPlan => changes[changes.length - 1]!.detail.plan;

describe('<sip-meeting-planner>', () => {
  afterEach(() => useLocale('sv'));

  it('books a meeting by keyboard within the consent, then records every answer', async function () {
    this.timeout(120000);
    const { el, h, changes } = await mount(emptyPlan());
    // Invited on the map but outside the consent: named with the reason, and not choosable.
    expect(h.leftOut()).to.deep.equal(['farmor']);
    expect(h.participant('farmor')).to.equal(null);
    expect(h.text()).to.contain('samtycket omfattar inte den här parten');
    expect(h.participant('sara')!.checked).to.equal(true);

    await h.pick('date', '2026-12-16');
    await h.pick('start', '13:00');
    await h.pick('end', '14:30');
    await h.typeInto('#book-purpose', 'Göra en plan för skolan');
    await h.typeInto('#book-questions', 'Hur kommer Elias till skolan?');
    await h.press('Enter');
    await h.type('Vem hjälper familjen?');
    // Ali will not come: unchecked with Space.
    h.participant('ali')!.focus();
    await h.press('Space');
    await settled(el);
    expect(h.participant('ali')!.checked).to.equal(false);
    // The leader by type-ahead in the closed list.
    h.field<HTMLSelectElement>('leaderId').focus();
    await h.type('Johanna');
    await settled(el);
    await waitUntil(() => h.field<HTMLSelectElement>('leaderId').value === 'kurator', 'leader chosen by typing');
    h.field<HTMLSelectElement>('noteTakerId').focus();
    await h.type('Petra');
    await waitUntil(() => h.field<HTMLSelectElement>('noteTakerId').value === 'mentor', 'note-taker chosen by typing');
    await h.typeInto('#book-place', 'Skiftingeskolan');
    // Enter in a text field submits the form.
    await h.press('Enter');
    await waitUntil(() => changes.length === 1, 'booked');
    await settled(el);

    const booked = last(changes).meetings[0]!;
    expect(booked.start).to.equal('2026-12-16T12:00:00.000Z');
    expect(booked.end).to.equal('2026-12-16T13:30:00.000Z');
    expect(booked.place).to.equal('Skiftingeskolan');
    expect(booked.purpose).to.equal('Göra en plan för skolan');
    expect(booked.questions).to.deep.equal(['Hur kommer Elias till skolan?', 'Vem hjälper familjen?']);
    expect(booked.leaderId).to.equal('kurator');
    expect(booked.noteTakerId).to.equal('mentor');
    const invited = ['sara', 'school', 'mentor', 'kurator', 'bup', 'psykolog', 'soc', 'handl'];
    expect(booked.participants).to.have.members(invited);
    expect(booked.invitations.map((r) => r.entryId)).to.have.members(invited);
    // Sent on Sunday the 22nd: due on Monday the 23rd, at the same Stockholm time.
    expect(booked.invitations[0]!.dueAt).to.equal('2026-11-23T09:00:00.000Z');
    expect(changes[0]!.detail.change.by).to.equal('Johanna Lind');
    await h.announced('Mötet är bokat');
    expect(deepActiveElement()?.id).to.equal('answers-heading');

    // Every answer, by keyboard: who comes, Tab to "Kvittera", Enter. Focus moves to the next one waiting.
    const ids = booked.invitations.map((r) => r.entryId);
    for (const id of ids.slice(0, -1)) {
      const key = el.shadowRoot!.querySelector<HTMLInputElement>(`li.answer[data-entry="${id}"] input`)!;
      if (deepActiveElement() !== key) key.focus();
      await h.type(id === 'school' ? 'Rektor och mentor' : 'Ja');
      await h.press('Tab');
      expect((deepActiveElement() as HTMLElement).dataset['action']).to.equal('acknowledge');
      const before = changes.length;
      await h.press('Enter');
      await waitUntil(() => changes.length === before + 1, `answer from ${id}`);
      await settled(el);
      expect(h.state(id)).to.equal('acknowledged');
    }
    expect(last(changes).meetings[0]!.invitations.find((r) => r.entryId === 'school')!.answer?.attendee).to.equal('Rektor och mentor');

    // The last one declines and points elsewhere: open the details with Enter, type, Tab, Enter.
    const lastId = ids[ids.length - 1]!;
    const row = h.row(lastId)!;
    row.querySelector<HTMLElement>('summary')!.focus();
    await h.press('Enter');
    await settled(el);
    await h.press('Tab');
    await h.type('Socialtjänsten');
    await h.press('Tab');
    const before = changes.length;
    await h.press('Enter');
    await waitUntil(() => changes.length === before + 1, 'decline recorded');
    await settled(el);
    expect(h.state(lastId)).to.equal('declined');
    expect(last(changes).meetings[0]!.invitations.find((r) => r.entryId === lastId)!.answer).to.include({ kind: 'declined', redirectTo: 'Socialtjänsten' });
    expect(h.$('[data-summary]')!.textContent).to.contain('8 av 8 har svarat');
  });

  it('a decline without whom to send it to is refused with the model\'s message, and focus goes to the field', async () => {
    const { el, h, changes } = await mount(waitingPlan());
    h.row('sara')!.querySelector<HTMLElement>('summary')!.click();
    await settled(el);
    h.row('sara')!.querySelector<HTMLButtonElement>('[data-action=decline]')!.click();
    await settled(el);
    expect(changes.length).to.equal(0);
    expect(h.text()).to.contain('Ange vilken verksamhet som i stället ska få det');
    expect(deepActiveElement()?.id).to.match(/^redirect-/);
  });

  it('an end before the start is a field error, and booking is refused with focus on it', async () => {
    const { el, h, changes } = await mount(emptyPlan());
    await h.pick('date', '2026-12-16');
    await h.pick('start', '14:00');
    await h.pick('end', '13:00');
    expect(h.error('end')).to.equal('Sluttiden måste vara efter starttiden.');
    expect(h.field('end').getAttribute('aria-invalid')).to.equal('true');
    expect(h.field('end').getAttribute('aria-describedby')).to.contain('book-end-error');
    await h.click('[data-action=book]');
    expect(changes.length).to.equal(0);
    expect(deepActiveElement()?.id).to.equal('book-end');
    await h.pick('end', '15:00');
    expect(h.error('end')).to.equal('');
    await h.click('[data-action=book]');
    await waitUntil(() => changes.length === 1);
    await settled(el);
  });

  it('keeps a half-filled booking and preparation when the host gives a new version of the plan', async () => {
    const { el, h } = await mount(emptyPlan());
    await h.typeInto('#book-purpose', 'Halvskrivet syfte');
    await h.typeInto('#prep-whatMatters', 'Att få vara med');
    h.participant('ali')!.click();
    await settled(el);
    el.plan = { ...emptyPlan(), reason: 'Ändrat av värden' };
    await settled(el);
    await settled(el);
    expect(h.field<HTMLTextAreaElement>('purpose').value).to.equal('Halvskrivet syfte');
    expect(h.$<HTMLTextAreaElement>('#prep-whatMatters')!.value).to.equal('Att få vara med');
    expect(h.participant('ali')!.checked).to.equal(false);
    // Another plan starts afresh.
    el.plan = { ...emptyPlan(), id: 'another-plan' };
    await settled(el);
    await settled(el);
    expect(h.field<HTMLTextAreaElement>('purpose').value).to.equal('');
  });

  it('an overdue answer stands out and is announced once', async () => {
    const { el, h } = await mount(oneOverduePlan(), TUESDAY);
    expect(h.state('psykolog')).to.equal('overdue');
    expect(h.row('psykolog')!.textContent).to.contain('försenat');
    expect(getComputedStyle(h.row('psykolog')!).borderInlineStartWidth).to.equal('6px');
    expect(h.$('[data-summary]')!.textContent).to.contain('1 svar är försenat.');
    await h.announced('Svar på kallelsen är försenat från David Strand');
    // A new version of the plan (the host re-renders) does not say it again.
    el.plan = { ...oneOverduePlan(), reason: 'ny version' };
    await settled(el);
    await settled(el);
    await new Promise((r) => requestAnimationFrame(r));
    await settled(el);
    expect(h.liveRegion().textContent).to.contain('försenat');
    h.row('psykolog')!.querySelector<HTMLButtonElement>('[data-action=acknowledge]')!.click();
    await h.announced('Kvittens registrerad för David Strand');
    await settled(el);
    expect(h.liveRegion().textContent).to.not.contain('försenat');
    expect(h.$('[data-summary]')!.textContent).to.contain('6 av 6 har svarat');
  });

  it('a meeting two days ahead gets the short-notice hint unless it is marked urgent, in the form too', async () => {
    const { h } = await mount(twoDaysPlan());
    expect(h.shortNotice()).to.contain('2 dagar');
    const urgent = await mount(twoDaysPlan(true));
    expect(urgent.h.shortNotice()).to.equal('');
    const form = await mount(emptyPlan());
    await form.h.pick('date', '2026-11-24');
    await form.h.pick('start', '13:00');
    expect(form.h.shortNotice()).to.contain('Mötet är om 2 dagar');
    form.h.field('urgent').focus();
    await form.h.press('Space');
    await form.el.updateComplete;
    expect(form.h.shortNotice()).to.equal('');
    expect(h.text()).to.not.contain('Boka SIP-möte');
  });

  it('records the preparation with the person on the plan, by keyboard', async () => {
    const { el, h, changes } = await mount(emptyPlan());
    expect(h.$<HTMLButtonElement>('[data-action=save-preparation]')!.disabled).to.equal(true);
    await h.typeInto('#prep-whatMatters', 'Att orka gå till skolan');
    await h.typeInto('#prep-coordinatorWish', 'Johanna');
    h.$('[data-action=save-preparation]')!.focus();
    await h.press('Enter');
    await waitUntil(() => changes.length === 1);
    await settled(el);
    expect(last(changes).preparation).to.deep.include({ whatMatters: 'Att orka gå till skolan', coordinatorWish: 'Johanna', recordedBy: 'Johanna Lind' });
    expect(changes[0]!.detail.change.type).to.equal('preparation.recorded');
    await h.announced('Förberedelsen är sparad');
    expect(h.text()).to.contain('Sparad');
    // Shown read-only on a closed plan, with the banner.
    const closed = await mount({ ...preparedPlan(), status: 'closed', closure: { reason: 'goalsMet', at: NOW, by: 'Johanna Lind' } } as SipPlan);
    expect(closed.h.text()).to.contain('Planen är avslutad');
    expect(closed.h.text()).to.contain('Att orka gå till skolan och ha kompisar där.');
    expect(closed.h.$$('textarea, input, button:not([data-action=print])')).to.deep.equal([]);
  });

  it('prints an invitation letter with time, place, form, purpose, questions, who is invited and whom to contact', async () => {
    const { h } = await mount(allAnsweredPlan());
    const letter = h.$('article.letter')!;
    const text = letter.textContent!.replace(/\s+/g, ' ');
    for (const part of ['onsdag 16 december 2026, 13:00–14:30', 'Skiftingeskolan, konferensrum Ugglan', 'Möte på plats', 'Göra en gemensam plan', 'Hur kan Elias komma till skolan fler dagar?', 'Sara Karlsson', 'Johanna Lind', 'Kontakta']) {
      expect(text, part).to.contain(part);
    }
    expect(letter.querySelector('button, input')).to.equal(null);
    await useLocale('en');
    await settled(h.el);
    const en = h.$('article.letter')!.textContent!.replace(/\s+/g, ' ');
    expect(en).to.contain('Wednesday, 16 December 2026, 13:00–14:30');
    expect(en).to.contain('Invitation');
  });

  it('a meeting booked here is the one the meeting circle runs, with its length', async () => {
    const { el, h, changes } = await mount(emptyPlan());
    await h.pick('date', '2026-12-16');
    await h.pick('start', '13:00');
    await h.pick('end', '14:30');
    await h.click('[data-action=book]');
    await waitUntil(() => changes.length === 1);
    await settled(el);
    const circle = await fixture<HTMLElement>(html`<sip-meeting-circle .plan=${last(changes)} .now=${NOW}></sip-meeting-circle>`);
    await settled(circle);
    await settled(circle);
    const text = shadowText(circle);
    expect(text).to.contain('Planerat: 90 min');
    expect(text).to.contain('16 dec. 2026');
  });
});
