// The plan's lifecycle and follow-up rules as the guidance describes them (issue 11, second half):
// sign then lock, signing requirements, printed-copy signatures, coordinator change, timing
// guidance, closure, status consistency, follow-up as staff do it, re-sent initiatives, minutes,
// undo of removals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  activityStatusLabel, ACTIVITY_STATUS_LABELS, addGoal, addWorkingDays, answerInitiative, answerInvitation, applyIntent,
  captureActivityRemoval, captureGoalRemoval, captureNetworkEntryRemoval, changeActivityStatus, changeCoordinator, checkGuidance,
  checkInvariants, closePlan, commentActivity, isContentEditable, planStage, editPlanDetails, lockPlan, parsePlan, recordFollowUp, recordInitiative,
  recordMeetingMinutes, recordSignature, removeActivity, removeGoal, removeNetworkEntry, resendInitiative, resetGoals, restoreActivity,
  restoreGoal, restoreNetworkEntry, scheduleMeeting, setModelLocale, setRoles, signingRequirements, signPlan,
  recordConsent,
  type SipPlan,
} from '../../src/model';
import { clone, consentInput, ctx, err, example, minimalPlan, NOW, ok, signable } from './helpers';

const asNurse = { ...ctx, entryId: 'nurse' };
const signed = () => ok(signPlan(signable(), { type: 'signPlan' }, asNurse)).plan;
const locked = () => ok(lockPlan(signed(), { type: 'lockPlan' }, asNurse)).plan;

test('sign, then lock: a signed plan is active and still editable until the coordinator locks it', () => {
  const s = ok(signPlan(signable(), { type: 'signPlan' }, asNurse));
  assert.equal(s.plan.status, 'active');
  assert.equal(s.plan.lockedAt, undefined);
  assert.deepEqual(s.plan.signatures, [{ role: 'coordinator', by: ctx.by, entryId: 'nurse', at: NOW }]);
  assert.equal(s.change.type, 'plan.signed');
  // the staff who took part may still edit the signed plan
  const edited = ok(addGoal(s.plan, { type: 'addGoal', goal: { horizon: 'long', text: 'Karin vill träffa sina barnbarn.' } }, { ...ctx, by: 'Lena Berg' })).plan;
  const l = ok(lockPlan(edited, { type: 'lockPlan' }, asNurse));
  assert.equal(l.plan.lockedAt, NOW);
  assert.equal(l.plan.status, 'active');
  assert.equal(l.change.type, 'plan.locked');
  err(addGoal(l.plan, { type: 'addGoal', goal: { horizon: 'long', text: 'Karin vill x' } }, ctx), 'plan.locked');
  err(lockPlan(l.plan, { type: 'lockPlan' }, asNurse), 'lock.alreadyLocked');
  err(lockPlan(signable(), { type: 'lockPlan' }, asNurse), 'lock.notSigned');
  assert.deepEqual([signable(), s.plan, l.plan].map(planStage), ['draft', 'signed', 'locked']);
  assert.deepEqual([signable(), s.plan, l.plan].map(isContentEditable), [true, true, false]);
  // the lock checks the requirements again: the plan may have lost a part after signing
  const lost = ok(editPlanDetails(s.plan, { type: 'editPlanDetails', patch: { followUpDate: undefined } }, ctx)).plan;
  err(lockPlan(lost, { type: 'lockPlan' }, asNurse), 'sign.needsFollowUpDate');
});

test('only the coordinator signs and locks; a signature never names someone who did not act', () => {
  err(signPlan(signable(), { type: 'signPlan' }, { ...ctx, entryId: 'daughter' }), 'sign.notCoordinator');
  err(signPlan(signable(), { type: 'signPlan' }, { ...ctx, entryId: 'ghost' }), 'sign.notCoordinator');
  const anonymous = ok(signPlan(signable(), { type: 'signPlan' }, ctx)).plan;
  assert.equal(anonymous.signatures[0]!.entryId, undefined, 'the host did not say who acted');
  assert.equal(anonymous.signatures[0]!.by, ctx.by);
  err(lockPlan(signed(), { type: 'lockPlan' }, { ...ctx, entryId: 'af' }), 'lock.notCoordinator');
  ok(lockPlan(anonymous, { type: 'lockPlan' }, ctx));
});

