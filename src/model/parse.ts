import { checkGuidance, checkInvariants } from './invariants';
import { issue, type IssuePath, type PlanIssue } from './issues';
import { planSchema, type SipPlan } from './schema';
import { boundedIssues, FAIL, type ShapeIssue } from './fast-parse';
import { readPlanShape } from './generated/plan-parser';
import { shapeChecks } from './shape';
import { registerShapeChecks } from './validator';

// Operations validate what they change through these checks (see validator.ts); loading this
// module is what makes them available.
registerShapeChecks(shapeChecks);

export type ParseResult =
  | { ok: true; plan: SipPlan; warnings: PlanIssue[] }
  | { ok: false; issues: PlanIssue[] };

export interface ParseOptions {
  /** Compute guidance warnings (SMART gaps etc.). Default true. */
  warnings?: boolean;
}

type ZodIssueLike = ShapeIssue;

const MAX_ISSUES = 200;

// The fast path, generated from the schema at build time (see scripts/generate-parser.ts); zod
// itself runs only when it rejects, for the issues.
function fastParse(input: unknown): unknown {
  try {
    return readPlanShape(input);
  } catch {
    return FAIL;
  }
}

function toPath(path: PropertyKey[] | undefined): IssuePath {
  if (!path) return [];
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
}

/** Whether the value at `path` in `input` is missing (own property absent or undefined). */
function missingAt(input: unknown, path: IssuePath): boolean {
  let cur: unknown = input;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return true;
    if (!Object.prototype.hasOwnProperty.call(cur, k)) return true;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur === undefined;
}

function fromZod(z: ZodIssueLike, input: unknown): PlanIssue {
  const path = toPath(z.path);
  const code = typeof z.code === 'string' ? z.code : 'invalid';
  if (code === 'invalid_type' && missingAt(input, path)) return issue('error', path, 'schema.required');
  const params: Record<string, string> = {};
  if (typeof z.expected === 'string') params.expected = z.expected;
  if (typeof z.format === 'string') params.format = z.format;
  return issue('error', path, `schema.${code}`, params);
}

/**
 * Parse and validate an unknown value as a SIP plan. Never throws: hostile input (cyclic
 * objects, huge strings, `__proto__` keys, throwing getters or proxies) gives `ok: false`
 * or a valid plan, never an exception. Unknown fields are kept. The input is not mutated;
 * the returned plan is a fresh object tree for the known parts (unknown field values are
 * carried by reference).
 *
 * Errors: shape and invariants (see `invariants.ts`). Warnings: guidance gaps.
 */
export function parsePlan(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    let plan = fastParse(input) as SipPlan | typeof FAIL;
    if (plan === FAIL) {
      // The first issues, collected without zod's whole-tree pass (which overflows the stack on
      // tens of thousands of bad items); zod parses only when the walk finds nothing.
      const found = boundedIssues(planSchema, input, MAX_ISSUES);
      if (found.length > 0) return { ok: false, issues: found.map((i) => fromZod(i, input)) };
      const r = planSchema.safeParse(input);
      if (!r.success) {
        const issues = (r.error.issues as ZodIssueLike[]).slice(0, MAX_ISSUES).map((i) => fromZod(i, input));
        return { ok: false, issues };
      }
      plan = r.data;
    }
    const errors = checkInvariants(plan);
    if (errors.length > 0) return { ok: false, issues: errors };
    const warnings = options.warnings === false ? [] : checkGuidance(plan);
    return { ok: true, plan, warnings };
  } catch {
    return { ok: false, issues: [issue('error', [], 'parse.exception')] };
  }
}

/** Like parsePlan but returns all issues (errors and warnings) of a shape-valid plan. */
export function validatePlan(plan: SipPlan): PlanIssue[] {
  try {
    return [...checkInvariants(plan), ...checkGuidance(plan)];
  } catch {
    return [issue('error', [], 'parse.exception')];
  }
}
