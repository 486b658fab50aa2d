import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addActivity, addNetworkEntry, editPlanDetails, hasVisibleText, parsePlan, removeNetworkEntry, setModelLocale, setRoles, withdrawConsent,
  _messageTables, MESSAGE_CODES, type OpResult, type SipPlan,
} from '../../src/model';
import { clone, ctx, example, minimalPlan } from './helpers';

const INVISIBLE = [' ', '   ', '\u200B', '\u200B\u200C\u200D', '\uFEFF', '\u2060 \u00AD', '\t\n', '\u3164'];

function codes(input: unknown): string[] {
  const r = parsePlan(input);
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join('.')}`);
}

test('names of only spaces or zero-width characters are rejected', () => {
  for (const name of INVISIBLE) {
    assert.equal(hasVisibleText(name), false, JSON.stringify(name));
    const person = clone(minimalPlan());
    person.person.name = name;
    assert.ok(codes(person).some((c) => c.endsWith('@person.name')), `person ${JSON.stringify(name)}`);
    const entry = clone(minimalPlan());
    entry.network[0]!.name = name;
    assert.ok(codes(entry).some((c) => c.endsWith('@network.0.name')), `entry ${JSON.stringify(name)}`);
    const guardian = clone(example('child'));
    guardian.person.guardians[0]!.name = name;
    assert.ok(codes(guardian).some((c) => c.endsWith('@person.guardians.0.name')), `guardian ${JSON.stringify(name)}`);
    const added = addNetworkEntry(minimalPlan(), { type: 'addNetworkEntry', entry: { kind: 'friend', name, map: { sector: 'friends', ring: 1 } } }, ctx);
    assert.ok(!added.ok, `addNetworkEntry ${JSON.stringify(name)}`);
    const edited = editPlanDetails(minimalPlan(), { type: 'editPlanDetails', patch: { person: { name } } }, ctx);
    assert.ok(!edited.ok);
  }
  for (const name of ['Å', 'Eva', ' Noah ', 'Zoë', '李']) assert.equal(hasVisibleText(name), true, name);
  // A responsible person of only zero-width characters is no named person.
  const p = example('child');
  const a = addActivity({ ...p, status: 'draft' } as SipPlan, { type: 'addActivity', activity: { title: 'Läxhjälp', goalIds: [], responsible: { principal: { kind: 'municipality' }, personName: '\u200B' }, status: 'planned' } }, ctx);
  assert.ok(!a.ok && a.error.message.length > 0);
});

test('every id reference is checked: signatures, follow-up links, consent givers, initiative sender', () => {
  const base = example('elderly');
  const sig = clone(base);
  sig.signatures[0]!.entryId = 'ghost';
  assert.ok(codes(sig).includes('ref.unknownNetworkEntry@signatures.0.entryId'));
  const follow = clone(base);
  follow.goals[0]!.achievement = { value: 'partly', at: '2026-11-20', followUpId: 'ghost' };
  assert.ok(codes(follow).includes('ref.unknownFollowUp@goals.0.achievement.followUpId'));
  const giverRep = clone(base);
  giverRep.consents[0]!.givenBy = [{ role: 'legalRepresentative', refId: 'ghost' }];
  assert.ok(codes(giverRep).includes('ref.unknownConsentGiver@consents.0.givenBy.0.refId'));
  const giverOther = clone(base);
  giverOther.consents[0]!.givenBy = [{ role: 'other', refId: 'ghost', name: 'X' }];
  assert.ok(codes(giverOther).includes('ref.unknownConsentGiver@consents.0.givenBy.0.refId'));
  const giverPerson = clone(base);
  giverPerson.consents[0]!.givenBy = [{ role: 'person', refId: 'eva' }];
  assert.ok(codes(giverPerson).includes('ref.unknownConsentGiver@consents.0.givenBy.0.refId'));
  const withdrawnBy = ((): SipPlan => {
    const r = withdrawConsent(base, { type: 'withdrawConsent', by: { role: 'guardian', refId: 'ghost' }, form: 'oral' }, ctx);
    assert.ok(!r.ok, 'withdrawal by an unknown guardian is refused');
    const p = clone(base);
    p.consents[0]!.withdrawal = { at: '2026-11-20T10:00:00Z', by: { role: 'guardian', refId: 'ghost' }, form: 'oral', recordedBy: 'x' };
    p.status = 'voided';
    p.voided = { reason: 'consentWithdrawn', at: '2026-11-20T10:00:00Z', by: 'x' };
    return p;
  })();
  assert.ok(codes(withdrawnBy).includes('ref.unknownConsentGiver@consents.0.withdrawal.by.refId'));
  const sender = clone(base);
  sender.initiative!.initiatedBy = 'ghost';
  assert.ok(codes(sender).includes('ref.unknownInitiator@initiative.initiatedBy'));
  const fromPerson = clone(base);
  fromPerson.initiative!.initiatedBy = 'person';
  assert.deepEqual(codes(fromPerson), []);
  for (const name of ['elderly', 'child', 'psychiatry', 'large'] as const) assert.deepEqual(codes(clone(example(name))), [], name);
});

// camelCase identifiers (validFrom, fixedCareContact) and dotted paths (scope.validFrom).
const CODE_NAME = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z]+[A-Za-z.]*\b|\b(?:by|now|ctx|intent|undefined|null)\b(?=")/;
const DOUBLED = /([.!?,;:])\s*[.!?,;:]/;

function clean(text: string, where: string): void {
  assert.doesNotMatch(text, CODE_NAME, `${where}: code name in "${text}"`);
  assert.doesNotMatch(text, DOUBLED, `${where}: doubled punctuation in "${text}"`);
  assert.doesNotMatch(text, /\{\w+\}/, `${where}: unfilled placeholder in "${text}"`);
}

test('messages show no code names and no doubled punctuation (both tables, and as rendered)', () => {
  for (const locale of ['sv', 'en'] as const) {
    const table = _messageTables[locale]!;
    for (const code of MESSAGE_CODES) {
      // Placeholders are filled at run time; the template around them must be clean.
      clean(table[code]!.replace(/\{\w+\}/g, 'X'), `${locale} ${code}`);
    }
  }
  const errors = (): OpResult[] => {
    const p = minimalPlan();
    const child = example('child');
    return [
      setRoles(p, { type: 'setRoles', entryId: 'daughter', roles: ['fixedCareContact'] }, ctx), // role.needsProfessional via plan.invalidResult
      addNetworkEntry(p, { type: 'addNetworkEntry', entry: { kind: 'friend', name: '', map: { sector: 'friends', ring: 1 } } }, ctx), // intent.invalid
      setRoles(p, { type: 'setRoles', entryId: 'nurse', roles: [] }, { by: '', now: 'x' }), // ctx.invalid
      removeNetworkEntry({ ...child, status: 'draft' } as SipPlan, { type: 'removeNetworkEntry', entryId: 'mentor' }, ctx), // network.inUse
      editPlanDetails(p, { type: 'editPlanDetails', patch: { followUpDate: '2026-02-30' } }, ctx), // plan.invalidResult from shape
    ];
  };
  for (const locale of ['sv', 'en'] as const) {
    setModelLocale(locale);
    const results = errors();
    for (const r of results) {
      assert.ok(!r.ok);
      if (!r.ok) clean(r.error.message, `${locale} ${r.error.code}`);
    }
    // Issues from parsing, with field names as parameters.
    const dates = clone(example('elderly'));
    dates.consents[0]!.scope.validUntil = '2026-01-01';
    dates.activities[1]!.statusHistory = [...dates.activities[1]!.statusHistory].reverse();
    const parsed = parsePlan(dates);
    assert.ok(!parsed.ok);
    if (!parsed.ok) for (const i of parsed.issues) clean(i.message, `${locale} ${i.code}`);
  }
  setModelLocale('sv');
});
