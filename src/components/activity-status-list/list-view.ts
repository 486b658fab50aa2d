/**
 * The pure logic of `<sip-activity-status-list>`: which activities show, in which groups and
 * order, with which counts and due markers. No DOM, no localization (labels are keys the
 * element translates), so it is tested in Node and reused by the benchmark.
 */
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../model/constants';
import type { Activity, Goal, Principal, SipPlan } from '../../model/schema';

/** The model's overdue rule (`isOverdue` in model/operations/activities), passed in so this module stays free of the operations. */
export type OverdueRule = (activity: Activity, now: string) => boolean;

import type { GroupBy, SortBy } from './query';
export * from './query';

/** Lifecycle order used by "sort by status" and by the counters. */
export const STATUS_ORDER: readonly ActivityStatus[] = ['planned', 'ongoing', 'paused', 'done', 'cancelled'];

/** What the user asked to see. Empty strings mean "no filter". */
export interface ListQuery {
  groupBy: GroupBy;
  sortBy: SortBy;
  /** One status, or '' for all. */
  status: ActivityStatus | '';
  /** A principal key (see `principalKey`), or '' for all. */
  principal: string;
  /** A responsible person's name, or '' for all. */
  person: string;
  /** Only overdue activities. */
  overdue: boolean;
  /** Free text; every word must occur somewhere in the activity. */
  search: string;
}

export const DEFAULT_QUERY: ListQuery = { groupBy: 'principal', sortBy: 'due', status: '', principal: '', person: '', overdue: false, search: '' };

export type DueState = 'overdue' | 'soon' | 'none';

/** One activity as the list shows it. */
export interface ActivityRow {
  activity: Activity;
  principalKey: string;
  due: DueState;
  /** Whole days from today to the due date (negative when overdue); undefined without a due date. */
  daysLeft: number | undefined;
  goals: Goal[];
}

export interface ListGroup {
  /** `principal:<key>`, `goal:<id>`, `goal:` (no goal) or `all`. */
  key: string;
  kind: 'principal' | 'goal' | 'noGoal' | 'all';
  /** The principal (for principal groups). */
  principal?: Principal;
  /** The goal (for goal groups). */
  goal?: Goal;
  rows: ActivityRow[];
}

export interface PrincipalInfo {
  key: string;
  principal: Principal;
  count: number;
}

export interface ListView {
  groups: ListGroup[];
  /** Activities in the plan. */
  total: number;
  /** Distinct activities that pass the filters. */
  shown: number;
  /** Counts per status over the whole plan (every status present, 0 when none). */
  statusCounts: Record<ActivityStatus, number>;
  /** Principals in the plan's activities with their counts, in display order. */
  principals: PrincipalInfo[];
  /** Responsible persons' names, sorted. */
  persons: string[];
  overdueCount: number;
  soonCount: number;
}

/** Stable key of a principal: `region`, `municipality` or `other:<which>`; a name refines it. */
export function principalKey(principal: Principal | undefined): string {
  if (!principal) return 'none';
  const base = principal.kind === 'other' ? `other:${principal.other ?? 'other'}` : principal.kind;
  return principal.name ? `${base}|${principal.name}` : base;
}

const KIND_ORDER: Record<string, number> = { region: 0, municipality: 1, other: 2 };

function principalRank(p: Principal | undefined): number {
  return p ? (KIND_ORDER[p.kind] ?? 3) : 4;
}

const DAY = 86_400_000;

function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY);
}

/** Whether the activity still runs (can be overdue or due soon). */
export function isOpen(status: ActivityStatus): boolean {
  return status === 'planned' || status === 'ongoing' || status === 'paused';
}

