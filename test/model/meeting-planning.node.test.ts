/**
 * The model side of booking a SIP meeting: the preparation with the person (`recordPreparation`),
 * the note-taker, adaptations and urgency on a meeting, who comes from a unit in an answer, and
 * the short-notice hint that an urgent meeting does not get.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerInvitation, applyIntent, checkGuidance, editMeeting, lockPlan, parsePlan, recordPreparation, scheduleMeeting, signPlan,
  INTENT_TYPES, ACTIVE_PLAN_INTENTS, MESSAGE_CODES, modelMessage,
  type SipPlan,
} from '../../src/model';
import { clone, ctx, deepFreeze, err, example, ok, signable } from './helpers';

const soon = { start: '2026-12-02T10:00:00+01:00', end: '2026-12-02T11:30:00+01:00', form: 'inPerson' as const };

function invited(): SipPlan {
  return ok(applyIntent(signable(), { type: 'setInvited', entryId: 'nurse', invited: true }, ctx)).plan;
}

test('recordPreparation records the person\'s words, who wrote them and when, and keeps unknown fields', () => {
  const plan = deepFreeze(example('child'));
  const before = JSON.stringify(plan);
  const r = ok(recordPreparation(plan, { type: 'recordPreparation', preparation: { whatMatters: ' Att få gå i skolan ', situation: 'Jobbigt på morgnarna', coordinatorWish: 'Johanna, kuratorn' } }, ctx));
  assert.equal(JSON.stringify(plan), before, 'input not mutated');
  assert.deepEqual(r.plan.preparation, {
    whatMatters: 'Att få gå i skolan',
    situation: 'Jobbigt på morgnarna',
    coordinatorWish: 'Johanna, kuratorn',
    recordedBy: ctx.by,
    recordedAt: ctx.now,
  });
  assert.equal(r.change.type, 'preparation.recorded');
  assert.match(r.change.summary ?? '', /Förberedelsen/);

  // Again: the fields given replace, an emptied one goes, the rest and unknown fields stay.
  const withExtra = { ...r.plan, preparation: { ...r.plan.preparation!, x_host: 7 } } as SipPlan;
  const again = ok(recordPreparation(withExtra, { type: 'recordPreparation', preparation: { situation: '', wishes: 'Gå till skolan varje dag', ownNotes: 'Vill ha pappa med' } }, { ...ctx, by: 'Annan Person' }));
  const p = again.plan.preparation as Record<string, unknown>;
  assert.equal(p['situation'], undefined);
  assert.equal(p['whatMatters'], 'Att få gå i skolan');
  assert.equal(p['wishes'], 'Gå till skolan varje dag');
  assert.equal(p['x_host'], 7);
  assert.equal(p['recordedBy'], 'Annan Person');
  assert.ok(parsePlan(clone(again.plan)).ok);
});

test('recordPreparation refuses what is not a preparation and a closed plan', () => {
  err(recordPreparation(example('child'), { type: 'recordPreparation', preparation: null as never }, ctx), 'intent.invalid');
  err(recordPreparation(example('child'), { type: 'recordPreparation', preparation: { wishes: 42 as unknown as string } }, ctx), 'intent.invalid');
  const closed = { ...example('child'), status: 'closed' } as SipPlan;
  assert.equal(recordPreparation(closed, { type: 'recordPreparation', preparation: { wishes: 'x' } }, ctx).ok, false);
});

test('recordPreparation is an intent like the others, allowed on a locked plan (a follow-up meeting is prepared too)', () => {
  assert.ok(INTENT_TYPES.includes('recordPreparation'));
  assert.ok(ACTIVE_PLAN_INTENTS.includes('recordPreparation'));
  let p = invited();
  p = ok(signPlan(p, { type: 'signPlan' }, ctx)).plan;
  p = ok(lockPlan(p, { type: 'lockPlan' }, ctx)).plan;
  ok(applyIntent(p, { type: 'recordPreparation', preparation: { whatMatters: 'Tryggheten' } }, ctx));
});

test('a meeting keeps its note-taker, adaptations and urgency; an answer keeps who comes', () => {
  const scheduled = ok(scheduleMeeting(invited(), { type: 'scheduleMeeting', meeting: { ...soon, leaderId: 'nurse', noteTakerId: 'nurse', adaptations: ['Hörselslinga'], urgent: true } }, ctx)).plan;
  const m = scheduled.meetings[0]!;
  assert.equal(m.noteTakerId, 'nurse');
  assert.deepEqual(m.adaptations, ['Hörselslinga']);
  assert.equal(m.urgent, true);
  const answered = ok(answerInvitation(scheduled, { type: 'answerInvitation', meetingId: m.id, entryId: 'nurse', answer: { kind: 'acknowledged', attendee: 'Maria Ek och en kollega' } }, ctx)).plan;
  assert.equal(answered.meetings[0]!.invitations[0]!.answer?.attendee, 'Maria Ek och en kollega');
  err(editMeeting(scheduled, { type: 'editMeeting', meetingId: m.id, patch: { urgent: 'yes' as unknown as boolean } }, ctx), 'intent.invalid');
});

test('the short-notice hint skips a meeting marked urgent, and comes back when the mark is taken off', () => {
  const booked = ok(scheduleMeeting(invited(), { type: 'scheduleMeeting', meeting: soon }, ctx)).plan;
  assert.equal(checkGuidance(booked).some((i) => i.code === 'meeting.shortNotice'), true);
  const urgent = ok(editMeeting(booked, { type: 'editMeeting', meetingId: 'meeting-1', patch: { urgent: true } }, ctx)).plan;
  assert.equal(checkGuidance(urgent).some((i) => i.code === 'meeting.shortNotice'), false);
  const notUrgent = ok(editMeeting(urgent, { type: 'editMeeting', meetingId: 'meeting-1', patch: { urgent: undefined } }, ctx)).plan;
  assert.equal(checkGuidance(notUrgent).some((i) => i.code === 'meeting.shortNotice'), true);
});

test('the change message exists in Swedish and English', () => {
  assert.ok(MESSAGE_CODES.includes('change.preparation.recorded'));
  assert.equal(modelMessage('change.preparation.recorded', undefined, 'en'), 'Preparation with the person saved.');
});

test('a form\'s day and time are Stockholm wall-clock time, in winter and summer, whatever the machine\'s zone', async () => {
  const { fromStockholmWallClock, stockholmWallClock } = await import('../../src/model');
  assert.equal(fromStockholmWallClock('2026-12-02', '10:00'), '2026-12-02T09:00:00.000Z');
  assert.equal(fromStockholmWallClock('2026-06-02', '10:00'), '2026-06-02T08:00:00.000Z');
  assert.deepEqual(stockholmWallClock('2026-12-02T09:00:00.000Z'), { date: '2026-12-02', time: '10:00' });
  assert.deepEqual(stockholmWallClock('2026-06-02T23:30:00Z'), { date: '2026-06-03', time: '01:30' });
  assert.equal(fromStockholmWallClock('2026-02-30', '10:00'), undefined);
  assert.equal(fromStockholmWallClock('2026-12-02', '24:00'), undefined);
  assert.equal(fromStockholmWallClock('', '10:00'), undefined);
});
