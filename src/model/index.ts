/**
 * sip-elements/model — the SIP plan model: schemas, types, parsing, invariants, operations,
 * identity validators, redaction and measures. No DOM; runs in Node and browsers.
 * Examples live in a separate entry: `src/model/examples/index.ts`.
 *
 * Importing this index loads the validator (zod) and registers the checks operations use (see
 * `validator.ts`). Elements import the zod-free modules only and load the validator lazily.
 */
export * from './schema';
export * from './messages';
import { en as englishMessages } from './messages-en';
import { registerModelMessages } from './messages';
export * from './issues';
export * from './identity';
export * from './network-rules';
export * from './consent-rules';
export { checkInvariants, checkGuidance, goalGuidance } from './invariants';
export { lifecycleGuidance, NOTICE_DAYS, PLAN_WRITTEN_WITHIN_WORKING_DAYS } from './lifecycle-guidance';
export { parsePlan, validatePlan, type ParseResult, type ParseOptions } from './parse';
export {
  isPlanValidatorLoaded,
  loadPlanValidator,
  parseEntity,
  registerShapeChecks,
  type EntityKind,
  type EntityResult,
  type ShapeChecks,
  type ShapeIssue,
} from './validator';
export * from './operations/index';
export * from './redact';
export * from './measures';
export { planJsonSchema } from './json-schema';
export { ACTIVITY_STATUS_LABELS, activityStatusLabel } from './activity-labels';
export { isContentEditable, planStage, type PlanStage } from './plan-stage';
export { fromStockholmWallClock, isWorkingDay, stockholmDate, stockholmWallClock, swedishNonWorkingDays, workingDaysBetween } from './working-days';

// Node users of `sip-elements/model` get English synchronously; elements load it on demand.
registerModelMessages('en', englishMessages);
