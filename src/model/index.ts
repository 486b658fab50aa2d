/**
 * sip-elements/model — the SIP plan model: schemas, types, parsing, invariants, operations,
 * identity validators, redaction and measures. No DOM; runs in Node and browsers.
 * Examples live in a separate entry: `src/model/examples/index.ts`.
 */
export * from './schema';
export * from './messages';
export * from './issues';
export * from './identity';
export * from './network-rules';
export { checkInvariants, checkGuidance, goalGuidance } from './invariants';
export { parsePlan, validatePlan, type ParseResult, type ParseOptions } from './parse';
export * from './operations/index';
export * from './redact';
export * from './measures';
export { planJsonSchema } from './json-schema';
