// The document's structure (document-model.ts) and view model (view-model.ts): pure, so tested here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../src/model/index';
import { planDocument } from '../../../src/components/plan-document/document-model';
import { requirementsOf, signersOf, viewModel, warningsOf, type ElementState } from '../../../src/components/plan-document/view-model';
import { examplePlans, EXAMPLE_NOW } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';
import { childWithoutGuardians, draftWithGaps, elderlySigned, elderlySignedLate, elderlyWithUncoveredResponsible } from './fixtures';

const state = (o: Partial<ElementState> = {}): ElementState => ({
  reader: 'staff',
  party: undefined,
  readonly: false,
  now: EXAMPLE_NOW,
  today: '2026-11-22',
  drafts: new Map(),
  signer: '',
  method: 'paper',
  opError: '',
  ...o,
});

test('roles, overall responsibility and activities grouped by principal, region first', () => {
  const doc = planDocument(examplePlans.elderly as SipPlan, EXAMPLE_NOW);
  assert.equal(doc.roles.coordinator?.name, 'Maria Ek');
  assert.deepEqual(doc.roles.fixedCareContacts.map((n) => n.name), ['Maria Ek']);
  assert.deepEqual(doc.roles.responsibleDoctors.map((n) => n.name), ['Ahmed Haddad']);
  assert.equal(doc.overall?.principal.name, 'Region Västmanland');
  assert.deepEqual(doc.principalGroups.map((g) => g.principal?.name), ['Region Västmanland', 'Västerås stad', 'Omsorgshuset AB']);
  assert.deepEqual(doc.otherGroups.map((g) => g.principal?.name), ['Karin själv', 'Närstående']);
  const all = [...doc.principalGroups, ...doc.otherGroups].flatMap((g) => g.activities.map((a) => a.activity.id));
  assert.equal(all.length, examplePlans.elderly.activities.length, 'every activity once');
  assert.equal(doc.nextMeeting?.id, 'meeting-2');
  assert.equal(doc.recipients.length, 9);
  assert.equal(doc.restricted, false);
});

test("a restricted copy names nobody outside the consent, not even as an activity's responsible", () => {
  const plan = elderlyWithUncoveredResponsible();
  const full = planDocument(plan, EXAMPLE_NOW);
  const bridge = (d: ReturnType<typeof planDocument>) => d.otherGroups.flatMap((g) => g.activities).find((a) => a.activity.id === 'a-bridge')!;
  assert.equal(bridge(full).responsible?.name, 'Lars Lindqvist', 'the staff version names him');
  const vm = viewModel(plan, state({ party: 'eva' }));
  assert.ok(!('access' in vm));
  assert.equal(vm.doc.restricted, true);
  assert.equal(bridge(vm.doc).responsible, undefined);
  assert.equal(bridge(vm.doc).responsibleWithheld, true);
  const names = JSON.stringify(vm.doc);
  for (const hidden of ['Lars Lindqvist', 'Gunnel Ström', '073-765 43 21']) assert.ok(!names.includes(hidden), hidden);
  assert.equal(vm.canWrite, false, 'a party copy is never edited');
});

test('a party the plan does not know, or one outside the consent, gets no plan at all', () => {
  assert.deepEqual(viewModel(examplePlans.elderly as SipPlan, state({ party: 'nobody' })), { access: 'none', reason: 'unknown', party: 'nobody' });
  assert.deepEqual(viewModel(examplePlans.elderly as SipPlan, state({ party: 'lars' })), { access: 'none', reason: 'outside', party: 'lars' });
  // Without a consent in force nobody on the network sees anything (fail closed).
  const expired = { ...(examplePlans.elderly as SipPlan), consents: [] };
  assert.equal((viewModel(expired, state({ party: 'eva' })) as { access?: string }).access, 'none');
});

test('the person and a guardian see the whole plan, marked as their copy', () => {
  const vm = viewModel(examplePlans.child as SipPlan, state({ party: examplePlans.child.person.guardians[0]!.id }));
  assert.ok(!('access' in vm));
  assert.equal(vm.doc.restricted, false);
  assert.equal(vm.partyLabel, examplePlans.child.person.guardians[0]!.name);
});

test('what is missing before signing, each with where it is filled in', () => {
  const reqs = requirementsOf(draftWithGaps(), EXAMPLE_NOW);
  assert.deepEqual(reqs.map((r) => r.fieldId ?? r.element).sort(), ['followUpDate', 'overall', 'reason']);
  const noGoals = { ...draftWithGaps(), goals: [], activities: [] };
  const where = requirementsOf(noGoals, EXAMPLE_NOW).map((r) => r.fieldId ?? r.element);
  assert.ok(where.includes('sip-smart-goal-editor'));
  assert.ok(where.includes('sip-activity-status-list'));
  assert.deepEqual(requirementsOf(examplePlans.elderly as SipPlan, EXAMPLE_NOW), [], 'a signed plan has no list');
  const child = requirementsOf(childWithoutGuardians(), EXAMPLE_NOW);
  assert.ok(child.some((r) => r.issue.code.startsWith('consent.minor') && r.element === 'sip-consent-recorder'));
});

test('warnings: written late after signing; none when on time', () => {
  assert.deepEqual(warningsOf(elderlySignedLate(), EXAMPLE_NOW).map((w) => w.code), ['plan.writtenLate']);
  assert.deepEqual(warningsOf(elderlySigned(), EXAMPLE_NOW), []);
});

test('signers of the printed copy: the person, each guardian, the legal representative', () => {
  const child = signersOf(examplePlans.child as SipPlan);
  assert.deepEqual(child.map((s) => s.role), ['person', 'guardian', 'guardian']);
  const elderly = signersOf(examplePlans.elderly as SipPlan);
  assert.equal(elderly[0]!.signedAt, '2026-10-07T15:05:00+02:00');
});

test('the panel: staff own draft only — not read-only, not the person, not a party', () => {
  const plan = draftWithGaps();
  const own = viewModel(plan, state());
  const ro = viewModel(plan, state({ readonly: true }));
  const person = viewModel(plan, state({ reader: 'person' }));
  assert.ok(!('access' in own) && !('access' in ro) && !('access' in person));
  assert.equal(own.canWrite && own.canSign, true);
  assert.equal(ro.canWrite || ro.canSign, false);
  assert.equal(person.canWrite || person.canSign, false);
});

test('never changes the plan it is given', () => {
  const plan = elderlyWithUncoveredResponsible();
  const before = JSON.stringify(plan);
  viewModel(plan, state({ party: 'eva' }));
  planDocument(plan, EXAMPLE_NOW, { restricted: true });
  assert.equal(JSON.stringify(plan), before);
});
