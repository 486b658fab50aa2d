import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  consentState, coveredParties, editNetworkEntry, editPlanDetails, hasValidConsent, parsePlan, redactForParty, startRevision,
  PERSON_PARTY, type OpResult, type SipPlan,
} from '../../src/model';
import { clone, ctx, deepFreeze, example, NOW } from './helpers';

function ok(r: OpResult): Extract<OpResult, { ok: true }> {
  if (!r.ok) assert.fail(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r;
}

const LARS_PHONE = '073-765 43 21';
const KARIN_PNR = '19380314-2383';

/** Karin's plan under revision, with Lars's (uncovered) phone number and Karin's personnummer in the change log. */
function withPersonalDataInChangeLog(): SipPlan {
  let p = ok(startRevision(example('elderly'), { type: 'startRevision' }, ctx)).plan;
  p = ok(editNetworkEntry(p, { type: 'editNetworkEntry', entryId: 'lars', patch: { contact: { phone: LARS_PHONE, email: 'lars@example.org' } } }, ctx)).plan;
  p = ok(editPlanDetails(p, { type: 'editPlanDetails', patch: { person: { identity: { type: 'personnummer', value: KARIN_PNR } } } }, ctx)).plan;
  const lars = p.network.find((e) => e.id === 'lars') as Record<string, unknown>;
  lars.note = 'Lars vet inte om planen';
  lars['x-crm'] = { phone: LARS_PHONE };
  return p;
}

test('redaction: the change log shows a covered party what happened, not the before/after/summary that hold personal data', () => {
  const p = deepFreeze(withPersonalDataInChangeLog());
  assert.ok(JSON.stringify(p.changeLog).includes(LARS_PHONE), 'the fixture puts the phone number in the change log');
  assert.ok(JSON.stringify(p.changeLog).includes(KARIN_PNR));
  const relative = redactForParty(p, 'eva', NOW);
  assert.equal(relative.access, 'full');
  const text = JSON.stringify(relative.plan);
  assert.ok(!text.includes(LARS_PHONE), 'Lars is outside the consent: his phone number reaches Eva nowhere');
  assert.ok(!text.includes(KARIN_PNR), 'a relative never gets the personnummer');
  assert.ok(!text.includes('Lars vet inte'), 'notes on an uncovered entry are dropped');
  if (relative.access === 'full') {
    assert.equal(relative.plan.changeLog.length, p.changeLog.length, 'every change is still listed');
    for (const c of relative.plan.changeLog) {
      assert.deepEqual(Object.keys(c).filter((k) => ['before', 'after', 'summary'].includes(k)), [], `change ${c.id} keeps only what/when/who`);
      assert.ok(c.type && c.by && c.at);
    }
    assert.equal(relative.plan.network.find((e) => e.id === 'lars')!.name, 'Lars Lindqvist', 'the map itself stays');
  }
  const professional = redactForParty(p, 'maria', NOW);
  assert.ok(professional.access === 'full' && professional.plan.person.identity?.value === KARIN_PNR, 'a covered professional sees the identity number');
  assert.ok(!JSON.stringify(professional.plan).includes(LARS_PHONE));
  assert.ok(JSON.stringify(redactForParty(p, PERSON_PARTY, NOW).plan).includes(LARS_PHONE), 'the person sees the whole plan');
});

test("redaction: a covered party gets what the person prepared for the meeting, not their own notes or coordinator wish", () => {
  const base = example('elderly');
  const p = deepFreeze({
    ...base,
    preparation: {
      whatMatters: 'Att få bo kvar hemma', situation: 'Tröttare sedan i våras', wishes: 'Hjälp på morgonen',
      coordinatorWish: 'Inte Maria, hellre Ahmed', ownNotes: 'Orolig för vad Eva tycker', 'x-journal': { note: 'journalanteckning 4711' },
      recordedBy: 'Ahmed Haddad', recordedAt: '2026-11-20T10:00:00Z',
    },
  } as SipPlan);
  assert.ok(parsePlan(p).ok, 'the fixture is a valid plan');
  for (const party of ['eva', 'maria']) {
    const r = redactForParty(p, party, NOW);
    assert.equal(r.access, 'full', `${party} is covered by the consent`);
    if (r.access !== 'full') continue;
    assert.deepEqual(r.plan.preparation, {
      whatMatters: 'Att få bo kvar hemma', situation: 'Tröttare sedan i våras', wishes: 'Hjälp på morgonen',
      recordedBy: 'Ahmed Haddad', recordedAt: '2026-11-20T10:00:00Z',
    });
    const text = JSON.stringify(r.plan);
    for (const secret of ['Inte Maria', 'Orolig för', 'journalanteckning 4711']) assert.ok(!text.includes(secret), `${party} does not see "${secret}"`);
  }
  const own = redactForParty(p, PERSON_PARTY, NOW);
  assert.ok(own.access === 'full' && own.plan.preparation?.ownNotes === 'Orolig för vad Eva tycker', 'the person sees their own notes');
});

test('redaction: an id shared with the person or a guardian never opens the plan', () => {
  const base = example('child');
  // A network entry called "person", outside the consent.
  const named = clone(base);
  named.network.push({ id: 'person', kind: 'friend', name: 'Någon', map: { sector: 'friends', ring: 3 }, roles: [] });
  assert.equal(redactForParty(named, 'person', NOW).access, 'none');
  // A network entry with a guardian's id, outside the consent.
  const shared = clone(base);
  shared.network.push({ id: 'guardian-mother', kind: 'friend', name: 'Någon annan', map: { sector: 'friends', ring: 3 }, roles: [] });
  assert.equal(redactForParty(shared, 'guardian-mother', NOW).access, 'none');
  // Such plans are invalid in the first place.
  for (const bad of [named, shared]) {
    const r = parsePlan(clone(bad));
    assert.ok(!r.ok && r.issues.some((i) => i.code === 'ref.idCollision'), JSON.stringify(r.ok ? [] : r.issues.map((i) => i.code)));
  }
  const guardianAsPerson = clone(base);
  guardianAsPerson.person.guardians[0]!.id = 'person';
  assert.ok(!parsePlan(guardianAsPerson).ok);
  // The real guardian and the person still see the plan.
  assert.equal(redactForParty(base, 'guardian-mother', NOW).access, 'full');
  assert.equal(redactForParty(base, PERSON_PARTY, NOW).access, 'full');
});

test('an invalid or missing now fails closed: no valid consent, nothing personal, no throw', () => {
  const p = example('elderly');
  // The consent ends 2027-09-10: expired in 2028.
  assert.equal(redactForParty(p, 'maria', '2028-01-01').access, 'none');
  for (const now of ['garbage', '2026-13-99', '2026-02-30T10:00:00Z', '', 'zzzz-99-99', undefined, null, 42] as unknown[]) {
    const n = now as string;
    const r = redactForParty(p, 'maria', n);
    assert.deepEqual(r, { access: 'none', plan: { id: p.id, version: p.version, status: p.status } }, `now = ${String(now)}`);
    assert.equal(hasValidConsent(p, n), false);
    assert.deepEqual(coveredParties(p, n), []);
    assert.equal(consentState(p, n).status, 'none');
  }
  assert.equal(redactForParty(p, 'maria', NOW).access, 'full', 'a real now still works');
  assert.equal(redactForParty(p, 'maria', '2026-11-22').access, 'full', 'a date is a valid now');
});

test('redaction never throws on a broken party id or plan', () => {
  const p = example('elderly');
  for (const party of [undefined, null, 7, {}, ''] as unknown[]) {
    assert.equal(redactForParty(p, party as string, NOW).access, 'none');
  }
  const broken = { ...p, network: null } as unknown as SipPlan;
  assert.equal(redactForParty(broken, 'maria', NOW).access, 'none');
});
