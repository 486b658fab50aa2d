/**
 * System-level measures over many plans (seed 000, "Uppföljning och utvärdering på
 * systemnivå": how many people have a SIP, how many were followed up, who initiated, who
 * performed activities, who held overall responsibility). They count people, not plan versions
 * or spellings:
 *
 * - A SIP (one plan id, all its versions) runs from its first signature (`lockedAt`) until it is
 *   closed or voided for any reason but revision. A revision continues the SIP, so a person whose
 *   plan is under revision still has one; so does a person whose consent was withdrawn, for the
 *   period before the withdrawal.
 * - A person is counted once when any of their SIPs ran during the period (`from`–`to`, days,
 *   inclusive, each end optional). People are identified by identity number, written in any of
 *   its forms (with or without century, `-`, `+` or nothing before the last four digits), else by
 *   plan id.
 * - Shares and unit counts use each person's latest signed version. "Performed by" counts who
 *   performs each activity that was not cancelled: the performer, else the responsible unit.
 *
 * No personal data in the output: counts and unit names only (a relative or the person doing an
 * activity is counted as `relative` / `person`).
 */
import type { Activity, Identity, NetworkEntry, SipPlan } from './schema';
import { dayOf } from './consent-rules';
import { findCoordinator } from './network-rules';

export interface PlanMeasures {
  /** Number of people with an established (signed) SIP during the period. */
  peopleWithSip: number;
  /** Number of SIPs (plan ids) those people had during the period. */
  plans: number;
  /** Share (0–1) of those people whose plan had at least one follow-up. */
  shareFollowedUp: number;
  shareWithFixedCareContact: number;
  shareWithResponsibleDoctor: number;
  shareWithCoordinator: number;
  /** Unit or organisation name → number of people whose plan it initiated. */
  initiatedBy: Record<string, number>;
  /** Performer (unit or organisation name, `person`, `relative`) → number of people whose plan has a not cancelled activity it performs. */
  performedBy: Record<string, number>;
  /** Principal/unit name → number of people whose plan it held overall responsibility for. */
  overallResponsibility: Record<string, number>;
}

export interface MeasureOptions {
  /** First day of the period, `YYYY-MM-DD` (inclusive). */
  from?: string;
  /** Last day of the period, `YYYY-MM-DD` (inclusive). */
  to?: string;
}

function inc(map: Record<string, number>, key: string | undefined): void {
  if (!key) return;
  map[key] = (map[key] ?? 0) + 1;
}

const NUMBER = /^(\d{2})?(\d{6})([-+])?(\d{4})$/;

/**
 * One key per person however the number is written. A ten-digit number gets the century that
 * puts the birth year at most `year` (the year it was written in), a hundred years earlier
 * with `+` (the sign for someone 100 or older).
 */
export function identityKey(identity: Identity, year: number): string {
  const raw = String(identity.value ?? '').replace(/\s/g, '');
  if (identity.type === 'reservnummer') return `reserv:${identity.issuer}:${raw.replace(/-/g, '').toUpperCase()}`;
  const m = NUMBER.exec(raw);
  if (!m) return `${identity.type}:${raw}`;
  const [, century, date, sign, last] = m as unknown as [string, string | undefined, string, string | undefined, string];
  if (century) return `id:${century}${date}${last}`;
  const yy = Number(date.slice(0, 2));
  let full = Math.floor(year / 100) * 100 + yy;
  if (full > year) full -= 100;
  if (sign === '+') full -= 100;
  return `id:${full}${date.slice(2)}${last}`;
}

interface Sip {
  person: string;
  start: string;
  end?: string;
  latest: SipPlan;
}

/** The day a SIP ended in this version: closure, or voiding for another reason than revision. */
function endDay(p: SipPlan): string | undefined {
  if (p.closure) return dayOf(p.closure.at);
  if (p.voided && p.voided.reason !== 'revised') return dayOf(p.voided.at);
  return undefined;
}

