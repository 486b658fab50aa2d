import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Bundle, BundleEntry, FhirResource, Patient, RelatedPerson } from 'fhir/r4';
import { applyIntent, parsePlan, type PlanIntent, type SipPlan } from '../../src/model';
import { EXAMPLE_NOW } from '../../src/model/examples';
import { EXT, FHIR_MESSAGE_CODES, ID, planFromFhir, planToFhir, SE_NATIONELLT_RESERVNUMMER, SE_PERSONNUMMER, SE_SAMORDNINGSNUMMER } from '../../src/fhir';
import { _fhirMessageTables } from '../../src/fhir/messages';
import { clone, ctx, deepFreeze, example } from '../model/helpers';
import { invariantErrors, r4Errors } from './validate';

const NAMES = ['elderly', 'child', 'psychiatry', 'large'] as const;

const resources = (b: Bundle<FhirResource>): FhirResource[] => (b.entry ?? []).map((e) => e.resource!);
const ofType = <T extends FhirResource['resourceType']>(b: Bundle<FhirResource>, type: T) => resources(b).filter((r) => r.resourceType === type) as Extract<FhirResource, { resourceType: T }>[];
/** The residue paths a resource carries. */
const residuePaths = (resource: unknown) =>
  ((resource as { extension?: { url: string; extension?: { url: string; valueString?: string }[] }[] }).extension ?? []).filter((e) => e.url === EXT.planData).map((e) => e.extension!.find((p) => p.url === 'path')!.valueString!);

function roundTrip(plan: SipPlan): SipPlan {
  const bundle = JSON.parse(JSON.stringify(planToFhir(plan))) as unknown;
  const back = planFromFhir(bundle);
  assert.ok(back.ok, `did not read back: ${back.ok ? '' : JSON.stringify(back.issues.slice(0, 5))}`);
  return back.plan;
}

// ─── round trip and validity of the examples ────────────────────────────────

for (const name of NAMES) {
  test(`example ${name}: planFromFhir(planToFhir(plan)) equals the plan`, () => {
    const plan = deepFreeze(example(name));
    assert.deepStrictEqual(roundTrip(plan), plan);
  });

  test(`example ${name}: the bundle is valid FHIR R4 (FHIR.js and HL7's JSON Schema)`, () => {
    const bundle = planToFhir(example(name));
    assert.equal(bundle.type, 'collection');
    assert.deepStrictEqual(r4Errors(JSON.parse(JSON.stringify(bundle))), []);
    assert.deepStrictEqual(invariantErrors(bundle), []);
  });
}

test('the validators are not vacuous: they reject what the spec forbids', () => {
  const bundle = clone(planToFhir(example('child')));
  const carePlan = bundle.entry![0]!.resource as unknown as Record<string, unknown>;
  delete carePlan.status; // 1..1
  const goal = ofType(bundle, 'Goal')[0] as unknown as Record<string, unknown>;
  goal.lifecycleStatus = 'almost'; // required binding
  (ofType(bundle, 'Patient')[0] as unknown as Record<string, unknown>).shoeSize = 42; // not an element
  const errors = r4Errors(bundle);
  assert.ok(errors.some((e) => e.startsWith('FHIR.js') && e.includes('CarePlan.status')), errors.join('\n'));
  const appointment = ofType(bundle, 'Appointment')[0]!;
  delete appointment.end;
  assert.ok(invariantErrors(bundle).includes('app-2'));
  assert.ok(errors.some((e) => e.startsWith('FHIR.js') && e.includes('lifecycleStatus')), errors.join('\n'));
  assert.ok(errors.some((e) => e.startsWith('JSON Schema')), errors.join('\n'));
});

test('the core content is mapped to FHIR elements, not left to the residue', () => {
  for (const name of NAMES) {
    const bundle = planToFhir(example(name));
    const all = resources(bundle).flatMap((r) => residuePaths(r));
    const carePlan = ofType(bundle, 'CarePlan')[0]!;
    const fromActivities = (carePlan.activity ?? []).flatMap((a) => residuePaths(a as never));
    for (const path of [...all, ...fromActivities]) {
      assert.ok(!/^\/(text|title|status|name|roles|kind|id|goalIds|horizon|parentId|targetDate|decision|start|end|participants|leaderId|reason|currentSituation|needs|ifWorse|overallResponsible|person|network|goals|activities|consents|meetings|lockedAt|closure|childView|method|guardianId|form)$/.test(path), `${name}: ${path} went to the residue`);
      assert.ok(!/^\/(scope\/parties|scope\/validFrom|scope\/validUntil|responsible\/personName|responsible\/personEntryId|identity)/.test(path), `${name}: ${path} went to the residue`);
    }
  }
});

test('CarePlan: SIP category, intent plan, status from the lifecycle, subject, goals, activities, texts', () => {
  const plan = example('elderly');
  const bundle = planToFhir(plan);
  const carePlan = ofType(bundle, 'CarePlan')[0]!;
  assert.equal(carePlan.intent, 'plan');
  assert.equal(carePlan.status, 'active');
  assert.equal(carePlan.category![0]!.coding![0]!.code, 'sip');
  assert.equal(carePlan.goal!.length, plan.goals.length);
  assert.equal(carePlan.activity!.length, plan.activities.length);
  assert.ok(carePlan.note!.some((n) => n.text === plan.reason));
  // The person's needs are a core text of their own kind, read back into `needs`.
  const needs = carePlan.note!.find((n) => n.text === plan.needs)!;
  assert.deepStrictEqual(needs.extension, [{ url: EXT.textKind, valueCode: 'needs' }]);
  assert.equal(roundTrip(plan).needs, plan.needs);
  const patient = ofType(bundle, 'Patient')[0]!;
  assert.equal(carePlan.subject.reference, `urn:uuid:${patient.id}`);
  const closed = { ...plan, status: 'closed' as const, closure: { reason: 'goalsMet' as const, at: '2027-01-10T10:00:00+01:00', by: 'x' } };
  assert.equal(ofType(planToFhir(closed), 'CarePlan')[0]!.status, 'completed');
  assert.equal(ofType(planToFhir({ ...closed, closure: { ...closed.closure, reason: 'consentWithdrawn' } }), 'CarePlan')[0]!.status, 'revoked');
  assert.equal(ofType(planToFhir({ ...plan, status: 'draft' }), 'CarePlan')[0]!.status, 'draft');
});

