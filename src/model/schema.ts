/**
 * Zod schemas (zod/mini, to keep element bundles small) and the types inferred from them.
 *
 * Every object schema is `z.looseObject`: fields the model does not know (host extensions)
 * survive parsing and every operation. Values are JSON-friendly: dates are `YYYY-MM-DD`
 * strings, timestamps full ISO 8601 strings with `Z` or an offset. Arrays that a plan always
 * has default to `[]` on parse, so a parsed plan always has them.
 *
 * Shape only lives here; invariants across objects (references, date order, roles) are in
 * `invariants.ts`, guidance warnings (SMART, person-phrased goals) in `guidance.ts`.
 */
import * as z from 'zod/mini';
import {
  ACTIVITY_STATUSES,
  CLOSURE_REASONS,
  CONSENT_GIVERS,
  DATE_PATTERN,
  FOLLOW_UP_DECISIONS,
  GOAL_ACHIEVEMENTS,
  GOAL_HORIZONS,
  hasVisibleText,
  isRealDate,
  MEETING_FORMS,
  MEETING_PARTS,
  NETWORK_KINDS,
  PERFORMER_KINDS,
  PLAN_STATUSES,
  PRINCIPAL_KINDS,
  ROLES,
  TIMESTAMP_PATTERN,
} from './constants';

// ─── primitives ─────────────────────────────────────────────────────────────

/** Non-empty id string. Ids are unique within their collection (checked by invariants). */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(200));
/** A calendar date, `YYYY-MM-DD`, that exists. */
export const dateSchema = z.string().check(z.regex(DATE_PATTERN), z.refine(isRealDate));
/** A timestamp, ISO 8601 with `Z` or an offset, e.g. `2026-11-22T09:30:00Z`. */
export const timestampSchema = z.string().check(z.regex(TIMESTAMP_PATTERN), z.refine(isRealDate));
const text = z.string();
const nonEmptyText = z.string().check(z.minLength(1));
/** A name: at least one visible character (not only spaces or zero-width characters). */
const nameText = z.string().check(z.minLength(1), z.refine(hasVisibleText));
const list = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), () => []);

// ─── enums and constants (zod-free, in constants.ts) ─────────────────────────

export * from './constants';

// ─── person ─────────────────────────────────────────────────────────────────

export const identitySchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('personnummer'), value: nonEmptyText }),
  z.looseObject({ type: z.literal('samordningsnummer'), value: nonEmptyText }),
  z.looseObject({
    type: z.literal('reservnummer'),
    /** `national`, `region-stockholm`, `vgr`, or any other issuer (accepted with a warning). */
    issuer: nonEmptyText,
    value: nonEmptyText,
  }),
]);
export type Identity = z.infer<typeof identitySchema>;

export const contactSchema = z.looseObject({
  phone: z.optional(text),
  email: z.optional(text),
  address: z.optional(text),
  note: z.optional(text),
});
export type Contact = z.infer<typeof contactSchema>;

export const guardianSchema = z.looseObject({
  id: idSchema,
  name: nameText,
  relation: z.optional(text),
  contact: z.optional(contactSchema),
  /** Network entry for the same guardian, if they are also on the map. */
  networkEntryId: z.optional(idSchema),
});
export type Guardian = z.infer<typeof guardianSchema>;

export const legalRepresentativeSchema = z.looseObject({
  id: z.optional(idSchema),
  /** god man, förvaltare, or another trusted person. */
  kind: z.enum(['godMan', 'forvaltare', 'other']),
  name: nameText,
  contact: z.optional(contactSchema),
  networkEntryId: z.optional(idSchema),
});
export type LegalRepresentative = z.infer<typeof legalRepresentativeSchema>;

export const interpreterSchema = z.looseObject({
  needed: z.boolean(),
  language: z.optional(text),
  note: z.optional(text),
});
export type Interpreter = z.infer<typeof interpreterSchema>;

export const personSchema = z.looseObject({
  name: nameText,
  /** Preferred short name used in goal phrasing ("Karin vill …"). Defaults to the first name. */
  preferredName: z.optional(text),
  identity: z.optional(identitySchema),
  birthDate: z.optional(dateSchema),
  minor: z.optional(z.boolean()),
  guardians: list(guardianSchema),
  legalRepresentative: z.optional(legalRepresentativeSchema),
  /** Language(s) the person prefers, free text or BCP 47 tags. */
  language: z.optional(text),
  interpreter: z.optional(interpreterSchema),
  adaptations: list(text),
  contact: z.optional(contactSchema),
});
export type Person = z.infer<typeof personSchema>;

// ─── network ────────────────────────────────────────────────────────────────

