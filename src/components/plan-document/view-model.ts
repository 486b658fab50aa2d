/**
 * Builds what the view shows from the plan and the element's state: the party's copy (through
 * the model's fail-closed `redactForParty`), the document, what is missing before signing and
 * where it is filled in, the model's warnings, the signers of the printed copy. Pure.
 */
import { consentProblems } from '../../model/consent-rules';
import { issue, type PlanIssue } from '../../model/issues';
import { lifecycleGuidance } from '../../model/lifecycle-guidance';
import { signingRequirements } from '../../model/operations/signing';
import { isContentEditable, planStage } from '../../model/plan-stage';
import { PERSON_PARTY, redactForParty } from '../../model/redact';
import type { SipPlan } from '../../model';
import { planDocument } from './document-model';
import type { DetailField, NoAccessViewModel, PlanDocumentReader, PlanDocumentViewModel, PrintedSigner, Requirement, SignatureMethod } from './types';

/** Where each missing part is filled in: a field here, or the element that edits it. */
const WHERE: Record<string, { fieldId?: string; element?: string }> = {
  reason: { fieldId: 'reason' },
  followUpDate: { fieldId: 'followUpDate' },
  overallResponsible: { fieldId: 'overall' },
  network: { fieldId: 'coordinator' },
  consents: { element: 'sip-consent-recorder' },
  activities: { element: 'sip-activity-status-list' },
  goals: { element: 'sip-smart-goal-editor' },
};

export function requirementsOf(plan: SipPlan, now: string): Requirement[] {
  if (plan.status !== 'draft') return [];
  return signingRequirements(plan, now)
    .filter((i) => i.code !== 'sign.notDraft')
    .map((i) => ({ issue: i, ...WHERE[String(i.path[0])] }));
}

/** Warnings shown where they matter: the plan written late, a child's consent without the guardians. */
export function warningsOf(plan: SipPlan, now: string): PlanIssue[] {
  const late = lifecycleGuidance(plan).filter((i) => i.code === 'plan.writtenLate');
  // In a draft these block signing and are listed there; afterwards they stay a warning.
  const consent = plan.status === 'draft' ? [] : consentProblems(plan, now).map((code) => issue('warning', ['consents'], code));
  return [...late, ...consent];
}

export function signersOf(plan: SipPlan): PrintedSigner[] {
  const signedAt = (role: string, guardianId?: string) => plan.signatures.find((s) => s.role === role && s.guardianId === guardianId)?.at;
  const out: PrintedSigner[] = [{ key: 'person', name: plan.person.name, role: 'person', signedAt: signedAt('person') }];
  for (const g of plan.person.guardians) out.push({ key: `guardian:${g.id}`, name: g.name, role: 'guardian', guardianId: g.id, signedAt: signedAt('guardian', g.id) });
  const rep = plan.person.legalRepresentative;
  if (rep) out.push({ key: 'legalRepresentative', name: rep.name, role: 'legalRepresentative', signedAt: signedAt('legalRepresentative') });
  return out;
}

/** Who the party id names, for the "restricted copy" note and the refusal message. */
export function partyName(plan: SipPlan, party: string): string | undefined {
  if (party === PERSON_PARTY) return plan.person.name;
  return plan.person.guardians.find((g) => g.id === party)?.name ?? (plan.person.legalRepresentative?.id === party ? plan.person.legalRepresentative.name : undefined) ?? plan.network.find((e) => e.id === party)?.name;
}

export interface ElementState {
  reader: PlanDocumentReader;
  party: string | undefined;
  readonly: boolean;
  now: string;
  today: string;
  drafts: ReadonlyMap<DetailField, string>;
  signer: string;
  method: SignatureMethod;
  opError: string;
}

export function viewModel(source: SipPlan, s: ElementState): PlanDocumentViewModel | NoAccessViewModel {
  let plan = source;
  let restricted = false;
  let partyLabel: string | undefined;
  if (s.party !== undefined) {
    const view = redactForParty(source, s.party, s.now);
    if (view.access === 'none') return { access: 'none', reason: partyName(source, s.party) === undefined ? 'unknown' : 'outside', party: s.party };
    plan = view.plan;
    partyLabel = partyName(source, s.party);
    // The person, a guardian and the legal representative see the whole plan.
    restricted = plan.network !== source.network;
  }
  const stage = planStage(plan);
  // The coordinator's panel belongs to the staff's own document: not to a party's copy or the person's version.
  const own = s.party === undefined && !s.readonly && s.reader === 'staff';
  const signers = signersOf(plan);
  return {
    plan,
    doc: planDocument(plan, s.now, { restricted }),
    reader: s.reader,
    party: s.party,
    partyLabel,
    canWrite: own && isContentEditable(plan),
    canSign: own && (stage === 'draft' || stage === 'signed' || stage === 'locked'),
    today: s.today,
    requirements: requirementsOf(plan, s.now),
    warnings: warningsOf(plan, s.now),
    drafts: s.drafts,
    signers,
    signer: signers.some((x) => x.key === s.signer && !x.signedAt) ? s.signer : (signers.find((x) => !x.signedAt)?.key ?? ''),
    method: s.method,
    opError: s.opError,
  };
}
