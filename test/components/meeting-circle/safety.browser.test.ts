/**
 * What a meeting leader would hit (issue 18, first part) and a hostile host's `clock` (issue 17):
 * ending by accident, minutes on the wrong plan, stored states that broke the element, open
 * audio contexts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/meeting-circle/index';
import type { SipMeetingCircle } from '../../../src/components/meeting-circle/index';
import { createClock, next, plannedFromShares, start } from '../../../src/components/meeting-circle/clock';
import { examplePlans } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';
import type { SipPlanChangeDetail } from '../../../src/shared/events';
import { axeViolations } from '../../helpers/a11y';
import { deepActiveElement, settled } from '../../helpers/element';
import { MeetingCircleHarness } from './harness';

const M = 60_000;
const T0 = Date.UTC(2026, 11, 3, 9, 0, 0);
const KEY = 'mc-safety';

async function make(template = html`<sip-meeting-circle></sip-meeting-circle>`) {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('sip-meeting-circle') as SipMeetingCircle;
  await settled(el);
  return { el, h: new MeetingCircleHarness(el) };
}

/** Runs the meeting to its last part with a clock the test moves. */
async function toLastPart(el: SipMeetingCircle) {
  let t = T0;
  el.clock = () => t;
  el.toggle();
  for (let i = 0; i < 4; i++) {
    t += 5 * M;
    el.next();
  }
  await settled(el);
  return (minutes: number) => (t += minutes * M);
}

function planChanges(el: SipMeetingCircle): SipPlanChangeDetail[] {
  const changes: SipPlanChangeDetail[] = [];
  el.addEventListener('sip-plan-change', (e) => changes.push(e.detail));
  return changes;
}

/** Plan B: another person's plan whose open meeting has the same id as plan A's. */
function otherPlan(): SipPlan {
  const b = structuredClone(examplePlans.elderly);
  b.id = 'sip-other-person';
  return b;
}

