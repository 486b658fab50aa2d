import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addActivity, addGoal, addNetworkEntry, allowedStatusTransitions, answerInitiative, answerInvitation, applyIntent,
  canConvene, changeActivityStatus, closePlan, consentState, coveredParties, editActivity, editGoal, editMeeting,
  editNetworkEntry, editPlanDetails, moveNetworkEntry, parsePlan, recordConsent, recordFollowUp, recordInitiative,
  recordMeetingMinutes, removeActivity, removeGoal, removeNetworkEntry, reorderGoal, scheduleMeeting, setGoalAchievement,
  setInvited, setRoles, signPlan, startRevision, withdrawConsent, defaultAgenda, addWorkingDays, isOverdue,
  signBlockers, lockPlan, ACTIVE_PLAN_INTENTS, INTENT_TYPES, type SipPlan, type PlanIntent,
} from '../../src/model';
import { consentInput, ctx, err, example, minimalPlan, NOW, ok, signable } from './helpers';

/** signed by the coordinator and locked. */
function active(): SipPlan {
  const signed = ok(signPlan(signable(), { type: 'signPlan' }, ctx)).plan;
  return ok(lockPlan(signed, { type: 'lockPlan' }, ctx)).plan;
}

test('ctx is validated', () => {
  const p = minimalPlan();
  err(setInvited(p, { type: 'setInvited', entryId: 'nurse', invited: true }, { by: '', now: NOW }), 'ctx.invalid');
  err(setInvited(p, { type: 'setInvited', entryId: 'nurse', invited: true }, { by: 'x', now: 'yesterday' }), 'ctx.invalid');
});

test('every operation appends its change to the change log with by/at', () => {
  const p = minimalPlan();
  const r = ok(setInvited(p, { type: 'setInvited', entryId: 'nurse', invited: true }, ctx));
  assert.equal(r.plan.changeLog.length, 1);
  assert.deepEqual(r.plan.changeLog[0], r.change);
  assert.equal(r.change.by, ctx.by);
  assert.equal(r.change.at, NOW);
  assert.equal(r.change.type, 'network.invited');
  assert.deepEqual(r.change.target, { kind: 'networkEntry', id: 'nurse' });
  assert.equal(r.plan.updatedAt, NOW);
  assert.equal(p.changeLog.length, 0);
});

test('consent: record, state windows, covered parties, refusal', () => {
  let p = minimalPlan();
  assert.equal(consentState(p, NOW).status, 'none');
  err(recordConsent(p, { type: 'recordConsent', record: { ...consentInput, givenBy: [] } }, ctx), 'intent.invalid');
  const r = ok(recordConsent(p, { type: 'recordConsent', record: consentInput }, ctx));
  assert.equal(r.change.type, 'consent.recorded');
  p = r.plan;
  assert.equal(p.consents[0]!.recordedBy, ctx.by);
  assert.equal(consentState(p, NOW).status, 'active');
  assert.equal(consentState(p, '2027-04-10').status, 'expiring');
  assert.equal(consentState(p, '2027-04-10', { expiringWithinDays: 10 }).status, 'active');
  assert.equal(consentState(p, '2027-05-01').status, 'expiring');
  assert.equal(consentState(p, '2027-05-02').status, 'expired');
  assert.equal(consentState(p, '2026-10-01').status, 'none');
  assert.deepEqual(coveredParties(p, NOW).map((e) => e.id), ['nurse', 'af']);
  assert.deepEqual(coveredParties(p, '2027-06-01'), []);
  err(recordConsent(p, { type: 'recordConsent', record: { ...consentInput, id: 'consent-1' } }, ctx), 'conflict.duplicateId');
  const refused = ok(recordConsent(p, { type: 'recordConsent', record: { ...consentInput, decision: 'refused' } }, ctx));
  assert.equal(refused.change.type, 'consent.refused');
  assert.equal(consentState(refused.plan, NOW).status, 'refused');
  err(recordConsent(p, { type: 'recordConsent', record: { ...consentInput, scope: { ...consentInput.scope, parties: ['ghost'] } } }, ctx), 'plan.invalidResult');
});

