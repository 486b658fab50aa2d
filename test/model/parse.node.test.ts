import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { parsePlan, setModelLocale, getModelLocale, _messageTables, validatePlan, type SipPlan } from '../../src/model';
import { examplePlans } from '../../src/model/examples';
import { clone, example, minimalPlan } from './helpers';

function errorsOf(plan: unknown): string[] {
  const r = parsePlan(plan);
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
}

test('every example parses with no errors and round-trips through JSON', () => {
  for (const [name, plan] of Object.entries(examplePlans)) {
    const text = JSON.stringify(plan);
    const r = parsePlan(JSON.parse(text));
    assert.equal(r.ok, true, `${name}: ${r.ok ? '' : JSON.stringify(r.issues)}`);
    if (r.ok) assert.ok(isDeepStrictEqual(JSON.parse(JSON.stringify(r.plan)), JSON.parse(text)), `${name} changed on parse`);
  }
});

test('examples have the promised size and variety', () => {
  const l = examplePlans.large;
  assert.equal(l.network.length, 200);
  assert.equal(l.goals.length, 50);
  assert.equal(l.activities.length, 300);
  const statuses = new Set(examplePlans.elderly.activities.map((a) => a.status));
  assert.deepEqual([...statuses].sort(), ['cancelled', 'done', 'ongoing', 'paused', 'planned']);
  const overdue = examplePlans.elderly.activities.filter((a) => a.due && a.due < '2026-11-22' && (a.status === 'planned' || a.status === 'ongoing'));
  assert.ok(overdue.length >= 2);
  assert.ok(examplePlans.child.person.guardians.length === 2);
  assert.ok(examplePlans.psychiatry.network.some((e) => e.principal?.other === 'employment-service'));
  assert.ok(examplePlans.psychiatry.network.some((e) => e.principal?.other === 'social-insurance'));
});

test('unknown fields survive parsing at every level', () => {
  const p = clone(example('elderly')) as SipPlan & Record<string, unknown>;
  p.hostExtension = { journalId: 42 };
  (p.goals[0] as Record<string, unknown>).xColour = 'blue';
  (p.network[0]!.map as Record<string, unknown>).angle = 33;
  (p.activities[0]!.statusHistory[0] as Record<string, unknown>).source = 'x';
  const r = parsePlan(p);
  assert.ok(r.ok);
  assert.deepEqual((r.plan as Record<string, unknown>).hostExtension, { journalId: 42 });
  assert.equal((r.plan.goals[0] as Record<string, unknown>).xColour, 'blue');
  assert.equal((r.plan.network[0]!.map as Record<string, unknown>).angle, 33);
  assert.equal((r.plan.activities[0]!.statusHistory[0] as Record<string, unknown>).source, 'x');
});

test('parsePlan does not mutate its input and fills default arrays', () => {
  const input = { id: 'x', version: 1, status: 'draft', person: { name: 'A B' } };
  const before = JSON.stringify(input);
  const r = parsePlan(input);
  assert.equal(JSON.stringify(input), before);
  assert.ok(r.ok);
  assert.deepEqual(r.plan.goals, []);
  assert.deepEqual(r.plan.person.guardians, []);
});

test('shape errors carry paths and codes; missing fields are schema.required', () => {
  const r = parsePlan({ id: 'x', version: 0, status: 'nope', person: {} });
  assert.equal(r.ok, false);
  if (r.ok) return;
  const got = r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
  assert.ok(got.includes('schema.invalid_value@status'), got.join());
  assert.ok(got.includes('schema.required@person.name'), got.join());
  assert.ok(got.some((g) => g.endsWith('@version')), got.join());
  for (const i of r.issues) assert.equal(i.severity, 'error');
});

test('hostile input never throws', () => {
  const cyclic: Record<string, unknown> = { id: 'x', version: 1, status: 'draft', person: { name: 'A' } };
  cyclic.self = cyclic;
  (cyclic.person as Record<string, unknown>).loop = cyclic;
  assert.equal(parsePlan(cyclic).ok, true);
  const huge = 'x'.repeat(10 * 1024 * 1024);
  assert.equal(parsePlan({ id: huge, version: 1, status: 'draft', person: { name: huge } }).ok, false);
  assert.equal(parsePlan(huge).ok, false);
  const proto = JSON.parse('{"id":"x","version":1,"status":"draft","person":{"name":"A"},"__proto__":{"status":"active","closure":{}}}');
  const r = parsePlan(proto);
  assert.ok(r.ok);
  assert.equal(Object.getPrototypeOf(r.plan), Object.prototype);
  assert.equal((r.plan as Record<string, unknown>).closure, undefined);
  assert.equal(({} as Record<string, unknown>).status, undefined, 'Object.prototype polluted');
  const getter = { id: 'x', version: 1, status: 'draft', get person(): never { throw new Error('boom'); } };
  const g = parsePlan(getter);
  assert.equal(g.ok, false);
  const proxy = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
  assert.equal(parsePlan(proxy).ok, false);
  for (const v of [null, undefined, 0, NaN, [], () => 1, Symbol('s'), 10n, new Date()]) assert.equal(parsePlan(v).ok, false);
});

