/**
 * Plan → FHIR R4 resources (the mapping only; the lossless residue is added by index.ts).
 * Every resource is built from one model entity, so fields the mapping does not carry can
 * travel on that entity's resource (see residue.ts).
 */
import type {
  Annotation,
  Appointment,
  AppointmentParticipant,
  AppointmentResponse,
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  CareTeam,
  CodeableConcept,
  Communication,
  Consent,
  ContactPoint,
  Extension,
  FhirResource,
  Goal,
  Identifier,
  Organization,
  Patient,
  Practitioner,
  PractitionerRole,
  Provenance,
  Reference,
  RelatedPerson,
} from 'fhir/r4';
import type {
  Activity,
  ActivityStatus,
  Contact,
  ConsentGiver,
  ConsentRecord,
  Goal as SipGoal,
  Identity,
  Meeting,
  NetworkEntry,
  PlanStatus,
  Principal,
  Signature,
  SipKollen,
  SipPlan,
} from '../model/schema';
import { ACTIVITY_STATUS_LABELS } from '../model/activity-labels';
import { fCode, fDate, fDateTime, fString, stableUuid } from './primitives';
import {
  CONSENT_SCOPE,
  CS,
  EXT,
  EXT_CONSENT_TRANSCRIBER,
  EXT_GOAL_RELATIONSHIP,
  EXT_INTERPRETER_REQUIRED,
  GOAL_ACHIEVEMENT,
  GOAL_RELATIONSHIP_TYPE,
  ID,
  LOINC,
  PARTICIPANT_TYPE,
  PROVENANCE_PARTICIPANT_TYPE,
  SE_NATIONELLT_RESERVNUMMER,
  SE_PERSONNUMMER,
  SE_SAMORDNINGSNUMMER,
  SIGNATURE_TYPE,
  SIP_CATEGORY,
  V3_DATA_OPERATION,
  V3_PARTICIPATION_MODE,
  V3_PARTICIPATION_TYPE,
  V3_ROLE_CODE,
} from './systems';


// ─── code tables (shared with the reader) ───────────────────────────────────

export const CARE_PLAN_STATUS: Record<PlanStatus, CarePlan['status']> = {
  draft: 'draft',
  active: 'active',
  closed: 'completed',
  voided: 'revoked',
};

export const ACTIVITY_STATUS: Record<ActivityStatus, NonNullable<CarePlanActivity['detail']>['status']> = {
  planned: 'not-started',
  ongoing: 'in-progress',
  done: 'completed',
  paused: 'on-hold',
  cancelled: 'cancelled',
};

/** The words staff know (Prator), for progress notes without a note of their own; Swedish, as the record is. */
export const ACTIVITY_STATUS_LABEL: Readonly<Record<ActivityStatus, string>> = ACTIVITY_STATUS_LABELS.sv;

/** v3 ParticipationMode codes for how a signature or consent was given (and back). */
export const MODE_CODE = {
  paper: { code: 'HANDWRIT', display: 'handwritten' },
  electronic: { code: 'ELECTRONIC', display: 'electronic data' },
  oral: { code: 'VERBAL', display: 'verbal' },
  written: { code: 'WRITTEN', display: 'written' },
} as const;

export const GOAL_ACHIEVEMENT_CODE = { reached: 'achieved', partly: 'improving', notReached: 'not-achieved' } as const;

export const ROLE_DISPLAY = {
  coordinator: 'Samordningsansvarig',
  fixedCareContact: 'Fast vård- eller omsorgskontakt',
  responsibleDoctor: 'Ansvarig läkare',
  meetingLeader: 'Mötesledare',
} as const;

/** The core texts of the plan, carried as CarePlan notes. */
export const PLAN_TEXTS = ['reason', 'currentSituation', 'ongoingInterventions', 'needs', 'ifWorse'] as const;
export const GOAL_TEXTS = ['whatMatters', 'disagreement'] as const;

