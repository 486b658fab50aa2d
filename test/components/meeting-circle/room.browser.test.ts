/**
 * The room view on a wall screen and the participant view on a phone (issue 18), in Swedish and
 * English, with screenshots in .screenshots/ (Chromium). The time must be on screen without
 * scrolling at 1920×1080, at 200 % zoom (960×540) and at 360 px.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../../src/components/meeting-circle/index';
import type { SipMeetingCircle } from '../../../src/components/meeting-circle/index';
import { examplePlans } from '../../../src/model/examples';
import { partGuide, roomPrompt } from '../../../src/components/meeting-circle/guide';
import { partLabel } from '../../../src/components/meeting-circle/labels';
import { settled, shadowText, useLocale } from '../../helpers/element';
import { isWebKit } from '../../helpers/harness';

const M = 60_000;
const T0 = Date.UTC(2026, 9, 7, 7, 30, 0);
let n = 0;

/** A chair in the room view 20 minutes into the meeting (on "needs"), and followers. */
async function room(audiences: string[]) {
  n++;
  const code = { room: `wall${n}${Math.random().toString(36).slice(2, 8)}`, token: 'room-view-token-1' };
  const t = T0 + 20 * M;
  // Every device reads the test's clock from the start: a message sent on the real clock before
  // the test set its own would make the followers' offset estimate weeks off.
  let now = t;
  const clock = () => now;
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <sip-meeting-circle
      id="chair"
      presenter
      .clock=${clock}
      meeting-id="meeting-1"
      .plan=${examplePlans.elderly}
      sync-room=${code.room}
      sync-token=${code.token}
      join-url="https://sip.example/meeting.html?page=follow"
    ></sip-meeting-circle>
    ${audiences.map((a) => html`<sip-meeting-circle id=${`follow-${a}`} .clock=${clock} follow audience=${a} sync-room=${code.room} sync-token=${code.token}></sip-meeting-circle>`)}
  </div>`);
  const [chair, ...followers] = [...wrapper.querySelectorAll('sip-meeting-circle')] as SipMeetingCircle[];
  await settled(chair!);
  // Started at T0; opening took 8 minutes, situation 12.
  now = T0;
  chair!.toggle();
  now += 8 * M;
  chair!.next();
  now += 12 * M;
  chair!.next();
  for (const f of followers) await waitUntil(() => f.view.index === 2, `follower behind: ${chair!.view.index} ${followers.map((x) => x.view.index)}`);
  for (const el of [chair!, ...followers]) await settled(el);
  return { chair: chair!, followers };
}

/** Bottom edge of `selector` in `el`'s shadow root, in viewport pixels. */
function bottomOf(el: SipMeetingCircle, selector: string): number {
  return el.shadowRoot!.querySelector(selector)!.getBoundingClientRect().bottom;
}

// These measure the layout at set screen sizes; WebKit's WebDriver cannot set the viewport.
const describeAtViewports = isWebKit ? describe.skip : describe;

for (const lang of ['sv', 'en'] as const) {
  describeAtViewports(`sip-meeting-circle: room view and participant view (${lang})`, () => {
    before(() => useLocale(lang));
    after(() => setViewport({ width: 800, height: 600 }));

    it('room view at 1920×1080: circle with names, time, prompt, purpose, questions, participants, join code', async () => {
      await setViewport({ width: 1920, height: 1080 });
      const { chair } = await room([]);
      await waitUntil(() => !!chair.shadowRoot!.querySelector('svg.qr'), 'no QR code');
      await settled(chair);
      await executeServerCommand('sip-screenshot', { name: `meeting-room-1920x1080-${lang}` });
      const text = shadowText(chair);
      for (const part of ['opening', 'situation', 'needs', 'summary', 'closing'] as const) {
        expect(chair.shadowRoot!.querySelector('svg[part=circle]')!.textContent).to.include(partLabel(part));
      }
      expect(text).to.include(roomPrompt('needs'));
      expect(text).to.include('Upprätta en samordnad plan');
      expect(text).to.include('Vem gör vad vid nästa fall?');
      expect(text).to.include('Sofia');
      const link = chair.shadowRoot!.querySelector<HTMLAnchorElement>('.join-link a')!.href;
      expect(link).to.match(/#room=wall\d+\w+&token=room-view-token-1$/);
      expect(link).to.not.include('meeting-1');
      // Everything on one screen: nothing below 1080 px, the time large.
      expect(bottomOf(chair, '.room-controls')).to.be.at.most(1080);
      const big = chair.shadowRoot!.querySelector('.big')!;
      expect(parseFloat(getComputedStyle(big).fontSize)).to.be.at.least(120);
    });

    it('room view at 200 % zoom (960×540): the time is above the fold', async () => {
      await setViewport({ width: 960, height: 540 });
      const { chair } = await room([]);
      await executeServerCommand('sip-screenshot', { name: `meeting-room-zoom200-${lang}` });
      expect(bottomOf(chair, '.big')).to.be.at.most(540);
      expect(bottomOf(chair, '.now')).to.be.at.most(540);
    });

    it('participant view at 360 px: a young person and a parent, each in their own words', async () => {
      await setViewport({ width: 360, height: 740 });
      const { followers } = await room(['young', 'parent']);
      for (const f of followers) {
        expect(f.shadowRoot!.querySelector('.base, .room, .follow')!.getBoundingClientRect().width).to.be.at.most(360);
        expect(f.scrollWidth).to.be.at.most(360);
        expect(shadowText(f)).to.include(partGuide(f.audience, 'needs').tasks[0]!);
        // Nothing of the plan on a participant's screen.
        expect(shadowText(f)).to.not.include('Upprätta en samordnad plan');
        expect(shadowText(f)).to.not.include('Sofia');
        const top = f.getBoundingClientRect().top;
        expect(bottomOf(f, '.big') - top).to.be.at.most(740);
        // The part names on the ring are drawn in circle units: on screen they must stay readable.
        const dial = f.shadowRoot!.querySelector<SVGSVGElement>('.dial svg')!;
        const name = f.shadowRoot!.querySelector<SVGTextElement>('.part-name')!;
        const onScreen = (parseFloat(getComputedStyle(name).fontSize) * dial.getBoundingClientRect().width) / dial.viewBox.baseVal.width;
        expect(onScreen, 'part names on the ring, px on screen').to.be.at.least(12);
        await executeServerCommand('sip-screenshot', { name: `meeting-follow-360-${f.audience}-${lang}`, selector: `#follow-${f.audience}` });
      }
    });
  });
}