test('tens of thousands of bad items give the first 200 issues, not parse.exception (issue 17)', () => {
  // zod alone overflows the call stack here (it spreads every item's issues into the plan's).
  for (const n of [50_000, 200_000]) {
    const plan = { ...clone(example('elderly')), activities: Array.from({ length: n }, (_, i) => ({ id: i })) };
    const r = parsePlan(plan);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.issues.length, 200, `${n} items`);
    assert.deepEqual(r.issues[0]!.path, ['activities', 0, 'id']);
    assert.ok(r.issues.every((i) => i.code.startsWith('schema.') && i.path[0] === 'activities'), r.issues[0]!.code);
  }
  const deep = clone(example('elderly'));
  deep.activities[0]!.goalIds = Array.from({ length: 300_000 }, () => 7) as never;
  const d = parsePlan(deep);
  assert.ok(!d.ok && d.issues.length === 200 && d.issues[0]!.path.join('.') === 'activities.0.goalIds.0', !d.ok ? d.issues[0]!.code : '');
});

test('invariant: duplicate ids and dangling references are errors with paths', () => {
  const p = clone(example('elderly'));
  p.goals.push({ ...p.goals[0]! });
  p.activities[0]!.goalIds.push('nope');
  p.meetings[0]!.participants.push('ghost');
  p.consents[0]!.scope.parties.push('ghost2');
  p.goals[1]!.parentId = 'missing';
  const e = errorsOf(p);
  assert.ok(e.includes('ref.duplicateId@goals.7.id'), e.join());
  assert.ok(e.some((x) => x.startsWith('ref.unknownGoal@activities.0.goalIds.')), e.join());
  assert.ok(e.some((x) => x.startsWith('ref.unknownNetworkEntry@meetings.0.participants.')), e.join());
  assert.ok(e.some((x) => x.startsWith('ref.unknownNetworkEntry@consents.0.scope.parties.')), e.join());
  assert.ok(e.includes('ref.unknownGoal@goals.1.parentId'), e.join());
});

test('invariant: goal hierarchy (sub-goal under a long-term goal only)', () => {
  const p = clone(example('elderly'));
  p.goals[2]!.parentId = 'g-morning'; // short under short
  p.goals[4]!.parentId = 'g-home'; // long with parent
  const e = errorsOf(p);
  assert.ok(e.includes('goal.parentNotLong@goals.2.parentId'), e.join());
  assert.ok(e.includes('goal.longHasParent@goals.4.parentId'), e.join());
});

test('invariant: dates ordered', () => {
  const p = clone(example('elderly'));
  p.consents[0]!.scope.validUntil = '2026-01-01';
  p.meetings[0]!.end = '2026-10-07T08:00:00+02:00';
  p.activities[0]!.due = '2026-01-01';
  p.activities[1]!.statusHistory = [...p.activities[1]!.statusHistory].reverse();
  const e = errorsOf(p);
  assert.ok(e.includes('date.order@consents.0.scope.validUntil'), e.join());
  assert.ok(e.includes('date.order@meetings.0.end'), e.join());
  assert.ok(e.includes('date.order@activities.0.due'), e.join());
  assert.ok(e.some((x) => x.startsWith('date.order@activities.1.statusHistory.')), e.join());
});

test('invariant: every activity has a responsible principal and a named person', () => {
  const p = clone(example('elderly'));
  delete p.activities[0]!.responsible.principal;
  p.activities[1]!.responsible.personName = '  ';
  const e = errorsOf(p);
  assert.ok(e.includes('activity.responsiblePrincipalMissing@activities.0.responsible.principal'), e.join());
  assert.ok(e.includes('activity.responsiblePersonMissing@activities.1.responsible.personName'), e.join());
});

test('invariant: status history matches status; roles; agenda order; plan status', () => {
  const p = clone(example('elderly'));
  p.activities[0]!.status = 'planned';
  p.network[6]!.roles.push('coordinator'); // second coordinator
  p.network[0]!.roles.push('fixedCareContact'); // relative
  p.meetings[0]!.agenda.reverse();
  p.signatures = [];
  const e = errorsOf(p);
  assert.ok(e.includes('activity.statusHistoryMismatch@activities.0.status'), e.join());
  assert.ok(e.some((x) => x.startsWith('role.multipleCoordinators@network.6.roles')), e.join());
  assert.ok(e.some((x) => x.startsWith('role.needsProfessional@network.0.roles')), e.join());
  assert.ok(e.some((x) => x.startsWith('meeting.agendaOrder@meetings.0.agenda')), e.join());
  assert.ok(e.includes('plan.activeWithoutSignature@signatures'), e.join());
  assert.ok(e.includes('plan.lockedWithoutSignature@lockedAt'), e.join());
  const c = clone(example('elderly'));
  c.status = 'closed';
  assert.ok(errorsOf(c).includes('plan.closedWithoutClosure@closure'));
  c.status = 'voided';
  assert.ok(errorsOf(c).includes('plan.voidedWithoutVoid@voided'));
});