test('signing requirements: every missing part as an issue a person can act on, in Swedish and English', () => {
  const base = minimalPlan();
  const issues = signingRequirements(base, NOW);
  const byCode = new Map(issues.map((i) => [i.code, i]));
  for (const [code, path] of [
    ['sign.needsConsent', ['consents']],
    ['sign.needsCoordinator', ['network']],
    ['sign.needsOverallResponsible', ['overallResponsible']],
    ['sign.needsActivity', ['activities']],
    ['sign.needsGoal', ['goals']],
    ['sign.needsFollowUpDate', ['followUpDate']],
    ['sign.needsReason', ['reason']],
  ] as const) {
    assert.deepEqual(byCode.get(code)?.path, path, code);
    assert.equal(byCode.get(code)?.severity, 'error');
  }
  assert.match(byCode.get('sign.needsActivity')!.message, /minst en insats/);
  assert.match(byCode.get('sign.needsReason')!.message, /varför SIP behövs/);
  const r = err(signPlan(base, { type: 'signPlan' }, ctx), 'sign.needsConsent');
  assert.deepEqual(r.error.issues?.map((i) => i.code), issues.map((i) => i.code), 'the error lists every missing part');
  setModelLocale('en');
  try {
    assert.match(signingRequirements(base, NOW).find((i) => i.code === 'sign.needsActivity')!.message, /at least one activity/);
  } finally {
    setModelLocale('sv');
  }
  // a reason of only spaces is no reason; cancelled activities are not activities of the plan
  const p = signable();
  const blank = { ...p, reason: '   ' };
  assert.deepEqual(signingRequirements(blank, NOW).map((i) => i.code), ['sign.needsReason']);
  const cancelled = ok(changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'activity-1', to: 'cancelled' }, ctx)).plan;
  assert.deepEqual(signingRequirements(cancelled, NOW).map((i) => i.code), ['sign.needsActivity']);
  // which principal is responsible for what: each activity names its principal
  const noPrincipal = clone(p);
  delete noPrincipal.activities[0]!.responsible.principal;
  assert.deepEqual(signingRequirements(noPrincipal, NOW).map((i) => [i.code, i.path.join('.')]), [['sign.activityNeedsPrincipal', 'activities.0.responsible.principal']]);
  // expired consent
  assert.deepEqual(signingRequirements(p, '2027-06-01T00:00:00Z').map((i) => i.code), ['sign.needsConsent']);
});

test('signatures on the printed copy: person, guardian, legal representative and parties — who, when, how', () => {
  err(recordSignature(signed(), { type: 'recordSignature', role: 'person', method: 'paper' }, ctx), 'signature.notLocked');
  let p = locked();
  p = ok(recordSignature(p, { type: 'recordSignature', role: 'person', method: 'paper', at: '2026-11-22T11:00:00+01:00' }, { ...ctx, by: 'Maria Ek' })).plan;
  assert.deepEqual(p.signatures.at(-1), { role: 'person', by: 'Karin Lindqvist', at: '2026-11-22T11:00:00+01:00', method: 'paper', recordedBy: 'Maria Ek' });
  const party = ok(recordSignature(p, { type: 'recordSignature', role: 'party', entryId: 'af', method: 'electronic' }, ctx));
  assert.deepEqual(party.plan.signatures.at(-1), { role: 'party', by: 'Arbetsförmedlingen', at: NOW, method: 'electronic', recordedBy: ctx.by, entryId: 'af' });
  assert.equal(party.change.type, 'plan.signatureRecorded');
  err(recordSignature(p, { type: 'recordSignature', role: 'person', method: 'paper' }, ctx), 'signature.duplicate');
  err(recordSignature(p, { type: 'recordSignature', role: 'party', entryId: 'ghost', method: 'paper' }, ctx), 'notFound.networkEntry');
  err(recordSignature(p, { type: 'recordSignature', role: 'party', entryId: 'af', method: 'fax' as 'paper' }, ctx), 'intent.invalid');
  err(recordSignature(p, { type: 'recordSignature', role: 'coordinator' as 'person', method: 'paper' }, ctx), 'intent.invalid');
  err(recordSignature(p, { type: 'recordSignature', role: 'legalRepresentative', method: 'paper' }, ctx), 'signature.noLegalRepresentative');
  err(recordSignature(p, { type: 'recordSignature', role: 'guardian', guardianId: 'nobody', method: 'paper' }, ctx), 'notFound.guardian');
  // a guardian and a legal representative, when the person has them
  const withFamily = clone(p);
  withFamily.person.guardians = [{ id: 'g1', name: 'Sara Karlsson' }];
  withFamily.person.legalRepresentative = { kind: 'godMan', name: 'Bo Ek' };
  const g = ok(recordSignature(withFamily, { type: 'recordSignature', role: 'guardian', guardianId: 'g1', method: 'paper' }, ctx)).plan;
  assert.equal(g.signatures.at(-1)!.guardianId, 'g1');
  assert.equal(g.signatures.at(-1)!.by, 'Sara Karlsson');
  const lr = ok(recordSignature(g, { type: 'recordSignature', role: 'legalRepresentative', method: 'electronic' }, ctx)).plan;
  assert.equal(lr.signatures.at(-1)!.by, 'Bo Ek');
  // also through applyIntent, and allowed on the locked plan
  ok(applyIntent(p, { type: 'recordSignature', role: 'party', entryId: 'nurse', method: 'paper' }, ctx));
});

