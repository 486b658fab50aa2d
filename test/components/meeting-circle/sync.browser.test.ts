/**
 * One meeting on every screen (issue 18): a chair's circle and participants' circles in their own
 * versions, following the chair's clock over BroadcastChannel and over Yjs (two documents kept
 * in step in memory, as a y-websocket server would); a follower that was away catches up; one
 * with a wrong token sees nothing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as Y from 'yjs';
import '../../../src/components/meeting-circle/index';
import type { SipMeetingCircle, SyncStatus, SyncTransportFactory } from '../../../src/components/meeting-circle/index';
import { partGuide } from '../../../src/components/meeting-circle/guide';
import { partLabel } from '../../../src/components/meeting-circle/labels';
import { docTransport } from '../../../src/components/meeting-circle/sync/yjs';
import { settled, shadowText, useLocale } from '../../helpers/element';

const M = 60_000;
const T0 = Date.UTC(2026, 11, 3, 9, 0, 0);
let uid = 0;

/** A chair and followers on one page, sharing one clock the test moves. */
async function meeting(followers: { audience: string; token?: string }[], transports?: { chair: SyncTransportFactory; follower: SyncTransportFactory }) {
  uid++;
  const room = `room${uid}${Math.random().toString(36).slice(2, 8)}`;
  const token = 'secret-token-123';
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <sip-meeting-circle id="chair" sync-room=${room} sync-token=${token} duration="60" .syncTransport=${transports?.chair}></sip-meeting-circle>
    ${followers.map(
      (f) => html`<sip-meeting-circle follow audience=${f.audience} sync-room=${room} sync-token=${f.token ?? token} .syncTransport=${transports?.follower}></sip-meeting-circle>`,
    )}
  </div>`);
  const [chair, ...rest] = [...wrapper.querySelectorAll('sip-meeting-circle')] as SipMeetingCircle[];
  let t = T0;
  for (const el of [chair!, ...rest]) el.clock = () => t;
  for (const el of [chair!, ...rest]) await settled(el);
  return { chair: chair!, followers: rest, wrapper, advance: (minutes: number) => (t += minutes * M) };
}

/** Waits until the follower shows the chair's part and time (±1 s), then checks the words. */
async function inStep(chair: SipMeetingCircle, follower: SipMeetingCircle): Promise<void> {
  await waitUntil(() => {
    const a = chair.view;
    const b = follower.view;
    return a.status === b.status && a.index === b.index && Math.abs(a.partRemaining - b.partRemaining) <= 1000 && Math.abs(a.meetingRemaining - b.meetingRemaining) <= 1000;
  }, 'the follower did not follow the chair', { timeout: 2000 });
  await settled(follower);
}

function timeShown(el: SipMeetingCircle): string {
  return el.shadowRoot!.querySelector('.big')?.textContent?.trim() ?? '';
}

describe('sip-meeting-circle: one meeting on every screen', () => {
  before(() => useLocale('sv'));

  it('a follower in another version follows start, next, pause and extend (BroadcastChannel)', async () => {
    const { chair, followers, advance } = await meeting([{ audience: 'young' }, { audience: 'parent' }]);
    const [young, parent] = followers as [SipMeetingCircle, SipMeetingCircle];
    // The chair's idle clock has arrived: the meeting is shown as not started yet.
    await waitUntil(() => !!young.shadowRoot!.querySelector('[part=time]'), 'the chair was not heard');
    expect(shadowText(young)).to.include('Inte startat');

    chair.toggle();
    await inStep(chair, young);
    await inStep(chair, parent);
    advance(4);
    chair.next();
    await inStep(chair, young);
    expect(young.view.part).to.equal('situation');
    advance(2);
    chair.toggle(); // pause
    await inStep(chair, young);
    expect(young.view.status).to.equal('paused');
    advance(3); // paused: no time passes on either side
    chair.toggle();
    chair.extend(5);
    await inStep(chair, parent);
    await inStep(chair, young);
    expect(young.view.extendedTotal).to.equal(5 * M);

    await settled(chair);
    expect(timeShown(young)).to.equal(timeShown(chair));
    // Each in its own wording: the young person's and the parent's version of "situation".
    const text = shadowText(young);
    expect(text).to.include(`Din del nu: ${partLabel('situation')}`);
    expect(text).to.include(partGuide('young', 'situation').tasks[0]!);
    expect(shadowText(parent)).to.include(partGuide('parent', 'situation').tasks[0]!);
    expect(partGuide('young', 'situation').tasks[0]).to.not.equal(partGuide('parent', 'situation').tasks[0]);
    // Read-only, and no plan content or controls on a follower's side.
    expect(!!young.shadowRoot!.querySelector('#toggle')).to.equal(false);
    young.toggle();
    expect(young.view.status).to.equal('running');
  });

  it('only the clock travels: no plan or meeting id, no names', async () => {
    const sent: string[] = [];
    const spy: SyncTransportFactory = () => ({
      publish: (m) => sent.push(m),
      subscribe: () => undefined,
      onStatus: (l) => l('connected'),
      close: () => undefined,
    });
    const { chair } = await meeting([], { chair: spy, follower: spy });
    chair.toggle();
    await waitUntil(() => sent.length >= 2);
    const last = JSON.parse(sent.at(-1)!) as Record<string, unknown>;
    expect(Object.keys(last).sort()).to.deep.equal(['clock', 'sentAt', 'v']);
    expect(Object.keys(last.clock as object).sort()).to.deep.equal(['extensions', 'marks', 'pauses', 'planned', 'startedAt', 'version']);
  });

  it('a follower that was away catches up when it is back', async () => {
    const { chair, followers, wrapper, advance } = await meeting([{ audience: 'adult' }]);
    const follower = followers[0]!;
    chair.toggle();
    await inStep(chair, follower);
    follower.remove(); // a phone asleep, a closed tab
    advance(7);
    chair.next();
    advance(3);
    chair.next();
    chair.extend(1);
    expect(follower.view.index).to.equal(0);
    wrapper.append(follower);
    await inStep(chair, follower);
    expect(follower.view.part).to.equal('needs');
  });

  it("a follower whose device clock is 90 s fast shows the chair's time (set by the chair's send times)", async () => {
    uid++;
    const room = `room${uid}${Math.random().toString(36).slice(2, 8)}`;
    let t = T0;
    const chairClock = () => t;
    const phoneClock = () => t + 90_000;
    // The clocks are set before the circles connect, so every message is sent and received by them.
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <sip-meeting-circle sync-room=${room} sync-token="secret-token-123" duration="60" .clock=${chairClock}></sip-meeting-circle>
      <sip-meeting-circle follow audience="adult" sync-room=${room} sync-token="secret-token-123" .clock=${phoneClock}></sip-meeting-circle>
    </div>`);
    const [chair, follower] = [...wrapper.querySelectorAll('sip-meeting-circle')] as [SipMeetingCircle, SipMeetingCircle];
    await settled(chair);
    await settled(follower);
    chair.toggle();
    await inStep(chair, follower);
    t += 4 * M + 20_000;
    await inStep(chair, follower);
    await settled(chair);
    expect(timeShown(follower)).to.equal(timeShown(chair));
    chair.next();
    await inStep(chair, follower);
    expect(follower.view.part).to.equal('situation');
  });

  it('a follower with a wrong token sees nothing of the meeting', async () => {
    const { chair, followers } = await meeting([{ audience: 'relative', token: 'wrong-token-000' }, { audience: 'relative' }]);
    const [wrong, right] = followers as [SipMeetingCircle, SipMeetingCircle];
    chair.toggle();
    chair.next();
    await inStep(chair, right);
    await new Promise((r) => setTimeout(r, 300));
    await settled(wrong);
    expect(wrong.view.status).to.equal('idle');
    expect(!!wrong.shadowRoot!.querySelector('[part=time]')).to.equal(false);
    expect(!!wrong.shadowRoot!.querySelector('svg[part=circle]')).to.equal(false);
    expect(shadowText(wrong)).to.include('Väntar på mötet');
    expect(shadowText(wrong)).to.not.include(partLabel('situation'));
  });

  it('over Yjs: two documents in step; a follower offline says so and catches up on reconnecting', async () => {
    const chairDoc = new Y.Doc();
    const followerDoc = new Y.Doc();
    let online = true;
    const statusListeners: ((s: SyncStatus) => void)[] = [];
    // What a y-websocket server does between two clients: relay updates, and on reconnecting exchange what is missing.
    chairDoc.on('update', (u: Uint8Array) => online && Y.applyUpdate(followerDoc, u));
    const reconnect = () => {
      online = true;
      Y.applyUpdate(followerDoc, Y.encodeStateAsUpdate(chairDoc, Y.encodeStateVector(followerDoc)));
      for (const l of statusListeners) l('connected');
    };
    const transports = {
      chair: ({ role }: { role: 'chair' | 'follower' }) => docTransport(chairDoc, role),
      follower: ({ role }: { role: 'chair' | 'follower' }) =>
        docTransport(followerDoc, role, (l) => {
          statusListeners.push(l);
          l(online ? 'connected' : 'disconnected');
        }),
    };
    const { chair, followers, advance } = await meeting([{ audience: 'staff' }], transports);
    const follower = followers[0]!;
    chair.toggle();
    await inStep(chair, follower);
    advance(5);
    chair.next();
    await inStep(chair, follower);

    online = false;
    for (const l of statusListeners) l('disconnected');
    advance(10);
    chair.next();
    chair.extend(5);
    await settled(follower);
    expect(follower.view.index).to.equal(1);
    expect(shadowText(follower)).to.include('Inte ansluten');

    reconnect();
    await inStep(chair, follower);
    expect(follower.view.part).to.equal('needs');
    expect(shadowText(follower)).to.not.include('Inte ansluten');
  });
});
