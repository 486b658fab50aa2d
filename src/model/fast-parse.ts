/**
 * A fast path for `planSchema.safeParse`: the zod schema compiled once into plain closures that
 * accept exactly what zod accepts and build the same output (fresh objects for the known parts,
 * unknown keys by reference; defaults applied; optional keys present only when present in the
 * input). One difference from zod: the host's key order is kept (zod puts known keys first,
 * in shape order), so a plan saved again serializes in the order it came in. zod/mini
 * validates objects without JIT (it avoids `eval`, so it works under a strict CSP), which
 * makes it ~4× slower than this on a large plan.
 *
 * `parsePlan` runs the same checks as generated code instead (src/model/generated/plan-parser.ts,
 * written at build time by scripts/generate-parser.ts from `describe`): static field names let V8
 * keep its property accesses monomorphic, about 30% faster than these closures on the `large`
 * example. Operations (shape.ts) check single entities and fields with the closures.
 *
 * It only decides accept/reject: on reject (or any exception, e.g. a throwing getter) `parse.ts`
 * runs zod itself for the issues, so error reports are zod's. The compiler understands the schema
 * kinds the model uses and throws on anything else, so a schema change that it does not know
 * cannot silently weaken validation (a test compiles the plan schema and compares both on
 * many inputs).
 *
 * This is the one module that reads zod's internals (`schema._zod.def`): `shape.ts` asks it for
 * an object schema's fields and a list's item schema instead of reading them itself. zod is
 * pinned to the minor version this was written against (`~4.6.x` in package.json); a zod
 * update is a deliberate change that re-runs the comparison test.
 */
import type * as z from 'zod/mini';

/** Returned by a compiled check when the value does not match. */
export const FAIL: unique symbol = Symbol('fail');
export type Compiled = (value: unknown) => unknown;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  check?: string;
  format?: string;
  entries?: Record<string, unknown>;
  values?: unknown[];
  options?: z.ZodMiniType[];
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  shape?: Record<string, z.ZodMiniType>;
  catchall?: z.ZodMiniType;
  defaultValue?: unknown;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  fn?: (value: unknown) => unknown;
}

const defOf = (s: z.ZodMiniType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function lengthChecks(def: Def): ((v: { length: number }) => boolean)[] {
  return (def.checks ?? []).map(({ _zod: { def: c } }) => {
    if (c.check === 'min_length') return (v) => v.length >= c.minimum!;
    if (c.check === 'max_length') return (v) => v.length <= c.maximum!;
    throw new Error(`fast-parse: unsupported check ${c.check}`);
  });
}

function compileString(def: Def): Compiled {
  const tests: ((v: string) => boolean)[] = (def.checks ?? []).map(({ _zod: { def: c } }) => {
    if (c.check === 'min_length') return (v: string) => v.length >= c.minimum!;
    if (c.check === 'max_length') return (v: string) => v.length <= c.maximum!;
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern && !c.pattern.global && !c.pattern.sticky) {
      const re = c.pattern;
      return (v: string) => re.test(v);
    }
    if (c.check === 'custom' && typeof c.fn === 'function') {
      const fn = c.fn;
      return (v: string) => Boolean(fn(v));
    }
    throw new Error(`fast-parse: unsupported string check ${c.check}/${c.format}`);
  });
  if (tests.length === 0) return (v) => (typeof v === 'string' ? v : FAIL);
  return (v) => {
    if (typeof v !== 'string') return FAIL;
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(v)) return FAIL;
    return v;
  };
}

