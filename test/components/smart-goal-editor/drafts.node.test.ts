import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_DRAFT, draftOf, emptiedTexts, merged, notesWithoutOutcome, textField, withDraft, withoutDraft } from '../../../src/components/smart-goal-editor/drafts';
import { savedValue, withDrafts } from '../../../src/components/smart-goal-editor/pending';
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

test('savedValue: what leaving a field saves (trimmed text, removed fields, dates that wait)', () => {
  assert.equal(savedValue('text', '  Anna vill gå ut. '), 'Anna vill gå ut.');
  assert.equal(savedValue('text', '   '), undefined, 'an emptied goal text keeps the old one');
  assert.equal(savedValue('measure', ''), null);
  assert.equal(savedValue('measure', ' varje dag'), ' varje dag');
  assert.equal(savedValue('targetDate', ' 2027-05-31 '), '2027-05-31');
  assert.equal(savedValue('targetDate', '2027-02-30'), undefined, 'not a date: waits as typed');
  assert.equal(savedValue('acceptedAt', ''), null);
});

test('withDrafts: the goals as saving everything typed would leave them; inputs unchanged', () => {
  const goals: Goal[] = [
    { ...goal, measure: 'förut', 'x-host': 1 } as Goal,
    { id: 'g-2', horizon: 'short', text: 'Anna vill sova.', achievement: { value: 'reached', at: '2026-11-01', followUpId: 'f-1' } },
    { id: 'g-3', horizon: 'short', text: 'Anna vill läsa.' },
  ];
  const snapshot = JSON.stringify(goals);
  let drafts = withDraft(new Map(), 'g-1', { text: ' Anna vill gå ut själv. ', measure: '', targetDate: '2027-13-01', realistic: null });
  drafts = withDraft(drafts, 'g-2', { achievement: 'partly', note: 'Bättre' });
  drafts = withDraft(drafts, 'g-3', { note: 'Ingen bedömning än' });
  drafts = withDraft(drafts, 'goal-4', { text: 'Anna vill laga mat.', targetDate: '2027-01-31' });
  const out = withDrafts(goals, drafts, { id: 'goal-4', horizon: 'long' }, '2026-11-22');
  assert.deepEqual(out, [
    { id: 'g-1', horizon: 'long', text: 'Anna vill gå ut själv.', 'x-host': 1 },
    { id: 'g-2', horizon: 'short', text: 'Anna vill sova.', achievement: { value: 'partly', at: '2026-11-22', followUpId: 'f-1', note: 'Bättre' } },
    { id: 'g-3', horizon: 'short', text: 'Anna vill läsa.' },
    { id: 'goal-4', horizon: 'long', text: 'Anna vill laga mat.', targetDate: '2027-01-31' },
  ]);
  assert.equal(JSON.stringify(goals), snapshot);
  assert.equal(withDrafts(goals, new Map(), undefined, '2026-11-22'), goals, 'nothing typed: the same list');
  assert.deepEqual(notesWithoutOutcome(drafts, goals), ['g-3']);
});
