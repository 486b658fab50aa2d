import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildListView, createListViewCache, DEFAULT_QUERY, dueState, orderGoals, parseGroupBy, parseSortBy, parseStatus, principalKey, type ListQuery } from '../../../src/components/activity-status-list/list-view';
import { changeActivityStatus, commentActivity, editActivity, isOverdue, parsePlan, type OpResult, type SipPlan } from '../../../src/model';
import { largePlan, NOW, smallPlan } from './fixtures';

const q = (over: Partial<ListQuery> = {}): ListQuery => ({ ...DEFAULT_QUERY, ...over });
const ids = (plan: SipPlan, query: ListQuery) =>
  buildListView(plan, query, { now: NOW, isOverdue }).groups.map((g) => [g.key, g.rows.map((r) => r.activity.id)]);

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

describe('activity list view', () => {
  it('groups by principal by default: region, municipality, others; sorted by due date', () => {
    assert.deepEqual(ids(smallPlan(), q()), [
      ['principal:region|Region Västmanland', ['a-1']],
      ['principal:municipality|Västerås stad', ['a-4', 'a-2', 'a-5']],
      ['principal:other:individual', ['a-3']],
    ]);
  });

  it('groups by goal (long before its short goals; an activity under each of its goals; no-goal last)', () => {
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'goal' })), [
      ['goal:g-1', ['a-1', 'a-2']],
      ['goal:g-2', ['a-2', 'a-5', 'a-3']],
      ['goal:', ['a-4']],
    ]);
    // Distinct activities are counted once.
    assert.equal(buildListView(smallPlan(), q({ groupBy: 'goal' }), { now: NOW, isOverdue }).shown, 5);
  });

  it('groups none, sorted by title (Swedish collation) and by status', () => {
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', sortBy: 'title' })), [['all', ['a-4', 'a-5', 'a-2', 'a-1', 'a-3']]]);
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', sortBy: 'status' })), [['all', ['a-1', 'a-3', 'a-2', 'a-5', 'a-4']]]);
  });

  it('filters by status, principal, person, overdue, and combines them', () => {
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', status: 'planned' })), [['all', ['a-1', 'a-3']]]);
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', principal: 'municipality|Västerås stad' })), [['all', ['a-4', 'a-2', 'a-5']]]);
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', person: 'Omar Said' })), [['all', ['a-4', 'a-2']]]);
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', overdue: true })), [['all', ['a-1']]]);
    assert.deepEqual(ids(smallPlan(), q({ person: 'Omar Said', status: 'done' })), [['principal:municipality|Västerås stad', ['a-4']]]);
    assert.deepEqual(ids(smallPlan(), q({ status: 'cancelled' })), []);
  });

  it('searches every word in title, people, units, frequency and goal texts, case-insensitively', () => {
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', search: 'HEMTJÄNST' })), [['all', ['a-2']]]);
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', search: 'söndag jonas' })), [['all', ['a-3']]]);
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', search: 'bo kvar' })), [['all', ['a-1', 'a-2']]]);
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', search: 'zzz' })), []);
    assert.deepEqual(ids(smallPlan(), q({ groupBy: 'none', search: '   ' })).length, 1);
  });

  it('counts per status, per principal, overdue and due soon, over the whole plan', () => {
    const v = buildListView(smallPlan(), q({ status: 'done' }), { now: NOW, isOverdue });
    assert.deepEqual(v.statusCounts, { planned: 2, ongoing: 1, done: 1, paused: 1, cancelled: 0 });
    assert.deepEqual(v.principals.map((p) => [p.key, p.count]), [
      ['region|Region Västmanland', 1],
      ['municipality|Västerås stad', 3],
      ['other:individual', 1],
    ]);
    assert.deepEqual(v.persons, ['Anna Ek', 'Jonas Berg', 'Lisa Holm', 'Omar Said']);
    assert.equal(v.total, 5);
    assert.equal(v.shown, 1);
    assert.equal(v.overdueCount, 1);
    assert.equal(v.soonCount, 1);
  });

  it('marks overdue and due soon relative to now; done and cancelled are never overdue', () => {
    const a = smallPlan().activities;
    assert.deepEqual(dueState(a[0]!, NOW, isOverdue), { due: 'overdue', daysLeft: -7 });
    assert.deepEqual(dueState(a[1]!, NOW, isOverdue), { due: 'soon', daysLeft: 3 });
    assert.deepEqual(dueState(a[1]!, NOW, isOverdue, 2), { due: 'none', daysLeft: 3 });
    assert.deepEqual(dueState(a[2]!, NOW, isOverdue), { due: 'none', daysLeft: undefined });
    assert.equal(dueState(a[3]!, NOW, isOverdue).due, 'none');
    assert.equal(dueState({ ...a[1]!, due: '2026-11-22' }, NOW, isOverdue).due, 'soon');
    assert.equal(dueState({ ...a[1]!, due: '2026-11-21' }, NOW, isOverdue).due, 'overdue');
    assert.equal(dueState(a[0]!, '2026-11-01T00:00:00Z', isOverdue).due, 'none');
  });

  it('never touches the plan (deep-frozen input)', () => {
    const plan = deepFreeze(smallPlan());
    for (const groupBy of ['principal', 'goal', 'none'] as const)
      for (const sortBy of ['due', 'status', 'title'] as const) assert.doesNotThrow(() => buildListView(plan, q({ groupBy, sortBy, search: 'a' }), { now: NOW, isOverdue }));
  });

  it('keys principals stably', () => {
    assert.equal(principalKey({ kind: 'region' }), 'region');
    assert.equal(principalKey({ kind: 'other', other: 'school', name: 'Skolan' }), 'other:school|Skolan');
    assert.equal(principalKey(undefined), 'none');
  });

  it('orders goals long then short, orphans kept', () => {
    const goals = [
      { id: 's', horizon: 'short' as const, parentId: 'l', text: 's' },
      { id: 'x', horizon: 'short' as const, text: 'x' },
      { id: 'l', horizon: 'long' as const, text: 'l' },
    ];
    assert.deepEqual(orderGoals(goals).map((g) => g.id), ['x', 'l', 's']);
  });

  it('parses attribute values with safe defaults', () => {
    assert.equal(parseGroupBy('goal'), 'goal');
    assert.equal(parseGroupBy('nonsense'), 'principal');
    assert.equal(parseSortBy('title'), 'title');
    assert.equal(parseSortBy(undefined), 'due');
    assert.equal(parseStatus('done'), 'done');
    assert.equal(parseStatus('x'), '');
  });

  // Speed is measured by `npm run bench`, not asserted here (timings flake on a loaded machine).
  it('handles 1,000 activities', () => {
    const plan = largePlan(1000);
    const v = buildListView(plan, q({ search: 'insats 1' }), { now: NOW, isOverdue });
    assert.equal(v.total, 1000);
    assert.ok(v.shown > 100);
  });
});