/** ASTM E1762 signature types: the coordinator authors; the person and their representatives consent; parties co-sign. */
const SIGNATURE_CODE: Record<Signature['role'], { code: string; display: string }> = {
  coordinator: { code: '1.2.840.10065.1.12.1.1', display: "Author's Signature" },
  person: { code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature' },
  guardian: { code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature' },
  legalRepresentative: { code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature' },
  party: { code: '1.2.840.10065.1.12.1.3', display: "Co-participant's Signature" },
};

// ─── small builders ─────────────────────────────────────────────────────────

const coded = (system: string, code: string, display?: string): CodeableConcept => ({ coding: [{ system, code, display }] });
const idOf = (system: string, value: string): Identifier => ({ system, value });
const textExt = (url: string, code: string): Extension => ({ url, valueCode: code });
const modeExt = (how: keyof typeof MODE_CODE | undefined): Extension[] | undefined =>
  how !== undefined && MODE_CODE[how] ? [{ url: EXT.participationMode, valueCoding: { system: V3_PARTICIPATION_MODE, ...MODE_CODE[how] } }] : undefined;

function note(kind: string, text: string | undefined): Annotation | undefined {
  const t = fString(text);
  return t === undefined ? undefined : { extension: [textExt(EXT.textKind, kind)], text: t };
}

const notes = (list: (Annotation | undefined)[]): Annotation[] => list.filter((n) => n !== undefined);

function telecom(c: Contact | undefined): ContactPoint[] | undefined {
  if (!c) return undefined;
  const out: ContactPoint[] = [];
  if (fString(c.phone)) out.push({ system: 'phone', value: c.phone });
  if (fString(c.email)) out.push({ system: 'email', value: c.email });
  return out;
}

const address = (c: Contact | undefined) => (fString(c?.address) ? [{ text: c!.address! }] : undefined);

/** 12 digits as HL7 Sweden writes them (no separator); other spellings are sent as they are. */
function identifier(identity: Identity): Identifier | undefined {
  const value = fString(identity.value);
  if (value === undefined) return undefined;
  const twelve = /^(\d{8})[-+]?(\d{4})$/.exec(value);
  switch (identity.type) {
    case 'personnummer':
      return idOf(SE_PERSONNUMMER, twelve ? twelve[1]! + twelve[2]! : value);
    case 'samordningsnummer':
      return idOf(SE_SAMORDNINGSNUMMER, twelve ? twelve[1]! + twelve[2]! : value);
    case 'reservnummer':
      if (identity.issuer === 'national') return idOf(SE_NATIONELLT_RESERVNUMMER, value.replace(/^(\d{8})-/, '$1'));
      return { system: ID.reservnummer, value, assigner: fString(identity.issuer) ? { display: identity.issuer } : undefined };
    default:
      return undefined;
  }
}

function principalOrganization(p: Principal): Organization {
  const type: CodeableConcept[] = [coded(CS.principalKind, p.kind)];
  const other = fCode(p.other);
  if (other !== undefined) type.push(coded(CS.otherPrincipal, other));
  return { resourceType: 'Organization', type, name: fString(p.name) };
}

/** Drops undefined values, empty arrays and empty objects, so the JSON holds only what is there. */
export function prune<T>(value: T): T {
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p === undefined) continue;
      if (Array.isArray(p) && p.length === 0) continue;
      if (p !== null && typeof p === 'object' && !Array.isArray(p) && Object.keys(p).length === 0) continue;
      out[k] = p;
    }
    return out as T;
  }
  return value;
}

// ─── the mapping ────────────────────────────────────────────────────────────

