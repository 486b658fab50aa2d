import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClock, next, plannedFromShares, start, extend } from '../../../src/components/meeting-circle/clock';
import { MAX_ENTRIES, belongsTo, readMeetingState, usableTime, withOwner } from '../../../src/components/meeting-circle/state';

const M = 60_000;
const T0 = Date.UTC(2026, 10, 22, 8, 0, 0);
const running = () => next(start(createClock(plannedFromShares(60)), T0), T0 + 6 * M);
const A = { planId: 'plan-a', meetingId: 'meeting-1' };
const B = { planId: 'plan-b', meetingId: 'meeting-1' };

describe('readMeetingState', () => {
  it('reads a state of the meeting shown, as JSON or object, with its owner', () => {
    const stored = JSON.stringify(withOwner(running(), A));
    const r = readMeetingState(stored, A);
    assert.equal(r.ok, true);
    assert.ok(r.ok);
    assert.deepEqual(r.owner, A);
    assert.equal(r.state.marks.length, 2);
    assert.equal(readMeetingState(JSON.parse(stored), A).ok, true);
  });

  it('never applies a started state of another plan or meeting, nor an unowned one where a plan is shown', () => {
    const stored = withOwner(running(), A);
    assert.deepEqual(readMeetingState(stored, B), { ok: false, reason: 'other-meeting' });
    assert.deepEqual(readMeetingState(stored, { planId: 'plan-a', meetingId: 'meeting-2' }), { ok: false, reason: 'other-meeting' });
    assert.deepEqual(readMeetingState(running(), A), { ok: false, reason: 'other-meeting' });
    // Without a plan, a state of a plan's meeting is not this circle's either.
    assert.deepEqual(readMeetingState(stored, {}), { ok: false, reason: 'other-meeting' });
    assert.equal(readMeetingState(running(), {}).ok, true);
    // An idle state carries no time: harmless anywhere.
    assert.equal(readMeetingState(withOwner(createClock(plannedFromShares(60)), A), B).ok, true);
  });

  it('refuses out-of-range times and durations (ms: 1e16) instead of passing them to the view', () => {
    const huge = { ...running(), extensions: [{ at: T0 + M, part: 'opening', ms: 1e16 }] };
    assert.deepEqual(readMeetingState(huge, {}), { ok: false, reason: 'out-of-range' });
    assert.deepEqual(readMeetingState({ ...running(), startedAt: 1e16 }, {}), { ok: false, reason: 'out-of-range' });
    assert.deepEqual(readMeetingState({ ...running(), planned: [1e16, 1, 1, 1, 1] }, {}), { ok: false, reason: 'out-of-range' });
    assert.deepEqual(readMeetingState({ ...running(), endedAt: T0 - M }, {}), { ok: false, reason: 'out-of-range' });
    assert.deepEqual(readMeetingState({ ...running(), pauses: [{ from: -5 }] }, {}), { ok: false, reason: 'out-of-range' });
    let many = running();
    for (let i = 0; i < 30; i++) many = extend(many, 60, T0 + 7 * M);
    assert.deepEqual(readMeetingState(many, {}), { ok: false, reason: 'out-of-range' });
  });

  it('refuses a state with more entries than a meeting has (20,000 marks), before walking them', () => {
    const marks = Array.from({ length: 20_000 }, (_, i) => ({ at: T0 + i, part: 'opening' }));
    assert.deepEqual(readMeetingState({ ...running(), marks }, {}), { ok: false, reason: 'too-large' });
    assert.deepEqual(readMeetingState(JSON.stringify({ ...running(), marks }), {}), { ok: false, reason: 'too-large' });
    const atLimit = Array.from({ length: MAX_ENTRIES }, (_, i) => ({ at: T0 + i, part: 'opening' }));
    assert.equal(readMeetingState({ ...running(), marks: atLimit }, {}).ok, true);
  });

  it('tells corrupt from empty, and never throws', () => {
    assert.deepEqual(readMeetingState(null, {}), { ok: false, reason: 'empty' });
    assert.deepEqual(readMeetingState('', {}), { ok: false, reason: 'empty' });
    assert.deepEqual(readMeetingState('{not json', {}), { ok: false, reason: 'corrupt' });
    assert.deepEqual(readMeetingState({ version: 2 }, {}), { ok: false, reason: 'corrupt' });
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    assert.deepEqual(readMeetingState(hostile, {}), { ok: false, reason: 'corrupt' });
  });

  it('does not change its input; withOwner returns a new object', () => {
    const state = Object.freeze(running());
    const owned = withOwner(state, A);
    assert.notEqual(owned, state);
    assert.equal((state as { planId?: string }).planId, undefined);
    assert.equal(owned.planId, 'plan-a');
  });
});

describe('belongsTo and usableTime', () => {
  it('matches plan and meeting; without a plan only unowned states', () => {
    assert.equal(belongsTo(A, A), true);
    assert.equal(belongsTo(A, B), false);
    assert.equal(belongsTo({}, {}), true);
    assert.equal(belongsTo(A, {}), false);
  });

  it('takes only a finite time a Date can hold', () => {
    assert.equal(usableTime(T0), T0);
    for (const bad of [Number.NaN, Infinity, 1e16, '5', undefined, null]) assert.equal(usableTime(bad), undefined);
  });
});