test('the coordinator can change during an active plan, with a change record and no new version', () => {
  const p = locked();
  const withUnit = clone(p);
  withUnit.network.push({ id: 'hemtjanst', kind: 'unit', name: 'Hemtjänst Norr', principal: { kind: 'municipality' }, map: { sector: 'municipality', ring: 2 }, roles: [] });
  const r = ok(changeCoordinator(withUnit, { type: 'changeCoordinator', entryId: 'hemtjanst', note: 'Maria går i pension' }, ctx));
  assert.equal(r.plan.version, p.version);
  assert.equal(r.plan.lockedAt, p.lockedAt, 'still locked');
  assert.deepEqual(r.plan.network.find((e) => e.id === 'hemtjanst')!.roles, ['coordinator']);
  assert.deepEqual(r.plan.network.find((e) => e.id === 'nurse')!.roles, []);
  assert.equal(r.change.type, 'plan.coordinatorChanged');
  assert.deepEqual(r.change.before, { entryId: 'nurse' });
  assert.deepEqual(r.change.after, { entryId: 'hemtjanst', note: 'Maria går i pension' });
  assert.deepEqual(r.plan.signatures, p.signatures, 'the earlier signature stays as it was given');
  err(changeCoordinator(p, { type: 'changeCoordinator', entryId: 'nurse' }, ctx), 'coordinator.unchanged');
  err(changeCoordinator(p, { type: 'changeCoordinator', entryId: 'daughter' }, ctx), 'plan.invalidResult');
  err(changeCoordinator(p, { type: 'changeCoordinator', entryId: 'ghost' }, ctx), 'notFound.networkEntry');
  // setRoles (content editing) is still refused on the locked plan
  err(setRoles(withUnit, { type: 'setRoles', entryId: 'hemtjanst', roles: ['coordinator'] }, ctx), 'plan.locked');
});