export function mapPlan(plan: SipPlan): Bundle<FhirResource> {
  const entries: BundleEntry<FhirResource>[] = [];
  const used = new Set<string>();

  /** Adds a resource with a stable id and returns a reference to it. */
  function add<T extends FhirResource>(key: string, resource: T, display?: string): Reference {
    let uuid = stableUuid(`${plan.id}|${key}`);
    for (let n = 2; used.has(uuid); n++) uuid = stableUuid(`${plan.id}|${key}|${n}`);
    used.add(uuid);
    resource.id = uuid;
    entries.push({ fullUrl: `urn:uuid:${uuid}`, resource });
    return { reference: `urn:uuid:${uuid}`, display: fString(display) };
  }

  // The plan first, so a reader meets it first; its content is filled in below.
  const carePlan: CarePlan = { resourceType: 'CarePlan', status: CARE_PLAN_STATUS[plan.status] ?? 'unknown', intent: 'plan', subject: {} };
  const carePlanRef = add(`careplan`, carePlan);

  // ── the person
  const person = plan.person;
  const ident = person.identity ? identifier(person.identity) : undefined;
  const patient: Patient = {
    resourceType: 'Patient',
    identifier: ident ? [ident] : undefined,
    name: [{ text: fString(person.name) }, ...(fString(person.preferredName) ? [{ use: 'usual' as const, text: person.preferredName }] : [])],
    birthDate: fDate(person.birthDate),
    telecom: telecom(person.contact),
    address: address(person.contact),
    communication: fString(person.language) ? [{ language: { text: person.language }, preferred: true }] : undefined,
    extension: person.interpreter && typeof person.interpreter.needed === 'boolean' ? [{ url: EXT_INTERPRETER_REQUIRED, valueBoolean: person.interpreter.needed }] : undefined,
  };
  const patientRef = add('patient', patient, person.name);
  carePlan.subject = patientRef;

  const partyRefs = new Map<string, Reference>(); // guardian / legal representative / network entry id → reference
  person.guardians.forEach((g) => {
    const rp: RelatedPerson = {
      resourceType: 'RelatedPerson',
      identifier: [idOf(ID.guardian, g.id)],
      patient: patientRef,
      relationship: [{ ...coded(V3_ROLE_CODE, 'GUARD', 'guardian'), text: fString(g.relation) }],
      name: [{ text: fString(g.name) }],
      telecom: telecom(g.contact),
      address: address(g.contact),
    };
    const ref = add(`guardian|${g.id}`, rp, g.name);
    if (!partyRefs.has(g.id)) partyRefs.set(g.id, ref);
  });
  const rep = person.legalRepresentative;
  let repRef: Reference | undefined;
  if (rep) {
    const rp: RelatedPerson = {
      resourceType: 'RelatedPerson',
      identifier: rep.id !== undefined ? [idOf(ID.legalRepresentative, rep.id)] : undefined,
      patient: patientRef,
      relationship: [coded(CS.legalRepresentative, rep.kind)],
      name: [{ text: fString(rep.name) }],
      telecom: telecom(rep.contact),
      address: address(rep.contact),
    };
    const ref = add(`legal-representative|${rep.id ?? ''}`, rp, rep.name);
    repRef = ref;
    if (rep.id !== undefined && !partyRefs.has(rep.id)) partyRefs.set(rep.id, ref);
  }

  // ── principals, one Organization each (the same principal on many entries is one resource)
  const principals = new Map<string, Reference>();
  function principalRef(p: Principal | undefined): Reference | undefined {
    if (!p) return undefined;
    const key = JSON.stringify([p.kind, p.other ?? null, p.name ?? null]);
    let ref = principals.get(key);
    if (!ref) {
      ref = add(`principal|${key}`, principalOrganization(p), p.name);
      principals.set(key, ref);
    }
    return ref;
  }

  // ── the network: RelatedPerson, Practitioner (+ PractitionerRole) or Organization each
  const entryRefs = new Map<string, Reference>(); // what references an entry (member of the team)
  const roleRefs = new Map<string, Reference>(); // a professional's PractitionerRole
  const byId = new Map(plan.network.map((e) => [e.id, e]));
  const organisations = new Set<string>(); // entries that are an Organization
  const members: CareTeam['participant'] = [];
  plan.network.forEach((e) => {
    const resource = entryResource(e);
    const ref = add(`entry|${e.id}`, resource, e.name);
    if (!entryRefs.has(e.id)) entryRefs.set(e.id, ref);
    if (resource.resourceType === 'Organization') organisations.add(e.id);
  });
  function entryResource(e: NetworkEntry): RelatedPerson | Practitioner | Organization {
    const common = { identifier: [idOf(ID.networkEntry, e.id)], telecom: telecom(e.contact), address: address(e.contact) };
    if (e.kind === 'relative' || e.kind === 'friend') {
      const code = e.kind === 'friend' ? coded(V3_ROLE_CODE, 'FRND', 'unrelated friend') : coded(V3_ROLE_CODE, 'FAMMEMB', 'family member');
      return { resourceType: 'RelatedPerson', ...common, patient: patientRef, relationship: [{ ...code, text: fString(e.relation) }], name: [{ text: fString(e.name) }] };
    }
    if (e.kind === 'professional') return { resourceType: 'Practitioner', ...common, name: [{ text: fString(e.name) }] };
    return {
      resourceType: 'Organization',
      ...common,
      type: [coded(CS.networkKind, e.kind)],
      name: fString(e.name),
      alias: fString(e.unit) ? [e.unit!] : undefined,
      partOf: principalRef(e.principal),
    };
  }
  for (const e of plan.network) {
    const member = entryRefs.get(e.id)!;
    if (e.kind === 'professional') {
      const unit = e.unitId !== undefined && byId.get(e.unitId)?.kind === 'unit' ? entryRefs.get(e.unitId) : undefined;
      const role: PractitionerRole = {
        resourceType: 'PractitionerRole',
        practitioner: member,
        organization: unit ?? principalRef(e.principal),
        code: fString(e.profession) ? [{ text: e.profession }] : undefined,
      };
      if (!roleRefs.has(e.id)) roleRefs.set(e.id, add(`role|${e.id}`, role, e.name));
    }
    members.push({
      role: e.roles.map((r) => coded(CS.role, r, ROLE_DISPLAY[r])),
      member,
      // R4 ctm-1: onBehalfOf only when the member is a Practitioner.
      onBehalfOf: e.kind === 'professional' ? principalRef(e.principal) : undefined,
    });
  }
  const careTeam: CareTeam = {
    resourceType: 'CareTeam',
    status: plan.status === 'draft' ? 'proposed' : plan.status === 'active' ? 'active' : 'inactive',
    category: [{ coding: [SIP_CATEGORY] }],
    subject: patientRef,
    participant: members,
    // Overall responsibility (SoL 2 kap. 7 §, HSL 16 kap. 4 §): the principal, then its unit if that is an Organization on the map.
    managingOrganization: plan.overallResponsible
      ? [principalRef(plan.overallResponsible.principal)!, ...(plan.overallResponsible.entryId !== undefined && organisations.has(plan.overallResponsible.entryId) ? [{ reference: entryRefs.get(plan.overallResponsible.entryId)!.reference }] : [])]
      : undefined,
  };
  const careTeamRef = add('careteam', careTeam);

  /** A reference to a network entry, guardian or legal representative; a logical one when it is not in the plan. */
  function partyRef(id: string | undefined, display?: string, exact = false): Reference | undefined {
    if (id === undefined) return display !== undefined && fString(display) ? { display } : undefined;
    const ref = roleRefs.get(id) ?? entryRefs.get(id) ?? partyRefs.get(id);
    // `exact`: the display is a model field of its own (read back as such), not a courtesy.
    if (ref) return { reference: ref.reference, display: exact ? fString(display) : (fString(display) ?? ref.display) };
    return { identifier: idOf(ID.networkEntry, id), display: fString(display) };
  }
  /**
   * A reference to a team member. Appointment participants cannot be Organizations in R4, so
   * for those (`person: true`) a unit is referenced logically, by its network-entry identifier.
   */
  const memberRef = (id: string, person = false): Reference => {
    const ref = entryRefs.get(id) ?? partyRefs.get(id);
    if (ref && !(person && organisations.has(id))) return { reference: ref.reference, display: ref.display };
    return { identifier: idOf(ID.networkEntry, id), display: ref?.display };
  };

  // ── goals
  const goalRefs = new Map<string, Reference>();
  const goals: Goal[] = plan.goals.map((g) => {
    const goal = goalResource(g, patientRef);
    const ref = add(`goal|${g.id}`, goal);
    if (!goalRefs.has(g.id)) goalRefs.set(g.id, ref);
    return goal;
  });
  plan.goals.forEach((g, i) => {
    const goal = goals[i]!;
    const milestones = plan.goals.filter((c) => c.parentId === g.id && c !== g).map((c) => goalRefs.get(c.id)!);
    goal.extension = milestones.map((target) => ({
      url: EXT_GOAL_RELATIONSHIP,
      extension: [
        { url: 'type', valueCodeableConcept: coded(GOAL_RELATIONSHIP_TYPE, 'milestone', 'Milestone') },
        { url: 'target', valueReference: { reference: target.reference } },
      ],
    }));
  });

  // ── activities, inline in the CarePlan
  const activities = plan.activities.map(activityElement);
  function activityElement(a: Activity): CarePlanActivity {
    const r = a.responsible;
    const role = (code: string): Extension => textExt(EXT.referenceRole, code);
    const performers: Reference[] = [];
    const withRole = (ref: Reference | undefined, code: string) => ref && performers.push({ ...ref, extension: [role(code)] });
    withRole(r.principal ? principalRef(r.principal) : undefined, 'responsible-principal');
    withRole(partyRef(r.unitEntryId, r.unit, true), 'responsible-unit');
    withRole(partyRef(r.personEntryId, r.personName, true), 'responsible-person');
    if (a.performer) withRole(partyRef(a.performer.entryId, a.performer.name, true) ?? {}, `performer-${a.performer.kind}`);
    const start = fDate(a.start);
    const due = fDate(a.due);
    const end = due !== undefined && (start === undefined || start <= due) ? due : undefined;
    return {
      extension: [{ url: EXT.elementId, valueString: a.id }],
      progress: a.statusHistory
        .filter((ev) => fDateTime(ev.at) !== undefined)
        .map((ev) => ({
          extension: [textExt(EXT.activityStatus, ev.status)],
          authorString: fString(ev.by),
          time: fDateTime(ev.at),
          text: fString(ev.note) ?? ACTIVITY_STATUS_LABEL[ev.status] ?? ev.status,
        })),
      detail: {
        code: fString(a.title) ? { text: a.title } : undefined,
        description: fString(a.description),
        goal: a.goalIds.map((id) => goalRefs.get(id)).filter((g) => g !== undefined).map((g) => ({ reference: g.reference })),
        status: ACTIVITY_STATUS[a.status] ?? 'unknown',
        scheduledTiming:
          start !== undefined || end !== undefined || fString(a.frequency)
            ? { repeat: start !== undefined || end !== undefined ? { boundsPeriod: { start, end } } : undefined, code: fString(a.frequency) ? { text: a.frequency } : undefined }
            : undefined,
        performer: performers,
      },
    };
  }

  // ── consents; a withdrawal is a Provenance that nullifies its Consent
  /** Who gave (or withdrew) consent, with their role in the `reference-role` extension. */
  const giverRef = (g: ConsentGiver): Reference => ({
    ...(g.role === 'person' && g.refId === undefined ? { reference: patientRef.reference, display: fString(g.name) } : (partyRef(g.refId, g.name, true) ?? {})),
    extension: [textExt(EXT.referenceRole, g.role)],
  });
  plan.consents.forEach((c) => {
    const consentRef = add(`consent|${c.id}`, consentResource(c));
    const w = c.withdrawal;
    const at = fDateTime(w?.at);
    if (!w || at === undefined) return;
    const withdrawal: Provenance = {
      resourceType: 'Provenance',
      target: [{ reference: consentRef.reference }],
      extension: modeExt(w.form),
      recorded: at,
      activity: coded(V3_DATA_OPERATION, 'NULLIFY', 'nullify'),
      agent: [
        { type: coded(PROVENANCE_PARTICIPANT_TYPE, 'author'), who: giverRef(w.by) },
        ...(fString(w.recordedBy) ? [{ type: coded(PROVENANCE_PARTICIPANT_TYPE, 'enterer'), who: { display: w.recordedBy } }] : []),
      ],
    };
    add(`withdrawal|${c.id}`, withdrawal);
  });
  function consentResource(c: ConsentRecord): Consent {
    const from = fDate(c.scope.validFrom);
    const until = fDate(c.scope.validUntil);
    return {
      resourceType: 'Consent',
      extension: [
        ...(modeExt(c.form) ?? []),
        ...(fString(c.recordedBy) ? [{ url: EXT_CONSENT_TRANSCRIBER, valueReference: { display: c.recordedBy } }] : []),
        ...(fString(c.childView) ? [{ url: EXT.childView, valueString: c.childView }] : []),
      ],
      identifier: [idOf(ID.consent, c.id)],
      status: c.withdrawal ? 'inactive' : 'active',
      scope: coded(CONSENT_SCOPE, 'patient-privacy', 'Privacy Consent'),
      category: [coded(LOINC, '59284-0', 'Patient Consent')],
      patient: patientRef,
      dateTime: fDateTime(c.recordedAt),
      performer: c.givenBy.map(giverRef),
      policyRule: { text: 'Samtycke till samordnad individuell plan (SoL 2 kap. 7 §, HSL 16 kap. 4 §)' },
      provision: {
        type: c.decision === 'refused' ? 'deny' : 'permit',
        period: { start: from, end: until !== undefined && (from === undefined || from <= until) ? until : undefined },
        actor: c.scope.parties.map((id) => ({ role: coded(V3_PARTICIPATION_TYPE, 'IRCP', 'information recipient'), reference: memberRef(id) })),
      },
    };
  }

  // ── meetings and invitations
  plan.meetings.forEach((m) => {
    const appointment = appointmentResource(m);
    const ref = add(`meeting|${m.id}`, appointment);
    m.invitations.forEach((inv, j) => {
      const response: AppointmentResponse = {
        resourceType: 'AppointmentResponse',
        appointment: { reference: ref.reference },
        actor: memberRef(inv.entryId, true),
        participantStatus: inv.answer?.kind === 'acknowledged' ? 'accepted' : inv.answer?.kind === 'declined' ? 'declined' : 'needs-action',
        comment: fString(inv.answer?.note),
      };
      add(`invitation|${m.id}|${j}`, response);
    });
  });
  function appointmentResource(m: Meeting): Appointment {
    const answer = (id: string) => m.invitations.find((inv) => inv.entryId === id)?.answer?.kind;
    const participant: AppointmentParticipant[] = [
      { actor: patientRef, status: m.personAttends === true ? 'accepted' : m.personAttends === false ? 'declined' : 'needs-action' },
    ];
    const ids = [...m.participants, ...(m.leaderId !== undefined && !m.participants.includes(m.leaderId) ? [m.leaderId] : [])];
    for (const id of ids) {
      const a = answer(id);
      const type: CodeableConcept[] = [];
      if (m.participants.includes(id)) type.push(coded(V3_PARTICIPATION_TYPE, 'PART', 'Participation'));
      if (id === m.leaderId) type.push(coded(CS.role, 'meetingLeader', ROLE_DISPLAY.meetingLeader));
      participant.push({ type, actor: memberRef(id, true), status: a === 'acknowledged' ? 'accepted' : a === 'declined' ? 'declined' : 'needs-action' });
    }
    if (m.interpreter?.needed) participant.push({ type: [coded(PARTICIPANT_TYPE, 'translator', 'Translator')], status: 'needs-action' });
    const start = fDateTime(m.start);
    const end = fDateTime(m.end);
    const timed = start !== undefined && end !== undefined;
    const status: Appointment['status'] = m.status === 'held' ? 'fulfilled' : m.status === 'cancelled' ? 'cancelled' : m.status === 'planned' ? 'booked' : 'proposed';
    return {
      resourceType: 'Appointment',
      identifier: [idOf(ID.meeting, m.id)],
      // R4 app-3: only proposed or cancelled appointments may lack a time.
      status: timed || status === 'cancelled' ? status : 'proposed',
      appointmentType: coded(CS.meetingForm, m.form),
      description: fString(m.purpose),
      comment: fString(m.note),
      start: timed ? start : undefined,
      end: timed ? end : undefined,
      participant,
    };
  }

  // ── signatures: one Provenance each, the signer as agent and Signature.who
  /** Who signed: the entry that acted, the Patient, the guardian's or the representative's RelatedPerson; else a name. */
  function signerRef(s: Signature): Reference {
    const named = (ref: Reference | undefined): Reference | undefined => (ref ? { reference: ref.reference, display: fString(s.by) ?? ref.display } : undefined);
    const ref =
      s.role === 'person'
        ? named(patientRef)
        : s.role === 'guardian'
          ? named(s.guardianId !== undefined ? partyRefs.get(s.guardianId) : undefined)
          : s.role === 'legalRepresentative'
            ? named(repRef)
            : s.entryId !== undefined
              ? partyRef(s.entryId, s.by)
              : undefined;
    return ref ?? { display: fString(s.by) ?? s.role };
  }
  plan.signatures.forEach((s, i) => {
    const at = fDateTime(s.at);
    if (at === undefined) return; // Provenance needs a time; the residue keeps this signature.
    const who = signerRef(s);
    const provenance: Provenance = {
      resourceType: 'Provenance',
      target: [{ reference: carePlanRef.reference }],
      recorded: at,
      agent: [
        {
          type: coded(PROVENANCE_PARTICIPANT_TYPE, s.role === 'coordinator' ? 'author' : 'attester'),
          role: [coded(CS.signatureRole, s.role)],
          who,
        },
        // A signature on the printed copy is entered by someone else: the enterer.
        ...(fString(s.recordedBy) ? [{ type: coded(PROVENANCE_PARTICIPANT_TYPE, 'enterer'), who: { display: s.recordedBy } }] : []),
      ],
      signature: [{ extension: modeExt(s.method), type: [{ system: SIGNATURE_TYPE, ...SIGNATURE_CODE[s.role] }], when: at, who }],
    };
    add(`signature|${i}`, provenance);
  });

  // ── closure: a Provenance on the CarePlan (who decided, why, with whom)
  const closure = plan.closure;
  const closedAt = fDateTime(closure?.at);
  let closureRef: Reference | undefined;
  if (closure && closedAt !== undefined) {
    const part = coded(V3_PARTICIPATION_TYPE, 'PART', 'Participation');
    const provenance: Provenance = {
      resourceType: 'Provenance',
      target: [{ reference: carePlanRef.reference }],
      recorded: closedAt,
      activity: coded(CS.planEvent, 'closure', 'Plan closed'),
      reason: fCode(closure.reason) ? [coded(CS.closureReason, closure.reason)] : undefined,
      agent: [
        { type: coded(PROVENANCE_PARTICIPANT_TYPE, 'author'), who: { display: fString(closure.by) ?? 'unknown' } },
        ...(closure.personTookPart === true ? [{ type: part, who: { reference: patientRef.reference } }] : []),
        ...(closure.decidedWith ?? []).map((id) => ({ type: part, who: memberRef(id) })),
      ],
    };
    closureRef = add('closure', provenance);
  }

  // ── SIP-kollen: the person was told about the survey (a Communication to them), or not (not-done)
  function sipKollen(sk: SipKollen | undefined, key: string, link: Partial<Communication>): void {
    if (!sk || typeof sk.offered !== 'boolean') return;
    const communication: Communication = {
      resourceType: 'Communication',
      ...link,
      status: sk.offered ? 'completed' : 'not-done',
      subject: { reference: patientRef.reference },
      topic: { ...coded(CS.communicationTopic, 'sip-kollen', 'SIP-kollen'), text: 'SIP-kollen' },
      about: [{ reference: carePlanRef.reference }],
      // Nothing was sent when it was not offered; a date then stays in the residue.
      sent: sk.offered ? fDate(sk.at) : undefined,
      recipient: [{ reference: patientRef.reference }],
    };
    add(`sip-kollen|${key}`, communication);
  }
  plan.followUps.forEach((f) => sipKollen(f.sipKollen, `follow-up|${f.id}`, { identifier: [idOf(ID.followUp, f.id)] }));
  if (closureRef) sipKollen(closure?.sipKollen, 'closure', { partOf: [{ reference: closureRef.reference }] });

  // ── the plan's own fields
  const coordinator = plan.network.find((e) => e.roles.includes('coordinator'));
  const created = fDateTime(plan.createdAt);
  const ended = fDateTime(plan.closure?.at ?? plan.voided?.at);
  const lockedAt = fDateTime(plan.lockedAt);
  Object.assign(carePlan, {
    identifier: [idOf(ID.plan, plan.id)],
    extension: [{ url: EXT.planVersion, valuePositiveInt: plan.version }, ...(lockedAt !== undefined ? [{ url: EXT.lockedAt, valueDateTime: lockedAt }] : [])],
    status: plan.status === 'closed' && plan.closure?.reason === 'consentWithdrawn' ? 'revoked' : CARE_PLAN_STATUS[plan.status] ?? 'unknown',
    category: [{ coding: [SIP_CATEGORY], text: 'SIP' }],
    period: { start: created, end: ended !== undefined && (created === undefined || Date.parse(created) <= Date.parse(ended)) ? ended : undefined },
    created,
    author: coordinator ? partyRef(coordinator.id, coordinator.name) : undefined,
    careTeam: [{ reference: careTeamRef.reference }],
    goal: goals.map((g) => ({ reference: `urn:uuid:${g.id}` })),
    activity: activities,
    note: notes(PLAN_TEXTS.map((k) => note(k, plan[k]))),
  } satisfies Partial<CarePlan>);

  return prune({ resourceType: 'Bundle', type: 'collection', entry: entries });
}

