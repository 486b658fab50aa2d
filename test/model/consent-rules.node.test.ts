import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  closePlan, consentProblems, editMeeting, hasValidConsent, parsePlan, personIsMinor, recordConsent, recordInitiative, scheduleMeeting,
  signPlan, validatePlan, withdrawConsent, type ConsentRecordInput, type SipPlan,
} from '../../src/model';
import { clone, ctx, err, example, minimalPlan, NOW, ok } from './helpers';

/** The child plan (Elias, 11, two guardians) without consent. */
function childDraft(): SipPlan {
  const p = example('child');
  return { ...p, consents: [] };
}
const scope = { parties: ['school', 'kurator', 'bup', 'soc', 'sara', 'ali'], questions: [], validFrom: '2026-11-22', validUntil: '2027-05-01' };
const childAlone: ConsentRecordInput = { decision: 'given', givenBy: [{ role: 'person', name: 'Elias' }], form: 'oral', scope };
const bothGuardians: ConsentRecordInput = {
  decision: 'given',
  givenBy: [
    { role: 'guardian', refId: 'guardian-mother' },
    { role: 'guardian', refId: 'guardian-father' },
  ],
  childView: 'Elias vill att skolan och BUP pratar med varandra.',
  form: 'written',
  scope,
};

test('a minor is under 18 on the day (or marked minor)', () => {
  assert.equal(personIsMinor({ birthDate: '2008-11-23' }, '2026-11-22'), true);
  assert.equal(personIsMinor({ birthDate: '2008-11-22' }, '2026-11-22'), false);
  assert.equal(personIsMinor({ birthDate: '2008-02-29' }, '2026-02-28'), false, 'born on 29 February: of age on 28 February');
  assert.equal(personIsMinor({ minor: true, birthDate: '1990-01-01' }, '2026-11-22'), true);
  assert.equal(personIsMinor({}, '2026-11-22'), false);
});

test('consent for a minor: the child alone is not enough, the guardians are', () => {
  const p = childDraft();
  err(recordConsent(p, { type: 'recordConsent', record: childAlone }, ctx), 'consent.minorNeedsGuardian');
  const oneGuardian = { ...bothGuardians, givenBy: [{ role: 'guardian' as const, refId: 'guardian-mother' }] };
  err(recordConsent(p, { type: 'recordConsent', record: oneGuardian }, ctx), 'consent.minorNeedsAllGuardians');
  const other = { ...childAlone, givenBy: [{ role: 'other' as const, name: 'Moster' }] };
  err(recordConsent(p, { type: 'recordConsent', record: other }, ctx), 'consent.minorNeedsGuardian');
  // Both guardians, with the child's own view recorded alongside.
  const r = ok(recordConsent(p, { type: 'recordConsent', record: { ...bothGuardians, givenBy: [...bothGuardians.givenBy, { role: 'person' }] } }, ctx));
  assert.equal(r.plan.consents[0]!.childView, bothGuardians.childView);
  assert.equal(hasValidConsent(r.plan, NOW), true);
  // A legal representative can decide too.
  const withRep = { ...p, person: { ...p.person, legalRepresentative: { id: 'rep', kind: 'other' as const, name: 'Särskilt förordnad vårdnadshavare' } } };
  ok(recordConsent(withRep, { type: 'recordConsent', record: { ...childAlone, givenBy: [{ role: 'legalRepresentative', refId: 'rep' }] } }, ctx));
  // A refusal needs a guardian too; one guardian's no is enough.
  err(recordConsent(p, { type: 'recordConsent', record: { ...childAlone, decision: 'refused' } }, ctx), 'consent.minorNeedsGuardian');
  ok(recordConsent(p, { type: 'recordConsent', record: { ...oneGuardian, decision: 'refused' } }, ctx));
  // An adult decides alone.
  ok(recordConsent(minimalPlan(), { type: 'recordConsent', record: { ...childAlone, scope: { ...scope, parties: ['nurse'] } } }, ctx));
});

test('a stored child-alone consent is a clear issue, is not valid consent, and blocks signing', () => {
  const p = clone(example('child'));
  p.consents[0]!.givenBy = [{ role: 'person', name: 'Elias Karlsson' }];
  const parsed = parsePlan(p);
  assert.ok(parsed.ok, 'an old record stays readable');
  assert.ok(parsed.warnings.some((w) => w.code === 'consent.minorNeedsGuardian' && w.path.join('.') === 'consents.0.givenBy'));
  assert.deepEqual(consentProblems(parsed.plan, NOW), ['consent.minorNeedsGuardian']);
  assert.equal(hasValidConsent(parsed.plan, NOW), false, 'no valid consent, so nothing is shared on it');
  const refused = err(signPlan(parsed.plan, { type: 'signPlan' }, ctx), 'sign.needsConsent');
  // The list of what is missing says why, at the givers, so the coordinator knows what to fix.
  assert.ok(refused.error.issues?.some((i) => i.code === 'consent.minorNeedsGuardian' && i.path.join('.') === 'consents.0.givenBy'));
  assert.deepEqual(consentProblems(example('child'), NOW), []);
  // Without the child's view the record says so too.
  const noView = clone(example('child'));
  delete noView.consents[0]!.childView;
  assert.ok(validatePlan(noView).some((i) => i.code === 'consent.childViewMissing' && i.severity === 'warning'));
});

test('a refusal recorded on an active plan ends it like a withdrawal', () => {
  const p = example('elderly');
  const r = ok(recordConsent(p, { type: 'recordConsent', record: { decision: 'refused', givenBy: [{ role: 'person' }], form: 'oral', scope: { parties: [], questions: [], validFrom: '2026-11-22' } } }, ctx));
  assert.equal(r.plan.status, 'voided');
  assert.equal(r.plan.voided?.reason, 'consentWithdrawn');
  assert.ok(r.notify && r.notify.includes('maria') && !r.notify.includes('eva'), 'professionals are told; the person tells relatives');
  assert.equal(r.change.type, 'consent.refused');
  assert.equal(p.status, 'active', 'input untouched');
});

test('withdrawing a superseded consent leaves a plan standing on its newer consent', () => {
  const p = example('elderly');
  const renewed = ok(recordConsent(p, { type: 'recordConsent', record: { decision: 'given', givenBy: [{ role: 'person' }], form: 'written', scope: { parties: ['maria', 'eva'], questions: [], validFrom: '2026-11-22', validUntil: '2027-11-22' } } }, ctx)).plan;
  const w = ok(withdrawConsent(renewed, { type: 'withdrawConsent', consentId: 'consent-1', by: { role: 'person' }, form: 'oral' }, ctx));
  assert.equal(w.plan.status, 'active');
  assert.equal(w.plan.voided, undefined);
  assert.ok(w.plan.consents[0]!.withdrawal);
  assert.equal(w.notify, undefined);
  assert.equal(hasValidConsent(w.plan, NOW), true);
  // Withdrawing the current one still voids.
  const all = ok(withdrawConsent(w.plan, { type: 'withdrawConsent', by: { role: 'person' }, form: 'oral' }, ctx));
  assert.equal(all.plan.status, 'voided');
});

test('closing for "consent withdrawn" runs the withdrawal or is refused, never a closed plan with consent in force', () => {
  const p = example('elderly');
  err(closePlan(p, { type: 'closePlan', reason: 'consentWithdrawn' }, ctx), 'close.consentWithdrawnNeedsWithdrawal');
  const r = ok(closePlan(p, { type: 'closePlan', reason: 'consentWithdrawn', withdrawal: { by: { role: 'person' }, form: 'written' }, note: 'Brev från Karin' }, ctx));
  assert.equal(r.plan.status, 'voided');
  assert.equal(r.plan.closure, undefined);
  assert.ok(r.plan.consents[0]!.withdrawal);
  assert.equal(r.plan.consents[0]!.withdrawal!.note, 'Brev från Karin');
  assert.ok(r.notify && r.notify.length > 0);
  // Other reasons close as before.
  assert.equal(ok(closePlan(p, { type: 'closePlan', reason: 'goalsMet' }, ctx)).plan.status, 'closed');
  // A stored plan closed for withdrawal with its consent still in force is invalid.
  const bad = clone(p);
  bad.status = 'closed';
  bad.closure = { reason: 'consentWithdrawn', at: NOW, by: 'x' };
  const parsed = parsePlan(bad);
  assert.ok(!parsed.ok && parsed.issues.some((i) => i.code === 'plan.closedWithConsent'));
});

