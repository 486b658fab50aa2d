import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OFFSET_SAMPLES, addOffsetSample, clockMessage, clockOffset, readClockMessage } from '../../../src/components/meeting-circle/sync/protocol';
import { channelName, joinLink, newJoinCode, readJoinLink, validCodePart } from '../../../src/components/meeting-circle/sync/join-code';
import { createClock, extend, next, pause, plannedFromShares, start } from '../../../src/components/meeting-circle/clock';

const T0 = Date.UTC(2026, 11, 3, 9, 0, 0);
const M = 60_000;

test('a clock message carries the clock fields only, and a copy of them', () => {
  let state = start(createClock(plannedFromShares(60)), T0);
  state = next(state, T0 + 5 * M);
  state = extend(state, 2, T0 + 6 * M);
  state = pause(state, T0 + 7 * M);
  const owned = { ...state, planId: 'plan-1', meetingId: 'meeting-1', personName: 'Anna' } as typeof state;
  const text = clockMessage(owned, T0 + 8 * M);
  assert.ok(!text.includes('plan-1') && !text.includes('meeting-1') && !text.includes('Anna'));
  const read = readClockMessage(text);
  assert.ok(read);
  assert.equal(read.sentAt, T0 + 8 * M);
  assert.deepEqual(read.clock, JSON.parse(JSON.stringify(state)));
  assert.equal((owned as unknown as { planId: string }).planId, 'plan-1', 'the input is not changed');
});

test('untrusted messages are refused without throwing', () => {
  for (const bad of [undefined, 42, '', 'not json', '{"v":2,"sentAt":1,"clock":{}}', '{"v":1,"sentAt":"x","clock":{}}', '{"v":1,"sentAt":1}', 'x'.repeat(300_000)]) {
    assert.equal(readClockMessage(bad), undefined, String(bad).slice(0, 30));
  }
});

test('join codes: random, no personal data, and only complete codes name a channel', () => {
  const a = newJoinCode();
  const b = newJoinCode();
  assert.notEqual(a.token, b.token);
  assert.ok(validCodePart(a.room) && validCodePart(a.token));
  assert.equal(channelName(a.room, a.token), `sip-meeting-circle.${a.room}.${a.token}`);
  assert.notEqual(channelName(a.room, a.token), channelName(a.room, b.token));
  assert.equal(channelName(a.room, undefined), undefined);
  assert.equal(channelName('short', a.token), undefined);
  assert.equal(channelName(a.room, 'has space in it'), undefined);
});

test('the join link keeps the code in the fragment and reads back', () => {
  const code = { room: 'abcdefgh', token: 'tok_en-1234567890' };
  const link = joinLink('https://example.org/meeting.html?page=follow#old', code);
  assert.equal(link, 'https://example.org/meeting.html?page=follow#room=abcdefgh&token=tok_en-1234567890');
  assert.deepEqual(readJoinLink(link), code);
  assert.deepEqual(readJoinLink('#room=abcdefgh&token=tok_en-1234567890'), code);
  assert.equal(readJoinLink('https://example.org/#room=abcdefgh'), undefined);
});

test('a follower sets its clock by the chair: the least delayed of its recent samples, from the second on', () => {
  const chairAhead = -90_000; // the follower's clock runs 90 s ahead of the chair's
  // Received 40 ms, 3 s (a message the transport kept) and 15 ms after they were sent.
  let samples: number[] = [];
  samples = addOffsetSample(samples, 1_000_000, 1_000_000 - chairAhead + 3_000);
  assert.equal(clockOffset(samples), 0, 'one sample may be a kept message of a chair that is gone');
  samples = addOffsetSample(samples, 1_010_000, 1_010_000 - chairAhead + 40);
  samples = addOffsetSample(samples, 1_020_000, 1_020_000 - chairAhead + 15);
  assert.equal(clockOffset(samples), chairAhead - 15);
  // The input is not changed; only the latest samples count.
  const before = [...samples];
  addOffsetSample(samples, 0, 0);
  assert.deepEqual(samples, before);
  for (let i = 0; i < OFFSET_SAMPLES; i++) samples = addOffsetSample(samples, 2_000_000 + i, 2_000_000 + i + 500);
  assert.equal(samples.length, OFFSET_SAMPLES);
  assert.equal(clockOffset(samples), -500, 'a device clock that was corrected is followed');
});
