/**
 * The follow-up round, pure and DOM-free: who has documented their activities since the last
 * follow-up (the coordinator's checklist, as in Prator), grouped by principal and responsible
 * person, and the earlier follow-ups for the history. Tested in Node.
 */
import type { Activity, FollowUp, Principal, SipPlan } from '../../model';
import { isOpen, principalKey } from '../activity-status-list/list-view';

/** What "since" the round counts from: the last follow-up, the lock (the plan started to run), or nothing. */
export type SinceKind = 'followUp' | 'locked' | 'none';

export interface ChecklistActivity {
  id: string;
  title: string;
  status: Activity['status'];
  /** A status change or a comment after `since`. */
  documented: boolean;
}

export interface ChecklistPerson {
  /** The named responsible person ('' when the activity names none). */
  name: string;
  activities: ChecklistActivity[];
  /** Activities of this person not documented since `since`. */
  missing: number;
}

export interface ChecklistGroup {
  key: string;
  principal: Principal | undefined;
  people: ChecklistPerson[];
  missing: number;
}

export interface Checklist {
  since: string | undefined;
  sinceKind: SinceKind;
  groups: ChecklistGroup[];
  /** Activities to document in this round, and how many are not. */
  total: number;
  missing: number;
  /** Responsible persons with at least one activity not documented. */
  peopleMissing: number;
}

const time = (iso: string): number => Date.parse(iso);

/** The follow-ups, latest first (by when they were recorded; the list order breaks ties). */
export function followUpsLatestFirst(plan: Pick<SipPlan, 'followUps'>): FollowUp[] {
  return plan.followUps
    .map((f, i) => ({ f, i }))
    .sort((a, b) => time(b.f.recordedAt) - time(a.f.recordedAt) || b.i - a.i)
    .map((x) => x.f);
}

/** Where this round starts: the last follow-up recorded, else the moment the plan was locked. */
export function roundStart(plan: Pick<SipPlan, 'followUps' | 'lockedAt'>): { since: string | undefined; kind: SinceKind } {
  const last = followUpsLatestFirst(plan)[0];
  if (last) return { since: last.recordedAt, kind: 'followUp' };
  if (plan.lockedAt) return { since: plan.lockedAt, kind: 'locked' };
  return { since: undefined, kind: 'none' };
}

/** Whether an activity is part of this round: still running, or it ended after the round started. */
function inRound(activity: Activity, since: number | undefined): boolean {
  if (isOpen(activity.status)) return true;
  const last = activity.statusHistory[activity.statusHistory.length - 1];
  return since === undefined || (last !== undefined && time(last.at) > since);
}

/**
 * The coordinator's checklist: every activity in this round, by principal and responsible
 * person, and whether someone documented it (a status change or a comment) since the round
 * started. Without a start (never locked, never followed up) an activity counts as documented
 * once anything beyond its first status was recorded.
 */
export function checklist(plan: Pick<SipPlan, 'activities' | 'followUps' | 'lockedAt'>): Checklist {
  const { since, kind } = roundStart(plan);
  const from = since === undefined ? undefined : time(since);
  const groups = new Map<string, ChecklistGroup>();
  let total = 0;
  let missing = 0;
  for (const a of plan.activities) {
    if (!inRound(a, from)) continue;
    const documented = from === undefined ? a.statusHistory.length > 1 || a.statusHistory.some((e) => !!e.note) : a.statusHistory.some((e) => time(e.at) > from);
    const key = principalKey(a.responsible.principal);
    let group = groups.get(key);
    if (!group) {
      group = { key, principal: a.responsible.principal, people: [], missing: 0 };
      groups.set(key, group);
    }
    const name = a.responsible.personName?.trim() ?? '';
    let person = group.people.find((p) => p.name === name);
    if (!person) {
      person = { name, activities: [], missing: 0 };
      group.people.push(person);
    }
    person.activities.push({ id: a.id, title: a.title, status: a.status, documented });
    total++;
    if (!documented) {
      person.missing++;
      group.missing++;
      missing++;
    }
  }
  const ordered = [...groups.values()].sort((a, b) => rank(a.principal) - rank(b.principal));
  // Who still has to document comes first within a principal: that is what the coordinator chases.
  for (const g of ordered) g.people.sort((a, b) => Number(b.missing > 0) - Number(a.missing > 0));
  const peopleMissing = ordered.reduce((n, g) => n + g.people.filter((p) => p.missing > 0).length, 0);
  return { since, sinceKind: kind, groups: ordered, total, missing, peopleMissing };
}

const KIND_RANK: Record<string, number> = { region: 0, municipality: 1, other: 2 };
function rank(p: Principal | undefined): number {
  return p ? (KIND_RANK[p.kind] ?? 3) : 4;
}
