import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { luhnValid, validateIdentity, validatePersonnummer, validateReservnummer, validateSamordningsnummer } from '../../src/model';

function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** valid personnummer (or samordningsnummer with dayOffset 60), 12-digit form with hyphen */
const numberArb = (dayOffset: number) =>
  fc.record({ y: fc.integer({ min: 1920, max: 2020 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), s: fc.integer({ min: 1, max: 999 }) /* serial 000 is never issued */ }).map(({ y, m, d, s }) => {
    const nine = `${pad(y % 100)}${pad(m)}${pad(d + dayOffset)}${pad(s, 3)}`;
    return `${Math.floor(y / 100)}${nine.slice(0, 6)}-${nine.slice(6)}${checkDigit(nine)}`;
  });

/** every single-digit change within the ten digits covered by the check digit */
function singleDigitChanges(value: string): string[] {
  const out: string[] = [];
  for (let i = 2; i < value.length; i++) {
    const c = value[i]!;
    if (c < '0' || c > '9') continue;
    for (let d = 0; d <= 9; d++) if (String(d) !== c) out.push(value.slice(0, i) + d + value.slice(i + 1));
  }
  return out;
}

test('personnummer: accepts valid numbers and rejects every single-digit change', () => {
  fc.assert(
    fc.property(numberArb(0), (pnr) => {
      assert.deepEqual(validatePersonnummer(pnr), { valid: true });
      for (const changed of singleDigitChanges(pnr)) assert.equal(validatePersonnummer(changed).valid, false, changed);
    }),
    { numRuns: 80 },
  );
});

test('samordningsnummer: accepts valid numbers and rejects every single-digit change', () => {
  fc.assert(
    fc.property(numberArb(60), (snr) => {
      assert.deepEqual(validateSamordningsnummer(snr), { valid: true });
      assert.equal(validatePersonnummer(snr).valid, false);
      for (const changed of singleDigitChanges(snr)) assert.equal(validateSamordningsnummer(changed).valid, false, changed);
    }),
    { numRuns: 80 },
  );
});

test('personnummer: fixed cases and garbage', () => {
  assert.equal(validatePersonnummer('19380314-2383').valid, true);
  assert.equal(validatePersonnummer('380314-2383').valid, true);
  assert.equal(validatePersonnummer('19850472-3191').valid, false);
  assert.deepEqual(validatePersonnummer('19850472-3191'), { valid: false, code: 'identity.personnummer.isSamordningsnummer' });
  for (const bad of ['', 'abc', '19380314', '19381314-2383', 'x'.repeat(10_000)]) assert.equal(validatePersonnummer(bad).valid, false, bad.slice(0, 20));
});

test('reservnummer formats', () => {
  assert.equal(validateReservnummer('national', '19380314-AB12').valid, true);
  assert.equal(validateReservnummer('national', '19380314ABC1').valid, true);
  assert.equal(validateReservnummer('national', '19380314-AI12').valid, false, 'I is excluded');
  assert.equal(validateReservnummer('national', '19381332-AB12').valid, false, 'not a date');
  assert.equal(validateReservnummer('region-stockholm', '995601012346').valid, true);
  for (const changed of singleDigitChanges('995601012346')) assert.equal(validateReservnummer('region-stockholm', changed).valid, false, changed);
  assert.equal(validateReservnummer('region-stockholm', '985601012346').valid, false);
  assert.equal(validateReservnummer('vgr', '19380314K061').valid, true);
  assert.equal(validateReservnummer('vgr', '19380314K051').valid, false);
  assert.equal(validateReservnummer('vgr', '19380314A061').valid, false);
  assert.deepEqual(validateReservnummer('region-halland', 'anything'), { valid: true, warning: { code: 'identity.reservnummer.unknownIssuer' } });
  assert.equal(validateIdentity({ type: 'reservnummer', issuer: 'vgr', value: '19380314X891' }).valid, true);
  assert.equal(luhnValid('4111111111111111'), true);
  assert.equal(luhnValid('4111111111111112'), false);
});
