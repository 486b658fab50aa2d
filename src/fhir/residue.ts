/**
 * The lossless part of the mapping, generic over the plan's shape.
 *
 * `planToFhir` maps what FHIR has a place for, reads the bundle back with the same reader
 * `planFromFhir` uses, and compares: whatever did not come back (unknown host fields, fields
 * without a FHIR home, spellings FHIR normalises, fields added to the model later) becomes a
 * list of operations — "set this path to this JSON value" or "remove this path". Each operation
 * travels as one `plan-data` extension on the resource of the entity it belongs to, with a JSON
 * Pointer relative to that entity, so it moves with the resource if a receiver reorders them.
 * A new model field therefore round-trips the day it is added, before it has a FHIR mapping.
 */
import type { Extension } from 'fhir/r4';
import { EXT } from './systems';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];
export interface ResidueOp {
  path: Path;
  /** The value to set; absent means remove. */
  value?: Json;
  remove?: true;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k]));
  }
  return false;
}

/** Operations that turn `rebuilt` into `original` (both JSON values). */
export function diff(original: Json, rebuilt: unknown, path: Path = []): ResidueOp[] {
  if (equal(original, rebuilt)) return [];
  if (isObject(original) && isObject(rebuilt)) {
    const ops: ResidueOp[] = [];
    for (const [k, v] of Object.entries(original)) {
      if (rebuilt[k] === undefined) ops.push({ path: [...path, k], value: v });
      else ops.push(...diff(v, rebuilt[k], [...path, k]));
    }
    for (const k of Object.keys(rebuilt)) {
      if (rebuilt[k] !== undefined && !Object.prototype.hasOwnProperty.call(original, k)) ops.push({ path: [...path, k], remove: true });
    }
    return ops;
  }
  if (Array.isArray(original) && Array.isArray(rebuilt) && original.length === rebuilt.length) {
    return original.flatMap((v, i) => diff(v, rebuilt[i], [...path, i]));
  }
  return [{ path, value: original }];
}

/**
 * Applies operations to a JSON value the reader built (owned by the caller, so mutated in
 * place). Keys become own data properties even when named `__proto__`; an operation whose
 * parent is missing (a receiver edited the resource) is skipped and reported.
 */
export function apply(target: Record<string, unknown>, ops: readonly ResidueOp[]): ResidueOp[] {
  const skipped: ResidueOp[] = [];
  for (const op of ops) {
    if (op.path.length === 0) {
      skipped.push(op);
      continue;
    }
    let parent: unknown = target;
    for (const key of op.path.slice(0, -1)) {
      parent = parent !== null && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, key) ? (parent as Record<string, unknown>)[key] : undefined;
    }
    const last = op.path[op.path.length - 1]!;
    if (parent === null || typeof parent !== 'object' || (Array.isArray(parent) && (typeof last !== 'number' || last > parent.length))) {
      skipped.push(op);
      continue;
    }
    if (op.remove) {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, unknown>)[last];
    } else {
      Object.defineProperty(parent, last, { value: op.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return skipped;
}

// ─── JSON Pointer (RFC 6901) ────────────────────────────────────────────────

export function toPointer(path: Path): string {
  return path.map((k) => '/' + String(k).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Array indexes are written as numbers, so `#n` marks a numeric token that is an object key. */
export function encodePath(path: Path): string {
  return toPointer(path.map((k) => (typeof k === 'string' && /^#*\d+$/.test(k) ? `#${k}` : k)));
}

export function decodePath(pointer: string): Path | undefined {
  if (pointer === '' || !pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((t) => (/^\d+$/.test(t) ? Number(t) : /^#+\d+$/.test(t) ? t.slice(1) : t));
}

// ─── the extension ──────────────────────────────────────────────────────────

/**
 * JSON text that is a valid FHIR string: whitespace other than space, tab, CR and LF (a
 * no-break space, U+2028 …) is written as a `\\uXXXX` escape, since R4's string pattern
 * `[ \\r\\n\\t\\S]+` rejects it raw. JSON.parse reads it back the same.
 */
function jsonText(value: Json): string {
  return JSON.stringify(value).replace(/[^\S \r\n\t]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `{ url: plan-data, extension: [{ url: 'path', valueString: JSON Pointer }, { url: 'value',
 * valueString: JSON text }] }`; no `value` part means remove.
 */
export function toExtension(op: ResidueOp): Extension {
  const parts: Extension[] = [{ url: 'path', valueString: encodePath(op.path) }];
  if (!op.remove) parts.push({ url: 'value', valueString: jsonText(op.value ?? null) });
  return { url: EXT.planData, extension: parts };
}

/** Operations carried by an element's `extension` list; malformed ones are skipped. */
export function fromExtensions(extensions: unknown): ResidueOp[] {
  if (!Array.isArray(extensions)) return [];
  const ops: ResidueOp[] = [];
  for (const ext of extensions) {
    if (!isObject(ext) || ext.url !== EXT.planData || !Array.isArray(ext.extension)) continue;
    const part = (name: string) => (ext.extension as unknown[]).find((p) => isObject(p) && p.url === name) as Record<string, unknown> | undefined;
    const pointer = part('path')?.valueString;
    const path = typeof pointer === 'string' ? decodePath(pointer) : undefined;
    if (!path) continue;
    const text = part('value')?.valueString;
    if (text === undefined) {
      ops.push({ path, remove: true });
      continue;
    }
    if (typeof text !== 'string') continue;
    try {
      ops.push({ path, value: JSON.parse(text) as Json });
    } catch {
      // A receiver garbled the value: the field is left as the mapping read it.
    }
  }
  return ops;
}
