/**
 * FHIR R4 Bundle → plan-shaped JSON (not yet validated; index.ts applies the residue and runs
 * parsePlan). Reads defensively: any value may be missing or of the wrong type, and nothing here
 * throws on input of any shape. Bundles from other systems are read by the same rules, without
 * the residue.
 */
import { ACTIVITY_STATUSES, GOAL_HORIZONS, MEETING_FORMS, NETWORK_KINDS, PERFORMER_KINDS, PRINCIPAL_KINDS, ROLES } from '../model/constants';
import type { IssuePath, PlanIssue } from '../model/issues';
import { fhirMessage } from './messages';
import { modelDate, modelTimestamp } from './primitives';
import type { Path } from './residue';
import { ACTIVITY_STATUS, ACTIVITY_STATUS_LABEL, GOAL_TEXTS, MODE_CODE, PLAN_TEXTS } from './to-fhir';
import {
  CS,
  EXT,
  EXT_CONSENT_TRANSCRIBER,
  EXT_GOAL_RELATIONSHIP,
  EXT_INTERPRETER_REQUIRED,
  GOAL_ACHIEVEMENT,
  GOAL_RELATIONSHIP_TYPE,
  ID,
  PARTICIPANT_TYPE,
  PROVENANCE_PARTICIPANT_TYPE,
  SE_NATIONELLT_RESERVNUMMER,
  SE_PERSONNUMMER,
  SE_SAMORDNINGSNUMMER,
  SIP_CATEGORY,
  V3_DATA_OPERATION,
  V3_PARTICIPATION_MODE,
  V3_PARTICIPATION_TYPE,
  V3_ROLE_CODE,
} from './systems';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const objs = (v: unknown): Obj[] => arr(v).map(obj).filter((o): o is Obj => o !== undefined);
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined => (values as readonly unknown[]).includes(v) ? (v as T) : undefined;

/** Codes of `system` in a CodeableConcept (or a list of them). */
function codes(cc: unknown, system: string): string[] {
  const list = Array.isArray(cc) ? cc : [cc];
  return list.flatMap((c) => objs(obj(c)?.coding).filter((k) => k.system === system).map((k) => str(k.code)).filter((k): k is string => k !== undefined));
}
const code = (cc: unknown, system: string) => codes(cc, system)[0];
const extValue = (el: unknown, url: string, key: string) => objs(obj(el)?.extension).find((e) => e.url === url)?.[key];
const identifierValue = (res: Obj | undefined, system: string) => str(objs(res?.identifier).find((i) => i.system === system)?.value);
/** How something was given (our participation-mode extension), as the model's word among `allowed`. */
function modeOf<T extends keyof typeof MODE_CODE>(el: unknown, allowed: readonly T[]): T | undefined {
  const coding = obj(extValue(el, EXT.participationMode, 'valueCoding'));
  if (coding?.system !== V3_PARTICIPATION_MODE) return undefined;
  return allowed.find((k) => MODE_CODE[k].code === coding.code);
}

export interface ReadResult {
  plan: Obj;
  /** Where each entity landed in the plan, and the element whose extensions carry its residue. */
  scopes: { path: Path; carrier: unknown }[];
  issues: PlanIssue[];
}

const fail = (path: IssuePath, code: string): PlanIssue => ({ path, code, message: fhirMessage(code), severity: 'error' });