test('guidance: a plan written more than two working days after its meeting; a meeting booked under three weeks ahead', () => {
  const meeting = (start: string) => ({ start, end: start.replace('T10:', 'T11:'), form: 'inPerson' as const, status: 'held' as const });
  // meeting Monday 16 Nov, signed Sunday 22 Nov: Tue–Fri are 4 working days
  const late = ok(scheduleMeeting(signable(), { type: 'scheduleMeeting', meeting: meeting('2026-11-16T10:00:00+01:00') }, ctx)).plan;
  const lateSigned = ok(signPlan(late, { type: 'signPlan' }, ctx)).plan;
  const w = checkGuidance(lateSigned).find((i) => i.code === 'plan.writtenLate');
  assert.ok(w, 'warning expected');
  assert.equal(w.severity, 'warning');
  assert.deepEqual(w.path, ['signatures', 0, 'at']);
  assert.match(w.message, /4 arbetsdagar/);
  // meeting Thursday 19 Nov: only Friday before the Sunday signing
  const timely = ok(scheduleMeeting(signable(), { type: 'scheduleMeeting', meeting: meeting('2026-11-19T10:00:00+01:00') }, ctx)).plan;
  assert.equal(checkGuidance(ok(signPlan(timely, { type: 'signPlan' }, ctx)).plan).some((i) => i.code === 'plan.writtenLate'), false);
  // working days, not calendar days: meeting Thursday 2 April 2026, signed Tuesday 7 April (Easter between) = 1 working day
  const easter = ok(scheduleMeeting(signable(), { type: 'scheduleMeeting', meeting: meeting('2026-04-02T10:00:00+02:00') }, ctx)).plan;
  const easterSigned = ok(signPlan(easter, { type: 'signPlan' }, { ...ctx, now: '2026-11-22T10:00:00+01:00' })).plan;
  const shifted = clone(easterSigned);
  shifted.signatures[0]!.at = '2026-04-07T16:00:00+02:00';
  assert.equal(checkGuidance(shifted).some((i) => i.code === 'plan.writtenLate'), false);
  shifted.signatures[0]!.at = '2026-04-09T16:00:00+02:00';
  assert.equal(checkGuidance(shifted).some((i) => i.code === 'plan.writtenLate'), true);

  // notice: invitations sent now (22 Nov) for a meeting 10 days ahead → hint; 30 days ahead → none
  const invited = ok(applyIntent(signable(), { type: 'setInvited', entryId: 'nurse', invited: true }, ctx)).plan;
  const soon = ok(scheduleMeeting(invited, { type: 'scheduleMeeting', meeting: { start: '2026-12-02T10:00:00+01:00', end: '2026-12-02T11:00:00+01:00', form: 'video' } }, ctx)).plan;
  const hint = checkGuidance(soon).find((i) => i.code === 'meeting.shortNotice');
  assert.ok(hint);
  assert.equal(hint.severity, 'warning');
  assert.deepEqual(hint.path, ['meetings', 0, 'start']);
  assert.match(hint.message, /10 dagar/);
  const inTime = ok(scheduleMeeting(invited, { type: 'scheduleMeeting', meeting: { start: '2026-12-22T10:00:00+01:00', end: '2026-12-22T11:00:00+01:00', form: 'video' } }, ctx)).plan;
  assert.equal(checkGuidance(inTime).some((i) => i.code === 'meeting.shortNotice'), false);
  assert.deepEqual(checkInvariants(soon), [], 'guidance, not errors');
});

test('closing returns the parties to notify and records who decided; SIP-kollen at closure and follow-up', () => {
  const p = locked();
  const r = ok(closePlan(p, { type: 'closePlan', reason: 'goalsMet', decidedWith: ['nurse', 'daughter'], personTookPart: true, sipKollen: { offered: true, at: '2026-11-22' } }, ctx));
  assert.deepEqual(r.notify, ['nurse', 'af']);
  assert.equal(r.plan.closure?.personTookPart, true);
  assert.deepEqual(r.plan.closure?.decidedWith, ['nurse', 'daughter']);
  assert.deepEqual(r.plan.closure?.sipKollen, { offered: true, at: '2026-11-22' });
  assert.deepEqual((r.change.after as { notify: string[] }).notify, ['nurse', 'af']);
  err(closePlan(p, { type: 'closePlan', reason: 'goalsMet', decidedWith: ['ghost'] }, ctx), 'notFound.networkEntry');
  err(closePlan(p, { type: 'closePlan', reason: 'goalsMet', sipKollen: { offered: 'yes' as unknown as boolean } }, ctx), 'intent.invalid');
  err(closePlan(p, { type: 'closePlan', reason: 'goalsMet', sipKollen: { offered: false, at: '2026-02-30' } }, ctx), 'intent.invalid');
  const draftClose = ok(closePlan(minimalPlan(), { type: 'closePlan', reason: 'noLongerNeeded' }, ctx));
  assert.ok(Array.isArray(draftClose.notify), 'closing a draft also says whom to tell');
  const fu = ok(recordFollowUp(p, { type: 'recordFollowUp', followUp: { date: '2026-11-22', decision: 'continue', sipKollen: { offered: false } } }, ctx));
  assert.deepEqual(fu.plan.followUps[0]!.sipKollen, { offered: false });
});