describe('list view cache (a large plan re-derives only what changed)', () => {
  const ctx = { by: 'Karin Lind', now: NOW };
  const opts = { now: NOW, isOverdue };
  const order = (plan: SipPlan, query: ListQuery, cache = createListViewCache()) => buildListView(plan, query, opts, cache).groups.map((g) => g.rows.map((r) => r.activity.id));

  it('gives the same view as without a cache, for every grouping and order', () => {
    const plan = largePlan(60);
    const cache = createListViewCache();
    for (const groupBy of ['principal', 'goal', 'none'] as const)
      for (const sortBy of ['due', 'status', 'title'] as const) {
        const query = q({ groupBy, sortBy });
        assert.deepEqual(buildListView(plan, query, opts, cache), buildListView(plan, query, opts));
      }
  });

  it('keeps the rows of unchanged activities after a status change, and the same view for the same input', () => {
    const plan = deepFreeze(largePlan(40, 'active'));
    const cache = createListViewCache();
    const before = buildListView(plan, q({ groupBy: 'none' }), opts, cache);
    assert.equal(buildListView(plan, q({ groupBy: 'none' }), opts, cache), before);
    const changed = changeActivityStatus(plan, { type: 'changeActivityStatus', activityId: 'act-1', to: 'ongoing' }, ctx);
    assert.ok(changed.ok);
    const after = buildListView(changed.plan, q({ groupBy: 'none' }), opts, cache);
    const rowOf = (view: typeof before, id: string) => view.groups[0]!.rows.find((r) => r.activity.id === id)!;
    assert.equal(rowOf(after, 'act-2'), rowOf(before, 'act-2'));
    assert.notEqual(rowOf(after, 'act-1'), rowOf(before, 'act-1'));
    assert.equal(rowOf(after, 'act-1').activity.status, 'ongoing');
    assert.equal(after.statusCounts.ongoing, before.statusCounts.ongoing + 1);
    assert.equal(after.statusCounts.planned, before.statusCounts.planned - 1);
    // Grouped by principal, the groups without the changed activity are kept as they were.
    const grouped = createListViewCache();
    const g1 = buildListView(plan, q(), opts, grouped);
    const g2 = buildListView(changed.plan, q(), opts, grouped);
    const kept = g2.groups.filter((g, i) => g === g1.groups[i]).map((g) => g.key);
    assert.deepEqual(kept, ['principal:municipality|Västerås stad', 'principal:other:individual']);
  });

  it('sorts a renamed activity by its new title', () => {
    const plan = smallPlan();
    const cache = createListViewCache();
    const query = q({ groupBy: 'none', sortBy: 'title' });
    assert.deepEqual(order(plan, query, cache), [['a-4', 'a-5', 'a-2', 'a-1', 'a-3']]);
    const renamed = editActivity(plan, { type: 'editActivity', activityId: 'a-3', patch: { title: 'Aktivitet med son' } }, ctx);
    assert.ok(renamed.ok);
    assert.deepEqual(order(renamed.plan, query, cache), [['a-3', 'a-4', 'a-5', 'a-2', 'a-1']]);
  });

  it('patches or rebuilds: after every kind of edit, under every query, the same view as built afresh', () => {
    const parsed = parsePlan(largePlan(30, 'draft'));
    assert.ok(parsed.ok);
    let plan = parsed.plan;
    const step = (r: OpResult) => {
      assert.ok(r.ok, r.ok ? '' : r.error.message);
      plan = r.plan;
    };
    const edits: ((p: SipPlan) => OpResult)[] = [
      (p) => changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'act-1', to: 'ongoing' }, ctx),
      (p) => commentActivity(p, { type: 'commentActivity', activityId: 'act-2', note: 'Bra' }, ctx),
      (p) => changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'act-1', to: 'done' }, ctx),
      (p) => editActivity(p, { type: 'editActivity', activityId: 'act-3', patch: { description: 'Ny text' } }, ctx),
      (p) => editActivity(p, { type: 'editActivity', activityId: 'act-4', patch: { due: '2026-12-31' } }, ctx),
      (p) => editActivity(p, { type: 'editActivity', activityId: 'act-5', patch: { title: 'Aaa först' } }, ctx),
      (p) => editActivity(p, { type: 'editActivity', activityId: 'act-6', patch: { goalIds: ['g-1', 'g-2'] } }, ctx),
      (p) => editActivity(p, { type: 'editActivity', activityId: 'act-7', patch: { responsible: { principal: { kind: 'region', name: 'Region Västmanland' }, personName: 'Ny Person' } } }, ctx),
      (p) => changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'act-11', to: 'ongoing' }, ctx),
    ];
    const queries: ListQuery[] = [
      q(),
      q({ groupBy: 'goal', sortBy: 'status' }),
      q({ groupBy: 'none', sortBy: 'title', status: 'ongoing' }),
      q({ overdue: true }),
      q({ search: 'insats 1' }),
      q({ person: 'Person 3', groupBy: 'none' }),
    ];
    const caches = queries.map(() => createListViewCache());
    for (const edit of [undefined, ...edits]) {
      if (edit) step(edit(plan));
      queries.forEach((query, i) => assert.deepEqual(buildListView(plan, query, opts, caches[i]), buildListView(plan, query, opts), `${query.groupBy}/${query.sortBy}`));
    }
  });

  it('derives due states again on another day', () => {
    const plan = smallPlan();
    const cache = createListViewCache();
    const today = buildListView(plan, q({ groupBy: 'none' }), opts, cache);
    const later = buildListView(plan, q({ groupBy: 'none' }), { ...opts, now: '2026-11-30T09:00:00Z' }, cache);
    const due = (view: typeof today, id: string) => view.groups[0]!.rows.find((r) => r.activity.id === id)!.due;
    assert.equal(due(today, 'a-2'), 'soon');
    assert.equal(due(later, 'a-2'), 'overdue');
  });
});
