/**
 * Domain terms, one message id each (the staff words: huvudman, närstående, insats …). Import
 * as a namespace: `import * as term from '../../shared/terms'` → `term.principal()`.
 */
import { msg } from '@lit/localize';

export const principal = (): string => msg('Huvudman', { id: 'term.principal' });
export const region = (): string => msg('Region', { id: 'term.region' });
export const municipality = (): string => msg('Kommun', { id: 'term.municipality' });
export const otherPrincipal = (): string => msg('Annan huvudman', { id: 'term.otherPrincipal' });
export const relative = (): string => msg('Närstående', { id: 'term.relative' });
export const consent = (): string => msg('Samtycke', { id: 'term.consent' });
export const decision = (): string => msg('Beslut', { id: 'term.decision' });
export const thePerson = (): string => msg('personen själv', { id: 'term.thePerson' });
export const oneActivity = (): string => msg('1 insats', { id: 'term.oneActivity' });

