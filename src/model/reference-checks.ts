/**
 * Reference and identity checks added for issue 11 (run by `checkInvariantsWith`): every id a
 * plan names resolves, and no id can stand for two kinds of party.
 *
 * - `ref.idCollision`: a network entry, guardian or legal representative id that is `person`
 *   (the person's party id, see redact.ts) or equals the id of another kind of party. Redaction
 *   grants by id, so a network entry called `person`, or one sharing a guardian's id, would get
 *   the whole plan without consent.
 * - Signatures name a network entry that exists; a goal's achievement links an existing
 *   follow-up; consent givers (and whoever withdrew) point at the right kind of party; the
 *   initiative's sender is the person, a guardian, the representative or a network entry.
 * - `plan.closedWithConsent`: closed because consent was withdrawn while the current consent
 *   has no withdrawal (closePlan runs the withdrawal instead, see closeByWithdrawal).
 *
 * Zod-free, O(n), paths built only on a miss.
 */
import { issue, type PlanIssue } from './issues';
import { PERSON_PARTY_ID } from './consent-rules';
import type { ConsentGiver, SipPlan } from './schema';

/** The id sets checkInvariantsWith has already built, passed in rather than built again. */
export interface PlanIds {
  entryIds: ReadonlySet<string>;
  guardianIds: ReadonlySet<string>;
  followUpIds: ReadonlySet<string>;
}

export function referenceIssues(plan: SipPlan, { entryIds, guardianIds, followUpIds }: PlanIds): PlanIssue[] {
  const out: PlanIssue[] = [];
  const rep = plan.person.legalRepresentative;

  plan.network.forEach((e, i) => {
    if (e.id === PERSON_PARTY_ID || guardianIds.has(e.id) || (rep?.id !== undefined && rep.id === e.id)) {
      out.push(issue('error', ['network', i, 'id'], 'ref.idCollision', { id: e.id }));
    }
  });
  plan.person.guardians.forEach((g, i) => {
    if (g.id === PERSON_PARTY_ID || (rep?.id !== undefined && rep.id === g.id)) {
      out.push(issue('error', ['person', 'guardians', i, 'id'], 'ref.idCollision', { id: g.id }));
    }
  });
  if (rep?.id === PERSON_PARTY_ID) out.push(issue('error', ['person', 'legalRepresentative', 'id'], 'ref.idCollision', { id: rep.id }));

  plan.signatures.forEach((s, i) => {
    if (s.entryId !== undefined && !entryIds.has(s.entryId)) {
      out.push(issue('error', ['signatures', i, 'entryId'], 'ref.unknownNetworkEntry', { id: s.entryId }));
    }
  });

  plan.goals.forEach((g, i) => {
    const id = g.achievement?.followUpId;
    if (id !== undefined && !followUpIds.has(id)) {
      out.push(issue('error', ['goals', i, 'achievement', 'followUpId'], 'ref.unknownFollowUp', { id }));
    }
  });

  // Guardian refs are checked with the other references in invariant-checks.ts.
  const giverResolves = (g: ConsentGiver): boolean => {
    if (g.refId === undefined) return true;
    switch (g.role) {
      case 'person':
        return g.refId === PERSON_PARTY_ID;
      case 'legalRepresentative':
        return rep !== undefined && (g.refId === rep.id || g.refId === rep.networkEntryId);
      case 'other':
        return entryIds.has(g.refId);
      default:
        return true;
    }
  };
  plan.consents.forEach((c, i) => {
    c.givenBy.forEach((g, j) => {
      if (!giverResolves(g)) out.push(issue('error', ['consents', i, 'givenBy', j, 'refId'], 'ref.unknownConsentGiver', { id: g.refId! }));
    });
    const by = c.withdrawal?.by;
    if (by && (!giverResolves(by) || (by.role === 'guardian' && by.refId !== undefined && !guardianIds.has(by.refId)))) {
      out.push(issue('error', ['consents', i, 'withdrawal', 'by', 'refId'], 'ref.unknownConsentGiver', { id: by.refId! }));
    }
  });

  const sender = plan.initiative?.initiatedBy;
  if (sender !== undefined && sender !== PERSON_PARTY_ID && !entryIds.has(sender) && !guardianIds.has(sender) && rep?.id !== sender) {
    out.push(issue('error', ['initiative', 'initiatedBy'], 'ref.unknownInitiator', { id: sender }));
  }

  const current = plan.consents[plan.consents.length - 1];
  if (plan.closure?.reason === 'consentWithdrawn' && current?.decision === 'given' && !current.withdrawal) {
    out.push(issue('error', ['closure', 'reason'], 'plan.closedWithConsent'));
  }
  return out;
}