test('consent: withdrawal voids the plan and names parties to notify; nothing changes after', () => {
  const p = active();
  const r = ok(withdrawConsent(p, { type: 'withdrawConsent', by: { role: 'person' }, form: 'oral' }, ctx));
  assert.equal(r.plan.status, 'voided');
  assert.equal(r.plan.voided?.reason, 'consentWithdrawn');
  assert.deepEqual(r.notify, ['nurse', 'af']);
  assert.deepEqual((r.change.after as { notify: string[] }).notify, ['nurse', 'af']);
  assert.equal(consentState(r.plan, NOW).status, 'withdrawn');
  assert.ok(r.plan.consents[0]!.withdrawal);
  err(withdrawConsent(r.plan, { type: 'withdrawConsent', by: { role: 'person' }, form: 'oral' }, ctx), 'plan.voided');
  err(changeActivityStatus(r.plan, { type: 'changeActivityStatus', activityId: 'x', to: 'done' }, ctx), 'plan.voided');
  err(withdrawConsent(minimalPlan(), { type: 'withdrawConsent', by: { role: 'person' }, form: 'oral' }, ctx), 'consent.noActive');
  err(withdrawConsent(signable(), { type: 'withdrawConsent', consentId: 'nope', by: { role: 'person' }, form: 'oral' }, ctx), 'notFound.consent');
});

test('network: add, edit, move, roles, invited, canConvene', () => {
  let p = minimalPlan();
  const add = ok(addNetworkEntry(p, { type: 'addNetworkEntry', entry: { kind: 'unit', name: 'Hemtjänst Norr', principal: { kind: 'municipality' }, map: { sector: 'municipality', ring: 2 }, xHost: 1 } as never }, ctx));
  p = add.plan;
  const added = p.network[3]!;
  assert.equal(added.id, 'actor-4');
  assert.deepEqual(added.roles, []);
  assert.equal((added as Record<string, unknown>).xHost, 1);
  err(addNetworkEntry(p, { type: 'addNetworkEntry', entry: { id: 'nurse', kind: 'friend', name: 'X', map: { sector: 'friends', ring: 1 } } }, ctx), 'conflict.duplicateId');
  err(addNetworkEntry(p, { type: 'addNetworkEntry', entry: { kind: 'friend', name: '', map: { sector: 'friends', ring: 1 } } }, ctx), 'intent.invalid');
  const ed = ok(editNetworkEntry(p, { type: 'editNetworkEntry', entryId: 'actor-4', patch: { profession: 'Enhet', unit: undefined, id: 'hack' } }, ctx));
  assert.equal(ed.plan.network[3]!.id, 'actor-4');
  assert.equal(ed.plan.network[3]!.profession, 'Enhet');
  assert.equal((ed.plan.network[3] as Record<string, unknown>).xHost, 1);
  err(editNetworkEntry(p, { type: 'editNetworkEntry', entryId: 'ghost', patch: {} }, ctx), 'notFound.networkEntry');
  const mv = ok(moveNetworkEntry(p, { type: 'moveNetworkEntry', entryId: 'daughter', sector: 'friends', ring: 3 }, ctx));
  assert.deepEqual(mv.plan.network[1]!.map, { sector: 'friends', ring: 3 });
  assert.deepEqual(mv.change.before, { sector: 'family', ring: 1 });
  err(moveNetworkEntry(p, { type: 'moveNetworkEntry', entryId: 'daughter', sector: 'x', ring: 4 as 1 }, ctx), 'intent.invalid');
  const r1 = ok(setRoles(p, { type: 'setRoles', entryId: 'nurse', roles: ['coordinator', 'fixedCareContact'] }, ctx)).plan;
  const r2 = ok(setRoles(r1, { type: 'setRoles', entryId: 'actor-4', roles: ['coordinator'] }, ctx)).plan;
  assert.deepEqual(r2.network[0]!.roles, ['fixedCareContact'], 'coordinator moves to the new holder');
  assert.deepEqual(r2.network[3]!.roles, ['coordinator']);
  err(setRoles(p, { type: 'setRoles', entryId: 'daughter', roles: ['responsibleDoctor'] }, ctx), 'plan.invalidResult');
  err(setRoles(p, { type: 'setRoles', entryId: 'af', roles: ['coordinator'] }, ctx), 'plan.invalidResult');
  err(setRoles(p, { type: 'setRoles', entryId: 'nurse', roles: ['boss' as 'coordinator'] }, ctx), 'intent.invalid');
  assert.equal(ok(setInvited(p, { type: 'setInvited', entryId: 'af', invited: true }, ctx)).plan.network[2]!.invited, true);
  assert.equal(canConvene(p.network[0]!), true);
  assert.equal(canConvene(p.network[1]!), false);
  assert.equal(canConvene(p.network[2]!), false);
  assert.equal(canConvene({ kind: 'unit', principal: { kind: 'other', other: 'private-provider', contractedBy: 'municipality' } }), true);
  assert.equal(canConvene({ kind: 'unit', principal: { kind: 'other', other: 'private-provider' } }), false);
});

