/**
 * Plans for the meeting planner's tests and stories, from the child example (Elias). Elias also
 * wants his grandmother (farmor) at the meeting, so she is marked invited on the map, but the
 * consent does not cover her: she is left out. "Now" is the examples' day, 2026-11-22 (a Sunday).
 */
import { child, EXAMPLE_NOW } from '../../../src/model/examples';
import type { Meeting, SipPlan } from '../../../src/model';

export const NOW = EXAMPLE_NOW;

/** Nothing booked yet, no preparation. */
export function emptyPlan(): SipPlan {
  const plan = structuredClone(child) as SipPlan;
  plan.meetings = [];
  delete plan.preparation;
  plan.network = plan.network.map((e) => (e.id === 'farmor' ? { ...e, invited: true } : e));
  return plan;
}

const SENT = '2026-11-20T09:00:00+01:00';
/** One working day after SENT (a Friday): Monday. */
const DUE = '2026-11-23T09:00:00+01:00';
const PEOPLE = ['sara', 'ali', 'mentor', 'kurator', 'psykolog', 'handl'];

function withMeeting(patch: Partial<Meeting>): SipPlan {
  const plan = emptyPlan();
  const meeting: Meeting = {
    id: 'meeting-1',
    start: '2026-12-16T13:00:00+01:00',
    end: '2026-12-16T14:30:00+01:00',
    place: 'Skiftingeskolan, konferensrum Ugglan',
    form: 'inPerson',
    purpose: 'Göra en gemensam plan för Elias skolgång och familjens stöd.',
    questions: ['Hur kan Elias komma till skolan fler dagar?', 'Vilket stöd behöver familjen hemma?'],
    participants: PEOPLE,
    personAttends: true,
    leaderId: 'kurator',
    noteTakerId: 'mentor',
    interpreter: { needed: false },
    adaptations: ['Korta möten, max 60 minuter'],
    agenda: [],
    invitations: PEOPLE.map((entryId) => ({ entryId, sentAt: SENT, dueAt: DUE })),
    status: 'planned',
    ...patch,
  };
  plan.meetings = [meeting];
  return plan;
}

/** Booked, invitations sent, no answers yet (none due before Monday). */
export function waitingPlan(): SipPlan {
  return withMeeting({});
}

/** Booked; it is Tuesday and the psychologist has not answered: one overdue. */
export function oneOverduePlan(): SipPlan {
  const plan = withMeeting({});
  const at = '2026-11-21T10:00:00+01:00';
  plan.meetings[0]!.invitations = plan.meetings[0]!.invitations.map((r) =>
    r.entryId === 'psykolog' ? r : { ...r, answer: r.entryId === 'handl' ? { kind: 'declined', at, redirectTo: 'soc' } : { kind: 'acknowledged', at } },
  );
  return plan;
}
/** "Now" for `oneOverduePlan`: after Monday's due time. */
export const TUESDAY = '2026-11-24T10:00:00+01:00';

/** Every participant has answered. */
export function allAnsweredPlan(): SipPlan {
  const plan = withMeeting({});
  const at = '2026-11-21T10:00:00+01:00';
  plan.meetings[0]!.invitations = plan.meetings[0]!.invitations.map((r) => ({ ...r, answer: { kind: 'acknowledged', at, ...(r.entryId === 'handl' ? { attendee: 'Rami Yousef och en kollega' } : {}) } }));
  return plan;
}

/** Booked on the 22nd for the 24th, not marked urgent: the short-notice hint. */
export function twoDaysPlan(urgent = false): SipPlan {
  return withMeeting({
    start: '2026-11-24T13:00:00+01:00',
    end: '2026-11-24T14:00:00+01:00',
    invitations: PEOPLE.map((entryId) => ({ entryId, sentAt: NOW, dueAt: '2026-11-23T10:00:00+01:00' })),
    ...(urgent ? { urgent: true } : {}),
  });
}

/** The preparation with Elias is recorded; nothing booked yet. */
export function preparedPlan(): SipPlan {
  const plan = emptyPlan();
  plan.preparation = {
    whatMatters: 'Att orka gå till skolan och ha kompisar där.',
    situation: 'Morgnarna är jobbiga. Jag sover dåligt och har ont i magen.',
    wishes: 'Att jag går i skolan de flesta dagar och spelar fotboll igen.',
    coordinatorWish: 'Johanna, kuratorn',
    ownNotes: 'Vill vara med i början och slutet av mötet.',
    recordedBy: 'Johanna Lind',
    recordedAt: '2026-11-18T14:00:00+01:00',
  };
  return plan;
}
