/**
 * The words for roles and "other" principals, shared by the views that name them (the network
 * map, the activity list, the plan document). Apart from terms.ts so that element shells, which
 * import terms.ts, do not carry them in the first load.
 */
import { msg } from '@lit/localize';
import type { OtherPrincipal, Role } from '../model/constants';
import { otherPrincipal } from './terms';

/** A role in the plan: the same words in the map, the list, the document and the follow-up. */
export function roleName(r: Role): string {
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
