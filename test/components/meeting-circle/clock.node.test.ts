import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  MEETING_PARTS,
  actualMinutes,
  clampDuration,
  createClock,
  end,
  extend,
  formatClock,
  next,
  normalizeShares,
  parseShares,
  pause,
  plannedFromMinutes,
  plannedFromShares,
  previous,
  readState,
  replan,
  reset,
  resume,
  start,
  toggle,
  view,
  type MeetingClockState,
} from '../../../src/components/meeting-circle/clock';

const S = 1000;
const M = 60 * S;
const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

/** A fake clock the tests move by hand. */
function fakeClock(at = T0) {
  let t = at;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
      return t;
    },
  };
}

const sixty = () => createClock(plannedFromShares(60));

describe('planning', () => {
  it('splits a meeting by the default shares 10/15/50/15/10 in whole minutes', () => {
    assert.deepEqual(plannedFromShares(60).map((ms) => ms / M), [6, 9, 30, 9, 6]);
    assert.deepEqual(plannedFromShares(90).map((ms) => ms / M), [9, 14, 44, 14, 9]);
    assert.deepEqual(plannedFromShares(120).map((ms) => ms / M), [12, 18, 60, 18, 12]);
  });

  it('always adds up to the meeting length, for any length and shares', () => {
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 180 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }), (minutes, raw) => {
        const shares = Object.fromEntries(MEETING_PARTS.map((p, i) => [p, raw[i]!]));
        const planned = plannedFromShares(minutes, shares);
        assert.equal(planned.reduce((a, b) => a + b, 0), minutes * M);
        assert.ok(planned.every((ms) => ms >= 0 && ms % M === 0));
      }),
    );
  });

  it('normalizes shares in percent or fractions and falls back to the defaults', () => {
    assert.deepEqual(normalizeShares({ opening: 1, situation: 1, needs: 2, summary: 0, closing: 0 }), { opening: 0.25, situation: 0.25, needs: 0.5, summary: 0, closing: 0 });
    assert.equal(normalizeShares({ opening: -5 } as never).needs, 0.5);
    assert.equal(normalizeShares(undefined).needs, 0.5);
  });

  it('reads shares from an attribute and rejects anything else', () => {
    assert.deepEqual(parseShares('10 20 40 20 10'), { opening: 10, situation: 20, needs: 40, summary: 20, closing: 10 });
    assert.deepEqual(parseShares('10%/20%/40%/20%/10%'), { opening: 10, situation: 20, needs: 40, summary: 20, closing: 10 });
    assert.equal(parseShares('10 20'), undefined);
    assert.equal(parseShares('a b c d e'), undefined);
    assert.equal(parseShares(null), undefined);
  });

  it('clamps the duration to 30–180 minutes, 60 when unreadable', () => {
    assert.equal(clampDuration('90'), 90);
    assert.equal(clampDuration(10), 30);
    assert.equal(clampDuration(500), 180);
    assert.equal(clampDuration('abc'), 60);
    assert.equal(clampDuration(undefined), 60);
  });

  it('takes minutes per part from an agenda', () => {
    assert.deepEqual(plannedFromMinutes({ opening: 5, needs: 20 }).map((ms) => ms / M), [5, 0, 20, 0, 0]);
  });
});