function sipsOf(plans: readonly SipPlan[]): Sip[] {
  const byId = new Map<string, SipPlan[]>();
  for (const p of plans) {
    if (!p || typeof p !== 'object') continue;
    const list = byId.get(p.id);
    if (list) list.push(p);
    else byId.set(p.id, [p]);
  }
  const sips: Sip[] = [];
  for (const [id, versions] of byId) {
    const signed = versions.filter((p) => dayOf(p.lockedAt) !== undefined && p.status !== 'draft');
    if (signed.length === 0) continue;
    signed.sort((a, b) => a.version - b.version);
    const latest = signed[signed.length - 1]!;
    const start = signed.map((p) => dayOf(p.lockedAt)!).sort()[0]!;
    const ends = versions.map(endDay).filter((d): d is string => d !== undefined).sort();
    const withIdentity = [...signed].reverse().find((p) => p.person?.identity);
    const person = withIdentity?.person.identity
      ? identityKey(withIdentity.person.identity, Number(dayOf(withIdentity.lockedAt)!.slice(0, 4)))
      : `plan:${id}`;
    const sip: Sip = { person, start, latest };
    if (ends.length > 0) sip.end = ends[ends.length - 1];
    sips.push(sip);
  }
  return sips;
}

function entryLabel(entry: NetworkEntry | undefined, byId: Map<string, NetworkEntry>): string | undefined {
  if (!entry) return undefined;
  if (entry.kind === 'relative' || entry.kind === 'friend') return 'relative';
  if (entry.kind === 'professional') return entry.unit ?? (entry.unitId ? byId.get(entry.unitId)?.name : undefined);
  return entry.name;
}

/** Who performs an activity, as a count key without personal data. */
function performerOf(a: Activity, byId: Map<string, NetworkEntry>): string | undefined {
  const p = a.performer;
  if (p) {
    if (p.kind === 'person') return 'person';
    if (p.kind === 'relative') return 'relative';
    const label = entryLabel(p.entryId ? byId.get(p.entryId) : undefined, byId) ?? p.name;
    if (label) return label;
  }
  const unitEntry = a.responsible.unitEntryId ? byId.get(a.responsible.unitEntryId) : undefined;
  return unitEntry?.name ?? a.responsible.unit;
}

export function planMeasures(plans: readonly SipPlan[], options: MeasureOptions = {}): PlanMeasures {
  const from = options.from === undefined ? '' : dayOf(options.from);
  const to = options.to === undefined ? '\uffff' : dayOf(options.to);
  const people = new Map<string, Sip[]>();
  // An invalid period counts nobody rather than everybody.
  const inPeriod = (sip: Sip) => from !== undefined && to !== undefined && sip.start <= to && (sip.end === undefined || sip.end >= from);
  for (const sip of sipsOf(plans)) {
    if (!inPeriod(sip)) continue;
    const list = people.get(sip.person);
    if (list) list.push(sip);
    else people.set(sip.person, [sip]);
  }
  // Each person's latest signed version (by signing day, then version).
  const order = (p: SipPlan) => `${dayOf(p.lockedAt)!}|${String(p.version).padStart(10, '0')}`;
  const counted = [...people.values()].map((sips) =>
    sips.map((s) => s.latest).reduce((best, p) => (order(p) > order(best) ? p : best)),
  );
  const n = counted.length;
  const share = (pred: (p: SipPlan) => boolean) => (n === 0 ? 0 : counted.filter(pred).length / n);
  const initiatedBy: Record<string, number> = {};
  const performedBy: Record<string, number> = {};
  const overallResponsibility: Record<string, number> = {};
  for (const p of counted) {
    const byId = new Map(p.network.map((e) => [e.id, e]));
    if (p.initiative) {
      const sender = p.initiative.initiatedBy;
      inc(initiatedBy, sender === 'person' ? 'person' : (entryLabel(byId.get(sender), byId) ?? 'other'));
    }
    const performers = new Set<string>();
    for (const a of p.activities) {
      if (a.status === 'cancelled') continue;
      const who = performerOf(a, byId);
      if (who) performers.add(who);
    }
    for (const u of performers) inc(performedBy, u);
    const o = p.overallResponsible;
    if (o) inc(overallResponsibility, (o.entryId ? byId.get(o.entryId)?.name : undefined) ?? o.principal.name ?? o.principal.kind);
  }
  return {
    peopleWithSip: n,
    plans: [...people.values()].reduce((sum, sips) => sum + sips.length, 0),
    shareFollowedUp: share((p) => p.followUps.length > 0),
    shareWithFixedCareContact: share((p) => p.network.some((e) => e.roles.includes('fixedCareContact'))),
    shareWithResponsibleDoctor: share((p) => p.network.some((e) => e.roles.includes('responsibleDoctor'))),
    shareWithCoordinator: share((p) => findCoordinator(p.network) !== undefined),
    initiatedBy,
    performedBy,
    overallResponsibility,
  };
}
