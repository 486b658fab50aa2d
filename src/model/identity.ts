/**
 * Identity validators. Personnummer and samordningsnummer are validated with the
 * `personnummer` package (Luhn + date). Reservnummer formats follow the patterns in the
 * HL7 Sweden base profiles (PatientIdentifierConformancePatternSE):
 *
 * - `national` (nationellt reservnummer): `YYYYMMDD` + `-`? + two letters and two digits,
 *   or three letters and one digit; letters A–Z except I, O, Q, V, W. The date part must be
 *   a real date.
 * - `region-stockholm` (SLL local): `99` + ten digits. ASSUMPTION (not in the profile): the
 *   last digit is a Luhn check over the last ten digits, as in a personnummer.
 * - `vgr` (Västra Götalandsregionen local): `YYYYMMDD` + `K`|`M`|`X` + two digits 06–89 +
 *   one digit; the date part must be a real date.
 * - any other issuer: accepted with the warning `identity.reservnummer.unknownIssuer`.
 *
 * Identity numbers are personal data: nothing here logs them, and messages never echo them.
 */
import Personnummer from 'personnummer';
import type { Identity } from './schema';

export type IdentityResult =
  | { valid: true; warning?: { code: string } }
  | { valid: false; code: string };

export const RESERVNUMMER_ISSUERS = ['national', 'region-stockholm', 'vgr'] as const;
export type ReservnummerIssuer = (typeof RESERVNUMMER_ISSUERS)[number];

/** Luhn check over a string of digits (the last digit is the check digit). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function realDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function safeValid(value: string, allowCoordinationNumber: boolean): boolean {
  try {
    return Personnummer.valid(value, { allowCoordinationNumber, allowInterimNumber: false });
  } catch {
    return false;
  }
}

/** Whether the number parses with coordination numbers allowed and is one (a single parse: `valid` is a parse too). */
function isCoordination(value: string): boolean {
  try {
    return Personnummer.parse(value, { allowCoordinationNumber: true, allowInterimNumber: false }).isCoordinationNumber();
  } catch {
    return false;
  }
}

export function validatePersonnummer(value: string): IdentityResult {
  if (typeof value !== 'string' || value.length > 20) return { valid: false, code: 'identity.personnummer.invalid' };
  if (safeValid(value, false)) return { valid: true };
  if (isCoordination(value)) return { valid: false, code: 'identity.personnummer.isSamordningsnummer' };
  return { valid: false, code: 'identity.personnummer.invalid' };
}

export function validateSamordningsnummer(value: string): IdentityResult {
  if (typeof value !== 'string' || value.length > 20) return { valid: false, code: 'identity.samordningsnummer.invalid' };
  if (isCoordination(value)) return { valid: true };
  return { valid: false, code: 'identity.samordningsnummer.invalid' };
}

const NATIONAL = /^(\d{8})-?([A-HJ-NPR-UXYZ]{2}\d{2}|[A-HJ-NPR-UXYZ]{3}\d)$/;
const STOCKHOLM = /^99\d{10}$/;
const VGR = /^(\d{8})[KMX](0[6-9]|[1-8]\d)\d$/;

export function validateReservnummer(issuer: string, value: string): IdentityResult {
  if (typeof value !== 'string' || value.length > 30) return { valid: false, code: 'identity.reservnummer.invalid' };
  switch (issuer) {
    case 'national': {
      const m = NATIONAL.exec(value);
      return m && realDate(m[1] ?? '') ? { valid: true } : { valid: false, code: 'identity.reservnummer.invalid' };
    }
    case 'region-stockholm':
      return STOCKHOLM.test(value) && luhnValid(value.slice(2))
        ? { valid: true }
        : { valid: false, code: 'identity.reservnummer.invalid' };
    case 'vgr': {
      const m = VGR.exec(value);
      return m && realDate(m[1] ?? '') ? { valid: true } : { valid: false, code: 'identity.reservnummer.invalid' };
    }
    default:
      return { valid: true, warning: { code: 'identity.reservnummer.unknownIssuer' } };
  }
}

/** Validate any identity of a person. Unknown reservnummer issuers are valid with a warning. */
export function validateIdentity(identity: Identity): IdentityResult {
  switch (identity.type) {
    case 'personnummer':
      return validatePersonnummer(identity.value);
    case 'samordningsnummer':
      return validateSamordningsnummer(identity.value);
    case 'reservnummer':
      return validateReservnummer(identity.issuer, identity.value);
    default:
      return { valid: false, code: 'identity.unknownType' };
  }
}
