/**
 * The plan as a document: who holds which role, the activities grouped by the principal that
 * answers for them, the goals as a tree, the consent in force and who may receive the plan.
 * Pure (no DOM, no clock): the staff version and the person's version are two wordings of the
 * one structure built here, so they cannot tell different facts.
 *
 * A party's restricted copy (`restricted`) is built from the model's `redactForParty` result:
 * people outside the consent keep no name or contact details in the document, even where the
 * redacted plan still carries a name for drawing the map.
 */
import { entriesWithRole, findCoordinator } from '../../model/network-rules';
import { consentState, coveredParties, currentConsent } from '../../model/operations/consent';
import { planStage, type PlanStage } from '../../model/plan-stage';
import type { Activity, ConsentRecord, Contact, Goal, Meeting, NetworkEntry, Principal, Signature, SipPlan } from '../../model';

/** A person or unit the document names, with how to reach them. */
export interface Named {
  id?: string;
  name: string;
  /** Profession and unit, e.g. "Distriktssköterska, Vårdcentralen Kungsgärdet". */
  detail?: string;
  contact?: Contact;
}

export interface RoleHolders {
  coordinator: Named | undefined;
  fixedCareContacts: Named[];
  responsibleDoctors: Named[];
  meetingLeaders: Named[];
}

export interface DocActivity {
  activity: Activity;
  /** The named responsible person, or undefined when not named or outside a party's consent. */
  responsible: Named | undefined;
  /** A named person was left out of this restricted copy. */
  responsibleWithheld: boolean;
  unit: string | undefined;
  goals: Goal[];
}

export interface ActivityGroup {
  /** Stable key: principal kind and name. */
  key: string;
  principal: Principal | undefined;
  activities: DocActivity[];
}

export interface GoalTree {
  goal: Goal;
  children: Goal[];
}

export interface ConsentInForce {
  record: ConsentRecord;
  status: ReturnType<typeof consentState>['status'];
  until: string | undefined;
  /** The parties it covers that this copy may name. */
  parties: Named[];
}

export interface PlanDocument {
  stage: PlanStage;
  /** This is a party's restricted copy. */
  restricted: boolean;
  roles: RoleHolders;
  overall: { principal: Principal; unit: Named | undefined } | undefined;
  /** Activities of region, municipality and providers working for them, by principal. */
  principalGroups: ActivityGroup[];
  /** What others do: the person, relatives, voluntary bodies, state agencies … */
  otherGroups: ActivityGroup[];
  goals: GoalTree[];
  /** The person's own words on what matters, from the goals (no duplicates). */
  whatMatters: string[];
  /** The questions the plan is to answer (consent scope, else the first meeting's). */
  questions: string[];
  consent: ConsentInForce | undefined;
  /** Who may receive the plan: the parties the consent covers (empty without consent in force). */
  recipients: Named[];
  /** The next planned meeting after `now`. */
  nextMeeting: Meeting | undefined;
  coordinatorSignature: Signature | undefined;
  /** Signatures given on the printed copy. */
  printedSignatures: Signature[];
}

function detailOf(e: NetworkEntry): string | undefined {
  const parts = [e.profession, e.unit ?? (e.kind === 'relative' || e.kind === 'friend' ? e.relation : undefined)].filter((s): s is string => !!s && s !== e.name);
  return parts.length ? parts.join(', ') : undefined;
}

function named(e: NetworkEntry): Named {
  const n: Named = { id: e.id, name: e.name };
  const detail = detailOf(e);
  if (detail) n.detail = detail;
  if (e.contact && (e.contact.phone || e.contact.email || e.contact.address)) n.contact = e.contact;
  return n;
}

/** Region and municipality, and providers contracted by one of them, answer for their activities. */
export function isPrincipalGroup(p: Principal | undefined): boolean {
  return !!p && (p.kind === 'region' || p.kind === 'municipality' || p.contractedBy !== undefined);
}

function principalKey(p: Principal | undefined): string {
  return p ? `${p.kind}|${p.other ?? ''}|${p.name ?? ''}` : 'none';
}

function withoutPerson(r: Activity['responsible']): Activity['responsible'] {
  const copy = { ...r };
  delete copy.personName;
  delete copy.personEntryId;
  return copy;
}

const KIND_ORDER: Record<string, number> = { region: 0, municipality: 1, other: 2 };

/**
 * Builds the document from a plan (in a party view, the redacted plan). `now` decides the
 * consent in force and the next meeting.
 */