export function readBundle(input: unknown): ReadResult {
  const plan: Obj = {};
  const scopes: ReadResult['scopes'] = [];
  const issues: PlanIssue[] = [];
  const bundle = obj(input);
  if (!bundle || bundle.resourceType !== 'Bundle') return { plan, scopes, issues: [fail([], 'fhir.notBundle')] };
  if (!Array.isArray(bundle.entry)) return { plan, scopes, issues: [fail(['entry'], 'fhir.noEntries')] };

  // ── index the resources by fullUrl and by Type/id
  const resources: Obj[] = [];
  const where = new Map<Obj, number>();
  const byUrl = new Map<string, Obj>();
  bundle.entry.forEach((entry, i) => {
    const resource = obj(obj(entry)?.resource);
    if (!resource || typeof resource.resourceType !== 'string') return;
    resources.push(resource);
    where.set(resource, i);
    const url = str(obj(entry)?.fullUrl);
    if (url) byUrl.set(url, resource);
    const id = str(resource.id);
    if (id) byUrl.set(`${resource.resourceType}/${id}`, resource);
  });
  const at = (res: Obj, ...rest: IssuePath): IssuePath => ['entry', where.get(res) ?? -1, 'resource', ...rest];
  const ofType = (type: string) => resources.filter((r) => r.resourceType === type);

  /** The resource a reference points to; an unresolvable literal reference is an error. */
  function resolve(ref: unknown, path: IssuePath): Obj | undefined {
    const target = peek(ref);
    if (!target && str(obj(ref)?.reference) !== undefined && !issues.some((i) => i.path.join('/') === path.join('/'))) issues.push(fail(path, 'fhir.reference.unresolved'));
    return target;
  }
  /** Like resolve, without reporting (for look-ups that a later step reports). */
  function peek(ref: unknown): Obj | undefined {
    const reference = str(obj(ref)?.reference);
    if (reference === undefined) return undefined;
    return byUrl.get(reference) ?? byUrl.get(reference.replace(/^.*\/(\w+\/[^/]+)$/, '$1'));
  }

  // ── the CarePlan: the SIP one, else the first
  const carePlans = ofType('CarePlan');
  const carePlan = carePlans.find((c) => codes(c.category, SIP_CATEGORY.system).includes(SIP_CATEGORY.code)) ?? carePlans[0];
  if (!carePlan) return { plan, scopes, issues: [fail(['entry'], 'fhir.noCarePlan')] };
  scopes.push({ path: [], carrier: carePlan });

  plan.id = identifierValue(carePlan, ID.plan) ?? str(carePlan.id) ?? 'plan';
  const version = extValue(carePlan, EXT.planVersion, 'valuePositiveInt');
  plan.version = typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
  plan.status = ({ draft: 'draft', active: 'active', 'on-hold': 'active', completed: 'closed', revoked: 'voided', 'entered-in-error': 'voided' } as Obj)[String(carePlan.status)] ?? 'draft';
  const created = modelTimestamp(carePlan.created);
  if (created) plan.createdAt = created;
  const lockedAt = modelTimestamp(extValue(carePlan, EXT.lockedAt, 'valueDateTime'));
  if (lockedAt) plan.lockedAt = lockedAt;

  // ── the person
  const patient = resolve(carePlan.subject, at(carePlan, 'subject'));
  if (!patient || patient.resourceType !== 'Patient') {
    if (!issues.length) issues.push(fail(at(carePlan, 'subject'), 'fhir.noPatient'));
    return { plan, scopes, issues };
  }
  plan.person = readPerson(patient);
  scopes.push({ path: ['person'], carrier: patient });

  /** Model ids of the resources that stand for a guardian, the legal representative or a network entry. */
  const modelId = new Map<Obj, string>();
  const guardians: Obj[] = [];
  const relatedOfPatient = ofType('RelatedPerson').filter((rp) => {
    const target = resolve(rp.patient, at(rp, 'patient'));
    return target === undefined || target === patient;
  });
  for (const rp of relatedOfPatient.filter((r) => codes(r.relationship, V3_ROLE_CODE).includes('GUARD'))) {
    const id = identifierValue(rp, ID.guardian) ?? str(rp.id) ?? `guardian-${guardians.length + 1}`;
    modelId.set(rp, id);
    const g: Obj = { id, name: humanName(rp) };
    const relation = str(objs(rp.relationship)[0]?.text);
    if (relation) g.relation = relation;
    const contact = readContact(rp);
    if (contact) g.contact = contact;
    scopes.push({ path: ['person', 'guardians', guardians.length], carrier: rp });
    guardians.push(g);
  }
  (plan.person as Obj).guardians = guardians;
  const repResource = relatedOfPatient.find((r) => code(r.relationship, CS.legalRepresentative) !== undefined);
  if (repResource) {
    const rep: Obj = { kind: oneOf(['godMan', 'forvaltare', 'other'], code(repResource.relationship, CS.legalRepresentative)) ?? 'other', name: humanName(repResource) };
    const id = identifierValue(repResource, ID.legalRepresentative);
    if (id) {
      rep.id = id;
      modelId.set(repResource, id);
    }
    const contact = readContact(repResource);
    if (contact) rep.contact = contact;
    (plan.person as Obj).legalRepresentative = rep;
    scopes.push({ path: ['person', 'legalRepresentative'], carrier: repResource });
  }

  // ── the network, in the order of the care team
  const network: Obj[] = [];
  const careTeam = objs(carePlan.careTeam).map((ref, i) => resolve(ref, at(carePlan, 'careTeam', i))).find((t) => t?.resourceType === 'CareTeam');
  const roles = ofType('PractitionerRole');
  const entryOrgs = new Set<Obj>();
  const participants = careTeam ? objs(careTeam.participant) : [];
  // Organizations that are entries are known before anyone points at them as a unit.
  for (const p of participants) {
    const m = peek(p.member);
    if (m?.resourceType === 'Organization') entryOrgs.add(m);
  }
  participants.forEach((p, i) => {
    const member = resolve(p.member, at(careTeam!, 'participant', i, 'member'));
    if (!member) return;
    const id = identifierValue(member, ID.networkEntry) ?? str(member.id) ?? `entry-${network.length + 1}`;
    const e: Obj = { id };
    let principal: Obj | undefined;
    if (member.resourceType === 'Practitioner') {
      e.kind = 'professional';
      e.name = humanName(member);
      const role = roles.find((r) => resolve(r.practitioner, at(r, 'practitioner')) === member);
      const profession = str(objs(role?.code)[0]?.text);
      if (profession) e.profession = profession;
      const org = role ? resolve(role.organization, at(role, 'organization')) : undefined;
      if (org && entryOrgs.has(org)) e.unitId = identifierValue(org, ID.networkEntry) ?? str(org.id);
      principal = resolve(p.onBehalfOf, at(careTeam!, 'participant', i, 'onBehalfOf')) ?? (org && !entryOrgs.has(org) ? org : undefined);
    } else if (member.resourceType === 'RelatedPerson') {
      e.kind = codes(member.relationship, V3_ROLE_CODE).includes('FRND') ? 'friend' : 'relative';
      e.name = humanName(member);
      const relation = str(objs(member.relationship)[0]?.text);
      if (relation) e.relation = relation;
    } else if (member.resourceType === 'Organization') {
      e.kind = oneOf(NETWORK_KINDS, code(member.type, CS.networkKind)) ?? 'organisation';
      e.name = str(member.name) ?? id;
      const unit = str(arr(member.alias)[0]);
      if (unit) e.unit = unit;
      principal = resolve(member.partOf, at(member, 'partOf'));
    } else {
      issues.push(fail(at(careTeam!, 'participant', i, 'member'), 'fhir.member.unsupported'));
      return;
    }
    if (principal) e.principal = readPrincipal(principal);
    const contact = readContact(member);
    if (contact) e.contact = contact;
    e.map = { sector: defaultSector(e), ring: 2 };
    e.roles = codes(p.role, CS.role).filter((r) => oneOf(ROLES, r));
    modelId.set(member, id);
    scopes.push({ path: ['network', network.length], carrier: member });
    network.push(e);
  });
  plan.network = network;
  const [overall, overallUnit] = objs(careTeam?.managingOrganization).map((ref, i) => resolve(ref, at(careTeam!, 'managingOrganization', i)));
  if (overall) {
    plan.overallResponsible = { principal: readPrincipal(overall) };
    const unitId = overallUnit && entryOrgs.has(overallUnit) ? modelId.get(overallUnit) : undefined;
    if (unitId !== undefined) (plan.overallResponsible as Obj).entryId = unitId;
  }
  // A PractitionerRole stands for its practitioner's entry.
  for (const r of roles) {
    const practitioner = peek(r.practitioner);
    const id = practitioner && modelId.get(practitioner);
    if (id !== undefined) modelId.set(r, id);
  }

  /** The model id a reference stands for: a resolved resource, or a logical network-entry identifier. */
  function refId(ref: unknown, path: IssuePath): string | undefined {
    const target = resolve(ref, path);
    if (target) return modelId.get(target);
    const ident = obj(obj(ref)?.identifier);
    return ident?.system === ID.networkEntry ? str(ident.value) : undefined;
  }
  const display = (ref: unknown) => str(obj(ref)?.display);

  // ── goals, in the plan's order
  const goals: Obj[] = [];
  const goalIds = new Map<Obj, string>();
  const goalResources = objs(carePlan.goal).map((ref, i) => resolve(ref, at(carePlan, 'goal', i))).filter((g): g is Obj => g?.resourceType === 'Goal');
  goalResources.forEach((g, i) => goalIds.set(g, identifierValue(g, ID.goal) ?? str(g.id) ?? `goal-${i + 1}`));
  goalResources.forEach((g) => {
    const goal: Obj = {
      id: goalIds.get(g),
      horizon: oneOf(GOAL_HORIZONS, code(g.category, CS.goalHorizon)) ?? 'long',
      text: str(obj(g.description)?.text) ?? '',
    };
    const target = objs(g.target)[0];
    const measure = str(obj(target?.measure)?.text);
    if (measure) goal.measure = measure;
    const due = modelDate(target?.dueDate);
    if (due) goal.targetDate = due;
    const accepted = modelDate(g.startDate);
    if (accepted) goal.acceptedAt = accepted;
    for (const n of objs(g.note)) {
      const kind = oneOf(GOAL_TEXTS, extValue(n, EXT.textKind, 'valueCode'));
      if (kind && str(n.text)) goal[kind] = n.text;
    }
    const achieved = ({ achieved: 'reached', improving: 'partly', 'not-achieved': 'notReached' } as Obj)[code(g.achievementStatus, GOAL_ACHIEVEMENT) ?? ''];
    const value = g.lifecycleStatus === 'cancelled' ? 'noLongerRelevant' : achieved;
    const when = modelDate(g.statusDate);
    if (value && when) {
      goal.achievement = { value, at: when };
      if (str(g.statusReason)) (goal.achievement as Obj).note = g.statusReason;
    }
    scopes.push({ path: ['goals', goals.length], carrier: g });
    goals.push(goal);
  });
  // Sub-goals: a long-term goal names its short-term goals as milestones.
  goalResources.forEach((g, i) => {
    for (const rel of objs(g.extension).filter((e) => e.url === EXT_GOAL_RELATIONSHIP)) {
      const parts = objs(rel.extension);
      const type = parts.find((p) => p.url === 'type');
      if (!codes(type?.valueCodeableConcept, GOAL_RELATIONSHIP_TYPE).includes('milestone')) continue;
      const target = resolve(parts.find((p) => p.url === 'target')?.valueReference, at(g, 'extension'));
      const child = target ? goalResources.indexOf(target) : -1;
      if (child >= 0) goals[child]!.parentId = goals[i]!.id;
    }
  });
  plan.goals = goals;

  // ── activities
  plan.activities = objs(carePlan.activity).map((act, i) => {
    const detail = obj(act.detail) ?? {};
    const a: Obj = {
      id: str(extValue(act, EXT.elementId, 'valueString')) ?? `activity-${i + 1}`,
      title: str(obj(detail.code)?.text) ?? '',
      goalIds: arr(detail.goal).map((ref, j) => {
        const g = resolve(ref, at(carePlan, 'activity', i, 'detail', 'goal', j));
        return g ? goalIds.get(g) : undefined;
      }).filter((id) => id !== undefined),
      responsible: {},
      status: (Object.keys(ACTIVITY_STATUS) as (keyof typeof ACTIVITY_STATUS)[]).find((k) => ACTIVITY_STATUS[k] === detail.status) ?? 'planned',
    };
    if (str(detail.description)) a.description = detail.description;
    const timing = obj(detail.scheduledTiming);
    const bounds = obj(obj(timing?.repeat)?.boundsPeriod);
    if (modelDate(bounds?.start)) a.start = modelDate(bounds?.start);
    if (modelDate(bounds?.end)) a.due = modelDate(bounds?.end);
    if (str(obj(timing?.code)?.text)) a.frequency = obj(timing?.code)?.text;
    const responsible = a.responsible as Obj;
    objs(detail.performer).forEach((ref, j) => {
      const path = at(carePlan, 'activity', i, 'detail', 'performer', j);
      // Another system's performers carry no role of ours: an Organization is taken as the
      // responsible principal, a person as the responsible person.
      const role = str(extValue(ref, EXT.referenceRole, 'valueCode')) ?? (peek(ref)?.resourceType === 'Organization' ? 'responsible-principal' : 'responsible-person');
      if (role === 'responsible-principal') {
        const org = resolve(ref, path);
        if (org) responsible.principal = readPrincipal(org);
      } else if (role === 'responsible-unit' || role === 'responsible-person') {
        const [idKey, nameKey] = role === 'responsible-unit' ? ['unitEntryId', 'unit'] : ['personEntryId', 'personName'];
        const id = refId(ref, path);
        if (id !== undefined) responsible[idKey] = id;
        if (display(ref)) responsible[nameKey] = display(ref);
      } else if (role?.startsWith('performer-')) {
        const kind = oneOf(PERFORMER_KINDS, role.slice('performer-'.length));
        if (!kind) return;
        const performer: Obj = { kind };
        const id = refId(ref, path);
        if (id !== undefined) performer.entryId = id;
        if (display(ref)) performer.name = display(ref);
        a.performer = performer;
      }
    });
    a.statusHistory = objs(act.progress)
      .map((n) => {
        const status = oneOf(ACTIVITY_STATUSES, extValue(n, EXT.activityStatus, 'valueCode'));
        const time = modelTimestamp(n.time);
        if (!status || !time) return undefined;
        const ev: Obj = { status, at: time, by: str(n.authorString) ?? '' };
        if (str(n.text) && n.text !== ACTIVITY_STATUS_LABEL[status]) ev.note = n.text;
        return ev;
      })
      .filter((ev) => ev !== undefined);
    scopes.push({ path: ['activities', i], carrier: act });
    return a;
  });

  // ── consents
  const provenances = ofType('Provenance');
  /** Who gave or withdrew consent: the role from our extension, else from what the reference points at. */
  function readGiver(ref: unknown, path: IssuePath): Obj {
    const role = oneOf(['person', 'guardian', 'legalRepresentative', 'other'] as const, extValue(ref, EXT.referenceRole, 'valueCode'));
    const target = resolve(ref, path);
    const giver: Obj = { role: role ?? (target?.resourceType === 'Patient' ? 'person' : 'other') };
    const id = target ? modelId.get(target) : refId(ref, path);
    if (id !== undefined) giver.refId = id;
    if (display(ref)) giver.name = display(ref);
    return giver;
  }
  plan.consents = ofType('Consent').map((c, i) => {
    const provision = obj(c.provision) ?? {};
    const period = obj(provision.period);
    const record: Obj = {
      id: identifierValue(c, ID.consent) ?? str(c.id) ?? `consent-${i + 1}`,
      decision: provision.type === 'deny' ? 'refused' : 'given',
      givenBy: objs(c.performer).map((ref, j) => readGiver(ref, at(c, 'performer', j))),
      form: modeOf(c, ['oral', 'written'] as const) ?? 'written',
      scope: {
        parties: objs(provision.actor).map((a, j) => refId(a.reference, at(c, 'provision', 'actor', j, 'reference'))).filter((id) => id !== undefined),
        questions: [],
        validFrom: modelDate(period?.start) ?? modelDate(c.dateTime) ?? '',
      },
      recordedBy: display(extValue(c, EXT_CONSENT_TRANSCRIBER, 'valueReference')) ?? '',
      recordedAt: modelTimestamp(c.dateTime) ?? '',
    };
    if (modelDate(period?.end)) (record.scope as Obj).validUntil = modelDate(period?.end);
    const childView = str(extValue(c, EXT.childView, 'valueString'));
    if (childView) record.childView = childView;
    const withdrawal = provenances.find((p) => codes(p.activity, V3_DATA_OPERATION).includes('NULLIFY') && arr(p.target).some((t) => peek(t) === c));
    const author = objs(withdrawal?.agent).find((a) => codes(a.type, PROVENANCE_PARTICIPANT_TYPE).includes('author'));
    const enterer = objs(withdrawal?.agent).find((a) => codes(a.type, PROVENANCE_PARTICIPANT_TYPE).includes('enterer'));
    if (withdrawal && author && modelTimestamp(withdrawal.recorded)) {
      record.withdrawal = { at: withdrawal.recorded, by: readGiver(author.who, at(withdrawal, 'agent', 0, 'who')), form: modeOf(withdrawal, ['oral', 'written'] as const) ?? 'written', recordedBy: display(enterer?.who) ?? '' };
    }
    scopes.push({ path: ['consents', i], carrier: c });
    return record;
  });

  // ── meetings and invitations
  const responses = ofType('AppointmentResponse');
  plan.meetings = ofType('Appointment').map((ap, i) => {
    const m: Obj = {
      id: identifierValue(ap, ID.meeting) ?? str(ap.id) ?? `meeting-${i + 1}`,
      start: modelTimestamp(ap.start) ?? '',
      end: modelTimestamp(ap.end) ?? '',
      form: oneOf(MEETING_FORMS, code(ap.appointmentType, CS.meetingForm)) ?? 'inPerson',
      questions: [],
      participants: [],
      agenda: [],
    };
    const status = ({ booked: 'planned', pending: 'planned', arrived: 'planned', 'checked-in': 'planned', fulfilled: 'held', cancelled: 'cancelled', noshow: 'cancelled' } as Obj)[String(ap.status)];
    if (status) m.status = status;
    if (str(ap.description)) m.purpose = ap.description;
    if (str(ap.comment)) m.note = ap.comment;
    objs(ap.participant).forEach((p, j) => {
      const path = at(ap, 'participant', j, 'actor');
      const target = resolve(p.actor, path);
      if (target?.resourceType === 'Patient') {
        if (p.status === 'accepted') m.personAttends = true;
        if (p.status === 'declined') m.personAttends = false;
        return;
      }
      if (codes(p.type, PARTICIPANT_TYPE).includes('translator')) {
        m.interpreter = { needed: true };
        return;
      }
      const id = target ? modelId.get(target) : refId(p.actor, path);
      if (id === undefined) return;
      if (codes(p.type, V3_PARTICIPATION_TYPE).includes('PART')) (m.participants as string[]).push(id);
      if (codes(p.type, CS.role).includes('meetingLeader')) m.leaderId = id;
    });
    m.invitations = responses
      .filter((r) => resolve(r.appointment, at(r, 'appointment')) === ap)
      .map((r) => refId(r.actor, at(r, 'actor')))
      .filter((id) => id !== undefined)
      .map((entryId) => ({ entryId }));
    scopes.push({ path: ['meetings', i], carrier: ap });
    return m;
  });

  // ── signatures and the closure: Provenance on the plan
  const onPlan = provenances.filter((p) => arr(p.target).some((t, j) => resolve(t, at(p, 'target', j)) === carePlan));
  const closure = onPlan.find((p) => codes(p.activity, CS.planEvent).includes('closure'));
  const byType = (p: Obj, type: string) => objs(p.agent).find((a) => codes(a.type, PROVENANCE_PARTICIPANT_TYPE).includes(type));
  // Another system's Provenance on the plan (an update, say) is no signature.
  plan.signatures = onPlan
    .filter((p) => p !== closure && (objs(p.signature).length > 0 || objs(p.agent).some((a) => code(a.role, CS.signatureRole) !== undefined)))
    .map((p, i) => {
      const agent = objs(p.agent)[0];
      const who = agent?.who;
      const role = oneOf(['coordinator', 'person', 'guardian', 'legalRepresentative', 'party'] as const, code(agent?.role, CS.signatureRole)) ?? 'party';
      const s: Obj = { role, by: display(who) ?? '', at: modelTimestamp(p.recorded) ?? '' };
      const target = resolve(who, at(p, 'agent', 0, 'who'));
      const id = target && target.resourceType !== 'Patient' ? modelId.get(target) : undefined;
      // The guardian's RelatedPerson names the guardian; the representative has no id on the signature.
      if (id !== undefined && role === 'guardian') s.guardianId = id;
      else if (id !== undefined && role !== 'legalRepresentative' && role !== 'person') s.entryId = id;
      const method = modeOf(objs(p.signature)[0], ['paper', 'electronic'] as const);
      if (method) s.method = method;
      const enterer = display(byType(p, 'enterer')?.who);
      if (enterer) s.recordedBy = enterer;
      scopes.push({ path: ['signatures', i], carrier: p });
      return s;
    });
  const communications = ofType('Communication').filter((c) => code(c.topic, CS.communicationTopic) === 'sip-kollen');
  if (closure) {
    const c: Obj = {
      reason: code(closure.reason, CS.closureReason) ?? (carePlan.status === 'revoked' ? 'consentWithdrawn' : 'goalsMet'),
      at: modelTimestamp(closure.recorded) ?? '',
      by: display(byType(closure, 'author')?.who) ?? '',
    };
    const parts = objs(closure.agent).filter((a) => codes(a.type, V3_PARTICIPATION_TYPE).includes('PART'));
    const decidedWith: string[] = [];
    parts.forEach((a) => {
      const path = at(closure, 'agent', objs(closure.agent).indexOf(a), 'who');
      if (resolve(a.who, path)?.resourceType === 'Patient') c.personTookPart = true;
      else {
        const id = refId(a.who, path);
        if (id !== undefined) decidedWith.push(id);
      }
    });
    if (decidedWith.length) c.decidedWith = decidedWith;
    scopes.push({ path: ['closure'], carrier: closure });
    const offer = communications.find((m) => arr(m.partOf).some((ref) => peek(ref) === closure));
    if (offer) {
      c.sipKollen = { offered: offer.status === 'completed' };
      if (modelDate(offer.sent)) (c.sipKollen as Obj).at = modelDate(offer.sent);
      scopes.push({ path: ['closure', 'sipKollen'], carrier: offer });
    }
    plan.closure = c;
  }

  // ── the core texts
  for (const n of objs(carePlan.note)) {
    const kind = oneOf(PLAN_TEXTS, extValue(n, EXT.textKind, 'valueCode'));
    if (kind && str(n.text)) plan[kind] = n.text;
  }
  plan.followUps = [];
  plan.changeLog = [];
  return { plan, scopes, issues };

  function readPerson(p: Obj): Obj {
    const names = objs(p.name);
    const person: Obj = { name: humanName(p) };
    const usual = str(names.find((n) => n.use === 'usual')?.text);
    if (usual) person.preferredName = usual;
    const identity = readIdentity(p);
    if (identity) person.identity = identity;
    if (modelDate(p.birthDate)) person.birthDate = modelDate(p.birthDate);
    const language = str(obj(objs(p.communication)[0]?.language)?.text);
    if (language) person.language = language;
    const interpreter = extValue(p, EXT_INTERPRETER_REQUIRED, 'valueBoolean');
    if (typeof interpreter === 'boolean') person.interpreter = { needed: interpreter };
    person.adaptations = [];
    const contact = readContact(p);
    if (contact) person.contact = contact;
    return person;
  }
}