test('network: removal cleans soft references and refuses hard ones', () => {
  const p = example('child');
  err(removeNetworkEntry(p, { type: 'removeNetworkEntry', entryId: 'mentor' }, ctx), 'network.inUse');
  err(removeNetworkEntry(p, { type: 'removeNetworkEntry', entryId: 'ghost' }, ctx), 'notFound.networkEntry');
  const r = ok(removeNetworkEntry(p, { type: 'removeNetworkEntry', entryId: 'noah' }, ctx));
  assert.equal(r.plan.network.some((e) => e.id === 'noah'), false);
  // a referenced-only-softly entry: the child's sister invited to the meeting and known by the mother
  const q = JSON.parse(JSON.stringify(p)) as SipPlan;
  q.meetings[0]!.participants.push('moa');
  q.network[0]!.knows = ['moa'];
  q.meetings[0]!.invitations.push({ entryId: 'moa' });
  q.person.guardians[0]!.networkEntryId = 'moa';
  const r2 = ok(removeNetworkEntry(q, { type: 'removeNetworkEntry', entryId: 'moa' }, ctx));
  assert.equal(r2.plan.meetings[0]!.participants.includes('moa'), false);
  assert.deepEqual(r2.plan.network[0]!.knows, []);
  assert.equal(r2.plan.person.guardians[0]!.networkEntryId, undefined);
  assert.equal(r2.plan.meetings[0]!.invitations.some((i) => i.entryId === 'moa'), false);
  err(removeNetworkEntry(q, { type: 'removeNetworkEntry', entryId: 'sara' }, ctx), 'network.inUse');
});

