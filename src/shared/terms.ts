/**
 * Domain terms, one message id each (the staff words: huvudman, närstående, insats …). Import
 * as a namespace: `import * as term from '../../shared/terms'` → `term.principal()`.
 */
import { msg } from '@lit/localize';
import type { OtherPrincipal, Role } from '../model/constants';

export const principal = (): string => msg('Huvudman', { id: 'term.principal' });
export const region = (): string => msg('Region', { id: 'term.region' });
export const municipality = (): string => msg('Kommun', { id: 'term.municipality' });
export const otherPrincipal = (): string => msg('Annan huvudman', { id: 'term.otherPrincipal' });
export const relative = (): string => msg('Närstående', { id: 'term.relative' });
export const consent = (): string => msg('Samtycke', { id: 'term.consent' });
export const decision = (): string => msg('Beslut', { id: 'term.decision' });
export const thePerson = (): string => msg('personen själv', { id: 'term.thePerson' });
export const oneActivity = (): string => msg('1 insats', { id: 'term.oneActivity' });

/** A role in the plan: the same words in the map, the list, the document and the follow-up. */
export function role(r: Role): string {
  switch (r) {
    case 'coordinator':
      return msg('Samordningsansvarig', { id: 'term.role.coordinator' });
    case 'fixedCareContact':
      return msg('Fast vårdkontakt', { id: 'term.role.fixedCareContact' });
    case 'responsibleDoctor':
      return msg('Ansvarig läkare', { id: 'term.role.responsibleDoctor' });
    default:
      return msg('Mötesledare', { id: 'term.role.meetingLeader' });
  }
}

/** Which "other" principal (Principal.other): a known kind's name, else "Annan huvudman". */
export function otherPrincipalKind(kind: OtherPrincipal | string | undefined): string {
  switch (kind) {
    case 'employment-service':
      return msg('Arbetsförmedlingen', { id: 'term.other.employmentService' });
    case 'social-insurance':
      return msg('Försäkringskassan', { id: 'term.other.socialInsurance' });
    case 'school':
      return msg('Skola', { id: 'term.other.school' });
    case 'prison-probation':
      return msg('Kriminalvården', { id: 'term.other.prisonProbation' });
    case 'voluntary':
      return msg('Frivilligorganisation', { id: 'term.other.voluntary' });
    case 'private-provider':
      return msg('Privat utförare', { id: 'term.other.privateProvider' });
    case 'personal-ombudsman':
      return msg('Personligt ombud', { id: 'term.other.personalOmbudsman' });
    case 'individual':
      return msg('Personen själv eller närstående', { id: 'term.other.individual' });
    default:
      return otherPrincipal();
  }
}
