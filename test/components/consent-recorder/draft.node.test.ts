import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, defaultGivers, emptyDraft, giverOptions, isMinor, type Draft } from '../../../src/components/consent-recorder/draft';
import { draftToRecord, newPartyEntry, validateDraft } from '../../../src/components/consent-recorder/record';
import { addNetworkEntry, recordConsent, type SipPlan } from '../../../src/model';
import { examplePlans } from '../../../src/model/examples';

const DAY = '2026-11-22';
const ctx = { by: 'Maria Ek', now: '2026-11-22T10:00:00+01:00' };

function draftPlan(): SipPlan {
  const plan = structuredClone(examplePlans.elderly);
  plan.status = 'draft';
  delete plan.lockedAt;
  plan.signatures = [];
  plan.consents = [];
  return plan;
}

const filled = (plan: SipPlan, over: Partial<Draft> = {}): Draft => ({
  ...emptyDraft(plan, DAY, 12),
  decision: 'given',
  form: 'written',
  parties: ['maria'],
  subject: 'Samordning',
  ...over,
});

describe('consent draft', () => {
  it('adds calendar months, clamping to the end of shorter months', () => {
    assert.equal(addMonths('2026-11-22', 12), '2027-11-22');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2028-02-29', 12), '2029-02-28');
    assert.equal(addMonths('2026-12-15', 1), '2027-01-15');
  });

  it('knows a minor from the flag or the birth date', () => {
    assert.equal(isMinor(examplePlans.child.person, DAY), true);
    assert.equal(isMinor(examplePlans.elderly.person, DAY), false);
    assert.equal(isMinor({ ...examplePlans.elderly.person, birthDate: '2008-11-23' }, DAY), true);
    assert.equal(isMinor({ ...examplePlans.elderly.person, birthDate: '2008-11-22' }, DAY), false);
  });

  it('pre-selects guardians for a minor, the representative for a represented adult, else the person', () => {
    assert.deepEqual(defaultGivers(examplePlans.child, DAY), ['guardian:guardian-mother', 'guardian:guardian-father']);
    assert.deepEqual(defaultGivers(examplePlans.elderly, DAY), ['person']);
    const rep = { ...examplePlans.elderly, person: { ...examplePlans.elderly.person, legalRepresentative: { kind: 'forvaltare' as const, name: 'Bo' } } };
    assert.deepEqual(defaultGivers(rep, DAY), ['rep']);
    assert.deepEqual(
      giverOptions(rep).map((o) => [o.key, o.role, o.detail]),
      [
        ['person', 'person', undefined],
        ['rep', 'legalRepresentative', 'forvaltare'],
      ],
    );
  });

  it('suggests a 12-month period from today', () => {
    const d = emptyDraft(draftPlan(), DAY, 12);
    assert.equal(d.validFrom, DAY);
    assert.equal(d.validUntil, '2027-11-22');
  });

  it('validates required fields, the date order and the user', () => {
    const plan = draftPlan();
    assert.deepEqual(validateDraft(filled(plan), plan, DAY, 'Maria'), {});
    const empty = validateDraft(emptyDraft(plan, DAY, 12), plan, DAY, '');
    assert.deepEqual(Object.keys(empty).sort(), ['decision', 'form', 'parties', 'subject', 'user']);
    assert.equal(validateDraft(filled(plan, { validUntil: '2026-11-21' }), plan, DAY, 'M').validUntil, 'validUntil.beforeFrom');
    assert.equal(validateDraft(filled(plan, { validUntil: DAY }), plan, DAY, 'M').validUntil, undefined);
    assert.equal(validateDraft(filled(plan, { validUntil: '2026-02-30' }), plan, DAY, 'M').validUntil, 'validUntil.invalid');
    assert.equal(validateDraft(filled(plan, { givers: [] }), plan, DAY, 'M').givers, 'givers.required');
    assert.equal(validateDraft(filled(plan, { givers: ['other'] }), plan, DAY, 'M').otherName, 'otherName.required');
  });

  it('asks less of a refusal, but the child’s view always for a minor', () => {
    const plan = draftPlan();
    assert.deepEqual(validateDraft(filled(plan, { decision: 'refused', parties: [], subject: '', validUntil: '' }), plan, DAY, 'M'), {});
    const child = examplePlans.child;
    assert.equal(validateDraft(filled(child, { decision: 'refused', parties: [] }), child, DAY, 'M').childView, 'childView.required');
  });

  it('does not accept a minor\'s consent from the child alone (the model\'s rule)', () => {
    const child = structuredClone(examplePlans.child);
    child.consents = [];
    const view = 'Elias tycker att det är bra.';
    const alone = filled(child, { givers: ['person'], childView: view, parties: ['kurator'] });
    assert.equal(validateDraft(alone, child, DAY, 'M').givers, 'givers.needsGuardian');
    const refusedAlone = filled(child, { decision: 'refused', givers: ['person'], childView: view, parties: [] });
    assert.equal(validateDraft(refusedAlone, child, DAY, 'M').givers, 'givers.needsGuardian');
    const oneOfTwo = filled(child, { givers: ['guardian:guardian-mother'], childView: view, parties: ['kurator'] });
    assert.equal(validateDraft(oneOfTwo, child, DAY, 'M').givers, 'givers.needsAllGuardians');
    // The default givers for a minor are the guardians, and the model records what the form accepts.
    const both = filled(child, { childView: view, parties: ['kurator'] });
    assert.deepEqual(validateDraft(both, child, DAY, 'M'), {});
    const result = recordConsent(child, { type: 'recordConsent', record: draftToRecord(both, child) }, ctx);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.equal(recordConsent(child, { type: 'recordConsent', record: draftToRecord(alone, child) }, ctx).ok, false);
  });

  it('builds a record recordConsent accepts, with new parties added first', () => {
    const plan = draftPlan();
    const draft = filled(plan, {
      givers: ['person', 'other'],
      otherName: ' Eva ',
      questions: 'Hur kan Karin sova bättre?\n\n  Vem handlar? ',
      newParties: [{ key: 'new-1', name: 'Fotvården', kind: 'municipality' }],
      parties: ['maria', 'new-1'],
      note: '',
    });
    const added = addNetworkEntry(plan, { type: 'addNetworkEntry', entry: newPartyEntry(draft.newParties[0]!) }, ctx);
    assert.ok(added.ok);
    const id = added.change.target!.id;
    const record = draftToRecord(draft, plan, { 'new-1': id });
    assert.deepEqual(record.givenBy, [{ role: 'person', name: 'Karin Lindqvist' }, { role: 'other', name: 'Eva' }]);
    assert.deepEqual(record.scope.parties, ['maria', id]);
    assert.deepEqual(record.scope.questions, ['Hur kan Karin sova bättre?', 'Vem handlar?']);
    assert.equal(record.note, undefined);
    const result = recordConsent(added.plan, { type: 'recordConsent', record }, ctx);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
  });

  it('gives a refusal no end date', () => {
    const plan = draftPlan();
    const record = draftToRecord(filled(plan, { decision: 'refused' }), plan);
    assert.equal(record.decision, 'refused');
    assert.equal(record.scope.validUntil, undefined);
  });

  it('maps each new party kind to a valid network entry', () => {
    for (const kind of ['region', 'municipality', 'organisation', 'relative'] as const) {
      const r = addNetworkEntry(draftPlan(), { type: 'addNetworkEntry', entry: newPartyEntry({ key: 'new-1', name: `X ${kind}`, kind }) }, ctx);
      assert.ok(r.ok, kind);
    }
  });
});
