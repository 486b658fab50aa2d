import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

// Runs in a fresh process that imports the operations without the model index, as an element's
// bundle does: operations fail closed until the validator is loaded, then work.
test('operations fail closed until the validator is loaded, then work', () => {
  const script = `
    const ops = await import('./src/model/operations/index.ts');
    const { loadPlanValidator, isPlanValidatorLoaded } = await import('./src/model/validator.ts');
    const { examplePlans } = await import('./src/model/examples/index.ts');
    const plan = JSON.parse(JSON.stringify(examplePlans.elderly));
    const a = plan.activities.find((x) => x.status === 'planned' || x.status === 'ongoing');
    const intent = { type: 'changeActivityStatus', activityId: a.id, to: 'cancelled' };
    const ctx = { by: 'T', now: '2026-11-22T10:00:00Z' };
    const before = ops.applyIntent(plan, intent, ctx);
    const loadedBefore = isPlanValidatorLoaded();
    await loadPlanValidator();
    const { parsePlan } = await import('./src/model/parse.ts');
    const after = ops.applyIntent(parsePlan(plan).plan, intent, ctx);
    const draft = parsePlan(JSON.parse(JSON.stringify(examplePlans.child))).plan;
    const add = ops.applyIntent(draft, { type: 'addGoal', goal: { horizon: 'long', text: 5 } }, ctx);
    console.log(JSON.stringify({ loadedBefore, before: before.ok ? 'ok' : before.error.code, after: after.ok, add: add.ok ? 'ok' : add.error.code }));
  `;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout.trim().split('\n').pop()!), { loadedBefore: false, before: 'model.validatorUnavailable', after: true, add: 'intent.invalid' });
});
