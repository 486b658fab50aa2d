import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { addWorkingDays, isAnswerOverdue, recordInitiative, type SipPlan } from '../../../src/model';
import {
  answerState,
  candidates,
  initiativeProblems,
  overdueReceivers,
  partyName,
  receiverRows,
  sendable,
  stockholmTime,
} from '../../../src/components/initiative/answers';
import { AFTER_DUE, NOW, SENT, allAnswered, declinedAndForwarded, preparation, sent } from './fixtures';

test('candidates: units and staff, the ones the consent covers first, the rest with why', () => {
  const plan = preparation();
  const list = candidates(plan, NOW, 'maria');
  const ids = list.map((c) => c.entry.id);
  assert.ok(!ids.includes('maria'), 'the sender is not offered');
  assert.ok(!ids.includes('eva') && !ids.includes('gunnel'), 'relatives and friends are not receivers of an initiative');
  const bridge = list.find((c) => c.entry.id === 'bridge')!;
  assert.deepEqual([bridge.covered, bridge.reason], [false, 'notInConsent']);
  assert.equal(list[list.length - 1]!.entry.id, 'bridge', 'not covered come last');
  assert.ok(list.filter((c) => c.entry.id !== 'bridge').every((c) => c.covered));

  const none = { ...plan, consents: [] } as SipPlan;
  assert.ok(candidates(none, NOW).every((c) => !c.covered && c.reason === 'noConsent'));
});

test('sendable / initiativeProblems: a receiver outside the consent never gets through', () => {
  const list = candidates(preparation(), NOW, 'maria');
  assert.deepEqual(sendable(['bridge', 'sofia', 'nobody'], list), ['sofia']);
  assert.deepEqual(initiativeProblems({ reason: ' ', receivers: ['bridge'], sender: '' }, list), ['reason', 'receivers', 'sender']);
  assert.deepEqual(initiativeProblems({ reason: 'Behov av samordning', receivers: ['sofia'], sender: 'maria' }, list), []);
  // once sent, a receiver cannot be chosen again
  const after = candidates(sent(['sofia']), NOW, 'maria');
  assert.deepEqual(sendable(['sofia'], after), []);
});

test('answer states and overdue: due one working day after sending, overdue only without an answer', () => {
  const plan = sent(['sofia', 'geriatrik']);
  const [r] = plan.initiative!.receivers;
  assert.equal(r!.dueAt, '2026-11-23T08:00:00.000Z', 'Friday 09:00 → Monday 09:00 Stockholm');
  assert.equal(answerState(r!, NOW), 'waiting');
  assert.equal(answerState(r!, AFTER_DUE), 'overdue');
  assert.equal(overdueReceivers(plan.initiative!.receivers, AFTER_DUE).length, 2);
  assert.equal(overdueReceivers(plan.initiative!.receivers, NOW).length, 0);
  const done = allAnswered();
  assert.deepEqual(
    done.initiative!.receivers.map((x) => answerState(x, AFTER_DUE)),
    ['acknowledged', 'declined', 'acknowledged'],
  );
});

test('receiverRows: the history in sending order, where a decline points and whether it can be sent on', () => {
  const plan = declinedAndForwarded();
  const rows = receiverRows(plan, NOW);
  assert.deepEqual(rows.map((r) => r.receiver.entryId), ['sofia', 'geriatrik', 'ahmed']);
  assert.equal(rows[1]!.forward?.kind, 'sent');
  assert.deepEqual(rows[2]!.forwardedFrom, ['Geriatriska mottagningen, Västmanlands sjukhus']);

  // Before it was sent on: ready
  const before = structuredClone(plan);
  before.initiative!.receivers = before.initiative!.receivers.slice(0, 2);
  assert.equal(receiverRows(before, NOW)[1]!.forward?.kind, 'ready');
  // Pointing to someone outside the consent, or not in the network
  const outside = structuredClone(before);
  outside.initiative!.receivers[1]!.answer!.redirectTo = 'bridge';
  assert.equal(receiverRows(outside, NOW)[1]!.forward?.kind, 'notCovered');
  outside.initiative!.receivers[1]!.answer!.redirectTo = 'Minnesmottagningen';
  assert.deepEqual(receiverRows(outside, NOW)[1]!.forward, { kind: 'notInNetwork', text: 'Minnesmottagningen' });
  assert.equal(partyName(plan, 'person'), 'Karin Lindqvist');
});