test('Patient identifiers use HL7 Sweden systems, 12 digits without separator', () => {
  const pnr = ofType(planToFhir(example('elderly')), 'Patient')[0]!;
  assert.deepStrictEqual(pnr.identifier, [{ system: SE_PERSONNUMMER, value: '193803142383' }]);
  const snr = ofType(planToFhir(example('large')), 'Patient')[0]!;
  assert.deepStrictEqual(snr.identifier, [{ system: SE_SAMORDNINGSNUMMER, value: '198504723191' }]);
  const withIdentity = (identity: SipPlan['person']['identity']) => {
    const plan = example('elderly');
    return { ...plan, person: { ...plan.person, identity } };
  };
  const national = withIdentity({ type: 'reservnummer', issuer: 'national', value: '19380314-AB12' });
  assert.deepStrictEqual(ofType(planToFhir(national), 'Patient')[0]!.identifier, [{ system: SE_NATIONELLT_RESERVNUMMER, value: '19380314AB12' }]);
  assert.deepStrictEqual(roundTrip(national).person.identity, national.person.identity);
  const regional = withIdentity({ type: 'reservnummer', issuer: 'vgr', value: '19380314K123' });
  const rid = ofType(planToFhir(regional), 'Patient')[0]!.identifier![0]!;
  assert.equal(rid.system, ID.reservnummer);
  assert.equal(rid.assigner?.display, 'vgr');
  assert.deepStrictEqual(roundTrip(regional).person.identity, regional.person.identity);
  const short = withIdentity({ type: 'personnummer', value: '380314-2383' });
  assert.deepStrictEqual(roundTrip(short).person.identity, short.person.identity);
});

