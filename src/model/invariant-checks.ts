/**
 * The invariant checks (see `invariants.ts`) without the identity number validators, so that
 * operations (which run them on every commit) do not pull `personnummer` into an element's
 * initial load. Single pass per collection, Sets and Maps for references: O(n).
 */
import type { IdentityResult } from './identity';
import { issue, type IssuePath, type PlanIssue } from './issues';
import { canConvene, PROFESSIONAL_ROLES } from './network-rules';
import { hasVisibleText, MEETING_PARTS } from './constants';
import { referenceIssues } from './reference-checks';
import type { Goal, Identity, SipPlan } from './schema';

/**
 * Whether timestamp `a` is earlier than `b`. Two valid timestamps of the same length with the
 * same offset (`Z` or `±hh:mm`) compare as strings; anything else goes through Date.parse.
 */
function earlier(a: string, b: string): boolean {
  const n = a.length;
  if (n === b.length && n > 6) {
    if (a.charCodeAt(n - 1) === 90 /* Z */ && b.charCodeAt(n - 1) === 90) return a < b;
    const sign = a.charCodeAt(n - 6);
    if ((sign === 43 /* + */ || sign === 45) /* - */ && a.slice(n - 6) === b.slice(n - 6)) return a < b;
  }
  return Date.parse(a) < Date.parse(b);
}

function uniqueIds(
  items: readonly { id: string }[],
  base: IssuePath,
  out: PlanIssue[],
): Set<string> {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    if (seen.has(id)) out.push(issue('error', [...base, i, 'id'], 'ref.duplicateId', { id }));
    else seen.add(id);
  }
  return seen;
}

/**
 * `checkInvariants` with the identity number check injected: operations pass none (they check
 * an identity only when it changes, on the zod side), which keeps the identity validators out of
 * an element's initial load.
 */
