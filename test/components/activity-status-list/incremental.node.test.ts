import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FIRST_ROWS, nextStep, RowBudget, STEP_TARGET_MS } from '../../../src/components/activity-status-list/incremental';

/** A host that counts update requests (enough for the controller's bookkeeping). */
function host(): ReactiveControllerHost & { requests: number } {
  return {
    requests: 0,
    addController(_c: ReactiveController) {},
    removeController() {},
    requestUpdate() {
      this.requests++;
    },
    updateComplete: Promise.resolve(true),
  };
}

describe('incremental rendering of a long list', () => {
  it('sizes the next step to the target time at the last step\'s pace, within bounds', () => {
    assert.equal(nextStep(100, STEP_TARGET_MS), 100);
    assert.equal(nextStep(100, STEP_TARGET_MS * 2), 50);
    assert.equal(nextStep(50, STEP_TARGET_MS / 4), 200);
    assert.equal(nextStep(100, 10_000), 10);
    assert.equal(nextStep(500, 0.001), 1000);
    assert.equal(nextStep(0, 5), 10);
  });

  it('renders the first rows, is busy while more are to come, and starts over on reset', () => {
    const h = host();
    const budget = new RowBudget(h);
    budget.setTotal(30);
    assert.equal(budget.limit, FIRST_ROWS);
    assert.equal(budget.busy, false);
    budget.setTotal(5000);
    assert.equal(budget.busy, true);
    budget.limit = 3000;
    budget.reset();
    assert.equal(budget.limit, FIRST_ROWS);
  });

  it('reveals a row beyond the limit at once (a row that is to take focus), and asks for a render', () => {
    const h = host();
    const budget = new RowBudget(h);
    budget.setTotal(5000);
    budget.reveal(10);
    assert.equal(budget.limit, FIRST_ROWS);
    assert.equal(h.requests, 0);
    budget.reveal(4321);
    assert.equal(budget.limit, 4322);
    assert.equal(h.requests, 1);
  });
});
