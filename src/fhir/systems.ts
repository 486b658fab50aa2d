/**
 * Identifier systems, code systems and extension URLs of the FHIR mapping, in one place so the
 * rationale (docs/rationale/fhir.md) can cite each and hosts can match on them.
 *
 * Published by others:
 * - HL7 Sweden base profiles (hl7se.fhir.base 1.1.0, SEBasePatient identifier slices): the
 *   personnummer, samordningsnummer and nationellt reservnummer systems.
 * - HL7 FHIR R4 / HL7 Terminology (THO): goal achievement, v3 RoleCode, v3 ParticipationType,
 *   participant type, consent scope, LOINC, ASTM signature types, core extensions.
 *
 * Our own (no published equivalent): everything under SIP_FHIR_BASE. It is a URN on purpose:
 * the project owns no web domain to publish definitions under, and a URN claims none.
 */

export const SE_PERSONNUMMER = 'http://electronichealth.se/identifier/personnummer';
export const SE_SAMORDNINGSNUMMER = 'http://electronichealth.se/identifier/samordningsnummer';
export const SE_NATIONELLT_RESERVNUMMER = 'http://electronichealth.se/identifier/nationelltReservnummer';

export const GOAL_ACHIEVEMENT = 'http://terminology.hl7.org/CodeSystem/goal-achievement';
export const V3_ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
export const V3_PARTICIPATION_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
export const PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/participant-type';
export const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
export const V3_DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';
/** How someone took part: hand-written, electronic, verbal (the vocabulary of Communication.medium and QuestionnaireResponse mode). */
export const V3_PARTICIPATION_MODE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode';
export const LOINC = 'http://loinc.org';
export const SIGNATURE_TYPE = 'urn:iso-astm:E1762-95:2013';
export const PROVENANCE_PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
export const EXT_GOAL_RELATIONSHIP = 'http://hl7.org/fhir/StructureDefinition/goal-relationship';
export const GOAL_RELATIONSHIP_TYPE = 'http://terminology.hl7.org/CodeSystem/goal-relationship-type';
export const EXT_INTERPRETER_REQUIRED = 'http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired';
/** Who wrote the consent down (R4 core extension on Consent). */
export const EXT_CONSENT_TRANSCRIBER = 'http://hl7.org/fhir/StructureDefinition/consent-Transcriber';
export const EXT_DATA_ABSENT_REASON = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

/** Namespace of this library's own identifier systems, code systems and extensions. */
export const SIP_FHIR_BASE = 'urn:sip-elements:fhir';

const own = (kind: string, name: string) => `${SIP_FHIR_BASE}:${kind}:${name}`;

/** Identifier systems for the model's ids (any string, so they never go into `Resource.id`). */
export const ID = {
  plan: own('identifier', 'plan'),
  guardian: own('identifier', 'guardian'),
  legalRepresentative: own('identifier', 'legal-representative'),
  networkEntry: own('identifier', 'network-entry'),
  consent: own('identifier', 'consent'),
  meeting: own('identifier', 'meeting'),
  goal: own('identifier', 'goal'),
  followUp: own('identifier', 'follow-up'),
  /** A reservnummer whose issuer HL7 Sweden has no system for; the issuer is `Identifier.assigner.display`. */
  reservnummer: own('identifier', 'reservnummer'),
} as const;

/** Code systems of our own. */
export const CS = {
  planCategory: own('CodeSystem', 'plan-category'),
  role: own('CodeSystem', 'role'),
  networkKind: own('CodeSystem', 'network-kind'),
  principalKind: own('CodeSystem', 'principal-kind'),
  otherPrincipal: own('CodeSystem', 'other-principal'),
  goalHorizon: own('CodeSystem', 'goal-horizon'),
  textKind: own('CodeSystem', 'text-kind'),
  legalRepresentative: own('CodeSystem', 'legal-representative'),
  meetingForm: own('CodeSystem', 'meeting-form'),
  signatureRole: own('CodeSystem', 'signature-role'),
  consentGiver: own('CodeSystem', 'consent-giver'),
  activityStatus: own('CodeSystem', 'activity-status'),
  performerRole: own('CodeSystem', 'performer-role'),
  /** Provenance.activity of the plan's own events (the closure); no HL7 activity type fits. */
  planEvent: own('CodeSystem', 'plan-event'),
  closureReason: own('CodeSystem', 'closure-reason'),
  /** Communication.topic: SIP-kollen, the user survey the person is told about. */
  communicationTopic: own('CodeSystem', 'communication-topic'),
} as const;

/** Extensions of our own. */
export const EXT = {
  /** The lossless carrier: one model field the mapping did not carry (see residue.ts). */
  planData: own('StructureDefinition', 'plan-data'),
  planVersion: own('StructureDefinition', 'plan-version'),
  /** The model id of an element that has no `identifier` (a CarePlan activity). */
  elementId: own('StructureDefinition', 'element-id'),
  /** Which core text an Annotation holds (reason, current situation, …). */
  textKind: own('StructureDefinition', 'text-kind'),
  /** The model status an activity progress note records. */
  activityStatus: own('StructureDefinition', 'activity-status'),
  /** What a reference stands for where one FHIR list mixes several (activity performers, consent givers). */
  referenceRole: own('StructureDefinition', 'reference-role'),
  /** When the coordinator locked the plan (a dateTime on the CarePlan). */
  lockedAt: own('StructureDefinition', 'locked-at'),
  /** How a signature or a consent was given: a v3 ParticipationMode Coding. */
  participationMode: own('StructureDefinition', 'participation-mode'),
  /** A minor's own view of the consent, in their words (R4 Consent has no note). */
  childView: own('StructureDefinition', 'child-view'),
} as const;

export const SIP_CATEGORY = { system: CS.planCategory, code: 'sip', display: 'Samordnad individuell plan (SIP)' } as const;