test('status, lock, signature, closure and voiding stay consistent (invariant)', () => {
  const codes = (p: SipPlan) => checkInvariants(p).map((i) => `${i.code}@${i.path.join('.')}`);
  const relabelled = clone(locked());
  relabelled.status = 'draft';
  assert.deepEqual(codes(relabelled).sort(), ['plan.draftLocked@lockedAt', 'plan.draftSigned@signatures']);
  const activeClosed = clone(locked());
  activeClosed.closure = { reason: 'goalsMet', at: NOW, by: 'x' };
  assert.deepEqual(codes(activeClosed), ['plan.closureOnOpenPlan@closure']);
  assert.match(checkInvariants(activeClosed)[0]!.message, /statusen aktiv/, 'the status reads as a word, not a code');
  const closedVoided = clone(ok(closePlan(locked(), { type: 'closePlan', reason: 'goalsMet' }, ctx)).plan);
  closedVoided.voided = { reason: 'other', at: NOW, by: 'x' };
  assert.deepEqual(codes(closedVoided), ['plan.voidedOnOtherStatus@voided']);
  const unsigned = clone(locked());
  unsigned.signatures = [];
  assert.deepEqual(codes(unsigned).sort(), ['plan.activeWithoutSignature@signatures', 'plan.lockedWithoutSignature@lockedAt']);
  const closers = clone(locked());
  closers.status = 'closed';
  closers.closure = { reason: 'goalsMet', at: NOW, by: 'x', decidedWith: ['ghost'] };
  assert.deepEqual(codes(closers), ['ref.unknownNetworkEntry@closure.decidedWith.0']);
  assert.equal(parsePlan(JSON.parse(JSON.stringify(relabelled))).ok, false);
});

test('follow-up: planned straight to done, comments without a status change, Prator words', () => {
  const p = locked();
  const done = ok(changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'activity-1', to: 'done', note: 'Larmet installerat' }, ctx));
  assert.equal(done.plan.activities[0]!.status, 'done');
  const c = ok(commentActivity(p, { type: 'commentActivity', activityId: 'activity-1', note: 'Väntar på leverans' }, ctx));
  const a = c.plan.activities[0]!;
  assert.equal(a.status, 'planned');
  assert.deepEqual(a.statusHistory.at(-1), { status: 'planned', at: NOW, by: ctx.by, note: 'Väntar på leverans' });
  assert.equal(c.change.type, 'activity.comment');
  err(commentActivity(p, { type: 'commentActivity', activityId: 'activity-1', note: '  ' }, ctx), 'intent.invalid');
  err(commentActivity(p, { type: 'commentActivity', activityId: 'nope', note: 'x' }, ctx), 'notFound.activity');
  assert.deepEqual(ACTIVITY_STATUS_LABELS.sv, { planned: 'Ej påbörjad', ongoing: 'Pågår', done: 'Klart', paused: 'Pausad', cancelled: 'Ej genomförd' });
  assert.equal(activityStatusLabel('cancelled', 'en'), 'Not carried out');
  assert.equal(activityStatusLabel('done'), 'Klart');
  // A refusal names the statuses in the same words as the list.
  const refuse = () => changeActivityStatus(done.plan, { type: 'changeActivityStatus', activityId: 'activity-1', to: 'planned' }, ctx);
  assert.equal(err(refuse(), 'activity.transition').error.message, 'Statusen kan inte ändras från klart till ej påbörjad.');
  setModelLocale('en');
  try {
    assert.equal(activityStatusLabel('planned'), 'Not started');
    assert.equal(err(refuse(), 'activity.transition').error.message, 'The status cannot change from done to not started.');
  } finally {
    setModelLocale('sv');
  }
});

/** The minimal plan with a consent covering every entry (initiatives go only to covered parties). */
function coveredPlan(now = NOW): SipPlan {
  const record = { ...consentInput, scope: { ...consentInput.scope, parties: ['nurse', 'af', 'daughter'] } };
  return ok(recordConsent(minimalPlan(), { type: 'recordConsent', record }, { ...ctx, now })).plan;
}