export function planDocument(plan: SipPlan, now: string, options: { restricted?: boolean } = {}): PlanDocument {
  const restricted = options.restricted === true;
  const covered = coveredParties(plan, now);
  const coveredIds = new Set(covered.map((e) => e.id));
  const byId = new Map(plan.network.map((e) => [e.id, e]));
  // In a restricted copy only people the consent covers are named.
  const visible = (e: NetworkEntry | undefined): e is NetworkEntry => !!e && (!restricted || coveredIds.has(e.id));
  const list = (entries: NetworkEntry[]) => entries.filter(visible).map(named);

  const coordinatorEntry = findCoordinator(plan.network);
  const roles: RoleHolders = {
    coordinator: visible(coordinatorEntry) ? named(coordinatorEntry) : undefined,
    fixedCareContacts: list(entriesWithRole(plan.network, 'fixedCareContact')),
    responsibleDoctors: list(entriesWithRole(plan.network, 'responsibleDoctor')),
    meetingLeaders: list(entriesWithRole(plan.network, 'meetingLeader')),
  };

  const goalById = new Map(plan.goals.map((g) => [g.id, g]));
  const groups = new Map<string, ActivityGroup>();
  for (const a of plan.activities) {
    const r = a.responsible;
    const personEntry = r.personEntryId ? byId.get(r.personEntryId) : undefined;
    const unitEntry = r.unitEntryId ? byId.get(r.unitEntryId) : undefined;
    const withheld = restricted && r.personEntryId !== undefined && !visible(personEntry);
    let responsible: Named | undefined;
    if (!withheld && r.personName) {
      responsible = { name: r.personName };
      if (personEntry) {
        const detail = detailOf(personEntry);
        if (detail) responsible.detail = detail;
      }
      const contact = (visible(personEntry) && personEntry.contact) || (visible(unitEntry) && unitEntry.contact) || undefined;
      if (contact && (contact.phone || contact.email || contact.address)) responsible.contact = contact;
    }
    const unitName = r.unit ?? (visible(unitEntry) ? unitEntry.name : undefined);
    const key = principalKey(r.principal);
    let group = groups.get(key);
    if (!group) {
      group = { key, principal: r.principal, activities: [] };
      groups.set(key, group);
    }
    group.activities.push({
      // A withheld name does not travel on in the activity either.
      activity: withheld ? { ...a, responsible: withoutPerson(r) } : a,
      responsible,
      responsibleWithheld: withheld,
      unit: unitName && !responsible?.detail?.includes(unitName) ? unitName : undefined,
      goals: a.goalIds.map((id) => goalById.get(id)).filter((g): g is Goal => !!g),
    });
  }
  const all = [...groups.values()].sort((a, b) => (KIND_ORDER[a.principal?.kind ?? 'other'] ?? 2) - (KIND_ORDER[b.principal?.kind ?? 'other'] ?? 2));

  const longGoals = plan.goals.filter((g) => g.horizon === 'long' || !g.parentId || !goalById.has(g.parentId));
  const goals = longGoals.map((goal) => ({ goal, children: plan.goals.filter((g) => g !== goal && g.parentId === goal.id) }));

  const whatMatters = [...new Set(plan.goals.map((g) => g.whatMatters?.trim()).filter((s): s is string => !!s))];
  const record = currentConsent(plan);
  const questions = record?.scope.questions.length ? record.scope.questions : (plan.meetings[0]?.questions ?? []);

  const state = consentState(plan, now);
  const consent: ConsentInForce | undefined = state.record
    ? { record: state.record, status: state.status, until: state.until, parties: list(plan.network.filter((e) => state.record!.scope.parties.includes(e.id))) }
    : undefined;

  const overallEntry = plan.overallResponsible?.entryId ? byId.get(plan.overallResponsible.entryId) : undefined;
  const overall = plan.overallResponsible
    ? { principal: plan.overallResponsible.principal, unit: visible(overallEntry) ? named(overallEntry) : undefined }
    : undefined;

  const t = Date.parse(now);
  const nextMeeting = plan.meetings
    .filter((m) => m.status !== 'cancelled' && m.status !== 'held' && Date.parse(m.end) >= t)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];

  return {
    stage: planStage(plan),
    restricted,
    roles,
    overall,
    principalGroups: all.filter((g) => isPrincipalGroup(g.principal)),
    otherGroups: all.filter((g) => !isPrincipalGroup(g.principal)),
    goals,
    whatMatters,
    questions,
    consent,
    recipients: list(covered),
    nextMeeting,
    coordinatorSignature: plan.signatures.find((s) => s.role === 'coordinator'),
    printedSignatures: plan.signatures.filter((s) => s.role !== 'coordinator'),
  };
}
