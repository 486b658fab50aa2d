/**
 * The zod side of operation checks (see `validator.ts`): entity parsing and the check of what
 * an operation changed. Registered by `parse.ts`; never imported by operations.
 */
import type * as z from 'zod/mini';
import { compile, FAIL, listItem, objectShape, type Compiled } from './fast-parse';
import { validateIdentity } from './identity';
import type { IssuePath } from './issues';
import {
  consentGiverSchema,
  consentRecordSchema,
  activitySchema,
  followUpSchema,
  goalSchema,
  meetingSchema,
  networkEntrySchema,
  overallResponsibleSchema,
  personSchema,
  planSchema,
  preparationSchema,
  type SipPlan,
} from './schema';
import type { EntityKind, EntityResult, ShapeChecks, ShapeIssue } from './validator';

const ENTITY: Record<EntityKind, z.ZodMiniType> = {
  goal: goalSchema,
  activity: activitySchema,
  networkEntry: networkEntrySchema,
  consentRecord: consentRecordSchema,
  consentGiver: consentGiverSchema,
  meeting: meetingSchema,
  followUp: followUpSchema,
  person: personSchema,
  overallResponsible: overallResponsibleSchema,
  preparation: preparationSchema,
};

interface ZodIssueLike {
  code?: string;
  path?: PropertyKey[];
}

function toPath(path: PropertyKey[] | undefined): IssuePath {
  return (path ?? []).map((k) => (typeof k === 'number' ? k : String(k)));
}

function toShapeIssues(issues: readonly ZodIssueLike[], base: IssuePath = []): ShapeIssue[] {
  return issues.map((i) => ({ path: [...base, ...toPath(i.path)], code: typeof i.code === 'string' ? i.code : 'invalid' }));
}

/** The compiled check (fast-parse.ts) when it compiles and does not throw; FAIL sends the caller to zod. */
const compiled = new WeakMap<object, Compiled | null>();
function tryFast(schema: z.ZodMiniType, value: unknown): unknown {
  let fn = compiled.get(schema);
  if (fn === undefined) {
    try {
      fn = compile(schema);
    } catch {
      fn = null;
    }
    compiled.set(schema, fn);
  }
  if (!fn) return FAIL;
  try {
    return fn(value);
  } catch {
    return FAIL;
  }
}

function entity(kind: EntityKind, value: unknown): EntityResult {
  const schema = ENTITY[kind];
  if (!schema) return { success: false, error: { issues: [{ path: [], code: 'invalid' }] } };
  const fast = tryFast(schema, value);
  if (fast !== FAIL) return { success: true, data: fast };
  const r = schema.safeParse(value);
  if (r.success) return { success: true, data: r.data };
  return { success: false, error: { issues: toShapeIssues(r.error.issues as ZodIssueLike[]) } };
}

// The plan's fields and their list item schemas (read from zod's internals by fast-parse.ts).
const PLAN_SHAPE = objectShape(planSchema);
const ITEMS: Record<string, z.ZodMiniType | undefined> = Object.fromEntries(Object.entries(PLAN_SHAPE).map(([k, v]) => [k, listItem(v)]));

function changes(before: SipPlan, next: SipPlan): ShapeIssue | undefined {
  if (next === null || typeof next !== 'object') return { path: [], code: 'invalid_type' };
  const b = before as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  for (const key of Object.keys(PLAN_SHAPE)) {
    const value = n[key];
    const old = b[key];
    if (value === old) continue;
    const item = ITEMS[key];
    if (item && Array.isArray(value) && Array.isArray(old)) {
      const kept = new Set<unknown>(old);
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (kept.has(v) || tryFast(item, v) !== FAIL) continue;
        const r = item.safeParse(v);
        if (!r.success) return toShapeIssues(r.error.issues as ZodIssueLike[], [key, i])[0];
      }
      continue;
    }
    if (tryFast(PLAN_SHAPE[key]!, value) !== FAIL) continue;
    const r = PLAN_SHAPE[key]!.safeParse(value);
    if (!r.success) return toShapeIssues(r.error.issues as ZodIssueLike[], [key])[0];
  }
  const identity = next.person?.identity;
  if (identity !== undefined && identity !== before.person?.identity) {
    const r = validateIdentity(identity);
    if (!r.valid) return { path: ['person', 'identity', 'value'], code: 'custom', messageCode: r.code };
  }
  return undefined;
}

export const shapeChecks: ShapeChecks = { entity, changes };