export const principalSchema = z.looseObject({
  kind: z.enum(PRINCIPAL_KINDS),
  /** For `kind: 'other'`: which kind of other body (see OTHER_PRINCIPALS); free text allowed. */
  other: z.optional(nonEmptyText),
  /** For private providers: which principal they are contracted by. */
  contractedBy: z.optional(z.enum(['region', 'municipality'])),
  /** Display name of the principal, e.g. "Region Västmanland", "Västerås stad". */
  name: z.optional(text),
});
export type Principal = z.infer<typeof principalSchema>;

export const mapPlacementSchema = z.looseObject({
  sector: nonEmptyText,
  ring: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});
export type MapPlacement = z.infer<typeof mapPlacementSchema>;

export const networkEntrySchema = z.looseObject({
  id: idSchema,
  kind: z.enum(NETWORK_KINDS),
  name: nameText,
  /** Relation to the person, e.g. "dotter", "granne" (relatives and friends). */
  relation: z.optional(text),
  principal: z.optional(principalSchema),
  /** Name of the unit (verksamhet/enhet), e.g. "Hemtjänst Norr". */
  unit: z.optional(text),
  /** The unit entry this professional belongs to, if the unit is on the map too. */
  unitId: z.optional(idSchema),
  profession: z.optional(text),
  contact: z.optional(contactSchema),
  map: mapPlacementSchema,
  roles: list(z.enum(ROLES)),
  /** Whether the person wants this actor invited to the SIP meeting. */
  invited: z.optional(z.boolean()),
  /** Ids of other entries this one knows (lines on the map). */
  knows: z.optional(z.array(idSchema)),
  note: z.optional(text),
});
export type NetworkEntry = z.infer<typeof networkEntrySchema>;

// ─── consent ────────────────────────────────────────────────────────────────

export const consentGiverSchema = z.looseObject({
  role: z.enum(CONSENT_GIVERS),
  /** Guardian id (person.guardians) or network entry id, if applicable. */
  refId: z.optional(idSchema),
  name: z.optional(text),
});
export type ConsentGiver = z.infer<typeof consentGiverSchema>;

export const consentScopeSchema = z.looseObject({
  /** Network entry ids of the parties that may take part and exchange information. */
  parties: z.array(idSchema),
  subject: z.optional(text),
  questions: list(text),
  validFrom: dateSchema,
  validUntil: z.optional(dateSchema),
});
export type ConsentScope = z.infer<typeof consentScopeSchema>;

export const consentWithdrawalSchema = z.looseObject({
  at: timestampSchema,
  /** Who withdrew it. */
  by: consentGiverSchema,
  form: z.enum(['oral', 'written']),
  recordedBy: nonEmptyText,
  note: z.optional(text),
});
export type ConsentWithdrawal = z.infer<typeof consentWithdrawalSchema>;