test('invitations and initiatives go only to parties the consent covers', () => {
  const p = example('elderly'); // lars and gunnel are outside the consent
  const meeting = { start: '2027-01-10T10:00:00+01:00', end: '2027-01-10T11:00:00+01:00', form: 'inPerson' as const };
  const r = scheduleMeeting(p, { type: 'scheduleMeeting', meeting: { ...meeting, invitations: [{ entryId: 'eva' }, { entryId: 'lars' }] } }, ctx);
  err(r, 'consent.notCovered');
  if (!r.ok) assert.ok(r.error.message.includes('lars'));
  ok(scheduleMeeting(p, { type: 'scheduleMeeting', meeting: { ...meeting, invitations: [{ entryId: 'eva' }] } }, ctx));
  // The default (everyone marked invited) is checked too.
  const invitedLars = { ...p, network: p.network.map((e) => (e.id === 'lars' ? { ...e, invited: true } : e)) };
  err(scheduleMeeting(invitedLars, { type: 'scheduleMeeting', meeting }, ctx), 'consent.notCovered');
  // Adding an uncovered receiver to an existing meeting.
  const m = p.meetings[0]!;
  err(editMeeting(p, { type: 'editMeeting', meetingId: m.id, patch: { invitations: [...m.invitations, { entryId: 'gunnel' }] } }, ctx), 'consent.notCovered');
  // No consent in force: no invitation at all.
  err(scheduleMeeting(p, { type: 'scheduleMeeting', meeting: { ...meeting, invitations: [{ entryId: 'maria' }] } }, { ...ctx, now: '2028-01-01T10:00:00Z' }), 'consent.notCovered');
  // Initiatives: draft without consent.
  const draft = minimalPlan();
  err(recordInitiative(draft, { type: 'recordInitiative', initiatedBy: 'nurse', reason: 'x', receivers: ['af'] }, ctx), 'consent.notCovered');
});

test('a child who comes of age must give their own consent before the plan is signed again', () => {
  const base = childDraft();
  // 18 on 1 December 2026; the guardians decided on 22 November, while the person was a child.
  const person = { ...base.person, birthDate: '2008-12-01' };
  delete (person as { minor?: boolean }).minor;
  const p = ok(recordConsent({ ...base, person }, { type: 'recordConsent', record: bothGuardians }, ctx)).plan;
  assert.deepEqual(consentProblems(p, '2026-11-30T10:00:00+01:00'), [], 'still a child: the guardians speak for them');
  assert.deepEqual(consentProblems(p, '2026-12-01T10:00:00+01:00'), ['consent.cameOfAge']);
  const refused = err(signPlan(p, { type: 'signPlan' }, { ...ctx, now: '2026-12-02T10:00:00+01:00' }), 'consent.cameOfAge');
  assert.ok(refused.error.issues?.some((i) => i.code === 'consent.cameOfAge' && i.path.join('.') === 'consents.0.givenBy'));
  // The adult's own decision ends the problem; so does one a legal representative made for them.
  const own = ok(recordConsent(p, { type: 'recordConsent', record: { ...bothGuardians, givenBy: [{ role: 'person' }] } }, { ...ctx, now: '2026-12-02T10:00:00+01:00' })).plan;
  assert.deepEqual(consentProblems(own, '2026-12-02T10:00:00+01:00'), []);
  // A host that states `minor` explicitly decides for itself; an adult's record is never affected.
  assert.deepEqual(consentProblems({ ...p, person: { ...person, minor: true } }, '2026-12-02T10:00:00+01:00'), []);
});