function compileNumber(def: Def): Compiled {
  let int = false;
  if (def.check !== undefined) {
    if (def.check === 'number_format' && def.format === 'safeint') int = true;
    else throw new Error(`fast-parse: unsupported number format ${def.format}`);
  }
  const tests = (def.checks ?? []).map(({ _zod: { def: c } }): ((v: number) => boolean) => {
    const bound = c.value!;
    if (c.check === 'greater_than') return c.inclusive ? (v) => v >= bound : (v) => v > bound;
    if (c.check === 'less_than') return c.inclusive ? (v) => v <= bound : (v) => v < bound;
    throw new Error(`fast-parse: unsupported number check ${c.check}`);
  });
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return FAIL;
    if (int && !Number.isSafeInteger(v)) return FAIL;
    for (const t of tests) if (!t(v)) return FAIL;
    return v;
  };
}

function compileObject(def: Def): Compiled {
  const shape = def.shape!;
  const keys = Object.keys(shape).filter((k) => k !== '__proto__');
  if (Object.getOwnPropertySymbols(shape).length) throw new Error('fast-parse: symbol keys');
  const catchall = def.catchall ? defOf(def.catchall).type : undefined;
  if (catchall !== undefined && catchall !== 'unknown') throw new Error(`fast-parse: unsupported catchall ${catchall}`);
  const known = new Set(Object.keys(shape));
  // kind: 0 required, 1 optional (absent stays absent), 2 default (absent gets the default)
  const fields = keys.map((key) => {
    const d = defOf(shape[key]!);
    if (d.type === 'optional') return { key, kind: 1, run: compile(d.innerType!), def: d };
    if (d.type === 'default') return { key, kind: 2, run: compile(d.innerType!), def: d };
    return { key, kind: 0, run: compile(shape[key]!), def: d };
  });
  const general = generalObject(fields, catchall !== undefined ? known : undefined);
  if (catchall === undefined) return general;
  // Loose objects (all of the model's): a spread copies every own field at once, which V8 does
  // quickly for same-shaped objects, and keeps the host's key order; the known fields are then
  // checked and their checked copies written back. About twice as fast as building each object
  // key by key. Objects with another prototype go the general way, which (like zod) also
  // carries enumerable inherited fields.
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
    if (Object.getPrototypeOf(input) !== Object.prototype) return general(input);
    const out: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const v = out[f.key];
      if (v === undefined) {
        if (f.kind === 1) continue;
        if (f.kind === 2) {
          out[f.key] = f.def.defaultValue;
          continue;
        }
        if (!(f.key in out)) return FAIL;
      }
      const r = f.run(v);
      if (r === FAIL) return FAIL;
      if (r !== v) out[f.key] = r;
    }
    // An own "__proto__" (JSON.parse makes one) is data, never a prototype: zod drops it, so do we.
    if (hasOwn.call(out, '__proto__')) delete out['__proto__'];
    return out;
  };
}

interface Field {
  key: string;
  kind: number;
  run: Compiled;
  def: Def;
}

/** Builds each object key by key in shape order, then (for loose objects) the unknown keys. */
function generalObject(fields: Field[], known: Set<string> | undefined): Compiled {
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
    const src = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const v = src[f.key];
      if (v === undefined) {
        if (f.kind === 1) {
          if (f.key in src) out[f.key] = undefined;
          continue;
        }
        if (f.kind === 2) {
          out[f.key] = f.def.defaultValue;
          continue;
        }
        if (!(f.key in src)) return FAIL;
      }
      const r = f.run(v);
      if (r === FAIL) return FAIL;
      out[f.key] = r;
    }
    if (known) {
      for (const key in src) {
        if (known.has(key) || key === '__proto__') continue;
        out[key] = src[key];
      }
    }
    return out;
  };
}

const hasOwn = Object.prototype.hasOwnProperty;

const cache = new WeakMap<object, Compiled>();