test('initiative: a decline names who should get it; re-sending keeps earlier receivers and their answers', () => {
  let p = coveredPlan();
  p = ok(recordInitiative(p, { type: 'recordInitiative', initiatedBy: 'nurse', reason: 'Många aktörer', receivers: ['af'] }, ctx)).plan;
  err(answerInitiative(p, { type: 'answerInitiative', entryId: 'af', answer: { kind: 'declined' } }, ctx), 'answer.declineNeedsRedirect');
  err(answerInitiative(p, { type: 'answerInitiative', entryId: 'af', answer: { kind: 'declined', redirectTo: ' ' } }, ctx), 'answer.declineNeedsRedirect');
  p = ok(answerInitiative(p, { type: 'answerInitiative', entryId: 'af', answer: { kind: 'declined', redirectTo: 'nurse', note: 'Ingen pågående kontakt' } }, ctx)).plan;
  const later = { ...ctx, now: '2026-11-23T09:00:00+01:00' };
  const re = ok(resendInitiative(p, { type: 'resendInitiative', receivers: ['nurse'] }, later));
  const receivers = re.plan.initiative!.receivers;
  assert.deepEqual(receivers.map((r) => r.entryId), ['af', 'nurse']);
  assert.deepEqual(receivers[0], p.initiative!.receivers[0], 'the earlier receiver and its answer are kept');
  assert.equal(receivers[1]!.sentAt, later.now);
  assert.equal(receivers[1]!.dueAt, addWorkingDays(later.now, 1));
  assert.equal(re.change.type, 'initiative.resent');
  err(resendInitiative(re.plan, { type: 'resendInitiative', receivers: ['nurse'] }, later), 'intent.invalid');
  err(resendInitiative(minimalPlan(), { type: 'resendInitiative', receivers: ['nurse'] }, later), 'notFound.initiative');
  // recording again does the same
  const again = ok(recordInitiative(p, { type: 'recordInitiative', initiatedBy: 'nurse', reason: 'Många aktörer', receivers: ['daughter'] }, later)).plan;
  assert.deepEqual(again.initiative!.receivers.map((r) => r.entryId), ['af', 'daughter']);
  assert.equal(again.initiative!.receivers[0]!.answer?.kind, 'declined');
  assert.equal(again.initiative!.at, p.initiative!.at, 'the initiative keeps when it was taken');
  // invitations: a decline also names who should come instead
  err(answerInvitation(example('child'), { type: 'answerInvitation', meetingId: 'meeting-1', entryId: 'psykolog', answer: { kind: 'declined' } }, ctx), 'answer.declineNeedsRedirect');
});

test('answers are due one Swedish working day after sending', () => {
  const p = ok(recordInitiative(coveredPlan(), { type: 'recordInitiative', initiatedBy: 'nurse', reason: 'x', receivers: ['af'] }, { ...ctx, now: '2026-12-23T15:00:00+01:00' })).plan;
  assert.equal(p.initiative!.receivers[0]!.dueAt, '2026-12-28T14:00:00.000Z', 'julafton, juldagen, annandag jul and the weekend skipped');
});

test('recordMeetingMinutes does not overwrite a held meeting unless asked to', () => {
  const p = example('child');
  const first = ok(recordMeetingMinutes(p, { type: 'recordMeetingMinutes', meetingId: 'meeting-1', minutes: { opening: 5 } }, ctx)).plan;
  assert.equal(first.meetings[0]!.status, 'held');
  err(recordMeetingMinutes(first, { type: 'recordMeetingMinutes', meetingId: 'meeting-1', minutes: { opening: 9 } }, ctx), 'meeting.alreadyHeld');
  const second = ok(recordMeetingMinutes(first, { type: 'recordMeetingMinutes', meetingId: 'meeting-1', minutes: { opening: 9 }, overwrite: true }, ctx)).plan;
  assert.equal(second.meetings[0]!.agenda[0]!.actualMinutes, 9);
});

test('undo: a removed goal comes back in place with its sub-goals and activity links', () => {
  const p = example('child');
  const removed = captureGoalRemoval(p, 'g-school');
  const gone = ok(removeGoal(p, { type: 'removeGoal', goalId: 'g-school', cascade: true }, ctx)).plan;
  const back = ok(restoreGoal(gone, { type: 'restoreGoal', removed }, ctx));
  assert.deepEqual(back.plan.goals, p.goals);
  assert.deepEqual(back.plan.activities, p.activities);
  assert.equal(back.change.type, 'goal.restored');
  err(restoreGoal(p, { type: 'restoreGoal', removed }, ctx), 'conflict.duplicateId');
  err(restoreGoal(gone, { type: 'restoreGoal', removed: { goals: [], links: [] } }, ctx), 'intent.invalid');
  // a host form's reset: back to the goals as they were; links to goals no longer there are dropped
  const edited = ok(removeGoal(p, { type: 'removeGoal', goalId: 'g-family' }, ctx)).plan;
  const reset = ok(resetGoals(edited, { type: 'resetGoals', goals: p.goals }, ctx));
  assert.deepEqual(reset.plan.goals, p.goals);
  assert.equal(reset.change.type, 'goal.reset');
  const fewer = ok(resetGoals(p, { type: 'resetGoals', goals: p.goals.filter((x) => x.id !== 'g-family') }, ctx)).plan;
  assert.equal(fewer.activities.some((a) => a.goalIds.includes('g-family')), false);
});

test('undo: a removed activity comes back in place with its history and unknown fields', () => {
  const p = clone(example('child'));
  (p.activities[1] as Record<string, unknown>)['x-host'] = { keep: true };
  const removed = captureActivityRemoval(p, 'a-adapt')!;
  const gone = ok(removeActivity(p, { type: 'removeActivity', activityId: 'a-adapt' }, ctx)).plan;
  const back = ok(restoreActivity(gone, { type: 'restoreActivity', ...removed }, ctx));
  assert.deepEqual(back.plan.activities, p.activities);
  assert.equal(back.change.type, 'activity.restored');
  assert.equal(captureActivityRemoval(p, 'nope'), undefined);
  err(restoreActivity(p, { type: 'restoreActivity', ...removed }, ctx), 'conflict.duplicateId');
});

test('undo: a removed network entry comes back with roles, meeting participation, invitation, guardian and map links', () => {
  const p = clone(example('child'));
  p.meetings[0]!.participants.push('moa');
  p.meetings[0]!.invitations.splice(1, 0, { entryId: 'moa', sentAt: NOW });
  p.network[0]!.knows = ['moa'];
  p.person.guardians[0]!.networkEntryId = 'moa';
  (p.network[2] as Record<string, unknown>)['x-host'] = 1;
  const removed = captureNetworkEntryRemoval(p, 'moa')!;
  const gone = ok(removeNetworkEntry(p, { type: 'removeNetworkEntry', entryId: 'moa' }, ctx)).plan;
  const back = ok(restoreNetworkEntry(gone, { type: 'restoreNetworkEntry', removed }, ctx));
  assert.deepEqual(back.plan.network, p.network);
  assert.deepEqual(back.plan.meetings, p.meetings);
  assert.deepEqual(back.plan.person, p.person);
  assert.equal(back.change.type, 'network.restored');
  // a unit with its members and the meeting leader
  const kurator = captureNetworkEntryRemoval(p, 'school')!;
  assert.deepEqual(kurator.unitOf, ['mentor', 'kurator']);
  // the coordinator role is not taken back from someone who got it meanwhile
  const q = clone(example('child'));
  q.activities = q.activities.filter((a) => a.responsible.personEntryId !== 'kurator');
  q.consents[0]!.scope.parties = q.consents[0]!.scope.parties.filter((x) => x !== 'kurator');
  q.initiative = { ...q.initiative!, initiatedBy: 'person' };
  const k = captureNetworkEntryRemoval(q, 'kurator')!;
  const noKurator = ok(removeNetworkEntry(q, { type: 'removeNetworkEntry', entryId: 'kurator' }, ctx)).plan;
  assert.equal(noKurator.meetings[0]!.leaderId, undefined);
  const newCoordinator = ok(setRoles(noKurator, { type: 'setRoles', entryId: 'handl', roles: ['coordinator'] }, ctx)).plan;
  const restored = ok(restoreNetworkEntry(newCoordinator, { type: 'restoreNetworkEntry', removed: k }, ctx)).plan;
  assert.deepEqual(restored.network.find((e) => e.id === 'kurator')!.roles, ['meetingLeader']);
  assert.deepEqual(restored.network.find((e) => e.id === 'handl')!.roles, ['coordinator']);
  assert.equal(restored.meetings[0]!.leaderId, 'kurator');
  err(restoreNetworkEntry(p, { type: 'restoreNetworkEntry', removed }, ctx), 'conflict.duplicateId');
});
