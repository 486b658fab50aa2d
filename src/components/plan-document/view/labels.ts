/**
 * The document's words: principals, roles, stages, reasons. Functions, so each is looked up in
 * the active language at render time.
 */
import { msg, str } from '@lit/localize';
import type { ClosureReason, Principal, Signature, Voided } from '../../../model';
import type { PlanStage } from '../../../model/plan-stage';
import * as term from '../../../shared/terms';
import * as planTerm from '../../../shared/plan-terms';

/** A principal's name, else its kind ("Region", "Kommun", "Försäkringskassan"). */
export function principalName(p: Principal | undefined): string {
  if (!p) return msg('Ingen huvudman angiven', { id: 'document.principal.none' });
  if (p.name) return p.name;
  if (p.kind === 'region') return term.region();
  if (p.kind === 'municipality') return term.municipality();
  return planTerm.otherPrincipalKind(p.other);
}

/** What kind of principal, for a group heading's second line. */
export function principalKind(p: Principal | undefined): string {
  if (!p) return '';
  if (p.kind === 'region') return term.region();
  if (p.kind === 'municipality') return term.municipality();
  const kind = planTerm.otherPrincipalKind(p.other);
  if (p.contractedBy === 'region') return msg(str`${kind}, på uppdrag av regionen`, { id: 'document.principal.forRegion' });
  if (p.contractedBy === 'municipality') return msg(str`${kind}, på uppdrag av kommunen`, { id: 'document.principal.forMunicipality' });
  return kind;
}

export function stageLabel(stage: PlanStage): string {
  switch (stage) {
    case 'draft':
      return msg('Utkast', { id: 'document.stage.draft' });
    case 'signed':
      return msg('Signerad, inte låst', { id: 'document.stage.signed' });
    case 'locked':
      return msg('Signerad och låst', { id: 'document.stage.locked' });
    case 'closed':
      return msg('Avslutad', { id: 'document.stage.closed' });
    case 'voided':
      return msg('Makulerad', { id: 'document.stage.voided' });
  }
}

export function closureReason(reason: ClosureReason): string {
  switch (reason) {
    case 'goalsMet':
      return msg('Målen är nådda.', { id: 'document.closure.goalsMet' });
    case 'noLongerNeeded':
      return msg('Samordningen behövs inte längre.', { id: 'document.closure.noLongerNeeded' });
    case 'consentWithdrawn':
      return msg('Samtycket återkallades.', { id: 'document.closure.consentWithdrawn' });
  }
}

export function voidedReason(v: Voided): string {
  switch (v.reason) {
    case 'revised':
      return v.replacedByVersion !== undefined
        ? msg(str`Ersatt av version ${v.replacedByVersion}.`, { id: 'document.voided.revisedBy' })
        : msg('Ersatt av en ny version.', { id: 'document.voided.revised' });
    case 'consentWithdrawn':
      return msg('Samtycket återkallades.', { id: 'document.voided.consentWithdrawn' });
    default:
      return msg('Makulerad av annat skäl.', { id: 'document.voided.other' });
  }
}

export function signatureRole(s: Pick<Signature, 'role'>): string {
  switch (s.role) {
    case 'coordinator':
      return planTerm.roleName('coordinator');
    case 'person':
      return msg('Personen själv', { id: 'document.signer.person' });
    case 'guardian':
      return msg('Vårdnadshavare', { id: 'document.signer.guardian' });
    case 'legalRepresentative':
      return msg('Legal företrädare', { id: 'document.signer.legalRepresentative' });
    default:
      return msg('Part', { id: 'document.signer.party' });
  }
}

export function consentStatusLabel(status: string): string {
  switch (status) {
    case 'active':
      return msg('Gäller', { id: 'document.consent.active' });
    case 'expiring':
      return msg('Gäller, går snart ut', { id: 'document.consent.expiring' });
    case 'expired':
      return msg('Har gått ut', { id: 'document.consent.expired' });
    case 'withdrawn':
      return msg('Återkallat', { id: 'document.consent.withdrawn' });
    case 'refused':
      return msg('Inget samtycke (nej)', { id: 'document.consent.refused' });
    default:
      return msg('Gäller inte ännu', { id: 'document.consent.none' });
  }
}