test('goals: add, edit, reorder among siblings, remove with cascade, achievement', () => {
  let p = example('elderly');
  err(addGoal(p, { type: 'addGoal', goal: { horizon: 'long', text: 'Jag vill x' } }, ctx), 'plan.locked');
  p = example('child');
  const add = ok(addGoal(p, { type: 'addGoal', goal: { horizon: 'short', parentId: 'g-sleep', text: 'Elias vill somna före halv tio.' } }, ctx));
  assert.equal(add.plan.goals.at(-1)!.id, 'goal-6');
  err(addGoal(p, { type: 'addGoal', goal: { horizon: 'short', parentId: 'g-breaks', text: 'Elias vill x' } }, ctx), 'plan.invalidResult');
  err(addGoal(p, { type: 'addGoal', goal: { horizon: 'short', text: '' } }, ctx), 'intent.invalid');
  const ed = ok(editGoal(p, { type: 'editGoal', goalId: 'g-family', patch: { measure: 'Färre bråk enligt Sara', whatMatters: undefined } }, ctx));
  assert.equal(ed.plan.goals[4]!.measure, 'Färre bråk enligt Sara');
  assert.equal('whatMatters' in ed.plan.goals[4]!, false);
  err(editGoal(p, { type: 'editGoal', goalId: 'nope', patch: {} }, ctx), 'notFound.goal');
  // siblings of g-school: g-mornings (index 1), g-breaks (index 2)
  const ro = ok(reorderGoal(p, { type: 'reorderGoal', goalId: 'g-breaks', toIndex: 0 }, ctx));
  assert.deepEqual(ro.plan.goals.map((g) => g.id), ['g-school', 'g-breaks', 'g-mornings', 'g-sleep', 'g-family']);
  const top = ok(reorderGoal(p, { type: 'reorderGoal', goalId: 'g-sleep', toIndex: 0 }, ctx));
  assert.deepEqual(top.plan.goals.map((g) => g.id), ['g-sleep', 'g-mornings', 'g-breaks', 'g-school', 'g-family']);
  err(reorderGoal(p, { type: 'reorderGoal', goalId: 'g-breaks', toIndex: 2 }, ctx), 'goal.reorderOutOfRange');
  err(removeGoal(p, { type: 'removeGoal', goalId: 'g-school' }, ctx), 'goal.hasChildren');
  const rm = ok(removeGoal(p, { type: 'removeGoal', goalId: 'g-school', cascade: true }, ctx));
  assert.deepEqual(rm.plan.goals.map((g) => g.id), ['g-sleep', 'g-family']);
  assert.ok(rm.plan.activities.every((a) => a.goalIds.every((id) => id === 'g-sleep' || id === 'g-family')));
  const ach = ok(setGoalAchievement(example('elderly'), { type: 'setGoalAchievement', goalId: 'g-sleep', value: 'partly', note: 'Bättre' }, ctx));
  assert.deepEqual(ach.plan.goals[5]!.achievement, { value: 'partly', at: '2026-11-22', note: 'Bättre' });
  err(setGoalAchievement(p, { type: 'setGoalAchievement', goalId: 'g-sleep', value: 'great' as 'partly' }, ctx), 'intent.invalid');
});

test('activities: status machine with history; terminal statuses; locked edits', () => {
  assert.deepEqual(allowedStatusTransitions('planned'), ['ongoing', 'done', 'cancelled']);
  assert.deepEqual(allowedStatusTransitions('ongoing'), ['done', 'paused', 'cancelled']);
  assert.deepEqual(allowedStatusTransitions('paused'), ['ongoing', 'cancelled']);
  assert.deepEqual(allowedStatusTransitions('done'), []);
  assert.deepEqual(allowedStatusTransitions('cancelled'), []);
  const p = example('elderly'); // active plan: status changes allowed
  const r = ok(changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'a-aids', to: 'ongoing', note: 'Beställt' }, ctx));
  const a = r.plan.activities.find((x) => x.id === 'a-aids')!;
  assert.equal(a.status, 'ongoing');
  assert.deepEqual(a.statusHistory.at(-1), { status: 'ongoing', at: NOW, by: ctx.by, note: 'Beställt' });
  assert.deepEqual(r.change.before, { status: 'planned' });
  assert.deepEqual(r.change.after, { status: 'ongoing' });
  assert.deepEqual(r.change.target, { kind: 'activity', id: 'a-aids' });
  assert.match(r.change.summary ?? '', /från ej påbörjad till pågår/);
  err(changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'a-meds', to: 'ongoing' }, ctx), 'activity.transition');
  err(changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'a-aids', to: 'paused' }, ctx), 'activity.transition');
  err(changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'a-bp', to: 'ongoing' }, ctx), 'activity.sameStatus');
  err(changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'x', to: 'done' }, ctx), 'notFound.activity');
  err(changeActivityStatus(p, { type: 'changeActivityStatus', activityId: 'a-bp', to: 'done' }, { ...ctx, now: '2020-01-01T00:00:00Z' }), 'plan.invalidResult');
  err(addActivity(p, { type: 'addActivity', activity: { title: 'x', goalIds: [], responsible: {} } }, ctx), 'plan.locked');
  err(editActivity(p, { type: 'editActivity', activityId: 'a-bp', patch: { title: 'x' } }, ctx), 'plan.locked');
  err(removeActivity(p, { type: 'removeActivity', activityId: 'a-bp' }, ctx), 'plan.locked');
  assert.equal(isOverdue(p.activities.find((x) => x.id === 'a-aids')!, NOW), true);
  assert.equal(isOverdue(p.activities.find((x) => x.id === 'a-meds')!, NOW), false);
});

