/** The booking form's pure logic and who can be invited, in Node. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bookingErrors, daysAhead, draftOf, invitationsFor, meetingFields, meetingToPlan, newDraft } from '../../../src/components/meeting-planner/booking';
import { invitees, who, contactFor } from '../../../src/components/meeting-planner/people';
import { answerCounts, answerRows } from '../../../src/components/meeting-planner/answers';
import { coveredParties, isAnswerOverdue } from '../../../src/model';
import { NOW, TUESDAY, emptyPlan, oneOverduePlan, waitingPlan } from './fixtures';

test('invitees: the invited parties the consent covers can be chosen; the rest are named with why', () => {
  const plan = emptyPlan();
  const { choosable, leftOut } = invitees(plan, coveredParties(plan, NOW));
  assert.deepEqual(choosable.map((e) => e.id), ['sara', 'ali', 'school', 'mentor', 'kurator', 'bup', 'psykolog', 'soc', 'handl']);
  assert.deepEqual(leftOut.map((l) => [l.entry.id, l.reason]), [['farmor', 'notCovered']]);
  // After the consent ran out (15 Dec), nobody can be chosen and the reason says so.
  const later = invitees(plan, coveredParties(plan, '2026-12-20T10:00:00+01:00'));
  assert.equal(later.choosable.length, 0);
  assert.ok(later.leftOut.every((l) => l.reason === 'noConsent'));
  assert.equal(who(plan, 'mentor'), 'Petra Olsson (Skiftingeskolan)');
  // Whom to contact: the coordinator on the map (the school counsellor), whoever leads.
  assert.equal(contactFor(plan, 'mentor')?.id, 'kurator');
  const noCoordinator = { ...plan, network: plan.network.map((e) => ({ ...e, roles: [] })) };
  assert.equal(contactFor(noCoordinator, 'mentor')?.id, 'mentor');
});

test('a new draft chooses every choosable party and carries the person\'s adaptations over', () => {
  const plan = emptyPlan();
  const d = newDraft(plan, invitees(plan, coveredParties(plan, NOW)).choosable);
  assert.equal(d.participants.length, 9);
  assert.equal(d.personAttends, true);
  assert.equal(d.adaptations, plan.person.adaptations.join('\n'));
});

test('booking errors: missing date and times, an end at or before the start, nobody taking part', () => {
  const plan = emptyPlan();
  const d = newDraft(plan, []);
  assert.deepEqual(bookingErrors({ ...d, personAttends: false }), { date: 'dateMissing', start: 'startMissing', end: 'endMissing', participants: 'noParticipants' });
  const timed = { ...d, date: '2026-12-16', start: '14:00' };
  assert.equal(bookingErrors({ ...timed, end: '13:00' }).end, 'endBeforeStart');
  assert.equal(bookingErrors({ ...timed, end: '14:00' }).end, 'endBeforeStart');
  assert.deepEqual(bookingErrors({ ...timed, end: '15:00' }), {});
  assert.equal(meetingFields({ ...timed, end: '13:00' }), undefined);
});

test('meeting fields: Stockholm times, one question per line, empty texts left out; a booked meeting reads back as its draft', () => {
  const plan = emptyPlan();
  const d = { ...newDraft(plan, []), date: '2026-12-16', start: '13:00', end: '14:30', questions: ' Fråga ett \n\n Fråga två ', place: '  ', purpose: 'Syfte', leaderId: 'kurator', urgent: true, participants: ['sara'] };
  const m = meetingFields(d)!;
  assert.equal(m.start, '2026-12-16T12:00:00.000Z');
  assert.equal(m.end, '2026-12-16T13:30:00.000Z');
  assert.deepEqual(m.questions, ['Fråga ett', 'Fråga två']);
  assert.equal('place' in m, false);
  assert.equal(m.urgent, true);
  const back = draftOf({ ...m, id: 'meeting-1', agenda: [], invitations: [] });
  assert.equal(back.date, '2026-12-16');
  assert.equal(back.start, '13:00');
  assert.equal(back.end, '14:30');
  assert.equal(back.questions, 'Fråga ett\nFråga två');
  assert.equal(daysAhead(d, NOW), 24);
});

test('invitations: earlier ones (with answers) stay, new participants are invited now and due the next working day', () => {
  const plan = oneOverduePlan();
  const earlier = plan.meetings[0]!.invitations;
  const next = invitationsFor(['sara', 'school'], earlier, NOW);
  assert.equal(next[0], earlier.find((r) => r.entryId === 'sara'));
  assert.deepEqual(next[1], { entryId: 'school', sentAt: NOW, dueAt: '2026-11-23T09:00:00.000Z' });
});

test('answer rows: overdue by the model\'s rule, counted per state; the meeting to plan is the next one not held', () => {
  const plan = oneOverduePlan();
  const meeting = meetingToPlan(plan)!;
  const rows = answerRows(meeting, TUESDAY, isAnswerOverdue);
  assert.deepEqual(answerCounts(rows), { waiting: 0, overdue: 1, acknowledged: 4, declined: 1 });
  assert.deepEqual(answerCounts(answerRows(meetingToPlan(waitingPlan())!, NOW, isAnswerOverdue)), { waiting: 6, overdue: 0, acknowledged: 0, declined: 0 });
  const held = { ...plan, meetings: [{ ...meeting, status: 'held' as const }] };
  assert.equal(meetingToPlan(held), undefined);
});
