/**
 * System-level measures over many plans (seed 000, "Uppföljning och utvärdering på
 * systemnivå"). A person counts as having a SIP when a version of their plan was signed
 * (status active or closed with `lockedAt`); voided versions are skipped (their
 * replacement counts). People are identified by identity value, else by plan id.
 * No personal data in the output: counts and unit names only.
 */
import type { SipPlan } from './schema';
import { findCoordinator } from './network-rules';

export interface PlanMeasures {
  /** Number of people with an established (signed) SIP. */
  peopleWithSip: number;
  /** Signed plans counted (one per person, the latest version). */
  plans: number;
  /** Share (0–1) of those people whose plan had at least one follow-up. */
  shareFollowedUp: number;
  shareWithFixedCareContact: number;
  shareWithResponsibleDoctor: number;
  shareWithCoordinator: number;
  /** Unit or organisation name → number of plans it initiated. */
  initiatedBy: Record<string, number>;
  /** Unit name → number of plans in which it was responsible for or performed an activity. */
  performedBy: Record<string, number>;
  /** Principal/unit name → number of plans where it held overall responsibility. */
  overallResponsibility: Record<string, number>;
}

function inc(map: Record<string, number>, key: string | undefined): void {
  if (!key) return;
  map[key] = (map[key] ?? 0) + 1;
}

export function planMeasures(plans: readonly SipPlan[]): PlanMeasures {
  const latest = new Map<string, SipPlan>();
  for (const p of plans) {
    if (p.status === 'voided' || p.status === 'draft' || !p.lockedAt) continue;
    const key = p.person.identity ? `${p.person.identity.type}:${p.person.identity.value}` : `plan:${p.id}`;
    const prev = latest.get(key);
    if (!prev || prev.version < p.version) latest.set(key, p);
  }
  const counted = [...latest.values()];
  const n = counted.length;
  const share = (pred: (p: SipPlan) => boolean) => (n === 0 ? 0 : counted.filter(pred).length / n);
  const initiatedBy: Record<string, number> = {};
  const performedBy: Record<string, number> = {};
  const overallResponsibility: Record<string, number> = {};
  for (const p of counted) {
    const byId = new Map(p.network.map((e) => [e.id, e]));
    const initiator = p.initiative ? byId.get(p.initiative.initiatedBy) : undefined;
    inc(initiatedBy, initiator ? (initiator.unit ?? initiator.name) : p.initiative ? 'other' : undefined);
    const units = new Set<string>();
    for (const a of p.activities) {
      const unitEntry = a.responsible.unitEntryId ? byId.get(a.responsible.unitEntryId) : undefined;
      const unit = unitEntry?.name ?? a.responsible.unit;
      if (unit) units.add(unit);
    }
    for (const u of units) inc(performedBy, u);
    const o = p.overallResponsible;
    if (o) inc(overallResponsibility, (o.entryId ? byId.get(o.entryId)?.name : undefined) ?? o.principal.name ?? o.principal.kind);
  }
  return {
    peopleWithSip: n,
    plans: n,
    shareFollowedUp: share((p) => p.followUps.length > 0),
    shareWithFixedCareContact: share((p) => p.network.some((e) => e.roles.includes('fixedCareContact'))),
    shareWithResponsibleDoctor: share((p) => p.network.some((e) => e.roles.includes('responsibleDoctor'))),
    shareWithCoordinator: share((p) => findCoordinator(p.network) !== undefined),
    initiatedBy,
    performedBy,
    overallResponsibility,
  };
}