test('activities: add, edit, remove on a draft; responsible required', () => {
  const p = example('child');
  const add = ok(addActivity(p, { type: 'addActivity', activity: { title: 'Läxhjälp', goalIds: ['g-school'], responsible: { principal: { kind: 'municipality' }, personName: 'Petra Olsson' }, due: '2027-01-10' } }, ctx));
  const a = add.plan.activities.at(-1)!;
  assert.equal(a.status, 'planned');
  assert.deepEqual(a.statusHistory, [{ status: 'planned', at: NOW, by: ctx.by }]);
  err(addActivity(p, { type: 'addActivity', activity: { title: 'X', goalIds: [], responsible: { personName: 'A' } } }, ctx), 'plan.invalidResult');
  err(addActivity(p, { type: 'addActivity', activity: { title: 'X', goalIds: [], responsible: { principal: { kind: 'region' } } } }, ctx), 'plan.invalidResult');
  err(addActivity(p, { type: 'addActivity', activity: { title: 'X', goalIds: ['ghost'], responsible: { principal: { kind: 'region' }, personName: 'A' } } }, ctx), 'plan.invalidResult');
  const ed = ok(editActivity(p, { type: 'editActivity', activityId: 'a-adapt', patch: { due: '2026-12-01', status: 'done' } }, ctx));
  const e = ed.plan.activities.find((x) => x.id === 'a-adapt')!;
  assert.equal(e.due, '2026-12-01');
  assert.equal(e.status, 'planned', 'status is not editable through editActivity');
  err(editActivity(p, { type: 'editActivity', activityId: 'a-adapt', patch: { due: '2026-01-01' } }, ctx), 'plan.invalidResult');
  const rm = ok(removeActivity(p, { type: 'removeActivity', activityId: 'a-adapt' }, ctx));
  assert.equal(rm.plan.activities.length, p.activities.length - 1);
  err(removeActivity(p, { type: 'removeActivity', activityId: 'a-adapt-x' }, ctx), 'notFound.activity');
});

