/**
 * Plans for the SMART goal editor's tests and stories. "Now" is 2026-11-22, as in the model's
 * examples.
 */
import { elderly } from '../../../src/model/examples';
import type { Activity, Goal, SipPlan } from '../../../src/model';

export const NOW = '2026-11-22T10:00:00+01:00';

/** The elderly example (seed 000's goals) as an editable draft. */
export function elderlyDraft(): SipPlan {
  const plan = structuredClone(elderly) as SipPlan;
  plan.status = 'draft';
  delete plan.lockedAt;
  plan.signatures = [];
  return plan;
}

/** The elderly example as it is: active (signed, locked), for the follow-up view. */
export function elderlyActive(): SipPlan {
  return structuredClone(elderly) as SipPlan;
}

/** The elderly example signed by the coordinator but not yet locked: staff may still edit it. */
export function elderlySigned(): SipPlan {
  const plan = elderlyActive();
  delete plan.lockedAt;
  return plan;
}

/** The elderly example at follow-up, some goals already judged. */
export function elderlyFollowedUp(): SipPlan {
  const plan = elderlyActive();
  const judged: Record<string, Goal['achievement']> = {
    'g-morning': { value: 'partly', at: '2026-11-20', note: 'Yr två morgnar i veckan, men inga fall.' },
    'g-shower': { value: 'reached', at: '2026-11-20' },
    'g-baptism': { value: 'noLongerRelevant', at: '2026-11-20', note: 'Dopet flyttades till sommaren.' },
  };
  plan.goals = plan.goals.map((g) => (judged[g.id] ? { ...g, achievement: judged[g.id] } : g));
  return plan;
}

const activity = (id: string, goalIds: string[]): Activity => ({
  id,
  title: `Insats ${id}`,
  goalIds,
  responsible: { principal: { kind: 'municipality', name: 'Västerås stad' }, personName: 'Sofia Berg' },
  status: 'planned',
  statusHistory: [],
});

/** A draft plan for Anna Berg with the given goals (and optionally activities). */
export function annaPlan(goals: Goal[] = [], activities: Activity[] = []): SipPlan {
  return {
    id: 'sip-anna-1',
    version: 1,
    status: 'draft',
    person: { name: 'Anna Berg', guardians: [], adaptations: [] },
    network: [],
    consents: [],
    meetings: [],
    goals,
    activities,
    followUps: [],
    signatures: [],
    changeLog: [],
  };
}

const ok = { measure: 'Anna berättar vid uppföljningen', targetDate: '2027-06-30', acceptedAt: '2026-11-20', realistic: true } as const;

/** One goal failing each SMART criterion, plus phrasing problems. */
export function failingPlan(): SipPlan {
  return annaPlan(
    [
      { id: 'g-s', horizon: 'long', text: 'Anna ska få hemtjänst och samtal med kurator.', ...ok },
      { id: 'g-m', horizon: 'long', text: 'Anna vill kunna sköta sin trädgård själv.', ...ok, measure: undefined },
      { id: 'g-a', horizon: 'long', text: 'Anna vill kunna åka buss till stan själv.', ...ok, acceptedAt: undefined },
      { id: 'g-r', horizon: 'long', text: 'Anna vill kunna springa ett maraton.', ...ok, realistic: false },
      { id: 'g-t', horizon: 'long', text: 'Anna vill kunna laga sin egen middag.', ...ok, targetDate: '2026-09-01' },
      { id: 'g-p', horizon: 'long', text: 'Inte vara ensam på kvällarna', ...ok },
    ].map((g) => Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined)) as Goal),
    [activity('a-1', ['g-s']), activity('a-2', ['g-m', 'g-a'])],
  );
}

/** Long-term goals with sub-goals; one sub-goal dated after its parent. */
export function subGoalsPlan(): SipPlan {
  return annaPlan(
    [
      { id: 'g-home', horizon: 'long', text: 'Anna vill kunna bo kvar hemma och klara vardagen själv.', measure: 'Bor kvar hemma om ett år', ...{ targetDate: '2027-09-30', acceptedAt: '2026-11-20', realistic: true } },
      { id: 'g-shop', horizon: 'short', parentId: 'g-home', text: 'Anna vill kunna handla själv en gång i veckan.', targetDate: '2027-03-31', acceptedAt: '2026-11-20', realistic: true },
      { id: 'g-stairs', horizon: 'short', parentId: 'g-home', text: 'Anna vill kunna gå i trappan till tvättstugan.', measure: 'Går trappan utan stöd', targetDate: '2027-12-31', acceptedAt: '2026-11-20', realistic: true },
      { id: 'g-friends', horizon: 'long', text: 'Anna vill kunna träffa sina vänner i kyrkan varje söndag.', measure: 'Minst tre söndagar i månaden', targetDate: '2027-06-30', acceptedAt: '2026-11-20' },
    ],
    [activity('a-1', ['g-shop']), activity('a-2', ['g-stairs'])],
  );
}

/** Goal texts with markup and script, which must show as text. */
export function markupPlan(): SipPlan {
  return annaPlan([
    {
      id: 'g-x',
      horizon: 'long',
      text: 'Anna vill <img src=x onerror=alert(1)> kunna <b>läsa</b> själv.',
      whatMatters: '<script>alert("x")</script>',
      measure: '<i>2</i> böcker i månaden',
      targetDate: '2027-06-30',
      disagreement: '"><svg onload=alert(2)>',
    },
  ]);
}