/** Overdue, due within `soonDays` days (today included), or neither; relative to `now`. */
export function dueState(activity: Activity, now: string, isOverdue: OverdueRule, soonDays = 7): { due: DueState; daysLeft: number | undefined } {
  if (!activity.due) return { due: 'none', daysLeft: undefined };
  const daysLeft = dayNumber(activity.due) - dayNumber(now);
  if (isOverdue(activity, now)) return { due: 'overdue', daysLeft };
  if (isOpen(activity.status) && daysLeft >= 0 && daysLeft <= soonDays) return { due: 'soon', daysLeft };
  return { due: 'none', daysLeft };
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

/** Lower-cased text the search looks in. */
export function searchText(activity: Activity, goals: readonly Goal[]): string {
  const r = activity.responsible;
  return [
    activity.title,
    activity.description,
    activity.frequency,
    r.unit,
    r.personName,
    r.principal?.name,
    activity.performer?.name,
    ...goals.map((g) => g.text),
  ]
    .filter((s): s is string => typeof s === 'string' && s !== '')
    .join('\n')
    .toLocaleLowerCase();
}

/** Splits a search into lower-cased words. */
export function searchWords(search: string): string[] {
  return search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** Titles in collation order, as ranks: comparing two numbers is much cheaper than `Intl.Collator.compare`. */
function titleRanks(titles: Iterable<string>, cmp: Intl.Collator): Map<string, number> {
  const sorted = [...new Set(titles)].sort((a, b) => cmp.compare(a, b));
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((t, i) => {
    // Titles the collator calls equal ("Dagverksamhet" / "dagverksamhet") share a rank.
    if (i > 0 && cmp.compare(sorted[i - 1]!, t) !== 0) rank++;
    ranks.set(t, rank);
  });
  return ranks;
}

const STATUS_RANK: Readonly<Record<string, number>> = Object.fromEntries(STATUS_ORDER.map((s, i) => [s, i]));

/** Sorts rows in place by `sortBy`; ties end on the activity id, so the order is total. */
function sortRows(rows: ActivityRow[], sortBy: SortBy, ranks: ReadonlyMap<string, number>): void {
  // Keys computed once per row (not per comparison): sorting 5,000 rows makes ~60,000 comparisons.
  const keyed = rows.map((row) => ({ row, due: row.activity.due, status: STATUS_RANK[row.activity.status] ?? 9, title: ranks.get(row.activity.title) ?? 0, id: row.activity.id }));
  type K = (typeof keyed)[number];
  const byTitle = (a: K, b: K) => a.title - b.title || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byDue = (a: K, b: K) => {
    if (a.due === b.due) return 0;
    if (a.due === undefined) return 1;
    if (b.due === undefined) return -1;
    return a.due < b.due ? -1 : 1;
  };
  const compare = sortBy === 'title' ? byTitle : sortBy === 'status' ? (a: K, b: K) => a.status - b.status || byDue(a, b) || byTitle(a, b) : (a: K, b: K) => byDue(a, b) || byTitle(a, b);
  keyed.sort(compare);
  for (let i = 0; i < keyed.length; i++) rows[i] = keyed[i]!.row;
}

export interface ViewOptions {
  /** "Now" as an ISO timestamp or date. */
  now: string;
  /** BCP 47 locale for sorting by title. */
  locale?: string;
  /** Days ahead that count as "due soon" (default 7). */
  soonDays?: number;
  /** The model's overdue rule. */
  isOverdue: OverdueRule;
}

/**
 * What `buildListView` derived before, so the next call (a new plan from one status change, the
 * same plan under another query) redoes only what changed: a row per activity object (the model
 * copies only the activities an operation touched, so the others keep their identity — and so do
 * their rows, which lets the element skip re-rendering them), the title collation ranks, and the
 * whole view when nothing it depends on changed. Create one per element with `createListViewCache()`.
 */
export interface ListViewCache {
  /** What the rows were derived under: the day, the due-soon window, the goals and the overdue rule. */
  rowContext: { day: string; soonDays: number | undefined; goals: readonly Goal[] | undefined; isOverdue: OverdueRule | undefined };
  rows: WeakMap<Activity, ActivityRow>;
  ranks: Map<string, number> | undefined;
  ranksLocale: string;
  last: { plan: SipPlan; query: ListQuery; day: string; soonDays: number | undefined; locale: string; isOverdue: OverdueRule; view: ListView } | undefined;
}

export function createListViewCache(): ListViewCache {
  return { rowContext: { day: '', soonDays: undefined, goals: undefined, isOverdue: undefined }, rows: new WeakMap(), ranks: undefined, ranksLocale: '', last: undefined };
}

function sameQuery(a: ListQuery, b: ListQuery): boolean {
  return a.groupBy === b.groupBy && a.sortBy === b.sortBy && a.status === b.status && a.principal === b.principal && a.person === b.person && a.overdue === b.overdue && a.search === b.search;
}

function personOf(activity: Activity): string | undefined {
  return activity.responsible.personName?.trim() || undefined;
}

/** Whether a row passes the query's filters and search. */
function matches(row: ActivityRow, query: ListQuery, words: readonly string[]): boolean {
  const activity = row.activity;
  if (query.status && activity.status !== query.status) return false;
  if (query.principal && row.principalKey !== query.principal) return false;
  if (query.person && personOf(activity) !== query.person) return false;
  if (query.overdue && row.due !== 'overdue') return false;
  if (!words.length) return true;
  const text = searchText(activity, row.goals);
  return words.every((w) => text.includes(w));
}

/** At most this many changed activities are patched into the last view; more rebuild it. */
const PATCH_LIMIT = 16;

/**
 * The last view, with the rows of activities an operation replaced swapped for new ones — when
 * nothing else changed and no replaced activity moves, appears, disappears or changes group,
 * principal or person (a status change, a comment, an edited description). Then a status
 * change among 5,000 activities costs a pass of identity checks, not a sort. Undefined when the
 * view must be rebuilt.
 */
function patchView(lastPlan: SipPlan, view: ListView, plan: SipPlan, query: ListQuery, words: readonly string[], rowOf: (a: Activity) => ActivityRow): ListView | undefined {
  const before = lastPlan.activities;
  const after = plan.activities;
  if (before.length !== after.length) return undefined;
  const swapped = new Map<ActivityRow, ActivityRow>();
  const statusCounts = { ...view.statusCounts };
  let { overdueCount, soonCount } = view;
  for (let i = 0; i < after.length; i++) {
    const was = before[i]!;
    const now = after[i]!;
    if (was === now) continue;
    if (swapped.size >= PATCH_LIMIT || was.id !== now.id) return undefined;
    const old = rowOf(was);
    const row = rowOf(now);
    const shown = matches(old, query, words);
    if (shown !== matches(row, query, words)) return undefined;
    if (old.principalKey !== row.principalKey || personOf(was) !== personOf(now) || was.title !== now.title || was.due !== now.due) return undefined;
    if (was.goalIds.join('\u0000') !== now.goalIds.join('\u0000') || (query.sortBy === 'status' && was.status !== now.status)) return undefined;
    if (was.responsible.principal?.name !== now.responsible.principal?.name) return undefined;
    statusCounts[was.status]--;
    statusCounts[now.status]++;
    overdueCount += (row.due === 'overdue' ? 1 : 0) - (old.due === 'overdue' ? 1 : 0);
    soonCount += (row.due === 'soon' ? 1 : 0) - (old.due === 'soon' ? 1 : 0);
    if (shown) swapped.set(old, row);
  }
  // Groups without a replaced row keep their identity (and their rows array).
  const groups = swapped.size ? view.groups.map((g) => (g.rows.some((r) => swapped.has(r)) ? { ...g, rows: g.rows.map((r) => swapped.get(r) ?? r) } : g)) : view.groups;
  return { ...view, groups, statusCounts, overdueCount, soonCount };
}

/** Everything the list shows for `plan` under `query`. Pure (a cache only saves work); never touches `plan`. */
export function buildListView(plan: SipPlan, query: ListQuery, options: ViewOptions, cache: ListViewCache = createListViewCache()): ListView {
  const day = options.now.slice(0, 10);
  const locale = options.locale ?? 'sv';
  const last = cache.last;
  const sameInputs = !!last && last.day === day && last.soonDays === options.soonDays && last.locale === locale && last.isOverdue === options.isOverdue && sameQuery(last.query, query);
  if (sameInputs && last.plan === plan) return last.view;
  const ctx = cache.rowContext;
  if (ctx.day !== day || ctx.soonDays !== options.soonDays || ctx.goals !== plan.goals || ctx.isOverdue !== options.isOverdue) {
    cache.rowContext = { day, soonDays: options.soonDays, goals: plan.goals, isOverdue: options.isOverdue };
    cache.rows = new WeakMap();
  }
  const goalsById = new Map(plan.goals.map((g) => [g.id, g]));
  const rowOf = (activity: Activity): ActivityRow => {
    let row = cache.rows.get(activity);
    if (!row) {
      const goals = activity.goalIds.map((id) => goalsById.get(id)).filter((g): g is Goal => g !== undefined);
      const { due, daysLeft } = dueState(activity, options.now, options.isOverdue, options.soonDays);
      row = { activity, principalKey: principalKey(activity.responsible.principal), due, daysLeft, goals };
      cache.rows.set(activity, row);
    }
    return row;
  };
  const words = searchWords(query.search);
  if (sameInputs && last.plan.goals === plan.goals) {
    const patched = patchView(last.plan, last.view, plan, query, words, rowOf);
    if (patched) {
      cache.last = { ...last, plan, view: patched };
      return patched;
    }
  }
  const statusCounts = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  const principals = new Map<string, PrincipalInfo>();
  const persons = new Set<string>();
  const rows: ActivityRow[] = [];
  let overdueCount = 0;
  let soonCount = 0;

  for (const activity of plan.activities) {
    const row = rowOf(activity);
    const { principalKey: key, due } = row;
    statusCounts[activity.status] = (statusCounts[activity.status] ?? 0) + 1;
    if (due === 'overdue') overdueCount++;
    else if (due === 'soon') soonCount++;
    const info = principals.get(key);
    if (info) info.count++;
    else if (activity.responsible.principal) principals.set(key, { key, principal: activity.responsible.principal, count: 1 });
    const person = personOf(activity);
    if (person) persons.add(person);
    if (matches(row, query, words)) rows.push(row);
  }

  const cmp = collator(locale);
  // Ranks for every title shown; rebuilt only when a title is new (an added or renamed activity).
  let ranks = cache.ranksLocale === locale ? cache.ranks : undefined;
  if (!ranks || rows.some((r) => !ranks!.has(r.activity.title))) {
    ranks = titleRanks(
      plan.activities.map((a) => a.title),
      cmp,
    );
    cache.ranks = ranks;
    cache.ranksLocale = locale;
  }
  sortRows(rows, query.sortBy, ranks);

  const principalList = [...principals.values()].sort(
    (a, b) => principalRank(a.principal) - principalRank(b.principal) || cmp.compare(a.key, b.key),
  );

  let groups: ListGroup[];
  if (query.groupBy === 'principal') {
    const byKey = new Map<string, ListGroup>();
    for (const info of principalList) byKey.set(info.key, { key: `principal:${info.key}`, kind: 'principal', principal: info.principal, rows: [] });
    const none: ListGroup = { key: 'principal:none', kind: 'principal', rows: [] };
    for (const row of rows) (byKey.get(row.principalKey) ?? none).rows.push(row);
    groups = [...byKey.values(), none].filter((g) => g.rows.length > 0);
  } else if (query.groupBy === 'goal') {
    // Goals in plan order, long-term goals before their short-term ones; an activity that
    // serves several goals shows under each.
    const ordered = orderGoals(plan.goals);
    const byId = new Map<string, ListGroup>(ordered.map((g) => [g.id, { key: `goal:${g.id}`, kind: 'goal', goal: g, rows: [] }]));
    const noGoal: ListGroup = { key: 'goal:', kind: 'noGoal', rows: [] };
    for (const row of rows) {
      const targets = row.goals.map((g) => byId.get(g.id)).filter((g): g is ListGroup => g !== undefined);
      if (targets.length === 0) noGoal.rows.push(row);
      for (const t of targets) t.rows.push(row);
    }
    groups = [...byId.values(), noGoal].filter((g) => g.rows.length > 0);
  } else {
    groups = rows.length ? [{ key: 'all', kind: 'all', rows }] : [];
  }

  const view: ListView = {
    groups,
    total: plan.activities.length,
    shown: rows.length,
    statusCounts,
    principals: principalList,
    persons: [...persons].sort((a, b) => cmp.compare(a, b)),
    overdueCount,
    soonCount,
  };
  cache.last = { plan, query: { ...query }, day, soonDays: options.soonDays, locale, isOverdue: options.isOverdue, view };
  return view;
}

/** Long-term goals each followed by their short-term goals; orphans keep plan order. */
export function orderGoals(goals: readonly Goal[]): Goal[] {
  const ids = new Set(goals.map((g) => g.id));
  const out: Goal[] = [];
  const seen = new Set<string>();
  for (const g of goals) {
    if (g.parentId && ids.has(g.parentId)) continue;
    out.push(g);
    seen.add(g.id);
    for (const child of goals) {
      if (child.parentId !== g.id || seen.has(child.id)) continue;
      out.push(child);
      seen.add(child.id);
    }
  }
  for (const g of goals) if (!seen.has(g.id)) out.push(g);
  return out;
}