test('meetings: schedule with default agenda and invitations, edit, minutes, answers', () => {
  const p = example('child');
  const s = ok(scheduleMeeting(p, { type: 'scheduleMeeting', meeting: { start: '2027-02-10T14:00:00+01:00', end: '2027-02-10T15:30:00+01:00', form: 'video' } }, ctx));
  const m = s.plan.meetings.at(-1)!;
  assert.deepEqual(m.agenda.map((a) => a.part), ['opening', 'situation', 'needs', 'summary', 'closing']);
  assert.equal(m.agenda.reduce((n, a) => n + a.plannedMinutes, 0), 90);
  assert.deepEqual(m.invitations.map((i) => i.entryId), p.network.filter((e) => e.invited).map((e) => e.id));
  assert.equal(m.invitations[0]!.dueAt, addWorkingDays(NOW, 1));
  err(scheduleMeeting(p, { type: 'scheduleMeeting', meeting: { start: '2027-02-10T14:00:00+01:00', end: '2027-02-10T13:00:00+01:00', form: 'video' } }, ctx), 'plan.invalidResult');
  err(scheduleMeeting(p, { type: 'scheduleMeeting', meeting: { start: 'soon', end: 'later', form: 'video' } }, ctx), 'intent.invalid');
  const ed = ok(editMeeting(p, { type: 'editMeeting', meetingId: 'meeting-1', patch: { place: 'Biblioteket' } }, ctx));
  assert.equal(ed.plan.meetings[0]!.place, 'Biblioteket');
  err(editMeeting(p, { type: 'editMeeting', meetingId: 'nope', patch: {} }, ctx), 'notFound.meeting');
  const min = ok(recordMeetingMinutes(p, { type: 'recordMeetingMinutes', meetingId: 'meeting-1', minutes: { opening: 5, needs: 35 } }, ctx));
  const ag = min.plan.meetings[0]!.agenda;
  assert.equal(ag[0]!.actualMinutes, 5);
  assert.equal(ag[2]!.actualMinutes, 35);
  assert.equal(ag[1]!.actualMinutes, undefined);
  assert.equal(min.plan.meetings[0]!.status, 'held');
  err(recordMeetingMinutes(p, { type: 'recordMeetingMinutes', meetingId: 'meeting-1', minutes: { opening: -1 } }, ctx), 'intent.invalid');
  err(recordMeetingMinutes(p, { type: 'recordMeetingMinutes', meetingId: 'meeting-1', minutes: { lunch: 5 } as never }, ctx), 'intent.invalid');
  const ans = ok(answerInvitation(p, { type: 'answerInvitation', meetingId: 'meeting-1', entryId: 'psykolog', answer: { kind: 'declined', redirectTo: 'bup' } }, ctx));
  assert.deepEqual(ans.plan.meetings[0]!.invitations[3]!.answer, { kind: 'declined', redirectTo: 'bup', at: NOW });
  err(answerInvitation(p, { type: 'answerInvitation', meetingId: 'meeting-1', entryId: 'noah', answer: { kind: 'acknowledged' } }, ctx), 'notFound.invitation');
  err(answerInvitation(p, { type: 'answerInvitation', meetingId: 'meeting-1', entryId: 'psykolog', answer: { kind: 'maybe' as 'declined' } }, ctx), 'intent.invalid');
  assert.deepEqual(defaultAgenda(60).map((a) => a.plannedMinutes), [6, 9, 30, 9, 6]);
  assert.equal(addWorkingDays('2026-11-20T10:00:00.000Z', 1), '2026-11-23T10:00:00.000Z'); // Friday → Monday
});

test('initiative: record and answer (draft only)', () => {
  // Initiatives go only to parties the consent covers (consentInput covers nurse and af).
  const p = ok(recordConsent(minimalPlan(), { type: 'recordConsent', record: consentInput }, ctx)).plan;
  const r = ok(recordInitiative(p, { type: 'recordInitiative', initiatedBy: 'nurse', reason: 'Många aktörer', receivers: ['af'] }, ctx));
  assert.equal(r.plan.initiative?.receivers[0]!.dueAt, addWorkingDays(NOW, 1));
  err(recordInitiative(p, { type: 'recordInitiative', initiatedBy: 'nurse', reason: 'x', receivers: ['ghost'] }, ctx), 'plan.invalidResult');
  const a = ok(answerInitiative(r.plan, { type: 'answerInitiative', entryId: 'af', answer: { kind: 'acknowledged' } }, ctx));
  assert.equal(a.plan.initiative?.receivers[0]!.answer?.kind, 'acknowledged');
  err(answerInitiative(p, { type: 'answerInitiative', entryId: 'af', answer: { kind: 'acknowledged' } }, ctx), 'notFound.invitation');
});