test('invariant: the coordinator must be able to convene', () => {
  const p = minimalPlan();
  const q = clone(p);
  q.network[2]!.roles = ['coordinator']; // Arbetsförmedlingen organisation
  assert.ok(errorsOf(q).some((x) => x.startsWith('role.coordinatorCannotConvene')));
});

test('invariant: invalid identity number is an error; unknown reservnummer issuer a warning', () => {
  const p = clone(example('elderly'));
  p.person.identity = { type: 'personnummer', value: '19380314-2384' };
  assert.ok(errorsOf(p).includes('identity.personnummer.invalid@person.identity.value'));
  p.person.identity = { type: 'reservnummer', issuer: 'region-halland', value: 'whatever' };
  const r = parsePlan(p);
  assert.ok(r.ok);
  assert.ok(r.warnings.some((w) => w.code === 'identity.reservnummer.unknownIssuer' && w.severity === 'warning'));
});

test('guidance warnings: not person-phrased, negative, SMART gaps', () => {
  const p = minimalPlan();
  p.goals = [
    { id: 'a', horizon: 'long', text: 'Hemtjänst ska komma varje dag till Karin.' },
    { id: 'b', horizon: 'long', text: 'Karin vill inte ramla mer i badrummet.', measure: 'x', targetDate: '2027-01-01', acceptedAt: '2026-01-01', realistic: true },
    { id: 'c', horizon: 'long', text: 'Jag vill kunna duscha själv när jag vill.', measure: 'Duschar själv', targetDate: '2027-01-01', acceptedAt: '2026-01-01', realistic: true },
  ];
  const r = parsePlan(p);
  assert.ok(r.ok);
  const w = r.warnings.map((x) => `${x.code}@${x.path.join('.')}`);
  assert.ok(w.includes('goal.notPersonPhrased@goals.0.text'));
  for (const c of ['measurable@goals.0.measure', 'timeBound@goals.0.targetDate', 'accepted@goals.0.acceptedAt', 'realistic@goals.0.realistic']) {
    assert.ok(w.includes(`goal.smart.${c}`), c);
  }
  assert.ok(w.includes('goal.negative@goals.1.text'));
  assert.ok(!w.some((x) => x.endsWith('goals.1.text') && x.startsWith('goal.notPersonPhrased')));
  assert.ok(!w.some((x) => x.includes('@goals.2.')), w.join());
  assert.deepEqual(validatePlan(r.plan).map((x) => x.code), r.warnings.map((x) => x.code));
});

test('messages follow the model locale; both tables have the same codes', () => {
  assert.equal(getModelLocale(), 'sv');
  const bad = { id: 'x', version: 1, status: 'draft' };
  const sv = parsePlan(bad);
  setModelLocale('en');
  try {
    const en = parsePlan(bad);
    assert.ok(!sv.ok && !en.ok);
    if (!sv.ok && !en.ok) {
      assert.equal(sv.issues[0]!.code, en.issues[0]!.code);
      assert.notEqual(sv.issues[0]!.message, en.issues[0]!.message);
      assert.equal(en.issues[0]!.message, 'This is required.');
    }
  } finally {
    setModelLocale('sv');
  }
  assert.deepEqual(Object.keys(_messageTables.sv).sort(), Object.keys(_messageTables.en ?? {}).sort());
});

test("a goal counts as person-phrased by its first word: the text up to the first space or punctuation", async () => {
  const fc = (await import('fast-check')).default;
  const { goalGuidance } = await import('../../src/model');
  const plan = clone(examplePlans.elderly) as SipPlan;
  const goal = plan.goals[0]!;
  const names = ['jag', 'i', 'vi', 'we', plan.person.name.trim().split(/\s+/)[0]!.toLowerCase()];
  if (plan.person.preferredName) names.push(plan.person.preferredName.trim().toLowerCase());
  const word = fc.constantFrom('Jag', 'jag', 'I', 'Vi', 'We', plan.person.name.split(' ')[0]!, 'Han', '');
  const gap = fc.constantFrom(' ', ',', '.', ':', ';', '!', '?', '\t', '\n', '\u00a0', '-', "'", '');
  fc.assert(
    fc.property(fc.array(fc.oneof(word, gap), { maxLength: 6 }), (parts) => {
      const text = parts.join('');
      const expected = !names.includes((text.trim().split(/[\s,.:;!?]+/)[0] ?? '').toLowerCase());
      const flagged = goalGuidance({ ...goal, text }, plan).some((w) => w.code === 'goal.notPersonPhrased');
      assert.equal(flagged, expected, JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
});
