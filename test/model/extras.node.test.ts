import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import { planJsonSchema, planMeasures, redactForParty, withdrawConsent, PERSON_PARTY } from '../../src/model';
import { examplePlans } from '../../src/model/examples';
import bench from '../../bench/node/model.bench';
import { ctx, example, NOW } from './helpers';

test('JSON Schema (2020-12) validates every example and rejects broken ones', () => {
  const Ajv = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const schema = planJsonSchema();
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const validate = ajv.compile(schema);
  for (const [name, plan] of Object.entries(examplePlans)) {
    assert.equal(validate(JSON.parse(JSON.stringify(plan))), true, `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  }
  const broken = JSON.parse(JSON.stringify(examplePlans.elderly));
  broken.status = 'unknown';
  broken.network[0].map.ring = 7;
  assert.equal(validate(broken), false);
  assert.equal(validate({ id: 'x', version: 1, status: 'draft', person: { name: 'A' }, extra: true }), true, 'minimal input with unknown field');
  assert.equal(validate({ id: 'x', version: 1, status: 'draft', person: { name: 'A' }, needs: 'Att bo kvar hemma.' }), true);
  assert.equal(validate({ id: 'x', version: 1, status: 'draft', person: { name: 'A' }, needs: 5 }), false, "the person's needs are text");
});

test('redactForParty: covered parties see the plan, others see nothing personal', () => {
  const p = example('elderly');
  const covered = redactForParty(p, 'maria', NOW);
  assert.equal(covered.access, 'full');
  if (covered.access === 'full') {
    assert.equal(covered.plan.person.name, 'Karin Lindqvist');
    assert.equal(covered.plan.network.find((e) => e.id === 'lars')!.contact, undefined, 'uncovered entry loses contact details');
    assert.ok(covered.plan.network.find((e) => e.id === 'maria')!.contact);
    // The person's needs travel with the other core texts to a party the consent covers.
    assert.ok(p.needs);
    assert.equal(covered.plan.needs, p.needs);
  }
  const relative = redactForParty(p, 'eva', NOW);
  assert.ok(relative.access === 'full' && relative.plan.person.identity === undefined);
  const outside = redactForParty(p, 'lars', NOW);
  assert.deepEqual(outside, { access: 'none', plan: { id: p.id, version: 1, status: 'active' } });
  assert.ok(!JSON.stringify(outside).includes('Karin'));
  assert.ok(!JSON.stringify(outside).includes(p.needs!), 'no needs outside the consent');
  assert.equal(redactForParty(p, PERSON_PARTY, NOW).access, 'full');
  assert.equal(redactForParty(p, 'maria', '2027-10-01').access, 'none', 'after the consent expired');
  const w = withdrawConsent(p, { type: 'withdrawConsent', by: { role: 'person' }, form: 'oral' }, ctx);
  assert.ok(w.ok);
  if (w.ok) assert.equal(redactForParty(w.plan, 'maria', NOW).access, 'none');
  assert.equal(redactForParty(example('child'), 'guardian-mother', NOW).access, 'full');
});

test('planMeasures: counts signed plans, shares and units', () => {
  const m = planMeasures([examplePlans.elderly, examplePlans.child, examplePlans.psychiatry, examplePlans.large]);
  assert.equal(m.peopleWithSip, 2, 'only signed plans count');
  assert.equal(m.shareFollowedUp, 0.5);
  assert.equal(m.shareWithFixedCareContact, 1);
  assert.equal(m.shareWithResponsibleDoctor, 1);
  assert.equal(m.initiatedBy['Vårdcentralen Kungsgärdet'], 1);
  assert.equal(m.initiatedBy['Allmänpsykiatrisk mottagning Uppsala'], 1);
  assert.equal(m.overallResponsibility['Vårdcentralen Kungsgärdet'], 1);
  assert.ok((m.performedBy['Hemtjänst Norr'] ?? 0) >= 1);
  assert.deepEqual(planMeasures([]).shareFollowedUp, 0);
});

test('bench module exports the runner shape', () => {
  assert.ok(Array.isArray(bench) && bench.length > 0);
  const b = bench[0]!;
  assert.equal(typeof b.name, 'string');
  const ours = b.ours() as { ok: boolean };
  assert.equal(ours.ok, true);
  assert.equal(typeof b.baseline(), 'object');
});