describe('sip-meeting-circle: safe to run', () => {
  afterEach(() => localStorage.removeItem(KEY));

  it('a double Enter on the last part does not end the meeting', async () => {
    const { el } = await make();
    const ends: unknown[] = [];
    el.addEventListener('sip-meeting-end', (e) => ends.push(e.detail));
    let t = T0;
    el.clock = () => t;
    el.toggle();
    for (let i = 0; i < 3; i++) {
      t += 5 * M;
      el.next();
    }
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#next')!.focus();
    await sendKeys({ press: 'Enter' }); // to the last part
    await sendKeys({ press: 'Enter' }); // the extra press
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.view.index).to.equal(4);
    expect(el.view.status).to.equal('running');
    expect(ends).to.have.length(0);
    expect(deepActiveElement()?.id).to.equal('next');
  });

  it('ending asks first and can be undone until the minutes are saved; then it cannot', async () => {
    const { el, h } = await make(html`<sip-meeting-circle .plan=${structuredClone(examplePlans.elderly)} user="Karin Lind"></sip-meeting-circle>`);
    const changes = planChanges(el);
    const later = await toLastPart(el);
    later(4);
    await h.click('#end');
    expect(h.dialogOpen('end-confirm')).to.equal(true);
    // Escape cancels: the meeting goes on.
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect(h.dialogOpen('end-confirm')).to.equal(false);
    expect(el.view.status).to.equal('running');

    await h.endMeeting();
    expect(el.view.status).to.equal('ended');
    expect(h.text()).to.contain('Mötet är avslutat.');
    expect(await axeViolations(el)).to.deep.equal([]);
    await h.undo();
    expect(el.view.status).to.equal('running');
    expect(el.view.index).to.equal(4);
    expect(changes).to.have.length(0);

    later(1);
    await h.endMeeting();
    await h.save();
    await settled(el);
    expect(changes).to.have.length(1);
    expect(h.$('[data-action=undo]')).to.equal(null);
    expect(h.$('#save')).to.equal(null);
    expect(h.text()).to.contain('Tiden per del är sparad i planen.');
  });

  it('a meeting already held is overwritten only after a second question', async () => {
    const { el, h } = await make(html`<sip-meeting-circle .plan=${structuredClone(examplePlans.elderly)} meeting-id="meeting-1"></sip-meeting-circle>`);
    const changes = planChanges(el);
    const later = await toLastPart(el);
    later(3);
    await h.endMeeting();
    await h.save();
    expect(h.dialogOpen('overwrite-confirm')).to.equal(true);
    expect(changes).to.have.length(0);
    await h.confirmOverwrite();
    await settled(el);
    expect(changes).to.have.length(1);
    expect(changes[0]!.plan.meetings.find((m) => m.id === 'meeting-1')!.agenda.map((a) => a.actualMinutes)).to.deep.equal([5, 5, 5, 5, 3]);
  });

  it('another plan given mid-meeting: the meeting does not carry over, nothing is written to it', async () => {
    const a = structuredClone(examplePlans.elderly);
    const { el } = await make(html`<sip-meeting-circle .plan=${a}></sip-meeting-circle>`);
    const changes = planChanges(el);
    await toLastPart(el);
    expect(el.state.planId).to.equal(a.id);
    expect(el.state.meetingId).to.equal('meeting-2');
    el.plan = otherPlan();
    await settled(el);
    expect(el.view.status).to.equal('idle');
    el.end();
    el.saveMinutes(true);
    await settled(el);
    expect(changes).to.have.length(0);
    // A state of plan A handed in while plan B shows is not applied either.
    const { el: first } = await make(html`<sip-meeting-circle .plan=${a}></sip-meeting-circle>`);
    await toLastPart(first);
    el.state = first.state;
    await settled(el);
    expect(el.view.status).to.equal('idle');
  });

  it('a storage-key shared across patients: a state of another plan is never applied', async () => {
    const a = structuredClone(examplePlans.elderly);
    const { el: chair } = await make(html`<sip-meeting-circle .plan=${a} storage-key=${KEY}></sip-meeting-circle>`);
    await toLastPart(chair);
    expect(JSON.parse(localStorage.getItem(KEY)!).planId).to.equal(a.id);
    chair.remove();

    const { el: other } = await make(html`<sip-meeting-circle .plan=${otherPlan()} storage-key=${KEY}></sip-meeting-circle>`);
    expect(other.view.status).to.equal('idle');
    expect(new MeetingCircleHarness(other).alertText()).to.equal('');

    const { el: same } = await make(html`<sip-meeting-circle .plan=${structuredClone(a)} storage-key=${KEY}></sip-meeting-circle>`);
    expect(same.view.status).to.equal('running');
    expect(same.view.index).to.equal(4);
  });

  it('a corrupted stored state (ms: 1e16) recovers with a message and a reset', async () => {
    const broken = { ...start(createClock(plannedFromShares(60)), T0), extensions: [{ at: T0 + M, part: 'opening', ms: 1e16 }] };
    localStorage.setItem(KEY, JSON.stringify(broken));
    const { el, h } = await make(html`<sip-meeting-circle storage-key=${KEY}></sip-meeting-circle>`);
    expect(el.view.status).to.equal('idle');
    expect(h.alertText()).to.contain('Den sparade mötestiden har tider som inte kan stämma');
    expect(await axeViolations(el)).to.deep.equal([]);
    await h.click('#discard-state');
    expect(h.alertText()).to.equal('');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(deepActiveElement()?.id).to.equal('toggle');
    el.toggle();
    expect(el.view.status).to.equal('running');
  });

  it('a huge stored state (20,000 marks) is refused at once with a message', async () => {
    const s = start(createClock(plannedFromShares(60)), T0);
    const marks = Array.from({ length: 20_000 }, (_, i) => ({ at: T0 + i, part: i % 2 ? 'needs' : 'opening' }));
    localStorage.setItem(KEY, JSON.stringify({ ...s, marks }));
    const { el, h } = await make(html`<sip-meeting-circle storage-key=${KEY}></sip-meeting-circle>`);
    expect(el.view.status).to.equal('idle');
    expect(h.alertText()).to.contain('för stor');
  });

  it('a host-supplied state out of range is not applied and says so; nothing throws', async () => {
    const { el, h } = await make();
    const bad = { ...next(start(createClock(plannedFromShares(60)), T0), T0 + M), startedAt: 1e16 };
    expect(() => (el.state = bad)).not.to.throw();
    await settled(el);
    expect(el.view.status).to.equal('idle');
    expect(h.alertText()).to.contain('tider som inte kan stämma');
  });

  it('with sound, the AudioContext is closed when the element leaves the page', async () => {
    let closed = 0;
    let made = 0;
    class FakeAudio {
      state = 'running';
      currentTime = 0;
      destination = {};
      constructor() {
        made++;
      }
      resume() {
        return Promise.resolve();
      }
      close() {
        closed++;
        this.state = 'closed';
        return Promise.resolve();
      }
    }
    const original = window.AudioContext;
    (window as unknown as { AudioContext: unknown }).AudioContext = FakeAudio;
    try {
      const { el } = await make(html`<sip-meeting-circle sound></sip-meeting-circle>`);
      el.toggle(); // a user gesture creates the context
      expect(made).to.equal(1);
      el.remove();
      expect(closed).to.equal(1);
    } finally {
      (window as unknown as { AudioContext: unknown }).AudioContext = original;
    }
  });

  it('a clock that is not a function, or throws, or gives no time is ignored (issue 17)', async () => {
    const { el } = await make();
    for (const clock of [42, 'soon', () => { throw new Error('broken clock'); }, () => 1e17, () => Number.NaN]) {
      el.clock = clock as never;
      expect(() => el.view).not.to.throw();
      await settled(el);
      expect(() => el.toggle()).not.to.throw();
      await settled(el);
    }
    expect(el.view.status).to.not.equal('idle');
    expect(Math.abs(el.view.elapsed)).to.be.below(60 * M);
  });

  it('screenshots (Chromium): the end dialog, the undo bar and a refused stored state, sv and en', async function () {
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    const shoot = (name: string) => executeServerCommand('sip-screenshot', { name });
    await setViewport({ width: 1000, height: 900 });
    const { el, h } = await make(html`<sip-meeting-circle .plan=${structuredClone(examplePlans.elderly)}></sip-meeting-circle>`);
    await toLastPart(el);
    await h.click('#end');
    await shoot('meeting-circle-sv-end-dialog');
    await h.click('dialog#end-confirm [data-action=confirm]');
    await shoot('meeting-circle-sv-end-undo');
    el.remove();
    localStorage.setItem(KEY, '{"version":1,"planned":"x"');
    await setViewport({ width: 320, height: 900 });
    const { el: broken } = await make(html`<sip-meeting-circle storage-key=${KEY}></sip-meeting-circle>`);
    await shoot('meeting-circle-sv-320-refused');
    await setViewport({ width: 800, height: 600 });
    expect(new MeetingCircleHarness(broken).alertText()).to.contain('kunde inte läsas');
  });
});