/** Due dates the model gives across Christmas, shown in Stockholm time. */
const CHRISTMAS: [sent: string, due: string, shown: string][] = [
  // Wednesday 23 Dec 2026: 24 (julafton), 25, 26 and the weekend are skipped → Monday 28 Dec
  ['2026-12-23T14:00:00+01:00', '2026-12-28T13:00:00.000Z', 'mån 28 dec. 2026 14:00'],
  // Thursday 23 Dec 2027: 24 (Friday, julafton), the weekend 25–26 → Monday 27 Dec
  ['2027-12-23T09:30:00+01:00', '2027-12-27T08:30:00.000Z', 'mån 27 dec. 2027 09:30'],
  // Wednesday 30 Dec 2026: nyårsafton and nyårsdagen, the weekend → Monday 4 Jan 2027
  ['2026-12-30T16:45:00+01:00', '2027-01-04T15:45:00.000Z', 'mån 4 jan. 2027 16:45'],
];

test('due dates across Swedish holidays (23 December → the next working day after Christmas)', () => {
  // The consent runs to September 2027; for December 2027 it was renewed.
  const base = preparation();
  base.consents = base.consents.map((c) => ({ ...c, scope: { ...c.scope, validUntil: '2028-09-10' } }));
  for (const [at, due, shown] of CHRISTMAS) {
    const plan = recordInitiative(base, { type: 'recordInitiative', initiatedBy: 'maria', reason: 'x', receivers: ['sofia'] }, { by: 'T', now: at });
    assert.ok(plan.ok, plan.ok ? '' : plan.error.message);
    const r = plan.plan.initiative!.receivers[0]!;
    assert.equal(r.dueAt, due, at);
    assert.equal(addWorkingDays(at, 1), due);
    assert.equal(stockholmTime(r.dueAt!, 'sv').replace(/\s+/g, ' '), shown);
    // Not overdue a minute before; overdue a minute after.
    assert.equal(isAnswerOverdue(r, new Date(Date.parse(due) - 60_000).toISOString()), false);
    assert.equal(answerState(r, new Date(Date.parse(due) + 60_000).toISOString()), 'overdue');
  }
  assert.equal(stockholmTime('2026-12-28T13:00:00.000Z', 'en').replace(/\s+/g, ' '), 'Mon, 28 Dec 2026, 14:00');
});

test('due dates and their display are the same whatever the machine zone', () => {
  const module = fileURLToPath(new URL('../../../src/components/initiative/answers.ts', import.meta.url));
  const model = fileURLToPath(new URL('../../../src/model/index.ts', import.meta.url));
  const script = `
    const a = await import(${JSON.stringify(module)});
    const m = await import(${JSON.stringify(model)});
    const out = ${JSON.stringify(CHRISTMAS.map((c) => c[0]))}.map((at) => {
      const due = m.addWorkingDays(at, 1);
      return [due, a.stockholmTime(due, 'sv'), a.stockholmTime(${JSON.stringify(SENT)}, 'en')];
    });
    process.stdout.write(JSON.stringify(out));`;
  const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'].map((TZ) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  });
  const first = JSON.parse(outputs[0]!) as string[][];
  assert.deepEqual(
    first.map((x) => [x[0], x[1]!.replace(/\s+/g, ' ')]),
    CHRISTMAS.map(([, due, shown]) => [due, shown]),
  );
  for (const o of outputs) assert.equal(o, outputs[0]);
});