export const consentRecordSchema = z.looseObject({
  id: idSchema,
  decision: z.enum(['given', 'refused']),
  givenBy: z.array(consentGiverSchema).check(z.minLength(1)),
  /** For a minor: the child's own view, in their words where possible. */
  childView: z.optional(text),
  form: z.enum(['oral', 'written']),
  scope: consentScopeSchema,
  recordedBy: nonEmptyText,
  recordedAt: timestampSchema,
  withdrawal: z.optional(consentWithdrawalSchema),
  note: z.optional(text),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

// ─── initiative and invitations ─────────────────────────────────────────────

export const answerSchema = z.looseObject({
  kind: z.enum(['acknowledged', 'declined']),
  at: timestampSchema,
  /** When declined: who should receive it instead (network entry id or free text). */
  redirectTo: z.optional(text),
  note: z.optional(text),
  /** When acknowledged by a unit: who will come from it (name or role). */
  attendee: z.optional(text),
});
export type Answer = z.infer<typeof answerSchema>;

export const receiverSchema = z.looseObject({
  entryId: idSchema,
  sentAt: z.optional(timestampSchema),
  /** Answer due (one working day after sending). */
  dueAt: z.optional(timestampSchema),
  answer: z.optional(answerSchema),
});
export type Receiver = z.infer<typeof receiverSchema>;

export const initiativeSchema = z.looseObject({
  at: timestampSchema,
  /** Network entry id of the initiator, or `person` / a relative's entry id. */
  initiatedBy: nonEmptyText,
  reason: text,
  receivers: list(receiverSchema),
});
export type Initiative = z.infer<typeof initiativeSchema>;

// ─── meetings ───────────────────────────────────────────────────────────────

export const agendaItemSchema = z.looseObject({
  part: z.enum(MEETING_PARTS),
  plannedMinutes: z.number().check(z.gte(0), z.lte(1440)),
  actualMinutes: z.optional(z.number().check(z.gte(0), z.lte(1440))),
  notes: z.optional(text),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const meetingSchema = z.looseObject({
  id: idSchema,
  start: timestampSchema,
  end: timestampSchema,
  place: z.optional(text),
  form: z.enum(MEETING_FORMS),
  purpose: z.optional(text),
  questions: list(text),
  /** Network entry ids of participants (the person is `personAttends`). */
  participants: list(idSchema),
  personAttends: z.optional(z.boolean()),
  leaderId: z.optional(idSchema),
  /** Network entry id of whoever takes the notes at the meeting. */
  noteTakerId: z.optional(idSchema),
  interpreter: z.optional(interpreterSchema),
  /** Adaptations for the person at this meeting (hearing loop, short meeting, …). */
  adaptations: z.optional(z.array(text)),
  /** Booked at short notice on purpose: the three-week notice hint does not apply. */
  urgent: z.optional(z.boolean()),
  agenda: list(agendaItemSchema),
  invitations: list(receiverSchema),
  status: z.optional(z.enum(['planned', 'held', 'cancelled'])),
  note: z.optional(text),
});
export type Meeting = z.infer<typeof meetingSchema>;

// ─── preparation with the person (förmöte) ──────────────────────────────────

/**
 * What the coordinator and the person talked through before the SIP meeting (seed 003), in
 * the person's words, so the meeting can start from it.
 */
export const preparationSchema = z.looseObject({
  /** What matters to the person: needs, wishes and expectations ("Vilka behov, önskemål och förväntningar har jag?"). */
  whatMatters: z.optional(text),
  /** How the person sees their situation ("Vad är min upplevelse?"). */
  situation: z.optional(text),
  /** What the person wants it to be like ("Hur skulle jag vilja att det var?"). */
  wishes: z.optional(text),
  /** Whom the person would like as coordinator, in their words (seed 003: someone they trust). */
  coordinatorWish: z.optional(text),
  /** The person's own notes for the meeting. */
  ownNotes: z.optional(text),
  recordedBy: nonEmptyText,
  recordedAt: timestampSchema,
});
export type Preparation = z.infer<typeof preparationSchema>;

// ─── goals ──────────────────────────────────────────────────────────────────

export const goalAchievementSchema = z.looseObject({
  value: z.enum(GOAL_ACHIEVEMENTS),
  at: dateSchema,
  note: z.optional(text),
  followUpId: z.optional(idSchema),
});
export type GoalAchievement = z.infer<typeof goalAchievementSchema>;

export const goalSchema = z.looseObject({
  id: idSchema,
  horizon: z.enum(GOAL_HORIZONS),
  /** For a short-term goal: the long-term goal it serves. */
  parentId: z.optional(idSchema),
  text: nonEmptyText,
  /** The "What matters to you?" statement behind the goal, in the person's words. */
  whatMatters: z.optional(text),
  measure: z.optional(text),
  targetDate: z.optional(dateSchema),
  /** Date the person accepted the goal. */
  acceptedAt: z.optional(dateSchema),
  realistic: z.optional(z.boolean()),
  disagreement: z.optional(text),
  achievement: z.optional(goalAchievementSchema),
});
export type Goal = z.infer<typeof goalSchema>;

// ─── activities ─────────────────────────────────────────────────────────────

export const responsibleSchema = z.looseObject({
  /** Required by invariants (error `activity.responsiblePrincipalMissing`). */
  principal: z.optional(principalSchema),
  unit: z.optional(text),
  unitEntryId: z.optional(idSchema),
  /** The named responsible person. Required by invariants. */
  personName: z.optional(text),
  personEntryId: z.optional(idSchema),
});
export type Responsible = z.infer<typeof responsibleSchema>;

export const performerSchema = z.looseObject({
  kind: z.enum(PERFORMER_KINDS),
  entryId: z.optional(idSchema),
  name: z.optional(text),
});
export type Performer = z.infer<typeof performerSchema>;

export const statusEventSchema = z.looseObject({
  status: z.enum(ACTIVITY_STATUSES),
  at: timestampSchema,
  by: nonEmptyText,
  note: z.optional(text),
});
export type StatusEvent = z.infer<typeof statusEventSchema>;

export const activitySchema = z.looseObject({
  id: idSchema,
  title: nonEmptyText,
  description: z.optional(text),
  goalIds: list(idSchema),
  responsible: responsibleSchema,
  performer: z.optional(performerSchema),
  start: z.optional(dateSchema),
  due: z.optional(dateSchema),
  /** Free text, e.g. "2 gånger per vecka". */
  frequency: z.optional(text),
  status: z.enum(ACTIVITY_STATUSES),
  statusHistory: list(statusEventSchema),
});
export type Activity = z.infer<typeof activitySchema>;

// ─── follow-up, signatures, changes ─────────────────────────────────────────

/** Whether the person was offered SIP-kollen, the user survey (seed 001), and when. */
export const sipKollenSchema = z.looseObject({
  offered: z.boolean(),
  at: z.optional(dateSchema),
});
export type SipKollen = z.infer<typeof sipKollenSchema>;

export const followUpSchema = z.looseObject({
  id: idSchema,
  date: dateSchema,
  meetingId: z.optional(idSchema),
  howItWent: z.optional(text),
  helped: z.optional(text),
  hindered: z.optional(text),
  furtherCoordinationNeeded: z.optional(z.boolean()),
  decision: z.enum(FOLLOW_UP_DECISIONS),
  recordedBy: nonEmptyText,
  recordedAt: timestampSchema,
  sipKollen: z.optional(sipKollenSchema),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const signatureSchema = z.looseObject({
  role: z.enum(['coordinator', 'person', 'guardian', 'legalRepresentative', 'party']),
  by: nonEmptyText,
  entryId: z.optional(idSchema),
  at: timestampSchema,
  /** For a guardian: the guardian's id in `person.guardians`. */
  guardianId: z.optional(idSchema),
  /** How the printed copy was signed (`recordSignature`); the coordinator's signature has none. */
  method: z.optional(z.enum(['paper', 'electronic'])),
  /** Who recorded a signature given on the printed copy. */
  recordedBy: z.optional(nonEmptyText),
});
export type Signature = z.infer<typeof signatureSchema>;

export const changeSchema = z.looseObject({
  id: idSchema,
  /** Stable change type, e.g. `consent.recorded`, `activity.status`. */
  type: nonEmptyText,
  by: nonEmptyText,
  at: timestampSchema,
  target: z.optional(z.looseObject({ kind: nonEmptyText, id: idSchema })),
  before: z.optional(z.unknown()),
  after: z.optional(z.unknown()),
  summary: z.optional(text),
});
export type Change = z.infer<typeof changeSchema>;

export const closureSchema = z.looseObject({
  reason: z.enum(CLOSURE_REASONS),
  at: timestampSchema,
  by: nonEmptyText,
  note: z.optional(text),
  /** Network entry ids of the parties who took part in the decision to close. */
  decidedWith: z.optional(z.array(idSchema)),
  /** Whether the person took part in the decision (seed 001: "i samråd med samtliga parter"). */
  personTookPart: z.optional(z.boolean()),
  sipKollen: z.optional(sipKollenSchema),
});
export type Closure = z.infer<typeof closureSchema>;

export const voidedSchema = z.looseObject({
  reason: z.enum(['revised', 'consentWithdrawn', 'other']),
  at: timestampSchema,
  by: nonEmptyText,
  replacedByVersion: z.optional(z.int().check(z.gte(1))),
  note: z.optional(text),
});
export type Voided = z.infer<typeof voidedSchema>;

export const overallResponsibleSchema = z.looseObject({
  principal: principalSchema,
  /** The unit entry holding overall responsibility, if on the map. */
  entryId: z.optional(idSchema),
});
export type OverallResponsible = z.infer<typeof overallResponsibleSchema>;

// ─── the plan ───────────────────────────────────────────────────────────────

export const planSchema = z.looseObject({
  /** Identifies the SIP across versions; (id, version) identifies one version. */
  id: idSchema,
  version: z.int().check(z.gte(1)),
  status: z.enum(PLAN_STATUSES),
  createdAt: z.optional(timestampSchema),
  updatedAt: z.optional(timestampSchema),
  person: personSchema,
  /** Why a SIP is needed. */
  reason: z.optional(text),
  currentSituation: z.optional(text),
  ongoingInterventions: z.optional(text),
  /** The person's needs, as they and the network put them ("Personens behov"). */
  needs: z.optional(text),
  /** What to do if the person's condition worsens. */
  ifWorse: z.optional(text),
  overallResponsible: z.optional(overallResponsibleSchema),
  /** Planned follow-up date. */
  followUpDate: z.optional(dateSchema),
  network: list(networkEntrySchema),
  consents: list(consentRecordSchema),
  initiative: z.optional(initiativeSchema),
  /** The preparation with the person before the SIP meeting. */
  preparation: z.optional(preparationSchema),
  meetings: list(meetingSchema),
  goals: list(goalSchema),
  activities: list(activitySchema),
  followUps: list(followUpSchema),
  signatures: list(signatureSchema),
  /** Set when the coordinator locks the signed plan (then it is printed; edits need a revision). */
  lockedAt: z.optional(timestampSchema),
  closure: z.optional(closureSchema),
  voided: z.optional(voidedSchema),
  changeLog: list(changeSchema),
});
export type SipPlan = z.infer<typeof planSchema>;
/** What `parsePlan` accepts before defaults are applied (arrays may be missing). */
export type SipPlanInput = z.input<typeof planSchema>;

/**
 * `Omit` that keeps known keys of loose (index-signature) object types. The built-in
 * `Omit` collapses `{ a: string } & { [k: string]: unknown }` to the index signature.
 */
export type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };
