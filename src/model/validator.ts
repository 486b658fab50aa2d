/**
 * The bridge between the zod-free part of the model (operations, invariants) and the zod side
 * (`parse.ts`, `shape.ts`). Operations validate only what they create or change; the checks
 * themselves need the zod schemas, which `parse.ts` registers here when it loads. That keeps
 * zod out of every module an element imports statically:
 *
 * - Node: the model index imports `parse.ts`, so the checks are always there.
 * - Browser: `SipElement` loads `parse.ts` (lazily) before it shows a plan, so before any
 *   operation can run. Other code may `await loadPlanValidator()`.
 *
 * Without registered checks, operations fail closed with `model.validatorUnavailable`; they
 * never skip validation.
 */
import type { IssuePath } from './issues';
import type { SipPlan } from './schema';

/** Entity kinds an operation may create from caller input. */
export type EntityKind =
  | 'goal'
  | 'activity'
  | 'networkEntry'
  | 'consentRecord'
  | 'consentGiver'
  | 'meeting'
  | 'followUp'
  | 'person'
  | 'overallResponsible'
  | 'preparation';

/** The first shape problem found, in plan (or entity) coordinates. */
export interface ShapeIssue {
  path: IssuePath;
  code: string;
  /** Invariant-style message code (e.g. an invalid identity number), when not a zod issue. */
  messageCode?: string;
}

export type EntityResult<T = unknown> =
  | { success: true; data: T }
  | { success: false; error: { issues: ShapeIssue[] } };

export interface ShapeChecks {
  /** Parse one entity against its own schema (defaults applied, unknown fields kept). */
  entity(kind: EntityKind, value: unknown): EntityResult;
  /**
   * Check the parts of `next` that are not shared (by reference) with `before`, a valid plan:
   * changed top-level fields and, in collections, the items that are new objects. Includes
   * the identity number check when the person's identity changed.
   */
  changes(before: SipPlan, next: SipPlan): ShapeIssue | undefined;
}

let checks: ShapeChecks | undefined;

/** Called by `parse.ts` when it loads. */
export function registerShapeChecks(c: ShapeChecks): void {
  checks = c;
}

/** Whether the validator (zod schemas) has loaded, so operations can run. */
export function isPlanValidatorLoaded(): boolean {
  return checks !== undefined;
}

/** Thrown by `parseEntity` when no checks are registered; `run()` turns it into an error result. */
export class ValidatorUnavailableError extends Error {
  constructor() {
    super('model.validatorUnavailable');
  }
}

/** The registered checks, or throws `ValidatorUnavailableError`. */
export function shapeChecks(): ShapeChecks {
  if (!checks) throw new ValidatorUnavailableError();
  return checks;
}

/** Parse one entity of `kind` (like `schema.safeParse`). Throws when the validator is not loaded. */
export function parseEntity<T>(kind: EntityKind, value: unknown): EntityResult<T> {
  return shapeChecks().entity(kind, value) as EntityResult<T>;
}

let loading: Promise<void> | undefined;

/**
 * Loads the validator (zod and the plan schemas, in its own chunk in a bundle) and registers
 * its checks. Resolves at once in Node, where the model index has already loaded it.
 */
export function loadPlanValidator(): Promise<void> {
  if (checks) return Promise.resolve();
  loading ??= import('./parse').then(
    () => undefined,
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
