import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { addWorkingDays, isWorkingDay, stockholmDate, swedishNonWorkingDays, workingDaysBetween } from '../../src/model';

test('working days: weekends, public holidays and the eves lag 1930:173 skips, across years', () => {
  // Easter moves: långfredag and annandag påsk in several years (2019 is a year where the
  // astronomical full moon gives a different Easter than the church computus)
  const easter: Record<number, [string, string]> = {
    2019: ['2019-04-19', '2019-04-22'],
    2024: ['2024-03-29', '2024-04-01'],
    2025: ['2025-04-18', '2025-04-21'],
    2026: ['2026-04-03', '2026-04-06'],
    2027: ['2027-03-26', '2027-03-29'],
    2038: ['2038-04-23', '2038-04-26'],
  };
  for (const [year, [goodFriday, easterMonday]] of Object.entries(easter)) {
    assert.equal(isWorkingDay(goodFriday), false, `långfredag ${year}`);
    assert.equal(isWorkingDay(easterMonday), false, `annandag påsk ${year}`);
    assert.equal(swedishNonWorkingDays(Number(year)).get(easterMonday), 'easterMonday');
  }
  assert.equal(isWorkingDay('2019-03-25'), true, 'the Monday after the astronomical Easter 2019 is a working day');
  // Kristi himmelsfärd (Thursday, Easter + 39), midsommarafton (Friday), julafton, nyårsafton
  for (const d of ['2026-05-14', '2027-05-06', '2026-06-19', '2027-06-25', '2026-12-24', '2026-12-31', '2027-01-06', '2026-05-01', '2026-06-06', '2025-12-26']) {
    assert.equal(isWorkingDay(d), false, d);
  }
  // national day only since 2005; Whit Monday until 2004
  assert.equal(isWorkingDay('2003-06-06'), true, 'national day was a working day in 2003 (a Friday)');
  assert.equal(isWorkingDay('2004-05-31'), false, 'annandag pingst 2004');
  assert.equal(isWorkingDay('2026-05-25'), true, 'Whit Monday is a working day since 2005');
  // ordinary days and weekends
  assert.equal(isWorkingDay('2026-11-23'), true);
  assert.equal(isWorkingDay('2026-11-21'), false);
  assert.equal(isWorkingDay('2026-11-22'), false);
  assert.equal(isWorkingDay('2026-12-23'), true);
});

test('addWorkingDays: one working day after sending, same Stockholm wall time', () => {
  // Friday → Monday
  assert.equal(addWorkingDays('2026-11-20T10:00:00.000Z', 1), '2026-11-23T10:00:00.000Z');
  // Maundy Thursday → Tuesday after Easter (långfredag, weekend and annandag påsk skipped)
  assert.equal(addWorkingDays('2026-04-02T09:00:00+02:00', 1), '2026-04-07T07:00:00.000Z');
  // Day before midsommarafton → the Monday after
  assert.equal(addWorkingDays('2026-06-18T14:00:00+02:00', 1), '2026-06-22T12:00:00.000Z');
  // 23 December → 28 December (julafton, juldagen, annandag jul; 27th is a Sunday)
  assert.equal(addWorkingDays('2026-12-23T10:00:00+01:00', 1), '2026-12-28T09:00:00.000Z');
  // 30 December 2026 → 4 January 2027 (nyårsafton, nyårsdagen, weekend)
  assert.equal(addWorkingDays('2026-12-30T10:00:00+01:00', 1), '2027-01-04T09:00:00.000Z');
  // Several working days
  assert.equal(addWorkingDays('2026-11-20T10:00:00.000Z', 3), '2026-11-25T10:00:00.000Z');
});

test('addWorkingDays across DST changes keeps the Stockholm wall-clock time', () => {
  // last Sunday of March 2026 is 29 March: Friday 10:00 CET → Monday 10:00 CEST
  assert.equal(addWorkingDays('2026-03-27T10:00:00+01:00', 1), '2026-03-30T08:00:00.000Z');
  // last Sunday of October 2026 is 25 October: Friday 10:00 CEST → Monday 10:00 CET
  assert.equal(addWorkingDays('2026-10-23T10:00:00+02:00', 1), '2026-10-26T09:00:00.000Z');
  // 2027: 28 March and 31 October
  assert.equal(addWorkingDays('2027-03-26T16:30:00+01:00', 1), '2027-03-30T14:30:00.000Z', 'Good Friday 2027 is 26 March: sent that day, due Tuesday after Easter Monday');
  assert.equal(addWorkingDays('2027-10-29T08:00:00+02:00', 1), '2027-11-01T07:00:00.000Z');
});

test('the Swedish day, not the UTC day, decides near midnight', () => {
  // 23:30 UTC on Friday is 00:30 on Saturday in Stockholm
  assert.equal(stockholmDate('2026-11-20T23:30:00Z'), '2026-11-21');
  assert.equal(addWorkingDays('2026-11-20T23:30:00Z', 1), '2026-11-22T23:30:00.000Z', 'Saturday 00:30 → Monday 00:30 Stockholm');
  // 22:30 UTC on a summer Thursday is 00:30 Friday (midsommarafton 2026 is 19 June)
  assert.equal(stockholmDate('2026-06-18T22:30:00Z'), '2026-06-19');
  assert.equal(addWorkingDays('2026-06-18T22:30:00Z', 1), '2026-06-21T22:30:00.000Z');
  // a day that is Thursday in UTC but still Wednesday in a western zone is read in Stockholm time
  assert.equal(stockholmDate('2026-11-19T05:00:00-08:00'), '2026-11-19');
  assert.equal(workingDaysBetween('2026-11-20T10:00:00+01:00', '2026-11-24T09:00:00+01:00'), 2);
  assert.equal(workingDaysBetween('2026-11-20T10:00:00+01:00', '2026-11-20T23:00:00+01:00'), 0);
  assert.equal(workingDaysBetween('2026-11-20T22:00:00Z', '2026-11-23T08:00:00Z'), 1, 'Saturday to Monday in Stockholm');
});

test('results do not depend on the machine time zone', () => {
  const script = `import('./src/model/working-days.ts').then((m) => process.stdout.write(JSON.stringify([
    m.addWorkingDays('2026-11-20T23:30:00Z', 1), m.addWorkingDays('2026-03-27T10:00:00+01:00', 1),
    m.stockholmDate('2026-06-18T22:30:00Z'), m.workingDaysBetween('2026-04-01T10:00:00Z', '2026-04-08T10:00:00Z')])))`;
  const outputs = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Stockholm'].map((TZ) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  });
  assert.deepEqual(JSON.parse(outputs[0]!), ['2026-11-22T23:30:00.000Z', '2026-03-30T08:00:00.000Z', '2026-06-19', 3]);
  for (const o of outputs) assert.equal(o, outputs[0]);
});
