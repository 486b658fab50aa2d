import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_DRAFT, draftOf, emptiedTexts, merged, textField, withDraft, withoutDraft } from '../../../src/components/smart-goal-editor/drafts';
import type { Goal } from '../../../src/model';

const goal: Goal = { id: 'g-1', horizon: 'long', text: 'Anna vill gå ut.', realistic: true };

test('a goal nobody typed in has the one empty draft and is shown as it is', () => {
  const drafts = new Map();
  assert.equal(draftOf(drafts, 'g-1'), NO_DRAFT);
  assert.equal(merged(drafts, goal), goal);
});

test('drafts change by new maps; the input map and goal are never changed', () => {
  const empty = new Map();
  const one = withDraft(empty, 'g-1', { text: 'Anna vill' });
  const two = withDraft(one, 'g-1', { measure: 'varje dag' });
  assert.equal(empty.size, 0);
  assert.deepEqual(draftOf(one, 'g-1'), { text: 'Anna vill' });
  assert.deepEqual(draftOf(two, 'g-1'), { text: 'Anna vill', measure: 'varje dag' });
  const shown = merged(two, goal);
  assert.deepEqual(shown, { ...goal, text: 'Anna vill', measure: 'varje dag' });
  assert.equal(goal.text, 'Anna vill gå ut.');
});

test('clearing fields drops the goal once nothing is left; clearing nothing keeps the same map', () => {
  const d = withDraft(new Map(), 'g-1', { text: 'x', note: 'y' });
  const a = withoutDraft(d, 'g-1', ['text']);
  assert.deepEqual(draftOf(a, 'g-1'), { note: 'y' });
  assert.equal(withoutDraft(a, 'g-1', ['note']).has('g-1'), false);
  assert.equal(withoutDraft(a, 'g-2', ['note']), a);
});

test('realistic: null clears the judgement in the shown goal', () => {
  const shown = merged(withDraft(new Map(), 'g-1', { realistic: null }), goal);
  assert.equal('realistic' in shown, false);
});

test('emptied texts: a goal whose typed text is blank', () => {
  const d = withDraft(new Map(), 'g-1', { text: '   ' });
  assert.deepEqual(emptiedTexts(d, [goal, { ...goal, id: 'g-2' }]), ['g-1']);
  assert.equal(textField('g-1'), 'g-1.text');
});