test('Goal: expressed by the patient, due date, achievement, long/short term and sub-goals', () => {
  const plan = example('child');
  const bundle = planToFhir(plan);
  const patientRef = `urn:uuid:${ofType(bundle, 'Patient')[0]!.id}`;
  const goals = ofType(bundle, 'Goal');
  assert.equal(goals.length, plan.goals.length);
  const school = goals.find((g) => g.identifier![0]!.value === 'g-school')!;
  assert.equal(school.expressedBy!.reference, patientRef);
  assert.equal(school.target![0]!.dueDate, '2027-06-10');
  assert.equal(school.lifecycleStatus, 'accepted');
  const milestones = school.extension!.filter((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/goal-relationship');
  assert.equal(milestones.length, 2, 'g-mornings and g-breaks are milestones of g-school');
  const reached = applyIntent(plan, { type: 'setGoalAchievement', goalId: 'g-breaks', value: 'reached' }, ctx);
  assert.ok(reached.ok);
  const breaks = ofType(planToFhir(reached.plan), 'Goal').find((g) => g.identifier![0]!.value === 'g-breaks')!;
  assert.equal(breaks.achievementStatus!.coding![0]!.code, 'achieved');
  assert.equal(breaks.lifecycleStatus, 'completed');
  assert.deepStrictEqual(roundTrip(reached.plan), reached.plan);
});

test('network: CareTeam members with SIP roles; professionals act on behalf of their principal', () => {
  const plan = example('child');
  const bundle = planToFhir(plan);
  const team = ofType(bundle, 'CareTeam')[0]!;
  assert.equal(team.participant!.length, plan.network.length);
  const byUrl = new Map(bundle.entry!.map((e) => [e.fullUrl, e.resource!]));
  const kurator = team.participant!.find((p) => (byUrl.get(p.member!.reference) as { identifier?: { value?: string }[] }).identifier![0]!.value === 'kurator')!;
  assert.deepStrictEqual(kurator.role!.map((r) => r.coding![0]!.code).sort(), ['coordinator', 'meetingLeader']);
  assert.equal(byUrl.get(kurator.member!.reference)!.resourceType, 'Practitioner');
  assert.equal((byUrl.get(kurator.onBehalfOf!.reference) as { name?: string }).name, 'Eskilstuna kommun');
  const roles = ofType(bundle, 'PractitionerRole');
  assert.ok(roles.some((r) => r.code?.[0]?.text === 'Skolkurator'));
  const guardians = ofType(bundle, 'RelatedPerson').filter((r) => r.relationship?.[0]?.coding?.[0]?.code === 'GUARD');
  assert.equal(guardians.length, 2);
});

test('Consent: decision, scope period, parties as actors, givers as performers, withdrawal', () => {
  const plan = example('child');
  const consent = ofType(planToFhir(plan), 'Consent')[0]!;
  assert.equal(consent.status, 'active');
  assert.equal(consent.provision!.type, 'permit');
  assert.deepStrictEqual(consent.provision!.period, { start: '2026-10-20', end: '2026-12-15' });
  assert.equal(consent.provision!.actor!.length, plan.consents[0]!.scope.parties.length);
  assert.equal(consent.performer!.length, 2);
  const withdrawn = applyIntent(plan, { type: 'withdrawConsent', by: { role: 'guardian', refId: 'guardian-mother' }, form: 'oral' }, ctx);
  assert.ok(withdrawn.ok);
  const bundle = planToFhir(withdrawn.plan);
  const consentResource = ofType(bundle, 'Consent')[0]!;
  assert.equal(consentResource.status, 'inactive');
  const nullify = ofType(bundle, 'Provenance').find((p) => p.activity?.coding?.[0]?.code === 'NULLIFY')!;
  assert.equal(nullify.target[0]!.reference, `urn:uuid:${consentResource.id}`);
  const mother = ofType(bundle, 'RelatedPerson').find((r) => r.identifier?.[0]?.value === 'guardian-mother')!;
  assert.equal(nullify.agent[0]!.who.reference, `urn:uuid:${mother.id}`, 'withdrawn by the guardian');
  assert.ok(!residuePaths(consentResource).includes('/withdrawal'), 'the withdrawal itself is mapped; only what FHIR lacks is residue');
  assert.deepStrictEqual(roundTrip(withdrawn.plan), withdrawn.plan);
});

test('Appointment and AppointmentResponse: participants, leader, answers; Provenance for signatures', () => {
  const plan = example('child');
  const bundle = planToFhir(plan);
  const appointment = ofType(bundle, 'Appointment')[0]!;
  assert.equal(appointment.status, 'booked');
  assert.equal(appointment.start, '2026-12-02T14:00:00+01:00');
  const meeting = plan.meetings[0]!;
  assert.equal(appointment.participant.length, 1 + meeting.participants.length);
  const responses = ofType(bundle, 'AppointmentResponse');
  assert.deepStrictEqual(responses.map((r) => r.participantStatus), ['accepted', 'accepted', 'accepted', 'needs-action', 'declined']);
  const signed = planToFhir(example('elderly'));
  const provenance = ofType(signed, 'Provenance');
  assert.equal(provenance.length, example('elderly').signatures.length);
  assert.equal(provenance[0]!.target[0]!.reference, `urn:uuid:${ofType(signed, 'CarePlan')[0]!.id}`);
  assert.ok(provenance[0]!.signature![0]!.when);
});

// ─── lossless: unknown and future fields ────────────────────────────────────

test('the meeting planner\'s fields round-trip: preparation, note-taker, adaptations, urgency, who comes', () => {
  let plan = example('child');
  plan = applyOk(plan, { type: 'recordPreparation', preparation: { whatMatters: 'Skolan', situation: 'Trött', wishes: 'Gå varje dag', coordinatorWish: 'Johanna', ownNotes: 'Pappa med' } });
  plan = applyOk(plan, { type: 'editMeeting', meetingId: 'meeting-1', patch: { noteTakerId: 'mentor', adaptations: ['Korta pauser'], urgent: true } });
  plan = applyOk(plan, { type: 'answerInvitation', meetingId: 'meeting-1', entryId: plan.meetings[0]!.invitations[0]!.entryId, answer: { kind: 'acknowledged', attendee: 'Petra och en kollega' } });
  assert.deepStrictEqual(roundTrip(plan), plan);
  const bundle = planToFhir(plan);
  assert.deepStrictEqual(r4Errors(clone(bundle)), []);
  assert.deepStrictEqual(invariantErrors(bundle), []);
});

function applyOk(plan: SipPlan, intent: PlanIntent): SipPlan {
  const r = applyIntent(plan, intent, { ...ctx, now: EXAMPLE_NOW });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.plan;
}

test('unknown fields round-trip and travel on the resource of their entity', () => {
  const plan = clone(example('child')) as SipPlan & Record<string, unknown>;
  plan.x_host = { ticket: 42 };
  plan.x_space = '\u00a0\u1680\u2028'; // whitespace R4's string pattern rejects raw: escaped in the JSON text
  (plan.person as Record<string, unknown>).x_shoe = 'large';
  (plan.person.guardians[0] as Record<string, unknown>).x_pref = ['sms'];
  (plan.goals[1] as Record<string, unknown>).x_goal = { deep: [1, { '0': 'key named 0', '~/': 'pointer chars' }] };
  (plan.network[2]!.map as Record<string, unknown>).x_angle = 12.5;
  (plan.activities[0]!.responsible as Record<string, unknown>).x_cost = null;
  (plan.meetings[0]!.invitations[1] as Record<string, unknown>).x_channel = 'sms';
  (plan.consents[0]!.scope as Record<string, unknown>).x_form = 'paper';
  const parsed = parsePlan(plan);
  assert.ok(parsed.ok);
  const bundle = planToFhir(parsed.plan);
  assert.deepStrictEqual(roundTrip(parsed.plan), parsed.plan);
  const goal = ofType(bundle, 'Goal').find((g) => g.identifier![0]!.value === plan.goals[1]!.id)!;
  assert.ok(residuePaths(goal).includes('/x_goal'));
  assert.ok(residuePaths(ofType(bundle, 'Patient')[0]!).includes('/x_shoe'));
  assert.ok(residuePaths(ofType(bundle, 'CarePlan')[0]!).includes('/x_host'));
  assert.deepStrictEqual(invariantErrors(bundle), []);
  assert.ok(residuePaths(ofType(bundle, 'Appointment')[0]!).includes('/invitations/1/x_channel'));
  assert.deepStrictEqual(r4Errors(clone(bundle)), []);
});

// ─── the plan's lifecycle, as the model's own operations leave it ──────────

const V3_MODE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode';
const PROVENANCE_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const codeOf = (cc: { coding?: { system?: string; code?: string }[] } | undefined, system: string) => cc?.coding?.find((c) => c.system === system)?.code;

/**
 * The child example taken through its life: the coordinator (kurator) signs and locks, Elias
 * signs the printed copy on paper and his mother electronically, the coordinator role moves to
 * the psychologist, an activity gets a comment, a follow-up offers SIP-kollen, and the plan is
 * closed with the parties who decided and SIP-kollen offered again.
 */
function livedPlan(): { plan: SipPlan; notify: string[] } {
  let plan = example('child');
  let notify: string[] = [];
  const step = (intent: PlanIntent, now: string, entryId?: string) => {
    const r = applyIntent(plan, intent, { by: 'Johanna Lind', now, ...(entryId ? { entryId } : {}) });
    assert.ok(r.ok, `${intent.type}: ${r.ok ? '' : r.error.code}`);
    plan = r.plan;
    notify = r.notify ?? notify;
  };
  step({ type: 'signPlan' }, '2026-11-22T10:00:00+01:00', 'kurator');
  step({ type: 'lockPlan' }, '2026-11-23T10:00:00+01:00', 'kurator');
  step({ type: 'recordSignature', role: 'person', method: 'paper' }, '2026-11-24T10:00:00+01:00');
  step({ type: 'recordSignature', role: 'guardian', guardianId: 'guardian-mother', method: 'electronic', at: '2026-11-24T12:00:00+01:00' }, '2026-11-24T13:00:00+01:00');
  step({ type: 'changeCoordinator', entryId: 'psykolog', note: 'Johanna går på föräldraledighet.' }, '2026-11-25T10:00:00+01:00');
  step({ type: 'commentActivity', activityId: 'a-talks', note: 'Elias har kommit till alla samtal.' }, '2026-11-26T10:00:00+01:00');
  step({ type: 'recordFollowUp', followUp: { date: '2026-12-01', decision: 'continue', sipKollen: { offered: true, at: '2026-12-01' } } }, '2026-12-01T10:00:00+01:00');
  step({ type: 'closePlan', reason: 'goalsMet', decidedWith: ['psykolog', 'kurator'], personTookPart: true, sipKollen: { offered: true, at: '2026-12-10' } }, '2026-12-10T10:00:00+01:00');
  return { plan, notify };
}

test('sign, lock, printed-copy signatures, coordinator change, follow-up and closure: mapped to FHIR elements, valid, and back', () => {
  const { plan, notify } = livedPlan();
  deepFreeze(plan);
  assert.ok(notify.length > 0, 'closePlan names the parties to notify');
  const bundle = planToFhir(plan);
  assert.deepStrictEqual(r4Errors(clone(bundle)), []);
  assert.deepStrictEqual(invariantErrors(bundle), []);
  assert.deepStrictEqual(roundTrip(plan), plan);
  const byUrl = new Map(bundle.entry!.map((e) => [e.fullUrl, e.resource!]));
  const idOfTarget = (ref: { reference?: string } | undefined) => (byUrl.get(ref?.reference) as { identifier?: { value?: string }[] } | undefined)?.identifier?.[0]?.value;
  const carePlan = ofType(bundle, 'CarePlan')[0]!;
  const patientUrl = `urn:uuid:${ofType(bundle, 'Patient')[0]!.id}`;

  // The lock: a dateTime on the CarePlan, not residue.
  assert.deepStrictEqual(carePlan.extension!.find((e) => e.url === EXT.lockedAt), { url: EXT.lockedAt, valueDateTime: '2026-11-23T10:00:00+01:00' });
  assert.equal(carePlan.status, 'completed');
  assert.equal(carePlan.period!.end, '2026-12-10T10:00:00+01:00');

  // Signatures: one Provenance each; the signer is the resource that stands for them.
  const signatures = ofType(bundle, 'Provenance').filter((p) => p.signature);
  assert.equal(signatures.length, 3);
  const [coordinator, person, guardian] = signatures;
  assert.equal(byUrl.get(coordinator!.agent[0]!.who.reference)!.resourceType, 'PractitionerRole', 'the coordinator who acted');
  assert.equal(idOfTarget((byUrl.get(coordinator!.agent[0]!.who.reference) as { practitioner?: { reference?: string } }).practitioner), 'kurator');
  assert.equal(codeOf(coordinator!.agent[0]!.type, PROVENANCE_TYPE), 'author');
  assert.equal(coordinator!.signature![0]!.extension, undefined, 'the coordinator signs in the system: no printed-copy method');
  assert.equal(person!.agent[0]!.who.reference, patientUrl);
  assert.equal(person!.signature![0]!.who.reference, patientUrl);
  assert.deepStrictEqual(person!.signature![0]!.extension, [{ url: EXT.participationMode, valueCoding: { system: V3_MODE, code: 'HANDWRIT', display: 'handwritten' } }]);
  assert.equal(person!.signature![0]!.when, '2026-11-24T10:00:00+01:00');
  const enterer = person!.agent.find((a) => codeOf(a.type, PROVENANCE_TYPE) === 'enterer')!;
  assert.deepStrictEqual(enterer.who, { display: 'Johanna Lind' });
  const mother = byUrl.get(guardian!.agent[0]!.who.reference) as RelatedPerson;
  assert.equal(mother.resourceType, 'RelatedPerson');
  assert.equal(mother.identifier![0]!.value, 'guardian-mother');
  assert.equal(mother.relationship![0]!.coding![0]!.code, 'GUARD');
  assert.equal(guardian!.signature![0]!.extension![0]!.valueCoding!.code, 'ELECTRONIC');
  assert.equal(guardian!.signature![0]!.when, '2026-11-24T12:00:00+01:00', 'when it was signed, not when it was recorded');

  // The coordinator changed: the team says so, and the earlier signature stays as it was given.
  const team = ofType(bundle, 'CareTeam')[0]!;
  const coordinators = team.participant!.filter((p) => (p.role ?? []).some((r) => r.coding![0]!.code === 'coordinator')).map((p) => idOfTarget(p.member));
  assert.deepStrictEqual(coordinators, ['psykolog']);
  assert.equal(idOfTarget((byUrl.get(carePlan.author!.reference) as { practitioner?: { reference?: string } }).practitioner), 'psykolog');

  // A comment on an activity: a progress note with the unchanged status.
  const talks = carePlan.activity!.find((a) => a.extension!.some((e) => e.valueString === 'a-talks'))!;
  const last = talks.progress!.at(-1)!;
  assert.equal(last.text, 'Elias har kommit till alla samtal.');
  assert.equal(last.extension![0]!.valueCode, 'ongoing');

  // The closure: a Provenance with the reason, who closed, and who took part in the decision.
  const closure = ofType(bundle, 'Provenance').find((p) => p.activity?.coding?.[0]?.code === 'closure')!;
  assert.equal(closure.recorded, '2026-12-10T10:00:00+01:00');
  assert.equal(closure.reason![0]!.coding![0]!.code, 'goalsMet');
  assert.deepStrictEqual(closure.agent.find((a) => codeOf(a.type, PROVENANCE_TYPE) === 'author')!.who, { display: 'Johanna Lind' });
  const took = closure.agent.filter((a) => a.type!.coding![0]!.code === 'PART');
  assert.deepStrictEqual(took.map((a) => a.who.reference === patientUrl ? 'person' : idOfTarget(a.who)), ['person', 'psykolog', 'kurator']);

  // SIP-kollen: a Communication to the person, at the follow-up and at the closure.
  const offers = ofType(bundle, 'Communication');
  assert.equal(offers.length, 2);
  for (const c of offers) {
    assert.equal(c.status, 'completed');
    assert.equal(c.topic!.coding![0]!.code, 'sip-kollen');
    assert.equal(c.subject!.reference, patientUrl);
    assert.equal(c.recipient![0]!.reference, patientUrl);
  }
  assert.deepStrictEqual(offers[0]!.identifier, [{ system: ID.followUp, value: 'followup-1' }]);
  assert.equal(offers[0]!.sent, '2026-12-01');
  assert.equal(offers[1]!.partOf![0]!.reference, `urn:uuid:${closure.id}`);
  assert.equal(offers[1]!.sent, '2026-12-10');

  // A minor's own view of the consent travels on the Consent.
  const consent = ofType(bundle, 'Consent')[0]!;
  assert.equal(consent.extension!.find((e) => e.url === EXT.childView)!.valueString, plan.consents[0]!.childView);
  assert.equal(consent.extension!.find((e) => e.url === EXT.participationMode)!.valueCoding!.code, 'WRITTEN');

  // None of it is left to the residue.
  assert.deepStrictEqual(residuePaths(carePlan).filter((p) => /^\/(lockedAt|closure|signatures)/.test(p)), []);
  for (const p of ofType(bundle, 'Provenance')) assert.deepStrictEqual(residuePaths(p), [], `Provenance ${p.id} carries residue`);
  for (const c of offers) assert.deepStrictEqual(residuePaths(c), []);
  assert.ok(!residuePaths(consent).includes('/childView'));
});

test('the lifecycle fields are read from FHIR alone: a receiver that strips our residue keeps them', () => {
  const { plan } = livedPlan();
  const bundle = clone(planToFhir(plan));
  const strip = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(strip);
    else if (o !== null && typeof o === 'object') {
      const rec = o as Record<string, unknown>;
      if (Array.isArray(rec.extension)) {
        rec.extension = (rec.extension as { url?: string }[]).filter((e) => e.url !== EXT.planData);
        if ((rec.extension as unknown[]).length === 0) delete rec.extension;
      }
      Object.values(rec).forEach(strip);
    }
  };
  strip(bundle);
  assert.ok(!JSON.stringify(bundle).includes(EXT.planData));
  const r = planFromFhir(bundle);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues.slice(0, 3)));
  assert.equal(r.plan.lockedAt, plan.lockedAt);
  assert.deepStrictEqual(r.plan.signatures, plan.signatures);
  assert.deepStrictEqual(r.plan.closure, plan.closure);
  assert.equal(r.plan.consents[0]!.childView, plan.consents[0]!.childView);
  assert.deepStrictEqual(r.plan.activities.find((a) => a.id === 'a-talks')!.statusHistory, plan.activities.find((a) => a.id === 'a-talks')!.statusHistory);
});

