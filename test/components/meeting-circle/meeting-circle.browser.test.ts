import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport, executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/meeting-circle/index';
import type { SipMeetingCircle } from '../../../src/components/meeting-circle/index';
import type { SipMeetingEndDetail } from '../../../src/components/meeting-circle/meeting-circle';
import { createClock, next, plannedFromShares, start, type MeetingClockState } from '../../../src/components/meeting-circle/clock';
import { examplePlans } from '../../../src/model/examples';
import type { SipPlanChangeDetail } from '../../../src/shared/events';
import { axeViolations } from '../../helpers/a11y';
import { MeetingCircleHarness } from './harness';
import { deepActiveElement, deepFreeze, nextEvent, settled, shadowText, useLocale } from '../../helpers/element';

const S = 1000;
const M = 60 * S;
const T0 = Date.UTC(2026, 10, 22, 8, 0, 0);

/** A clock the test moves by hand: a whole meeting runs in milliseconds. */
function manualClock() {
  const c = { t: T0, now: () => c.t };
  return c;
}

async function make(template = html`<sip-meeting-circle></sip-meeting-circle>`) {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>${template}<button id="after">after</button></div>`);
  const el = wrapper.querySelector('sip-meeting-circle') as SipMeetingCircle;
  await settled(el);
  return { wrapper, el };
}

const q = <T extends Element = HTMLElement>(el: SipMeetingCircle, sel: string) => el.shadowRoot!.querySelector(sel) as T;
const announced = (el: SipMeetingCircle) => q(el, '[role=status]').textContent ?? '';
/** Space, spelled so every driver knows it (Firefox's does not know "Space"). */
const space = () => sendKeys({ press: ' ' });
const waitTick = () => new Promise((r) => setTimeout(r, 320));
async function announcement(el: SipMeetingCircle) {
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await settled(el);
  return announced(el);
}

describe('sip-meeting-circle', () => {
  afterEach(async () => {
    await useLocale('sv');
    localStorage.removeItem('mc-test');
  });

  it('without a plan: runs from attributes, shows five sectors sized by planned time, axe-clean', async () => {
    const { el } = await make(html`<sip-meeting-circle duration="90"></sip-meeting-circle>`);
    expect(el.view.planned.map((ms) => ms / M)).to.deep.equal([9, 14, 44, 14, 9]);
    expect(el.shadowRoot!.querySelectorAll('path.sector').length).to.equal(5);
    const text = shadowText(el);
    expect(text).to.contain('Inledning').and.contain('Aktuell situation').and.contain('Behov').and.contain('Sammanfattning').and.contain('Avslutning');
    expect(text).to.contain('9:00').and.contain('Kvar av mötet 1:30:00');
    expect(q(el, '.big').textContent).to.equal('9:00');
    expect(getComputedStyle(q(el, '.big')).fontVariantNumeric).to.contain('tabular-nums');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('clamps the duration and takes configurable shares', async () => {
    const { el } = await make(html`<sip-meeting-circle duration="500" shares="20 20 20 20 20"></sip-meeting-circle>`);
    expect(el.view.planned.map((ms) => ms / M)).to.deep.equal([36, 36, 36, 36, 36]);
    el.duration = 10;
    el.shares = undefined;
    await settled(el);
    expect(el.view.meetingPlanned).to.equal(30 * M);
  });

  it('keyboard only: a whole meeting with a fast clock; segment changes in order, then the end', async function () {
    this.timeout(40000);
    const clock = manualClock();
    const { wrapper, el } = await make(html`<sip-meeting-circle duration="60"></sip-meeting-circle>`);
    el.clock = clock.now;
    const segments: string[] = [];
    const previous: (string | null)[] = [];
    el.addEventListener('sip-segment-change', (e) => {
      segments.push(e.detail.part);
      previous.push(e.detail.previous);
    });
    const ends: SipMeetingEndDetail[] = [];
    el.addEventListener('sip-meeting-end', (e) => ends.push(e.detail));
    const states: MeetingClockState[] = [];
    el.addEventListener('sip-meeting-state', (e) => states.push(e.detail.state));

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.classList.contains('stage')).to.equal(true);
    await space(); // start
    await settled(el);
    expect(el.view.status).to.equal('running');
    expect(await announcement(el)).to.contain('Mötet har börjat').and.contain('Inledning');

    clock.t += 6 * M;
    await sendKeys({ press: 'ArrowRight' });
    clock.t += 9 * M;
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(el.view.part).to.equal('needs');
    expect(await announcement(el)).to.contain('Del 3 av 5: Behov, 30 min');

    // pause with Space, time stands still, resume
    await space();
    await settled(el);
    expect(el.view.status).to.equal('paused');
    expect(q(el, '#toggle').textContent!.trim()).to.equal('Fortsätt');
    clock.t += 10 * M;
    expect(el.view.elapsed).to.equal(15 * M);
    await space();
    await settled(el);
    expect(el.view.status).to.equal('running');

    // back and forth
    await sendKeys({ press: 'ArrowLeft' });
    await settled(el);
    expect(el.view.part).to.equal('situation');
    await sendKeys({ press: 'ArrowRight' });
    clock.t += 25 * M;

    // extend the needs part: +5 then +1 with Tab and Enter
    const extend5 = q<HTMLButtonElement>(el, '#extend5');
    q<HTMLButtonElement>(el, '#extend1').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(extend5);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.view.extendedTotal).to.equal(6 * M);
    expect(el.view.planned[2]).to.equal(36 * M);
    expect(shadowText(el)).to.contain('Förlängt med 6 min');
    expect(await announcement(el)).to.contain('förlängd med 5 min');

    clock.t += 11 * M;
    await sendKeys({ press: 'ArrowRight' }); // summary
    clock.t += 9 * M;
    await sendKeys({ press: 'ArrowRight' }); // closing
    clock.t += 6 * M;
    await sendKeys({ press: 'ArrowRight' }); // last part: the arrow never ends the meeting
    await settled(el);
    expect(el.view.status).to.equal('running');
    expect(el.view.part).to.equal('closing');
    expect(ends).to.have.length(0);

    // On the last part "Nästa del" stays in its place and does nothing: a double Enter there
    // does not end the meeting (issue 18).
    const nextButton = q<HTMLButtonElement>(el, '#next');
    expect(nextButton.textContent!.trim()).to.equal('Nästa del →');
    expect(nextButton.getAttribute('aria-disabled')).to.equal('true');
    q<HTMLButtonElement>(el, '#previous').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(nextButton);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.view.status).to.equal('running');
    expect(ends).to.have.length(0);

    // Ending is its own button, in another row, and asks first (Cancel has focus).
    q<HTMLButtonElement>(el, '#extend5').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.id).to.equal('end');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(deepActiveElement()?.getAttribute('data-action')).to.equal('confirm-cancel');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('data-action')).to.equal('confirm');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await settled(el);

    expect(segments).to.deep.equal(['opening', 'situation', 'needs', 'situation', 'needs', 'summary', 'closing']);
    expect(previous).to.deep.equal([null, 'opening', 'situation', 'needs', 'situation', 'needs', 'summary']);
    expect(ends).to.have.length(1);
    expect(ends[0]!.actualMinutes).to.deep.equal({ opening: 6, situation: 9, needs: 36, summary: 9, closing: 6 });
    expect(ends[0]!.elapsed).to.equal(66 * M);
    expect(el.view.status).to.equal('ended');
    expect(states.length).to.be.greaterThan(8);
    expect(shadowText(el)).to.contain('Tid per del');
    expect(deepActiveElement()?.id).to.equal('summary-heading');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shortcuts work only inside the element; Space on a button presses that button', async () => {
    const clock = manualClock();
    const { wrapper, el } = await make();
    el.clock = clock.now;
    wrapper.querySelector<HTMLButtonElement>('#after')!.focus();
    await space();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.view.status).to.equal('idle');

    el.toggle();
    await settled(el);
    q<HTMLButtonElement>(el, '#next').focus();
    await space(); // presses "Nästa del", does not pause
    await settled(el);
    expect(el.view.status).to.equal('running');
    expect(el.view.part).to.equal('situation');
    wrapper.querySelector<HTMLButtonElement>('#after')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.view.part).to.equal('situation');
  });

  it('shows the shortcuts visibly', async () => {
    const { el } = await make();
    const help = q(el, '#shortcuts');
    expect(help.textContent).to.contain('Mellanslag').and.contain('←').and.contain('→');
    expect(help.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(q(el, '.stage').getAttribute('aria-describedby')).to.equal('shortcuts');
  });

  it('overrun: a visual cue and one announcement, not every second; the ticking time is not live', async () => {
    const clock = manualClock();
    const { el } = await make();
    el.clock = clock.now;
    el.toggle();
    await settled(el);
    clock.t += 6 * M + 5 * S;
    await waitTick();
    await settled(el);
    expect(q(el, '.times').classList.contains('over')).to.equal(true);
    expect(q(el, '.big').textContent).to.equal('+0:05');
    expect(shadowText(el)).to.contain('Delen har gått över tiden');
    expect(q(el, 'path.sector.current').classList.contains('over')).to.equal(true);
    expect(await announcement(el)).to.equal('Inledning har gått över sin tid.');

    const region = q(el, '[role=status]');
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    for (let i = 0; i < 4; i++) {
      clock.t += S;
      await waitTick();
    }
    observer.disconnect();
    expect(said.filter((s) => s.trim())).to.deep.equal([]);
    expect(q(el, '.big').textContent).to.equal('+0:09');
    // no live region around the time
    for (let node: Element | null = q(el, '.big'); node; node = node.parentElement) {
      expect(node.getAttribute('aria-live'), node.className).to.equal(null);
      expect(node.getAttribute('role'), node.className).to.not.equal('status');
    }
    expect(await axeViolations(el)).to.deep.equal([]);

    // the meeting running over is said once too
    clock.t += 60 * M;
    await waitTick();
    expect(await announcement(el)).to.equal('Mötet har gått över sin tid.');
    expect(shadowText(el)).to.contain('Mötet är över tiden med');
  });

  it('after a hidden stretch the first tick shows the right part and second', async () => {
    const clock = manualClock();
    const { el } = await make();
    el.clock = clock.now;
    el.toggle();
    el.next();
    await settled(el);
    clock.t += 20 * M + 7 * S; // no ticks ran in between as far as the element knows
    document.dispatchEvent(new Event('visibilitychange'));
    await settled(el);
    expect(el.view.part).to.equal('situation');
    expect(q(el, '.big').textContent).to.equal('+11:07');
    expect(shadowText(el)).to.contain('Kvar av mötet 39:53');
  });

  it('storage-key: the meeting survives re-creating the element', async () => {
    const clock = manualClock();
    const first = await make(html`<sip-meeting-circle storage-key="mc-test" duration="90"></sip-meeting-circle>`);
    first.el.clock = clock.now;
    first.el.toggle();
    clock.t += 9 * M;
    first.el.next();
    clock.t += 2 * M;
    first.el.extend(1);
    await settled(first.el);
    first.wrapper.remove();
    expect(JSON.parse(localStorage.getItem('mc-test')!).version).to.equal(1);

    clock.t += 3 * M;
    const el = document.createElement('sip-meeting-circle');
    el.clock = clock.now;
    el.setAttribute('storage-key', 'mc-test');
    el.setAttribute('duration', '60'); // the stored, running meeting keeps its own plan
    document.body.append(el);
    await settled(el);
    expect(el.view.status).to.equal('running');
    expect(el.view.part).to.equal('situation');
    expect(el.view.elapsed).to.equal(14 * M);
    expect(el.view.meetingPlanned).to.equal(91 * M);
    expect(q(el, '.big').textContent).to.equal('10:00');
    el.remove();
  });

  it('a restored meeting already over time is not announced again; moving the element keeps it ticking', async () => {
    const clock = manualClock();
    const over = start(createClock(plannedFromShares(60)), T0);
    localStorage.setItem('mc-test', JSON.stringify(over));
    clock.t = T0 + 8 * M;
    const el = document.createElement('sip-meeting-circle');
    el.clock = clock.now;
    el.setAttribute('storage-key', 'mc-test');
    document.body.append(el);
    await settled(el);
    clock.t += S;
    await waitTick();
    expect(await announcement(el)).to.equal('');
    expect(q(el, '.big').textContent).to.equal('+2:01');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el); // disconnect + connect
    clock.t += 5 * S;
    await waitTick();
    await settled(el);
    expect(q(el, '.big').textContent).to.equal('+2:06');
    other.remove();
  });

  it('a new duration while running re-plans the meeting and tells the host; handed-out state is a copy', async () => {
    const clock = manualClock();
    const { el } = await make();
    el.clock = clock.now;
    el.toggle();
    await settled(el);
    const told = nextEvent<{ state: MeetingClockState }>(el, 'sip-meeting-state');
    el.duration = 90;
    await settled(el);
    expect((await told).detail.state.planned.reduce((a, b) => a + b, 0)).to.equal(90 * M);
    expect(el.view.meetingPlanned).to.equal(90 * M);
    expect(el.view.status).to.equal('running');
    const copy = el.state;
    copy.marks.length = 0;
    copy.planned[0] = 0;
    expect(el.view.planned[0]).to.equal(9 * M);
    expect(el.state.marks).to.have.length(1);
  });

  it('stores nothing without storage-key', async () => {
    const before = localStorage.length;
    const { el } = await make();
    el.toggle();
    await settled(el);
    expect(localStorage.length).to.equal(before);
  });

  it('the state event lets a host restore the meeting itself', async () => {
    const clock = manualClock();
    const { el } = await make();
    el.clock = clock.now;
    const stateEvent = nextEvent<{ state: MeetingClockState }>(el, 'sip-meeting-state');
    el.toggle();
    const { detail } = await stateEvent;
    const copy = JSON.parse(JSON.stringify(detail.state));
    const { el: other } = await make();
    other.clock = clock.now;
    clock.t += 4 * M;
    other.state = copy;
    await settled(other);
    expect(other.view.elapsed).to.equal(4 * M);
    other.state = '{"not":"a state"}' as never;
    expect(other.view.elapsed).to.equal(4 * M);
  });

  it('with a plan: reads the agenda and writes the actual minutes back, never mutating the input', async () => {
    const clock = manualClock();
    const plan = deepFreeze(structuredClone(examplePlans.elderly));
    const { el } = await make(html`<sip-meeting-circle .plan=${plan} user="Sofia Berg"></sip-meeting-circle>`);
    el.clock = clock.now;
    await settled(el);
    const meeting = plan.meetings.find((m) => m.status === 'planned')!;
    expect(el.view.planned.map((ms) => ms / M)).to.deep.equal(meeting.agenda.map((a) => a.plannedMinutes));
    el.toggle();
    for (const minutes of [5, 10, 20, 8]) {
      clock.t += minutes * M;
      el.next();
    }
    clock.t += 4 * M;
    const h = new MeetingCircleHarness(el);
    await h.endMeeting();
    // Ending does not write yet: the end can be undone until the chair saves the time.
    let changes = 0;
    el.addEventListener('sip-plan-change', () => changes++);
    await settled(el);
    expect(changes).to.equal(0);
    const change = nextEvent<SipPlanChangeDetail>(el, 'sip-plan-change');
    await h.save();
    const { detail } = await change;
    const agenda = detail.plan.meetings.find((m) => m.id === meeting.id)!.agenda;
    expect(agenda.map((a) => a.actualMinutes)).to.deep.equal([5, 10, 20, 8, 4]);
    expect(detail.change.by).to.equal('Sofia Berg');
    expect(detail.plan).to.not.equal(plan);
    expect(plan.meetings.find((m) => m.id === meeting.id)!.agenda[0]!.actualMinutes).to.equal(undefined);
    await settled(el);
    expect(el.view.status).to.equal('ended');
    expect(el.view.planned.map((ms) => ms / M)).to.deep.equal(meeting.agenda.map((a) => a.plannedMinutes));
  });

  it('meeting-id picks the meeting; a plan without an open meeting runs from attributes and says so', async () => {
    const { el } = await make(html`<sip-meeting-circle .plan=${examplePlans.child} meeting-id="meeting-1"></sip-meeting-circle>`);
    expect(el.view.planned.map((ms) => ms / M)).to.deep.equal([8, 12, 25, 9, 6]);
    const { el: held } = await make(html`<sip-meeting-circle .plan=${examplePlans.psychiatry} duration="45"></sip-meeting-circle>`);
    expect(held.view.meetingPlanned).to.equal(45 * M);
    expect(shadowText(held)).to.contain('Planen har inget möte att köra');
    expect(await axeViolations(held)).to.deep.equal([]);
  });

  it('an invalid plan: a localized alert, sip-invalid, nothing thrown', async () => {
    const el = document.createElement('sip-meeting-circle');
    const invalid = nextEvent(el, 'sip-invalid');
    el.plan = { id: 1 } as never;
    document.body.append(el);
    await invalid;
    await settled(el);
    expect(q(el, '[role=alert]').textContent).to.contain('Planen kan inte visas');
    expect(await axeViolations(el)).to.deep.equal([]);
    el.remove();
  });

  it('readonly: follows the state it is given, no controls, ignores shortcuts', async () => {
    const clock = manualClock();
    let state = start(createClock(plannedFromShares(60)), T0);
    state = next(state, T0 + 6 * M);
    const { el } = await make(html`<sip-meeting-circle readonly></sip-meeting-circle>`);
    el.clock = clock.now;
    el.state = state;
    clock.t = T0 + 10 * M;
    await settled(el);
    expect(el.view.part).to.equal('situation');
    expect(q(el, '.big').textContent).to.equal('5:00');
    expect(q(el, '#toggle')).to.equal(null);
    expect(q(el, '#next')).to.equal(null);
    expect(q(el, '#presenter')).to.not.equal(null);
    expect(q(el, '.stage').hasAttribute('tabindex')).to.equal(false);
    expect(shadowText(el)).to.contain('Visningsläge');
    el.toggle();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    expect(el.view.status).to.equal('running');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('readonly with storage-key follows another window', async () => {
    const { el } = await make(html`<sip-meeting-circle readonly storage-key="mc-test"></sip-meeting-circle>`);
    const state = next(start(createClock(plannedFromShares(60)), Date.now()), Date.now());
    localStorage.setItem('mc-test', JSON.stringify(state));
    window.dispatchEvent(new StorageEvent('storage', { key: 'mc-test', newValue: JSON.stringify(state), storageArea: localStorage }));
    await settled(el);
    expect(el.view.part).to.equal('situation');
  });

  it('reset asks first, and Cancel keeps the meeting', async () => {
    const { el } = await make();
    el.toggle();
    await settled(el);
    q<HTMLButtonElement>(el, '#reset').click();
    await settled(el);
    // The kit's confirm dialog: Cancel has focus, so Enter keeps the meeting.
    expect(deepActiveElement()?.getAttribute('data-action')).to.equal('confirm-cancel');
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(el.view.status).to.equal('running');
    q<HTMLButtonElement>(el, '#reset').click();
    await settled(el);
    q<HTMLButtonElement>(el, 'dialog#reset-confirm [data-action=confirm]').click();
    await settled(el);
    expect(el.view.status).to.equal('idle');
  });

  it('the eight versions: each says what that reader does in the current part, in sv and en', async () => {
    const { el } = await make();
    const seen = new Set<string>();
    for (const audience of ['chair', 'staff', 'older', 'relative', 'adult', 'young', 'parent', 'other'] as const) {
      el.audience = audience;
      await settled(el);
      const guide = q(el, '.guide').textContent!.replace(/\s+/g, ' ').trim();
      expect(guide.length, audience).to.be.greaterThan(20);
      seen.add(guide);
    }
    expect(seen.size).to.equal(8);
    el.audience = 'chair';
    await settled(el);
    expect(q(el, '.guide h3').textContent).to.contain('Checklista för ordföranden');
    expect(el.shadowRoot!.querySelectorAll('.guide li').length).to.be.greaterThan(2);

    await useLocale('en');
    await settled(el);
    expect(shadowText(el)).to.contain('Meeting circle').and.contain('Opening').and.contain('Start meeting');
    expect(q(el, '.guide h3').textContent).to.contain("Chair's checklist");
    el.audience = 'young';
    await settled(el);
    expect(q(el, '.guide h3').textContent).to.contain('Your part now');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows markup in attributes or stored state as nothing but text', async () => {
    localStorage.setItem('mc-test', '{"version":1,"planned":[],"pauses":[],"marks":[{"at":1,"part":"<img src=x onerror=alert(1)>"}],"extensions":[]}');
    const { el } = await make(html`<sip-meeting-circle storage-key="mc-test" audience=${'<img src=x onerror=alert(1)>'}></sip-meeting-circle>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.view.status).to.equal('idle');
    expect(q(el, '.guide h3').textContent).to.contain('ordföranden');
  });

  it('presenter mode: large layout; wake lock and full screen are harmless where refused', async () => {
    const clock = manualClock();
    const { el } = await make();
    el.clock = clock.now;
    el.toggle();
    await settled(el);
    q<HTMLButtonElement>(el, '#presenter').click();
    await settled(el);
    expect(el.presenter).to.equal(true);
    expect(q(el, '#presenter').getAttribute('aria-pressed')).to.equal('true');
    expect(await axeViolations(el)).to.deep.equal([]);
    q<HTMLButtonElement>(el, '#presenter').click();
    await settled(el);
    expect(el.presenter).to.equal(false);
  });

  it('sound is off by default and toggles', async () => {
    const { el } = await make();
    expect(el.sound).to.equal(false);
    q<HTMLButtonElement>(el, '#sound').click();
    await settled(el);
    expect(el.hasAttribute('sound')).to.equal(true);
    expect(q(el, '#sound').getAttribute('aria-pressed')).to.equal('true');
  });

  it('wake lock: held while running, released on pause, taken again when the page is visible', async () => {
    const requests: string[] = [];
    let released = 0;
    let last: EventTarget | undefined;
    const fake = {
      request: async (type: string) => {
        requests.push(type);
        const lock = new EventTarget();
        last = lock;
        return Object.assign(lock, {
          released: false,
          type,
          release: async () => {
            released++;
          },
        });
      },
    };
    Object.defineProperty(navigator, 'wakeLock', { value: fake, configurable: true });
    try {
      const { el } = await make();
      el.toggle();
      await settled(el);
      await new Promise((r) => setTimeout(r, 20));
      expect(requests).to.deep.equal(['screen']);
      el.toggle(); // pause
      await settled(el);
      await new Promise((r) => setTimeout(r, 20));
      expect(released).to.equal(1);
      el.toggle(); // resume
      await settled(el);
      await new Promise((r) => setTimeout(r, 20));
      expect(requests).to.have.length(2);
      // the browser drops the lock when the page is hidden; back to visible, it is taken again
      last!.dispatchEvent(new Event('release'));
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((r) => setTimeout(r, 20));
      expect(requests).to.have.length(3);
      el.remove();
    } finally {
      delete (navigator as unknown as Record<string, unknown>).wakeLock;
    }
  });

  it('sound: off by default; when on, one soft chime when the part runs over', async () => {
    const oscillators: number[] = [];
    let contexts = 0;
    const param = () => ({ value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} });
    class FakeAudio {
      state = 'running';
      currentTime = 0;
      destination = {};
      constructor() {
        contexts++;
      }
      resume() {
        return Promise.resolve();
      }
      createOscillator() {
        return { type: '', frequency: param(), connect: (n: unknown) => n, start: (t: number) => oscillators.push(t), stop() {} };
      }
      createGain() {
        return { gain: param(), connect: (n: unknown) => n };
      }
    }
    const original = window.AudioContext;
    (window as unknown as { AudioContext: unknown }).AudioContext = FakeAudio;
    try {
      const clock = manualClock();
      const { el: quiet } = await make();
      quiet.clock = clock.now;
      quiet.toggle();
      clock.t += 7 * M;
      await waitTick();
      expect(contexts).to.equal(0);
      quiet.remove();

      const { el } = await make(html`<sip-meeting-circle sound></sip-meeting-circle>`);
      el.clock = clock.now;
      el.toggle();
      clock.t += 6 * M + S;
      // The chime comes on the next tick, which a loaded machine may delay.
      await waitUntil(() => oscillators.length > 0, 'the chime on overrun', { timeout: 5000 });
      expect(oscillators).to.have.length(2);
      clock.t += 10 * S;
      await waitTick();
      expect(oscillators).to.have.length(2);
    } finally {
      (window as unknown as { AudioContext: unknown }).AudioContext = original;
    }
  });

  it('is axe-clean when paused, ended and in English', async () => {
    const clock = manualClock();
    const { el } = await make();
    el.clock = clock.now;
    el.toggle();
    clock.t += M;
    el.toggle();
    await settled(el);
    expect(shadowText(el)).to.contain('Pausat');
    expect(await axeViolations(el)).to.deep.equal([]);
    await useLocale('en');
    await settled(el);
    expect(shadowText(el)).to.contain('Paused');
    expect(await axeViolations(el)).to.deep.equal([]);
    for (let i = 0; i < 5; i++) el.next();
    el.end();
    await settled(el);
    expect(shadowText(el)).to.contain('Time per part');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('screenshots (Chromium): sv and en, full width, 320 px, presenter', async function () {
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    this.timeout(30000);
    const clock = manualClock();
    const shoot = async (name: string) => executeServerCommand('sip-screenshot', { name });
    await setViewport({ width: 1100, height: 1000 });
    const { el } = await make(html`<sip-meeting-circle duration="60"></sip-meeting-circle>`);
    el.clock = clock.now;
    el.toggle();
    clock.t += 6 * M;
    el.next();
    clock.t += 9 * M;
    el.next();
    clock.t += 12 * M + 25 * S;
    el.extend(5);
    await settled(el);
    await shoot('meeting-circle-sv');
    await useLocale('en');
    await settled(el);
    await shoot('meeting-circle-en');
    clock.t += 30 * M;
    await waitTick();
    await settled(el);
    await shoot('meeting-circle-en-overrun');
    await setViewport({ width: 320, height: 1400 });
    await settled(el);
    await shoot('meeting-circle-en-320');
    el.presenter = true;
    await setViewport({ width: 1280, height: 900 });
    await settled(el);
    await shoot('meeting-circle-en-presenter');
    el.presenter = false;
    await useLocale('sv');
    await setViewport({ width: 320, height: 1400 });
    await settled(el);
    await shoot('meeting-circle-sv-320');
    await setViewport({ width: 1280, height: 900 });
    el.presenter = true;
    el.audience = 'young';
    await settled(el);
    await shoot('meeting-circle-sv-presenter');
    el.presenter = false;
    el.audience = 'chair';
    await emulateMedia({ forcedColors: 'active' });
    await settled(el);
    await shoot('meeting-circle-sv-forced-colors');
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
    await setViewport({ width: 640, height: 1000 }); // what 200 % zoom of a 1280 px window lays out
    await settled(el);
    await shoot('meeting-circle-sv-640');
    await emulateMedia({ reducedMotion: 'no-preference' });
    clock.t += 5 * M;
    el.next();
    el.next();
    el.end();
    await settled(el);
    await setViewport({ width: 1100, height: 1000 });
    await shoot('meeting-circle-sv-ended');
    const { el: viewer } = await make(html`<sip-meeting-circle readonly audience="older"></sip-meeting-circle>`);
    viewer.clock = clock.now;
    viewer.state = next(start(createClock(plannedFromShares(90)), clock.t - 12 * M), clock.t - 3 * M);
    el.remove();
    await settled(viewer);
    await shoot('meeting-circle-sv-readonly');
    await setViewport({ width: 800, height: 600 });
  });
});