function goalResource(g: SipGoal, patientRef: Reference): Goal {
  const a = g.achievement;
  const lifecycle: Goal['lifecycleStatus'] = a
    ? a.value === 'noLongerRelevant'
      ? 'cancelled'
      : a.value === 'partly'
        ? 'active'
        : 'completed'
    : g.acceptedAt !== undefined
      ? 'accepted'
      : 'proposed';
  const achievement = a && a.value !== 'noLongerRelevant' ? GOAL_ACHIEVEMENT_CODE[a.value] : undefined;
  return {
    resourceType: 'Goal',
    identifier: [idOf(ID.goal, g.id)],
    lifecycleStatus: lifecycle,
    achievementStatus: achievement ? coded(GOAL_ACHIEVEMENT, achievement) : undefined,
    category: [coded(CS.goalHorizon, g.horizon, g.horizon === 'long' ? 'Långsiktigt mål' : 'Kortsiktigt mål')],
    description: { text: fString(g.text) },
    subject: patientRef,
    expressedBy: { reference: patientRef.reference },
    startDate: fDate(g.acceptedAt),
    target: fString(g.measure) || fDate(g.targetDate) ? [{ measure: fString(g.measure) ? { text: g.measure } : undefined, dueDate: fDate(g.targetDate) }] : undefined,
    statusDate: a ? fDate(a.at) : undefined,
    statusReason: a ? fString(a.note) : undefined,
    note: notes(GOAL_TEXTS.map((k) => note(k, g[k]))),
  };
}