/** Compile a zod/mini schema of the kinds the model uses. Throws on any other kind. */
export function compile(schema: z.ZodMiniType): Compiled {
  const hit = cache.get(schema);
  if (hit) return hit;
  const def = defOf(schema);
  let fn: Compiled;
  switch (def.type) {
    case 'string':
      fn = compileString(def);
      break;
    case 'number':
      fn = compileNumber(def);
      break;
    case 'boolean':
      if (def.checks?.length) throw new Error('fast-parse: boolean checks');
      fn = (v) => (typeof v === 'boolean' ? v : FAIL);
      break;
    case 'unknown':
      fn = (v) => v;
      break;
    case 'literal': {
      const values = def.values!;
      fn = (v) => (values.includes(v) ? v : FAIL);
      break;
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries!));
      fn = (v) => (values.has(v) ? v : FAIL);
      break;
    }
    case 'union': {
      const options = def.options!.map(compile);
      fn = (v) => {
        for (const o of options) {
          const r = o(v);
          if (r !== FAIL) return r;
        }
        return FAIL;
      };
      break;
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      fn = (v) => (v === undefined ? undefined : inner(v));
      break;
    }
    case 'default': {
      const inner = compile(def.innerType!);
      fn = (v) => (v === undefined ? def.defaultValue : inner(v));
      break;
    }
    case 'array': {
      const element = compile(def.element!);
      const checks = lengthChecks(def);
      fn = (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = element(v[i]);
          if (r === FAIL) return FAIL;
          out[i] = r;
        }
        for (const c of checks) if (!c(v)) return FAIL;
        return out;
      };
      break;
    }
    case 'object':
      fn = compileObject(def);
      break;
    default:
      throw new Error(`fast-parse: unsupported schema type ${def.type}`);
  }
  if (def.type !== 'array' && def.type !== 'string' && def.type !== 'number' && def.checks?.length) {
    throw new Error(`fast-parse: checks on ${def.type}`);
  }
  cache.set(schema, fn);
  return fn;
}

/**
 * A zod-free description of a schema, for the build-time parser generator
 * (scripts/generate-parser.ts). Only the kinds `compile` understands; throws on any other.
 */
export type SchemaNode =
  | { kind: 'string'; schema: z.ZodMiniType; checks: StringCheck[] }
  | { kind: 'number'; int: boolean; bounds: { op: '>=' | '>' | '<=' | '<'; value: number }[] }
  | { kind: 'boolean' }
  | { kind: 'unknown' }
  | { kind: 'literal'; values: unknown[] }
  | { kind: 'union'; schema: z.ZodMiniType; options: SchemaNode[] }
  | { kind: 'array'; element: SchemaNode; minLength?: number; maxLength?: number }
  | { kind: 'object'; schema: z.ZodMiniType; fields: FieldNode[] };
export type StringCheck =
  | { kind: 'minLength'; value: number }
  | { kind: 'maxLength'; value: number }
  | { kind: 'pattern'; pattern: RegExp }
  | { kind: 'refine'; fn: (value: unknown) => unknown };
export interface FieldNode {
  key: string;
  /** `default` fields read `defaultValue()` when absent; `optional` ones stay absent. */
  presence: 'required' | 'optional' | 'default';
  defaultValue?: () => unknown;
  node: SchemaNode;
}