function humanName(res: Obj): string {
  const name = objs(res.name).find((n) => n.use !== 'usual') ?? objs(res.name)[0];
  return str(name?.text) ?? [...arr(name?.given), name?.family].filter((s) => typeof s === 'string').join(' ');
}

function readIdentity(p: Obj): Obj | undefined {
  for (const id of objs(p.identifier)) {
    const value = str(id.value);
    if (!value) continue;
    // HL7 Sweden writes the 12 digits without a separator; the model (and people) write YYYYMMDD-NNNN.
    const dashed = /^\d{12}$/.test(value) ? `${value.slice(0, 8)}-${value.slice(8)}` : value;
    if (id.system === SE_PERSONNUMMER) return { type: 'personnummer', value: dashed };
    if (id.system === SE_SAMORDNINGSNUMMER) return { type: 'samordningsnummer', value: dashed };
    if (id.system === SE_NATIONELLT_RESERVNUMMER) return { type: 'reservnummer', issuer: 'national', value };
    if (id.system === ID.reservnummer) return { type: 'reservnummer', issuer: str(obj(id.assigner)?.display) ?? 'other', value };
  }
  return undefined;
}

function readContact(res: Obj): Obj | undefined {
  const c: Obj = {};
  const telecom = objs(res.telecom);
  const phone = str(telecom.find((t) => t.system === 'phone')?.value);
  const email = str(telecom.find((t) => t.system === 'email')?.value);
  const address = str(objs(res.address)[0]?.text);
  if (phone) c.phone = phone;
  if (email) c.email = email;
  if (address) c.address = address;
  return Object.keys(c).length ? c : undefined;
}

function readPrincipal(org: Obj): Obj {
  const p: Obj = { kind: oneOf(PRINCIPAL_KINDS, code(org.type, CS.principalKind)) ?? 'other' };
  const other = code(org.type, CS.otherPrincipal);
  if (other) p.other = other;
  if (str(org.name)) p.name = org.name;
  return p;
}

/** Where an entry from another system lands on the network map (the residue restores ours). */
function defaultSector(e: Obj): string {
  if (e.kind === 'relative') return 'family';
  if (e.kind === 'friend') return 'friends';
  const kind = obj(e.principal)?.kind;
  return kind === 'region' ? 'region' : kind === 'municipality' ? 'municipality' : 'other';
}