test('lifecycle: sign needs consent, coordinator, overall responsibility, a goal and a follow-up date', () => {
  const full = signable();
  assert.deepEqual(signBlockers(full, NOW), []);
  const base = minimalPlan();
  assert.deepEqual(signBlockers(base, NOW).sort(), ['sign.needsActivity', 'sign.needsConsent', 'sign.needsCoordinator', 'sign.needsFollowUpDate', 'sign.needsGoal', 'sign.needsOverallResponsible', 'sign.needsReason']);
  err(signPlan(base, { type: 'signPlan' }, ctx), 'sign.needsConsent');
  const noGoal = ok(removeGoal(full, { type: 'removeGoal', goalId: 'goal-1' }, ctx)).plan; // unlinks the activity too
  err(signPlan(noGoal, { type: 'signPlan' }, ctx), 'sign.needsGoal');
  const noFu = ok(editPlanDetails(full, { type: 'editPlanDetails', patch: { followUpDate: undefined } }, ctx)).plan;
  err(signPlan(noFu, { type: 'signPlan' }, ctx), 'sign.needsFollowUpDate');
  const noCoord = ok(setRoles(full, { type: 'setRoles', entryId: 'nurse', roles: [] }, ctx)).plan;
  err(signPlan(noCoord, { type: 'signPlan' }, ctx), 'sign.needsCoordinator');
  const noResp = ok(editPlanDetails(full, { type: 'editPlanDetails', patch: { overallResponsible: undefined } }, ctx)).plan;
  err(signPlan(noResp, { type: 'signPlan' }, ctx), 'sign.needsOverallResponsible');
  err(signPlan(full, { type: 'signPlan' }, { ...ctx, now: '2027-06-01T00:00:00Z' }), 'sign.needsConsent');
  const s = ok(signPlan(full, { type: 'signPlan' }, ctx));
  assert.equal(s.plan.status, 'active');
  assert.equal(s.plan.lockedAt, undefined, 'signing does not lock');
  assert.deepEqual(s.plan.signatures, [{ role: 'coordinator', by: ctx.by, at: NOW }], 'no entry named when the host did not say who acted');
  err(signPlan(s.plan, { type: 'signPlan' }, ctx), 'sign.notDraft');
  const locked = ok(lockPlan(s.plan, { type: 'lockPlan' }, ctx));
  err(signPlan(locked.plan, { type: 'signPlan' }, ctx), 'plan.locked');
});

test('lifecycle: a locked plan is not edited in place; allowed intents still work', () => {
  const p = active();
  const blocked: PlanIntent[] = [
    { type: 'addNetworkEntry', entry: { kind: 'friend', name: 'X', map: { sector: 'friends', ring: 1 } } },
    { type: 'editNetworkEntry', entryId: 'nurse', patch: {} },
    { type: 'moveNetworkEntry', entryId: 'nurse', sector: 'other', ring: 2 },
    { type: 'removeNetworkEntry', entryId: 'daughter' },
    { type: 'setRoles', entryId: 'nurse', roles: [] },
    { type: 'setInvited', entryId: 'nurse', invited: false },
    { type: 'addGoal', goal: { horizon: 'long', text: 'Karin vill x' } },
    { type: 'editGoal', goalId: 'goal-1', patch: {} },
    { type: 'reorderGoal', goalId: 'goal-1', toIndex: 0 },
    { type: 'removeGoal', goalId: 'goal-1' },
    { type: 'editPlanDetails', patch: { reason: 'x' } },
    { type: 'recordInitiative', initiatedBy: 'nurse', reason: 'x', receivers: [] },
  ];
  for (const intent of blocked) err(applyIntent(p, intent, ctx), 'plan.locked');
  for (const t of INTENT_TYPES) {
    if (blocked.some((b) => b.type === t)) assert.ok(!ACTIVE_PLAN_INTENTS.includes(t), t);
  }
  ok(recordFollowUp(p, { type: 'recordFollowUp', followUp: { date: '2026-11-22', decision: 'continue', howItWent: 'Bra' }, nextFollowUpDate: '2027-05-01' }, ctx));
});