export function describe(schema: z.ZodMiniType): SchemaNode {
  compile(schema); // rejects every kind or check the fast path does not know
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return {
        kind: 'string',
        schema,
        checks: (def.checks ?? []).map(({ _zod: { def: c } }): StringCheck => {
          if (c.check === 'min_length') return { kind: 'minLength', value: c.minimum! };
          if (c.check === 'max_length') return { kind: 'maxLength', value: c.maximum! };
          if (c.check === 'custom') return { kind: 'refine', fn: c.fn! };
          return { kind: 'pattern', pattern: c.pattern! };
        }),
      };
    case 'number':
      return {
        kind: 'number',
        int: def.check !== undefined,
        bounds: (def.checks ?? []).map(({ _zod: { def: c } }) => ({
          op: c.check === 'greater_than' ? (c.inclusive ? '>=' : '>') : c.inclusive ? '<=' : '<',
          value: c.value!,
        })),
      };
    case 'boolean':
    case 'unknown':
      return { kind: def.type };
    case 'literal':
      return { kind: 'literal', values: [...def.values!] };
    case 'enum':
      return { kind: 'literal', values: Object.values(def.entries!) };
    case 'union':
      return { kind: 'union', schema, options: def.options!.map(describe) };
    case 'array': {
      const node: SchemaNode = { kind: 'array', element: describe(def.element!) };
      for (const { _zod: { def: c } } of def.checks ?? []) {
        if (c.check === 'min_length') node.minLength = c.minimum!;
        else node.maxLength = c.maximum!;
      }
      return node;
    }
    case 'object': {
      if (!def.catchall) throw new Error('fast-parse: describe knows loose objects only');
      const fields = Object.keys(def.shape!)
        .filter((key) => key !== '__proto__')
        .map((key): FieldNode => {
          const d = defOf(def.shape![key]!);
          if (d.type === 'optional') return { key, presence: 'optional', node: describe(d.innerType!) };
          if (d.type === 'default') return { key, presence: 'default', defaultValue: () => d.defaultValue, node: describe(d.innerType!) };
          return { key, presence: 'required', node: describe(def.shape![key]!) };
        });
      return { kind: 'object', schema, fields };
    }
    default:
      throw new Error(`fast-parse: describe does not know ${def.type}`);
  }
}

/** The field schemas of an object schema (zod internals, read here only). */
export function objectShape(schema: z.ZodMiniType): Record<string, z.ZodMiniType> {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.shape) throw new Error(`fast-parse: not an object schema (${def.type})`);
  return def.shape;
}

/** The item schema of a list field (`array(item)`, optionally wrapped in a default), else undefined. */
export function listItem(schema: z.ZodMiniType): z.ZodMiniType | undefined {
  let def = defOf(schema);
  if (def.type === 'default' && def.innerType) def = defOf(def.innerType);
  return def.type === 'array' ? def.element : undefined;
}

/** One of zod's issues, as far as `parse.ts` reads it. */
export interface ShapeIssue {
  code?: string;
  path?: PropertyKey[];
  expected?: unknown;
  format?: unknown;
}

interface SafeParsing {
  safeParse(value: unknown): { success: boolean; error?: { issues: ShapeIssue[] } };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * zod's issues for `input`, at most `max` of them, in zod's order. zod itself collects every
 * issue and spreads each list into its parent's (`push(...issues)`), so a list of some 50,000
 * bad items overflows the call stack instead of reporting. This walks objects and lists here
 * and lets zod check only the leaves (and what it cannot walk, such as unions), stopping once
 * `max` issues are found.
 */
export function boundedIssues(schema: z.ZodMiniType, input: unknown, max: number): ShapeIssue[] {
  const out: ShapeIssue[] = [];
  walk(schema, input, [], out, max);
  return out;
}

function walk(schema: z.ZodMiniType, value: unknown, path: PropertyKey[], out: ShapeIssue[], max: number): void {
  if (out.length >= max) return;
  const def = defOf(schema);
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
    if (value !== undefined) walk(def.innerType, value, path, out, max);
    return;
  }
  if (def.type === 'object' && def.shape && isRecord(value)) {
    for (const key of Object.keys(def.shape)) {
      walk(def.shape[key]!, value[key], [...path, key], out, max);
      if (out.length >= max) return;
    }
    return;
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      walk(def.element, value[i], [...path, i], out, max);
      if (out.length >= max) return;
    }
    for (const { _zod: { def: c } } of def.checks ?? []) {
      if (out.length >= max) return;
      if (c.check === 'min_length' && value.length < c.minimum!) out.push({ code: 'too_small', path });
      else if (c.check === 'max_length' && value.length > c.maximum!) out.push({ code: 'too_big', path });
    }
    return;
  }
  const r = (schema as unknown as SafeParsing).safeParse(value);
  for (const issue of r.success ? [] : (r.error?.issues ?? [])) {
    if (out.length >= max) return;
    out.push({ ...issue, path: [...path, ...(issue.path ?? [])] });
  }
}
