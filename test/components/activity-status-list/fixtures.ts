/**
 * Plans for the activity-status-list tests and benchmark: small and hand-written (so tests can
 * name what they expect), or generated with `n` activities. Valid per `parsePlan`.
 */
import type { Activity, ActivityStatus, SipPlan } from '../../../src/model';

export const NOW = '2026-11-22T09:00:00Z';

const region = { kind: 'region' as const, name: 'Region Västmanland' };
const municipality = { kind: 'municipality' as const, name: 'Västerås stad' };
const relative = { kind: 'other' as const, other: 'individual' };

function history(status: ActivityStatus): Activity['statusHistory'] {
  const h: Activity['statusHistory'] = [{ status: 'planned', at: '2026-09-01T10:00:00Z', by: 'Karin Lind' }];
  if (status === 'ongoing' || status === 'done' || status === 'paused') h.push({ status: 'ongoing', at: '2026-09-10T10:00:00Z', by: 'Karin Lind' });
  if (status === 'done' || status === 'paused') h.push({ status, at: '2026-10-10T10:00:00Z', by: 'Karin Lind', note: 'Enligt plan' });
  if (status === 'cancelled') h.push({ status, at: '2026-09-20T10:00:00Z', by: 'Karin Lind' });
  return h;
}

/** Five activities across three principals, two goals, every due state. */
export function smallPlan(status: SipPlan['status'] = 'draft'): SipPlan {
  const base = {
    id: 'sip-test',
    version: 1,
    status,
    person: { name: 'Elsa Berg', guardians: [], adaptations: [] },
    network: [
      { id: 'n-hc', kind: 'unit', name: 'Hemtjänst Norr', principal: municipality, map: { sector: 'municipality', ring: 2 }, roles: [] },
      { id: 'n-anna', kind: 'professional', name: 'Anna Ek', principal: region, unit: 'Vårdcentral Väster', map: { sector: 'region', ring: 2 }, roles: ['coordinator'] },
      { id: 'n-jonas', kind: 'relative', name: 'Jonas Berg', relation: 'son', map: { sector: 'family', ring: 1 }, roles: [] },
    ],
    consents: [],
    meetings: [],
    goals: [
      { id: 'g-1', horizon: 'long', text: 'Elsa vill bo kvar hemma.' },
      { id: 'g-2', horizon: 'short', parentId: 'g-1', text: 'Elsa går ut på promenad varje dag.' },
    ],
    activities: [
      {
        id: 'a-1',
        title: 'Läkemedelsgenomgång',
        goalIds: ['g-1'],
        responsible: { principal: region, unit: 'Vårdcentral Väster', personName: 'Anna Ek', personEntryId: 'n-anna' },
        performer: { kind: 'unit', name: 'Vårdcentral Väster' },
        start: '2026-10-01',
        due: '2026-11-15',
        status: 'planned',
        statusHistory: history('planned'),
      },
      {
        id: 'a-2',
        title: 'Hemtjänst morgon och kväll',
        goalIds: ['g-1', 'g-2'],
        responsible: { principal: municipality, unit: 'Hemtjänst Norr', unitEntryId: 'n-hc', personName: 'Omar Said' },
        performer: { kind: 'unit', entryId: 'n-hc', name: 'Hemtjänst Norr' },
        start: '2026-09-01',
        due: '2026-11-25',
        frequency: '2 gånger per dag',
        status: 'ongoing',
        statusHistory: history('ongoing'),
        hostExtension: { keep: true },
      },
      {
        id: 'a-3',
        title: 'Promenad med son',
        goalIds: ['g-2'],
        responsible: { principal: relative, personName: 'Jonas Berg', personEntryId: 'n-jonas' },
        performer: { kind: 'relative', entryId: 'n-jonas', name: 'Jonas Berg' },
        frequency: 'varje söndag',
        status: 'planned',
        statusHistory: history('planned'),
      },
      {
        id: 'a-4',
        title: 'Bostadsanpassning badrum',
        goalIds: [],
        responsible: { principal: municipality, unit: 'Bostadsanpassning', personName: 'Omar Said' },
        due: '2026-10-01',
        status: 'done',
        statusHistory: history('done'),
      },
      {
        id: 'a-5',
        title: 'Dagverksamhet',
        goalIds: ['g-2'],
        responsible: { principal: municipality, unit: 'Dagverksamhet Solen', personName: 'Lisa Holm' },
        due: '2026-12-31',
        status: 'paused',
        statusHistory: history('paused'),
      },
    ],
    followUps: [],
    signatures: [],
    changeLog: [],
  };
  if (status === 'active') Object.assign(base, { lockedAt: '2026-10-01T12:00:00Z', signatures: [{ role: 'coordinator', by: 'Anna Ek', at: '2026-10-01T12:00:00Z' }] });
  return base as unknown as SipPlan;
}

/** Signed by the coordinator but not locked yet: staff may still edit the content (seed 001). */
export function signedPlan(): SipPlan {
  const plan = smallPlan('active');
  delete plan.lockedAt;
  return plan;
}

const STATUSES: ActivityStatus[] = ['planned', 'ongoing', 'paused', 'done', 'cancelled'];

/** A plan with `n` generated activities (for scale tests and the benchmark). */
export function largePlan(n: number, status: SipPlan['status'] = 'draft'): SipPlan {
  const plan = smallPlan(status);
  const activities: Activity[] = [];
  for (let i = 0; i < n; i++) {
    const st = STATUSES[i % STATUSES.length]!;
    const principal = i % 3 === 0 ? region : i % 3 === 1 ? municipality : relative;
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    activities.push({
      id: `act-${i + 1}`,
      title: `Insats ${i + 1}`,
      goalIds: i % 2 ? ['g-1'] : ['g-2'],
      responsible: { principal, unit: `Enhet ${i % 7}`, personName: `Person ${i % 11}` },
      performer: { kind: 'unit', name: `Enhet ${i % 7}` },
      start: `2026-01-${day}`,
      due: `2026-${month}-${day}`,
      frequency: 'varje vecka',
      status: st,
      statusHistory: history(st),
    } as Activity);
  }
  return { ...plan, activities };
}