describe('the clock', () => {
  it('is idle until started and shows the whole plan', () => {
    const v = view(sixty(), T0);
    assert.equal(v.status, 'idle');
    assert.equal(v.part, 'opening');
    assert.equal(v.elapsed, 0);
    assert.equal(v.partRemaining, 6 * M);
    assert.equal(v.meetingRemaining, 60 * M);
    assert.equal(v.plannedEndAt, undefined);
  });

  it('three simulated hours of 250 ms ticks: zero drift', () => {
    const clock = fakeClock();
    const planned = plannedFromShares(180);
    let state = start(createClock(planned), clock.now());
    let v = view(state, clock.now());
    const ticks = (3 * 60 * M) / 250;
    for (let i = 0; i < ticks; i++) {
      clock.advance(250);
      v = view(state, clock.now());
      // Move on exactly when a part's time is up, as a punctual chair would.
      if (v.partRemaining <= 0 && v.index < MEETING_PARTS.length - 1) state = next(state, clock.now());
    }
    v = view(state, clock.now());
    assert.equal(v.elapsed, 3 * 60 * M);
    assert.equal(v.meetingRemaining, 0);
    assert.equal(v.part, 'closing');
    assert.deepEqual(v.spent, planned);
    assert.equal(formatClock(v.meetingRemaining), '0:00');
  });

  it('three hours with irregular (jittery, throttled) ticks: the same result as one look at the end', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 400 }), (gaps) => {
        const state = start(sixty(), T0);
        let t = T0;
        for (const g of gaps) {
          t += g;
          view(state, t); // looking must never change anything
        }
        assert.deepEqual(view(state, t), view(start(sixty(), T0), t));
        assert.equal(view(state, t).elapsed, t - T0);
      }),
    );
  });

  it('a hidden stretch: no ticks for 20 minutes → the right part and second at the next tick', () => {
    const clock = fakeClock();
    let state = start(sixty(), clock.now());
    for (let i = 0; i < 4 * 60 * 4; i++) clock.advance(250); // 4 minutes of ticks
    clock.advance(2 * M);
    state = next(state, clock.now()); // situation starts at 6:00
    clock.advance(3 * M + 17 * S + 400); // ticks until 9:17.4, then the tab is hidden
    clock.advance(20 * M); // nothing runs for 20 minutes
    const v = view(state, clock.now()); // the first tick after becoming visible
    assert.equal(v.part, 'situation');
    assert.equal(v.elapsed, 29 * M + 17 * S + 400);
    assert.equal(v.spent[1], 23 * M + 17 * S + 400);
    assert.equal(v.partOverrun, 14 * M + 17 * S + 400);
    assert.equal(formatClock(v.partRemaining, 'down'), '14:17');
    assert.equal(formatClock(v.meetingRemaining), '30:43');
  });

  it('a computer asleep while paused: pause time does not count', () => {
    let state = start(sixty(), T0);
    state = pause(state, T0 + 2 * M);
    let v = view(state, T0 + 8 * 3600 * S);
    assert.equal(v.status, 'paused');
    assert.equal(v.elapsed, 2 * M);
    state = resume(state, T0 + 8 * 3600 * S);
    v = view(state, T0 + 8 * 3600 * S + 30 * S);
    assert.equal(v.status, 'running');
    assert.equal(v.elapsed, 2 * M + 30 * S);
    assert.equal(v.pausedTotal, 8 * 3600 * S - 2 * M);
  });

  it('pause and resume: time stands still while paused and the end moves later', () => {
    let state = start(sixty(), T0);
    state = toggle(state, T0 + 60 * S); // pause at 1:00
    assert.equal(view(state, T0 + 5 * M).elapsed, 60 * S);
    assert.equal(view(state, T0 + 5 * M).partRemaining, 5 * M);
    state = toggle(state, T0 + 5 * M); // resume after 4 minutes
    const v = view(state, T0 + 6 * M);
    assert.equal(v.elapsed, 2 * M);
    assert.equal(v.pausedTotal, 4 * M);
    assert.equal(v.plannedEndAt, T0 + 60 * M);
    assert.equal(v.projectedEndAt, T0 + 64 * M);
    // pausing twice or resuming a running clock changes nothing
    assert.equal(resume(state, T0 + 7 * M), state);
    const paused = pause(state, T0 + 7 * M);
    assert.equal(pause(paused, T0 + 8 * M), paused);
  });

  it('next and previous: time spent adds up per part; a revisited part continues its count', () => {
    let state = start(sixty(), T0);
    state = next(state, T0 + 5 * M); // opening 5 min
    state = next(state, T0 + 15 * M); // situation 10 min (1 over)
    state = previous(state, T0 + 16 * M); // back from needs to situation
    let v = view(state, T0 + 16 * M);
    assert.equal(v.part, 'situation');
    assert.deepEqual(v.spent.map((ms) => ms / M), [5, 10, 1, 0, 0]);
    state = previous(state, T0 + 17 * M);
    state = previous(state, T0 + 18 * M);
    v = view(state, T0 + 18 * M);
    assert.equal(v.part, 'opening');
    assert.equal(previous(state, T0 + 19 * M), state, 'no part before the first');
    assert.deepEqual(v.spent.map((ms) => ms / M), [6, 11, 1, 0, 0]);
    assert.equal(v.elapsed, 18 * M);
    assert.equal(v.spent.reduce((a, b) => a + b, 0), v.elapsed);
  });

  it('next on the last part ends the meeting; the view freezes at the end', () => {
    let state = start(sixty(), T0);
    for (let i = 1; i < 5; i++) state = next(state, T0 + i * 10 * M);
    assert.equal(view(state, T0 + 45 * M).part, 'closing');
    state = next(state, T0 + 58 * M);
    const v = view(state, T0 + 5 * 3600 * S);
    assert.equal(v.status, 'ended');
    assert.equal(v.elapsed, 58 * M);
    assert.equal(v.projectedEndAt, T0 + 58 * M);
    assert.deepEqual(actualMinutes(v), { opening: 10, situation: 10, needs: 10, summary: 10, closing: 18 });
    assert.equal(next(state, T0 + 6 * 3600 * S), state);
    assert.equal(extend(state, 5, T0 + 6 * 3600 * S), state);
  });

  it('extend +1 / +5 lengthens the current part and the meeting; later parts keep their time', () => {
    let state = start(sixty(), T0);
    state = next(state, T0 + 6 * M);
    state = next(state, T0 + 15 * M); // needs, 30 min planned
    state = extend(state, 5, T0 + 40 * M);
    state = extend(state, 1, T0 + 41 * M);
    const v = view(state, T0 + 42 * M);
    assert.equal(v.planned[2], 36 * M);
    assert.equal(v.basePlanned[2], 30 * M);
    assert.equal(v.planned[3], 9 * M);
    assert.equal(v.meetingPlanned, 66 * M);
    assert.equal(v.extendedTotal, 6 * M);
    assert.equal(v.partRemaining, 9 * M);
    assert.equal(v.meetingRemaining, 24 * M);
    assert.equal(v.plannedEndAt, T0 + 60 * M, 'the booked end stays');
    assert.equal(v.projectedEndAt, T0 + 66 * M, 'the expected end moves by the extension');
    assert.equal(view(extend(sixty(), 5, T0), T0).extendedTotal, 0);
  });

  it('overrun per part and for the meeting', () => {
    let state = start(sixty(), T0);
    let v = view(state, T0 + 6 * M);
    assert.equal(v.partRemaining, 0);
    assert.equal(v.partOverrun, 0);
    v = view(state, T0 + 6 * M + 1);
    assert.equal(v.partOverrun, 1);
    assert.equal(formatClock(v.partRemaining, 'down'), '0:00');
    v = view(state, T0 + 8 * M + 30 * S);
    assert.equal(v.partOverrun, 2 * M + 30 * S);
    assert.equal(v.meetingOverrun, 0);
    assert.equal(v.projectedEndAt, T0 + 8 * M + 30 * S + 54 * M, 'running over pushes the expected end');
    state = next(state, T0 + 10 * M);
    v = view(state, T0 + 10 * M);
    assert.equal(v.partOverrun, 0, 'the next part starts with its full time');
    assert.equal(v.partRemaining, 9 * M);
    v = view(state, T0 + 75 * M);
    assert.equal(v.meetingOverrun, 15 * M);
    assert.equal(v.progress, 1);
  });

  it('countdown seconds: never 0:00 while time remains', () => {
    assert.equal(formatClock(1), '0:01');
    assert.equal(formatClock(59_001), '1:00');
    assert.equal(formatClock(0), '0:00');
    assert.equal(formatClock(-999, 'down'), '0:00');
    assert.equal(formatClock(-61_000, 'down'), '1:01');
    assert.equal(formatClock(3 * 3600 * S), '3:00:00');
  });

  it('reset and replan keep the plan, forget the meeting', () => {
    let state = start(sixty(), T0);
    state = extend(state, 5, T0 + M);
    const r = reset(state);
    assert.equal(view(r, T0 + 10 * M).status, 'idle');
    assert.equal(view(r, T0).meetingPlanned, 60 * M);
    const longer = replan(state, plannedFromShares(90));
    assert.equal(view(longer, T0 + 2 * M).meetingPlanned, 95 * M);
    assert.equal(replan(state, plannedFromShares(60)), state, 'same plan: same object');
  });

  it('never mutates its input', () => {
    const frozen = (s: MeetingClockState) => Object.freeze({ ...s, pauses: Object.freeze(s.pauses.slice()), marks: Object.freeze(s.marks.slice()), extensions: Object.freeze(s.extensions.slice()) }) as MeetingClockState;
    let s = frozen(start(sixty(), T0));
    s = frozen(pause(s, T0 + M));
    s = frozen(resume(s, T0 + 2 * M));
    s = frozen(next(s, T0 + 3 * M));
    s = frozen(extend(s, 1, T0 + 4 * M));
    s = frozen(previous(s, T0 + 5 * M));
    s = frozen(end(s, T0 + 6 * M));
    assert.equal(view(s, T0 + 7 * M).status, 'ended');
  });

  it('any sequence of actions: time adds up and never runs backwards', () => {
    const action = fc.record({
      kind: fc.constantFrom('toggle', 'next', 'previous', 'extend1', 'extend5', 'end'),
      gap: fc.integer({ min: 0, max: 20 * M }),
    });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        let state = start(sixty(), T0);
        let t = T0;
        let lastElapsed = 0;
        for (const a of actions) {
          t += a.gap;
          const before = view(state, t);
          assert.ok(before.elapsed >= lastElapsed);
          lastElapsed = before.elapsed;
          if (a.kind === 'toggle') state = toggle(state, t);
          else if (a.kind === 'next') state = next(state, t);
          else if (a.kind === 'previous') state = previous(state, t);
          else if (a.kind === 'extend1') state = extend(state, 1, t);
          else if (a.kind === 'extend5') state = extend(state, 5, t);
          else state = end(state, t);
          const v = view(state, t);
          assert.equal(v.spent.reduce((x, y) => x + y, 0), v.elapsed);
          assert.equal(v.elapsed + v.pausedTotal, v.status === 'ended' ? state.endedAt! - T0 : t - T0);
          assert.equal(v.meetingPlanned, 60 * M + v.extendedTotal);
          // A state survives JSON (storage) unchanged.
          assert.deepEqual(readState(JSON.stringify(state)), JSON.parse(JSON.stringify(state)));
        }
      }),
    );
  });
});

describe('stored state', () => {
  it('restores a running meeting from JSON and keeps counting from the timestamps', () => {
    let state = start(sixty(), T0);
    state = next(state, T0 + 6 * M);
    const restored = readState(JSON.stringify(state))!;
    assert.deepEqual(view(restored, T0 + 20 * M), view(state, T0 + 20 * M));
  });

  it('rejects anything that is not a clock state, without throwing', () => {
    for (const bad of ['', 'null', '{', '[]', '{"version":2}', JSON.stringify({ version: 1, planned: [], pauses: [{ from: 'x' }], marks: [], extensions: [] }), JSON.stringify({ version: 1, planned: [], pauses: [], marks: [{ at: 1, part: '<script>' }], extensions: [] }), 42, null, undefined]) {
      assert.equal(readState(bad), undefined, String(bad));
    }
  });
});
