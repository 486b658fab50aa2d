/**
 * Localized labels for statuses, principals, performers and due dates. Functions, not
 * constants, so they follow the language at render time.
 */
import { msg, str } from '@lit/localize';
import type { ActivityStatus, PerformerKind } from '../../model/constants';
import type { NetworkEntry, Performer, Principal, SipPlan } from '../../model/schema';
import { activityStatusLabel } from '../../model/activity-labels';
import { getLocale } from '../../shared/i18n';
import * as term from '../../shared/terms';
import * as planTerm from '../../shared/plan-terms';

/**
 * The status in the words staff know from Prator ("Ej påbörjad", "Pågår", "Klart", "Ej
 * genomförd"): the model's table is the one source (see docs/rationale/activity-status-list.md),
 * read in the element's language.
 */
export function statusLabel(status: ActivityStatus): string {
  return activityStatusLabel(status, getLocale());
}

export function principalKindLabel(principal: Principal): string {
  if (principal.kind === 'region') return term.region();
  if (principal.kind === 'municipality') return term.municipality();
  if (principal.other === 'private-provider' && principal.contractedBy === 'region') {
    return msg('Privat utförare åt regionen', { id: 'activities.principal.privateRegion' });
  }
  if (principal.other === 'private-provider' && principal.contractedBy === 'municipality') {
    return msg('Privat utförare åt kommunen', { id: 'activities.principal.privateMunicipality' });
  }
  return planTerm.otherPrincipalKind(principal.other);
}

/** The principal's name when known, else its kind. */
export function principalLabel(principal: Principal | undefined): string {
  if (!principal) return msg('Huvudman saknas', { id: 'activities.principal.missing' });
  return principal.name?.trim() || principalKindLabel(principal);
}

/** Name and kind together, e.g. "Omsorgshuset AB (Privat utförare åt kommunen)". */
export function principalFullLabel(principal: Principal | undefined): string {
  if (!principal) return principalLabel(principal);
  const kind = principalKindLabel(principal);
  const name = principal.name?.trim();
  return name && name !== kind ? `${name} (${kind})` : kind;
}

export function performerKindLabel(kind: PerformerKind): string {
  switch (kind) {
    case 'unit':
      return msg('enhet', { id: 'activities.performer.unit' });
    case 'person':
      return term.thePerson();
    case 'relative':
      return msg('närstående', { id: 'activities.performer.relative' });
    case 'organisation':
      return msg('annan organisation', { id: 'activities.performer.organisation' });
    default:
      return String(kind);
  }
}

/** Who performs the activity, in words: a name (from the network when only an id is given) and the kind. */
export function performerText(performer: Performer | undefined, plan: SipPlan, entries: ReadonlyMap<string, NetworkEntry>): string {
  if (!performer) return '';
  let name = performer.name?.trim();
  if (!name && performer.entryId) name = entries.get(performer.entryId)?.name;
  if (!name && performer.kind === 'person') name = plan.person.preferredName || plan.person.name;
  const kind = performerKindLabel(performer.kind);
  return name ? `${name} (${kind})` : kind;
}

/** "Försenad 3 dagar" / "Klar om 2 dagar" / "Ska vara klar i dag". */
export function dueText(state: 'overdue' | 'soon', daysLeft: number): string {
  if (state === 'overdue') {
    const n = -daysLeft;
    return n === 1 ? msg('Försenad 1 dag', { id: 'activities.due.overdueOne' }) : msg(str`Försenad ${n} dagar`, { id: 'activities.due.overdueMany' });
  }
  if (daysLeft === 0) return msg('Ska vara klar i dag', { id: 'activities.due.today' });
  return daysLeft === 1
    ? msg('Ska vara klar i morgon', { id: 'activities.due.tomorrow' })
    : msg(str`Ska vara klar om ${daysLeft} dagar`, { id: 'activities.due.soonMany' });
}