test('lifecycle: follow-up, revision, closure', () => {
  const p = active();
  err(recordFollowUp(signable(), { type: 'recordFollowUp', followUp: { date: '2026-11-22', decision: 'continue' } }, ctx), 'followUp.notActive');
  err(recordFollowUp(p, { type: 'recordFollowUp', followUp: { date: '2026-11-22', decision: 'maybe' as 'close' } }, ctx), 'intent.invalid');
  const fu = ok(recordFollowUp(p, { type: 'recordFollowUp', followUp: { date: '2026-11-22', decision: 'revise', hindered: 'Väntetider' }, nextFollowUpDate: '2027-05-01' }, ctx));
  assert.equal(fu.plan.followUps[0]!.recordedBy, ctx.by);
  assert.equal(fu.plan.followUpDate, '2027-05-01');
  const rev = ok(startRevision(fu.plan, { type: 'startRevision' }, ctx));
  assert.equal(rev.plan.version, 2);
  assert.equal(rev.plan.status, 'draft');
  assert.equal(rev.plan.lockedAt, undefined);
  assert.deepEqual(rev.plan.signatures, []);
  assert.equal(rev.plan.id, p.id);
  assert.ok(rev.previous);
  assert.equal(rev.previous.status, 'voided');
  assert.equal(rev.previous.voided?.replacedByVersion, 2);
  assert.ok(parsePlan(JSON.parse(JSON.stringify(rev.previous))).ok);
  assert.equal(rev.plan.followUps.length, 1, 'history is carried into the new version');
  ok(addGoal(rev.plan, { type: 'addGoal', goal: { horizon: 'long', text: 'Karin vill resa till Gotland.' } }, ctx));
  err(startRevision(rev.plan, { type: 'startRevision' }, ctx), 'revision.notActive');
  const cl = ok(closePlan(p, { type: 'closePlan', reason: 'goalsMet' }, ctx));
  assert.equal(cl.plan.status, 'closed');
  assert.equal(cl.plan.closure?.reason, 'goalsMet');
  err(closePlan(p, { type: 'closePlan', reason: 'bored' as 'goalsMet' }, ctx), 'intent.invalid');
  for (const t of ['recordConsent', 'changeActivityStatus', 'closePlan', 'startRevision', 'recordFollowUp'] as const) {
    const intent = { type: t, reason: 'goalsMet', record: consentInput, activityId: 'x', to: 'done', followUp: { date: '2026-11-22', decision: 'close' } } as unknown as PlanIntent;
    err(applyIntent(cl.plan, intent, ctx), 'plan.closed');
  }
  const draftClose = ok(closePlan(minimalPlan(), { type: 'closePlan', reason: 'noLongerNeeded' }, ctx));
  assert.equal(draftClose.plan.status, 'closed');
});

test('applyIntent rejects unknown or malformed intents without throwing', () => {
  const p = minimalPlan();
  err(applyIntent(p, { type: 'explode' } as unknown as PlanIntent, ctx), 'intent.unknown');
  err(applyIntent(p, null as unknown as PlanIntent, ctx), 'intent.unknown');
  err(applyIntent(p, { type: 'toString' } as unknown as PlanIntent, ctx), 'intent.unknown');
  const r = applyIntent(p, { type: 'addGoal' } as unknown as PlanIntent, ctx);
  assert.equal(r.ok, false);
  const r2 = applyIntent(p, { type: 'editGoal', goalId: 'x', patch: null } as unknown as PlanIntent, ctx);
  assert.equal(r2.ok, false);
});

test("editPlanDetails: the person's needs are a core text — typed, logged, not a signing blocker", () => {
  const draft = signable();
  const needs = 'Karin behöver känna sig trygg hemma och slippa falla.';
  const r = ok(editPlanDetails(draft, { type: 'editPlanDetails', patch: { needs } }, ctx));
  assert.equal(r.plan.needs, needs);
  assert.equal(draft.needs, undefined, 'the input plan is not changed');
  assert.deepEqual(r.change.after, { needs });
  // A number where the text belongs is refused, by the schema as by the operation.
  assert.equal(parsePlan({ ...draft, needs: 5 }).ok, false);
  err(editPlanDetails(draft, { type: 'editPlanDetails', patch: { needs: 5 as unknown as string } }, ctx), 'plan.invalidResult');
  // The law does not ask for it before signing: a plan without it still signs.
  assert.deepEqual(signBlockers(draft, NOW), []);
  err(editPlanDetails(active(), { type: 'editPlanDetails', patch: { needs } }, ctx), 'plan.locked');
});