test('the residue moves with its resource: a receiver that groups the entries by type loses nothing', () => {
  const plan = example('child');
  const bundle = clone(planToFhir(plan));
  // Resources of one type keep their relative order (guardians, consents, meetings and invitations are read in bundle order).
  bundle.entry!.sort((a, b) => b.resource!.resourceType.localeCompare(a.resource!.resourceType));
  assert.notEqual(bundle.entry![0]!.resource!.resourceType, 'CarePlan');
  const back = planFromFhir(bundle);
  assert.ok(back.ok);
  assert.deepStrictEqual(back.plan, plan);
});

test('the same plan gives the same bundle (stable ids), and planToFhir does not mutate its input', () => {
  const plan = deepFreeze(example('elderly'));
  assert.equal(JSON.stringify(planToFhir(plan)), JSON.stringify(planToFhir(plan)));
  for (const e of planToFhir(plan).entry!) assert.match(e.fullUrl!, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

// ─── generated plans ────────────────────────────────────────────────────────

const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('', ' ', '  x  ', 'a\nb', '**markdown**'));
const extras = fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }).map((s) => `x_${s}`), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 });
const day = fc.integer({ min: 0, max: 700 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
const stamp = fc.tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+01:00', '+02:00', '-05:00', '+14:00', '+15:30'), fc.boolean()).map(
  ([d, h, zone, seconds]) => `${d}T${String(h).padStart(2, '0')}:30${seconds ? ':00' : ''}${zone}`,
);
const sipKollen = fc.record({ offered: fc.boolean(), at: day }, { requiredKeys: ['offered'] });
const goalIds = ['g-home', 'g-morning', 'g-school', 'g-breaks', 'g-sleep', 'ghost'];
const activityIds = ['a-aids', 'a-bp', 'a-meds', 'a-adapt', 'a-talks', 'ghost'];
const intent: fc.Arbitrary<PlanIntent> = fc.oneof(
  fc.record({ type: fc.constant('changeActivityStatus' as const), activityId: fc.constantFrom(...activityIds), to: fc.constantFrom('planned', 'ongoing', 'done', 'paused', 'cancelled' as const), note: fc.option(text, { nil: undefined }) }),
  fc.record({ type: fc.constant('setGoalAchievement' as const), goalId: fc.constantFrom(...goalIds), value: fc.constantFrom('reached', 'partly', 'notReached', 'noLongerRelevant' as const), note: fc.option(text, { nil: undefined }) }),
  fc.record({ type: fc.constant('editGoal' as const), goalId: fc.constantFrom(...goalIds), patch: fc.record({ text: text.filter((t) => t.length > 0), measure: text, whatMatters: text, targetDate: day, disagreement: text }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('addGoal' as const), goal: fc.record({ horizon: fc.constantFrom('long', 'short' as const), text: text.filter((t) => t.length > 0), parentId: fc.option(fc.constantFrom(...goalIds), { nil: undefined }) }) }),
  fc.record({ type: fc.constant('editPlanDetails' as const), patch: fc.record({ reason: text, currentSituation: text, needs: text, ifWorse: text, ongoingInterventions: text, followUpDate: day, createdAt: stamp }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('editActivity' as const), activityId: fc.constantFrom(...activityIds), patch: fc.record({ title: text.filter((t) => t.length > 0), description: text, start: day, due: day, frequency: text }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant('withdrawConsent' as const), by: fc.constant({ role: 'person' as const }), form: fc.constantFrom('oral', 'written' as const) }),
  fc.record({ type: fc.constant('recordFollowUp' as const), followUp: fc.record({ date: day, decision: fc.constantFrom('continue', 'revise', 'close' as const), howItWent: text, sipKollen: sipKollen }, { requiredKeys: ['date', 'decision'] }) }),
  fc.record({ type: fc.constant('lockPlan' as const) }),
  fc.record({ type: fc.constant('recordSignature' as const), role: fc.constantFrom('person', 'guardian', 'legalRepresentative', 'party' as const), method: fc.constantFrom('paper', 'electronic' as const), guardianId: fc.constantFrom('guardian-mother', 'guardian-father'), entryId: fc.constantFrom('eva', 'psyk', 'school', 'ghost'), at: fc.option(stamp, { nil: undefined }) }),
  fc.record({ type: fc.constant('changeCoordinator' as const), entryId: fc.constantFrom('maria', 'nora', 'psykolog', 'af', 'eva') }),
  fc.record({ type: fc.constant('commentActivity' as const), activityId: fc.constantFrom(...activityIds), note: text }),
  fc.record({ type: fc.constant('signPlan' as const) }),
  fc.record({ type: fc.constant('startRevision' as const) }),
  fc.record({ type: fc.constant('closePlan' as const), reason: fc.constantFrom('goalsMet', 'noLongerNeeded', 'consentWithdrawn' as const), decidedWith: fc.subarray(['maria', 'eva', 'nora', 'af', 'kurator', 'sara']), personTookPart: fc.boolean(), sipKollen }, { requiredKeys: ['type', 'reason'] }),
  fc.record({ type: fc.constant('recordMeetingMinutes' as const), meetingId: fc.constantFrom('meeting-1', 'ghost'), minutes: fc.record({ opening: fc.integer({ min: 0, max: 60 }) }, { requiredKeys: [] }) }),
) as fc.Arbitrary<PlanIntent>;

/** A plan: an example, some operations on it, and unknown fields at several depths. */
const planArb = fc
  .tuple(fc.constantFrom('elderly', 'child', 'psychiatry') as fc.Arbitrary<'elderly' | 'child' | 'psychiatry'>, fc.array(intent, { maxLength: 8 }), extras, extras, extras, extras, stamp)
  .map(([name, intents, top, goalExtra, entryExtra, activityExtra, at]) => {
    let plan = example(name);
    intents.forEach((i, n) => {
      const r = applyIntent(plan, i, { ...ctx, now: new Date(Date.parse(EXAMPLE_NOW) + n * 60_000).toISOString() });
      if (r.ok) plan = r.plan;
    });
    const p = clone(plan) as SipPlan & Record<string, unknown>;
    Object.assign(p, top);
    if (p.goals[0]) Object.assign(p.goals[0], goalExtra);
    if (p.network[0]) Object.assign(p.network[0], entryExtra);
    if (p.activities[0]) Object.assign(p.activities[0], activityExtra, { start: undefined });
    p.updatedAt = at;
    const parsed = parsePlan(JSON.parse(JSON.stringify(p)));
    // JSON has no undefined: a key an operation set to undefined is an absent key.
    return parsed.ok ? parsed.plan : clone(plan);
  });

test('generated plans: planFromFhir(planToFhir(plan)) equals the plan, and the bundle is valid R4', () => {
  fc.assert(
    fc.property(planArb, (plan) => {
      deepFreeze(plan);
      const bundle = planToFhir(plan);
      assert.deepStrictEqual(roundTrip(plan), plan);
      assert.deepStrictEqual(r4Errors(clone(bundle)), []);
      assert.deepStrictEqual(invariantErrors(bundle), []);
    }),
    { numRuns: 120 },
  );
});

// ─── reading what is not ours ───────────────────────────────────────────────

const throwing = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
const cyclic: Record<string, unknown> = { resourceType: 'Bundle', type: 'collection' };
cyclic.entry = [{ resource: cyclic }];

test('planFromFhir returns issues, never throws, on garbage and other FHIR content', () => {
  const inputs: unknown[] = [
    undefined, null, 0, 'Bundle', [], {}, throwing, cyclic,
    { resourceType: 'Patient' },
    { resourceType: 'Bundle', type: 'collection' },
    { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Observation', status: 'final', code: { text: 'BP' } } }] },
    { resourceType: 'Bundle', type: 'searchset', entry: [null, 1, { resource: { resourceType: 'CarePlan' } }] },
    { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'CarePlan', status: 'active', intent: 'plan', subject: { reference: 'Patient/nope' } } }] },
  ];
  for (const input of inputs) {
    const r = planFromFhir(input);
    assert.equal(r.ok, false);
    if (!r.ok) for (const i of r.issues) assert.ok(Array.isArray(i.path) && i.code && i.message, JSON.stringify(i));
  }
  fc.assert(fc.property(fc.anything(), (x) => void planFromFhir(x)), { numRuns: 300 });
});

test('planFromFhir names the broken reference of a bundle with missing resources', () => {
  const bundle = clone(planToFhir(example('child')));
  const patientAt = bundle.entry!.findIndex((e) => e.resource!.resourceType === 'Patient');
  bundle.entry!.splice(patientAt, 1);
  const r = planFromFhir(bundle);
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.issues.some((i) => i.code === 'fhir.reference.unresolved' && i.path.join('/') === 'entry/0/resource/subject'), JSON.stringify(!r.ok && r.issues));
  // Any one resource missing: issues or a plan, never an exception.
  const full = planToFhir(example('elderly'));
  fc.assert(
    fc.property(fc.integer({ min: 0, max: full.entry!.length - 1 }), fc.integer({ min: 0, max: 3 }), (drop, garble) => {
      const b = clone(full);
      const [gone] = b.entry!.splice(drop, 1) as BundleEntry<FhirResource>[];
      if (garble === 1 && b.entry![0]) (b.entry![0].resource as unknown as Record<string, unknown>).extension = [{ url: EXT.planData, extension: [{ url: 'path', valueString: '/__proto__/polluted' }, { url: 'value', valueString: 'true' }] }];
      if (garble === 2 && b.entry![0]) (b.entry![0].resource as unknown as Record<string, unknown>).extension = [{ url: EXT.planData, extension: [{ url: 'path', valueString: '/id' }, { url: 'value', valueString: '{not json' }] }];
      const r = planFromFhir(b);
      assert.equal(typeof r.ok, 'boolean');
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      if (!r.ok && gone) assert.ok(r.issues.length > 0);
    }),
    { numRuns: 100 },
  );
});

test('a bundle from another system (no residue) reads into a plan', () => {
  const bundle: Bundle<FhirResource> = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      { fullUrl: 'https://ehr.example/fhir/CarePlan/1', resource: { resourceType: 'CarePlan', id: '1', status: 'draft', intent: 'plan', subject: { reference: 'Patient/p1' }, careTeam: [{ reference: 'CareTeam/t1' }], goal: [{ reference: 'Goal/g1' }], activity: [{ detail: { status: 'in-progress', code: { text: 'Hemtjänst morgon och kväll' }, goal: [{ reference: 'Goal/g1' }], performer: [{ reference: 'Organization/o1' }, { reference: 'RelatedPerson/r1', display: 'Eva' }] } }] } },
      { fullUrl: 'https://ehr.example/fhir/Organization/o1', resource: { resourceType: 'Organization', id: 'o1', name: 'Västerås stad' } },
      { fullUrl: 'https://ehr.example/fhir/Patient/p1', resource: { resourceType: 'Patient', id: 'p1', identifier: [{ system: SE_PERSONNUMMER, value: '193803142383' }], name: [{ given: ['Karin'], family: 'Lindqvist' }] } satisfies Patient },
      { fullUrl: 'https://ehr.example/fhir/CareTeam/t1', resource: { resourceType: 'CareTeam', id: 't1', participant: [{ member: { reference: 'RelatedPerson/r1' } }] } },
      { fullUrl: 'https://ehr.example/fhir/RelatedPerson/r1', resource: { resourceType: 'RelatedPerson', id: 'r1', patient: { reference: 'Patient/p1' }, name: [{ text: 'Eva Lindqvist' }], relationship: [{ text: 'dotter' }] } satisfies RelatedPerson },
      { fullUrl: 'https://ehr.example/fhir/Goal/g1', resource: { resourceType: 'Goal', id: 'g1', lifecycleStatus: 'active', description: { text: 'Karin vill bo kvar hemma.' }, subject: { reference: 'Patient/p1' } } },
      // A record of an update, not a signature.
      { fullUrl: 'https://ehr.example/fhir/Provenance/v1', resource: { resourceType: 'Provenance', id: 'v1', target: [{ reference: 'CarePlan/1' }], recorded: '2026-11-20T10:00:00Z', activity: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation', code: 'UPDATE' }] }, agent: [{ who: { display: 'EHR' } }] } },
    ],
  };
  const r = planFromFhir(bundle);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
  assert.equal(r.plan.person.name, 'Karin Lindqvist');
  assert.deepStrictEqual(r.plan.person.identity, { type: 'personnummer', value: '19380314-2383' });
  assert.equal(r.plan.network[0]!.relation, 'dotter');
  assert.equal(r.plan.goals[0]!.text, 'Karin vill bo kvar hemma.');
  assert.deepStrictEqual(r.plan.activities[0]!.goalIds, ['g1']);
  assert.equal(r.plan.activities[0]!.status, 'ongoing');
  assert.deepStrictEqual(r.plan.activities[0]!.responsible, { principal: { kind: 'other', name: 'Västerås stad' }, personEntryId: 'r1', personName: 'Eva' });
  assert.deepStrictEqual(r.plan.signatures, []);
});

// ─── a party's copy ─────────────────────────────────────────────────────────

test('redactFor: a party gets only what the consent allows', () => {
  const plan = example('child');
  // Outside the consent (the football coach's club): the plan exists, nothing personal.
  const outside = planToFhir(plan, { redactFor: { party: 'ifk', now: EXAMPLE_NOW } });
  assert.deepStrictEqual(resources(outside).map((r) => r.resourceType), ['CarePlan']);
  assert.ok(!JSON.stringify(outside).includes('Elias'));
  assert.deepStrictEqual(r4Errors(clone(outside)), []);
  assert.equal(planFromFhir(outside).ok, false);
  // A covered relative: no identity number, no contact details of people outside the consent.
  const mother = planToFhir(plan, { redactFor: { party: 'sara', now: EXAMPLE_NOW } });
  assert.equal(ofType(mother, 'Patient')[0]!.identifier, undefined);
  assert.ok(!JSON.stringify(mother).includes('20150607'));
  const full = planToFhir(plan);
  assert.ok(JSON.stringify(full).includes('201506072469'));
  // A professional covered by the consent gets the whole plan back.
  const back = planFromFhir(planToFhir(plan, { redactFor: { party: 'psykolog', now: EXAMPLE_NOW } }));
  assert.ok(back.ok);
  assert.deepStrictEqual(back.plan, plan);
});

test('redactFor fails closed: a bad `now` shares nothing personal; an uncovered party gets no change log', () => {
  const { plan } = livedPlan();
  const inForce = '2026-12-10T12:00:00+01:00'; // the consent runs until 2026-12-15
  const full = JSON.stringify(planToFhir(plan));
  // What a leak would look like: names, the personnummer, the change log and what it recorded.
  const personal = ['Elias', '201506072469', 'Johanna Lind', 'plan.coordinatorChanged', 'föräldraledighet', 'notify', 'sip-kollen', EXT.planData];
  for (const word of personal) assert.ok(full.includes(word), `the full bundle holds ${word}`);
  const nothingPersonal = (b: Bundle<FhirResource>, what: string) => {
    assert.deepStrictEqual(resources(b).map((r) => r.resourceType), ['CarePlan'], what);
    const text = JSON.stringify(b);
    for (const word of personal) assert.ok(!text.includes(word), `${what}: ${word}`);
    assert.deepStrictEqual(r4Errors(clone(b)), [], what);
  };
  // A covered professional and a covered relative, with a `now` that is no time: nothing.
  for (const party of ['psykolog', 'sara']) {
    for (const now of ['garbage', '', '2026-13-45', '2026-12-10T25:00:00+01:00', '2026-12-10T12:00:00', undefined, 20261210] as unknown as string[]) {
      nothingPersonal(planToFhir(plan, { redactFor: { party, now } }), `${party} at ${String(now)}`);
    }
    assert.ok(JSON.stringify(planToFhir(plan, { redactFor: { party, now: inForce } })).includes('Elias'), `${party} sees the plan when now is real`);
  }
  // Outside the consent (the football club): no change log, nor anything else.
  nothingPersonal(planToFhir(plan, { redactFor: { party: 'ifk', now: inForce } }), 'ifk');
  // A covered party's change log says what happened, to what, when and by whom; nothing it recorded.
  const covered = planToFhir(plan, { redactFor: { party: 'sara', now: inForce } });
  const carePlan = ofType(covered, 'CarePlan')[0]!;
  const logOp = carePlan.extension!.find((e) => e.url === EXT.planData && e.extension!.some((p) => p.valueString === '/changeLog'))!;
  const log = JSON.parse(logOp.extension!.find((p) => p.url === 'value')!.valueString!) as Record<string, unknown>[];
  assert.ok(log.some((c) => c.type === 'plan.coordinatorChanged'));
  for (const c of log) for (const k of Object.keys(c)) assert.ok(['id', 'type', 'by', 'at', 'target'].includes(k), `change field ${k}`);
  for (const word of ['föräldraledighet', 'notify']) assert.ok(!JSON.stringify(covered).includes(word), word);
  assert.deepStrictEqual(r4Errors(clone(covered)), []);
});

test('reader messages exist in Swedish and English for every code', () => {
  assert.deepStrictEqual(Object.keys(_fhirMessageTables.en).sort(), [...FHIR_MESSAGE_CODES].sort());
  for (const code of FHIR_MESSAGE_CODES) assert.notEqual(_fhirMessageTables.en[code], _fhirMessageTables.sv[code]);
});

test('no element, shared module or the main entry imports the FHIR entry (it stays out of their chunks)', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
  const outside = files('src').filter((f) => f.endsWith('.ts') && !f.startsWith(join('src', 'fhir')));
  assert.ok(outside.length > 20);
  for (const f of outside) assert.doesNotMatch(readFileSync(f, 'utf8'), /from ['"][./]*\/?fhir(\/|['"])|import\(['"][./]*\/?fhir/, f);
});
