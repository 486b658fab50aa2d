/**
 * FHIR primitive types (R4 §2.24) from model values. Each returns undefined when the value has
 * no valid FHIR form (an empty string, a year 0000, an offset beyond ±14:00): the element is
 * then left out and the lossless residue carries the model value instead.
 */

// The regular expressions are the ones the R4 specification gives for each primitive.
const STRING = /^[ \r\n\t\S]+$/;
const CODE = /^[^\s]+(\s[^\s]+)*$/;
const YEAR = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const DATE = new RegExp(`^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])$`);
const DATE_TIME = new RegExp(
  `^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$`,
);

export function fString(v: unknown): string | undefined {
  return typeof v === 'string' && STRING.test(v) ? v : undefined;
}

export function fCode(v: unknown): string | undefined {
  return typeof v === 'string' && CODE.test(v) ? v : undefined;
}

export function fDate(v: unknown): string | undefined {
  return typeof v === 'string' && DATE.test(v) ? v : undefined;
}

/** A model timestamp as a FHIR dateTime/instant: seconds are added when the model left them out. */
export function fDateTime(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const withSeconds = /T\d\d:\d\d(Z|[+-])/.test(v) ? v.replace(/(T\d\d:\d\d)/, '$1:00') : v;
  return DATE_TIME.test(withSeconds) ? withSeconds : undefined;
}

/** A FHIR dateTime read back as a model timestamp (full date and time with a zone), else undefined. */
export function modelTimestamp(v: unknown): string | undefined {
  return typeof v === 'string' && DATE_TIME.test(v) ? v : undefined;
}

export function modelDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const day = v.slice(0, 10);
  return DATE.test(day) ? day : undefined;
}

// ─── stable ids ─────────────────────────────────────────────────────────────

/**
 * A UUID-shaped id derived from a key (four FNV-1a hashes with different seeds), so the same
 * plan always gives the same bundle and a host can update resources it stored before.
 * Not a cryptographic hash: it only needs to be stable and unlikely to collide in one bundle.
 */
export function stableUuid(key: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  const hex = seeds.map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    h = (h ^ (h >>> 12)) >>> 0;
    return h.toString(16).padStart(8, '0');
  });
  const s = hex.join('');
  // Version 4 and variant bits make it a well-formed UUID.
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${((parseInt(s[16]!, 16) & 3) | 8).toString(16)}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}
