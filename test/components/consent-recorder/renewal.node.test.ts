import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renewalBase, renewalChanges, renewalDraft } from '../../../src/components/consent-recorder/draft';
import { examplePlans } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';

const DAY = '2026-11-22';

describe('renewal draft', () => {
  const plan: SipPlan = examplePlans.elderly;
  const record = plan.consents[0]!;

  it('starts from the consent: givers, parties, subject, questions; valid from the day for the months', () => {
    const d = renewalDraft(plan, record, DAY, 12);
    assert.deepEqual(d.givers, ['person']);
    assert.deepEqual(d.parties, record.scope.parties);
    assert.equal(d.subject, record.scope.subject);
    assert.equal(d.questions, record.scope.questions.join('\n'));
    assert.equal(d.validFrom, DAY);
    assert.equal(d.validUntil, '2027-11-22');
    assert.equal(d.decision, '');
    assert.equal(d.form, '');
    assert.equal(d.childView, '');
  });

  it('leaves out parties no longer in the network, and never changes the plan', () => {
    const snapshot = JSON.stringify(plan);
    const smaller = { ...plan, network: plan.network.filter((e) => e.id !== 'eva') };
    assert.ok(!renewalDraft(smaller, record, DAY, 12).parties.includes('eva'));
    assert.equal(JSON.stringify(plan), snapshot);
  });

  it('maps guardians back to their keys (a minor)', () => {
    const child = examplePlans.child;
    const r = child.consents[child.consents.length - 1]!;
    assert.deepEqual(
      renewalDraft(child, r, DAY, 12).givers,
      r.givenBy.map((g) => `guardian:${g.refId}`),
    );
  });

  it('lists what a draft changes', () => {
    const d = renewalDraft(plan, record, DAY, 12);
    assert.deepEqual(renewalChanges(plan, record, d, DAY), [{ kind: 'validUntil', from: '2027-09-10', to: '2027-11-22' }]);
    const changed = {
      ...d,
      decision: 'refused' as const,
      givers: ['person', 'other'],
      parties: [...d.parties.filter((p) => p !== 'eva'), 'new-party:1'],
      newParties: [{ key: 'new-party:1', name: 'Fotvården', kind: 'region' as const }],
      questions: 'Hur kan Karin sova bättre?\nNy fråga',
      subject: 'Annat',
    };
    assert.deepEqual(
      renewalChanges(plan, record, changed, DAY).map((c) => c.kind),
      ['refusal', 'givers', 'partyRemoved', 'partyAdded', 'questionRemoved', 'questionRemoved', 'questionAdded', 'subject'],
    );
    assert.deepEqual(renewalChanges(plan, record, changed, DAY).find((c) => c.kind === 'partyAdded'), { kind: 'partyAdded', name: 'Fotvården' });
  });

  it('starts only from a consent given and not withdrawn', () => {
    assert.equal(renewalBase(record), record);
    assert.equal(renewalBase({ ...record, decision: 'refused' }), undefined);
    assert.equal(renewalBase({ ...record, withdrawal: { at: '2026-11-20T09:00:00+01:00', by: { role: 'person' }, form: 'oral', recordedBy: 'x' } }), undefined);
    assert.equal(renewalBase(undefined), undefined);
  });
});
