// A server (Node, no DOM): every entry imports, and setLocale switches the model's messages
// without touching `window`, which @lit/localize would use to announce the change.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const ENTRIES = [
  '../../src/index',
  '../../src/model/index',
  '../../src/fhir/index',
  '../../src/model/examples/index',
  '../../src/components/consent-recorder/index',
  '../../src/components/network-map/index',
  '../../src/components/meeting-circle/index',
  '../../src/components/meeting-planner/index',
  '../../src/components/smart-goal-editor/index',
  '../../src/components/activity-status-list/index',
  '../../src/components/initiative/index',
  '../../src/components/plan-document/index',
  '../../src/components/follow-up/index',
];

test('every entry imports on a server', async () => {
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  for (const entry of ENTRIES) await assert.doesNotReject(import(entry), entry);
});

test('setLocale works on a server and switches the model messages', async () => {
  const { setLocale, getLocale, localeReady } = await import('../../src/index');
  const { parsePlan } = await import('../../src/model/index');
  const message = () => {
    const result = parsePlan({});
    assert.equal(result.ok, false);
    return result.ok ? '' : result.issues[0]!.message;
  };
  const swedish = message();
  await setLocale('en');
  await localeReady();
  assert.equal(getLocale(), 'en');
  const english = message();
  assert.notEqual(english, swedish);
  await setLocale('sv');
  assert.equal(getLocale(), 'sv');
  assert.equal(message(), swedish);
});