export function checkInvariantsWith(plan: SipPlan, identity?: (identity: Identity) => IdentityResult): PlanIssue[] {
  const out: PlanIssue[] = [];
  const entryIds = uniqueIds(plan.network, ['network'], out);
  const goalIds = uniqueIds(plan.goals, ['goals'], out);
  uniqueIds(plan.activities, ['activities'], out);
  const meetingIds = uniqueIds(plan.meetings, ['meetings'], out);
  uniqueIds(plan.consents, ['consents'], out);
  const followUpIds = uniqueIds(plan.followUps, ['followUps'], out);
  const guardianIds = uniqueIds(plan.person.guardians, ['person', 'guardians'], out);

  // The path is built only on a miss: this runs for every reference in the plan, on every commit.
  const entryRef = (id: string | undefined, a: string, b: string | number, c?: string | number, d?: string | number, e?: string | number) => {
    if (id === undefined || entryIds.has(id)) return;
    const path: IssuePath = [a, b];
    if (c !== undefined) path.push(c);
    if (d !== undefined) path.push(d);
    if (e !== undefined) path.push(e);
    out.push(issue('error', path, 'ref.unknownNetworkEntry', { id }));
  };

  // person
  const p = plan.person;
  if (p.identity && identity) {
    const r = identity(p.identity);
    if (!r.valid) out.push(issue('error', ['person', 'identity', 'value'], r.code));
  }
  p.guardians.forEach((g, i) => entryRef(g.networkEntryId, 'person', 'guardians', i, 'networkEntryId'));
  entryRef(p.legalRepresentative?.networkEntryId, 'person', 'legalRepresentative', 'networkEntryId');

  // network
  let coordinators = 0;
  plan.network.forEach((e, i) => {
    entryRef(e.unitId, 'network', i, 'unitId');
    e.knows?.forEach((k, j) => entryRef(k, 'network', i, 'knows', j));
    e.roles.forEach((role, j) => {
      if ((PROFESSIONAL_ROLES as readonly string[]).includes(role) && e.kind !== 'professional' && e.kind !== 'unit') {
        out.push(issue('error', ['network', i, 'roles', j], 'role.needsProfessional', { role }));
      }
      if (role === 'coordinator') {
        coordinators++;
        if (coordinators > 1) out.push(issue('error', ['network', i, 'roles', j], 'role.multipleCoordinators'));
        if (!canConvene(e)) out.push(issue('error', ['network', i, 'roles', j], 'role.coordinatorCannotConvene'));
      }
    });
  });

  // consents
  plan.consents.forEach((c, i) => {
    c.scope.parties.forEach((id, j) => entryRef(id, 'consents', i, 'scope', 'parties', j));
    c.givenBy.forEach((g, j) => {
      if (g.role === 'guardian' && g.refId !== undefined && !guardianIds.has(g.refId)) {
        out.push(issue('error', ['consents', i, 'givenBy', j, 'refId'], 'ref.unknownGuardian', { id: g.refId }));
      }
    });
    if (c.scope.validUntil !== undefined && c.scope.validUntil < c.scope.validFrom) {
      out.push(issue('error', ['consents', i, 'scope', 'validUntil'], 'date.order', { from: 'validFrom', to: 'validUntil' }));
    }
    if (c.withdrawal && earlier(c.withdrawal.at, c.recordedAt)) {
      out.push(issue('error', ['consents', i, 'withdrawal', 'at'], 'date.order', { from: 'recordedAt', to: 'withdrawal.at' }));
    }
  });

  // initiative
  plan.initiative?.receivers.forEach((r, i) => entryRef(r.entryId, 'initiative', 'receivers', i, 'entryId'));

  // meetings
  plan.meetings.forEach((m, i) => {
    if (earlier(m.end, m.start)) out.push(issue('error', ['meetings', i, 'end'], 'date.order', { from: 'start', to: 'end' }));
    m.participants.forEach((id, j) => entryRef(id, 'meetings', i, 'participants', j));
    entryRef(m.leaderId, 'meetings', i, 'leaderId');
    m.invitations.forEach((r, j) => entryRef(r.entryId, 'meetings', i, 'invitations', j, 'entryId'));
    let last = -1;
    m.agenda.forEach((a, j) => {
      const idx = MEETING_PARTS.indexOf(a.part);
      if (idx <= last) out.push(issue('error', ['meetings', i, 'agenda', j, 'part'], 'meeting.agendaOrder'));
      last = idx;
    });
  });

  // goals
  const goalById = new Map<string, Goal>();
  for (const g of plan.goals) if (!goalById.has(g.id)) goalById.set(g.id, g);
  plan.goals.forEach((g, i) => {
    if (g.parentId !== undefined) {
      const parent = goalById.get(g.parentId);
      if (!parent) out.push(issue('error', ['goals', i, 'parentId'], 'ref.unknownGoal', { id: g.parentId }));
      else if (g.horizon === 'long') out.push(issue('error', ['goals', i, 'parentId'], 'goal.longHasParent'));
      else if (parent.horizon !== 'long') out.push(issue('error', ['goals', i, 'parentId'], 'goal.parentNotLong'));
    }
  });

  // activities
  plan.activities.forEach((a, i) => {
    a.goalIds.forEach((id, j) => {
      if (!goalIds.has(id)) out.push(issue('error', ['activities', i, 'goalIds', j], 'ref.unknownGoal', { id }));
    });
    if (!a.responsible.principal) {
      out.push(issue('error', ['activities', i, 'responsible', 'principal'], 'activity.responsiblePrincipalMissing'));
    }
    if (!a.responsible.personName || !hasVisibleText(a.responsible.personName)) {
      out.push(issue('error', ['activities', i, 'responsible', 'personName'], 'activity.responsiblePersonMissing'));
    }
    entryRef(a.responsible.unitEntryId, 'activities', i, 'responsible', 'unitEntryId');
    entryRef(a.responsible.personEntryId, 'activities', i, 'responsible', 'personEntryId');
    entryRef(a.performer?.entryId, 'activities', i, 'performer', 'entryId');
    if (a.start !== undefined && a.due !== undefined && a.due < a.start) {
      out.push(issue('error', ['activities', i, 'due'], 'date.order', { from: 'start', to: 'due' }));
    }
    const h = a.statusHistory;
    for (let j = 1; j < h.length; j++) {
      if (earlier(h[j]!.at, h[j - 1]!.at)) {
        out.push(issue('error', ['activities', i, 'statusHistory', j, 'at'], 'date.order', { from: 'earlierEvent', to: 'laterEvent' }));
      }
    }
    const lastEvent = h[h.length - 1];
    if (lastEvent && lastEvent.status !== a.status) {
      out.push(issue('error', ['activities', i, 'status'], 'activity.statusHistoryMismatch'));
    }
  });

  // follow-ups
  plan.followUps.forEach((f, i) => {
    if (f.meetingId !== undefined && !meetingIds.has(f.meetingId)) {
      out.push(issue('error', ['followUps', i, 'meetingId'], 'ref.unknownMeeting', { id: f.meetingId }));
    }
  });

  // plan
  entryRef(plan.overallResponsible?.entryId, 'overallResponsible', 'entryId');
  if (plan.createdAt && plan.updatedAt && earlier(plan.updatedAt, plan.createdAt)) {
    out.push(issue('error', ['updatedAt'], 'date.order', { from: 'createdAt', to: 'updatedAt' }));
  }
  if (plan.status === 'closed' && !plan.closure) out.push(issue('error', ['closure'], 'plan.closedWithoutClosure'));
  if (plan.status === 'voided' && !plan.voided) out.push(issue('error', ['voided'], 'plan.voidedWithoutVoid'));
  lifecycleConsistency(plan, entryRef, out);

  for (const problem of referenceIssues(plan, { entryIds, guardianIds, followUpIds })) out.push(problem);
  return out;
}

/**
 * Status, signature, lock, closure and voiding tell one story (seed 001: sign, then lock): a
 * draft carries no signature, lock, closure or voiding; an active plan is signed by the
 * coordinator and neither closed nor voided; a lock follows the coordinator's signature; only a
 * voided plan says why it was voided. A relabelled plan (`status` edited by hand) fails here.
 */
function lifecycleConsistency(
  plan: SipPlan,
  entryRef: (id: string | undefined, a: string, b: string | number, c?: string | number, d?: string | number) => void,
  out: PlanIssue[],
): void {
  const signed = plan.signatures.some((s) => s.role === 'coordinator');
  if (plan.status === 'draft') {
    if (plan.signatures.length > 0) out.push(issue('error', ['signatures'], 'plan.draftSigned'));
    if (plan.lockedAt !== undefined) out.push(issue('error', ['lockedAt'], 'plan.draftLocked'));
  }
  if (plan.status === 'active' && !signed) out.push(issue('error', ['signatures'], 'plan.activeWithoutSignature'));
  if (plan.lockedAt !== undefined && !signed && plan.status !== 'draft') out.push(issue('error', ['lockedAt'], 'plan.lockedWithoutSignature'));
  if (plan.closure && plan.status !== 'closed' && plan.status !== 'voided') out.push(issue('error', ['closure'], 'plan.closureOnOpenPlan', { status: plan.status }));
  if (plan.voided && plan.status !== 'voided') out.push(issue('error', ['voided'], 'plan.voidedOnOtherStatus', { status: plan.status }));
  plan.closure?.decidedWith?.forEach((id, i) => entryRef(id, 'closure', 'decidedWith', i));
}

