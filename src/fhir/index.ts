/**
 * sip-elements/fhir — the plan as an HL7 FHIR R4 Bundle, out and back in. No DOM; runs in Node
 * and browsers. Elements never import it: it is its own entry with its own chunk.
 *
 * - `planToFhir(plan, options?)` → a `collection` Bundle: CarePlan, Patient, RelatedPerson,
 *   Practitioner/PractitionerRole/Organization, CareTeam, Goal, Consent, Appointment,
 *   AppointmentResponse, Provenance (signatures, a withdrawal, the closure) and Communication
 *   (SIP-kollen offered) (see docs/rationale/fhir.md for the mapping and why).
 * - `planFromFhir(bundle)` → `{ ok: true, plan, warnings }` or `{ ok: false, issues }`, never throws.
 *
 * Nothing is lost: what FHIR has no place for travels in `plan-data` extensions (residue.ts).
 */
import type { Bundle, CarePlan, FhirResource } from 'fhir/r4';
import type { PlanIssue } from '../model/issues';
import { parsePlan } from '../model/parse';
import { redactForParty } from '../model/redact';
import type { SipPlan } from '../model/schema';
import { readBundle } from './from-fhir';
import { fhirMessage } from './messages';
import { stableUuid } from './primitives';
import { apply, diff, fromExtensions, toExtension, type Json } from './residue';
import { CARE_PLAN_STATUS, mapPlan } from './to-fhir';
import { EXT, EXT_DATA_ABSENT_REASON, ID, SIP_CATEGORY } from './systems';

export * from './systems';
export { FHIR_MESSAGE_CODES } from './messages';
export type { Bundle as FhirBundle } from 'fhir/r4';

export interface PlanToFhirOptions {
  /**
   * Export only what this party may see: the plan goes through `redactForParty(plan, party, now)`
   * first. A party outside the consent gets a bundle with the plan's id, version and status only.
   */
  redactFor?: { party: string; now: string };
}

export type PlanFromFhirResult = { ok: true; plan: SipPlan; warnings: PlanIssue[] } | { ok: false; issues: PlanIssue[] };

/** The plan as a FHIR R4 `collection` Bundle. Does not mutate the plan. */
export function planToFhir(plan: SipPlan, options: PlanToFhirOptions = {}): Bundle<FhirResource> {
  let source = plan;
  if (options.redactFor) {
    const r = redactForParty(plan, options.redactFor.party, options.redactFor.now);
    if (r.access === 'none') return maskedBundle(r.plan);
    source = r.plan;
  }
  // JSON is what FHIR carries: values JSON cannot hold (undefined, functions) are not part of the plan.
  const original = JSON.parse(JSON.stringify(source)) as SipPlan;
  const bundle = mapPlan(original);
  // What the reader does not get back from the mapped bundle is carried as residue, on the
  // element the reader read the entity from (so it moves with its resource).
  const rebuilt = readBundle(bundle);
  const carriers = new Map(rebuilt.scopes.map((s) => [JSON.stringify(s.path), s.carrier as { extension?: unknown[] }]));
  for (const op of diff(original as unknown as Json, rebuilt.plan)) {
    for (let len = Math.min(3, op.path.length - 1); len >= 0; len--) {
      const carrier = carriers.get(JSON.stringify(op.path.slice(0, len)));
      if (!carrier) continue;
      carrier.extension = [...(carrier.extension ?? []), toExtension({ ...op, path: op.path.slice(len) })];
      break;
    }
  }
  return bundle;
}

/** A bundle that says a plan exists and nothing about the person (a party outside the consent). */
function maskedBundle(p: { id: string; version: number; status: SipPlan['status'] }): Bundle<FhirResource> {
  const id = stableUuid(`${p.id}|careplan`);
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    id,
    identifier: [{ system: ID.plan, value: p.id }],
    extension: [{ url: EXT.planVersion, valuePositiveInt: p.version }],
    status: CARE_PLAN_STATUS[p.status] ?? 'unknown',
    intent: 'plan',
    category: [{ coding: [SIP_CATEGORY], text: 'SIP' }],
    subject: { extension: [{ url: EXT_DATA_ABSENT_REASON, valueCode: 'masked' }] },
  };
  return { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: `urn:uuid:${id}`, resource: carePlan }] };
}

/**
 * A plan from a FHIR R4 Bundle (ours, or another system's by the same mapping). Never throws:
 * garbage, other resources and broken references give `ok: false` with issues whose `path`
 * points into the bundle (`['entry', 3, 'resource', 'subject']`) or, once read, into the plan.
 */
export function planFromFhir(bundle: unknown): PlanFromFhirResult {
  try {
    const read = readBundle(bundle);
    if (read.issues.length > 0) return { ok: false, issues: read.issues };
    for (const { path, carrier } of read.scopes) {
      const ops = fromExtensions((carrier as { extension?: unknown } | undefined)?.extension);
      if (ops.length === 0) continue;
      apply(read.plan, ops.map((op) => ({ ...op, path: [...path, ...op.path] })));
    }
    const parsed = parsePlan(read.plan);
    return parsed.ok ? { ok: true, plan: parsed.plan, warnings: parsed.warnings } : { ok: false, issues: parsed.issues };
  } catch {
    return { ok: false, issues: [{ path: [], code: 'fhir.exception', message: fhirMessage('fhir.exception'), severity: 'error' }] };
  }
}
