import type { NetworkEntry, Principal } from './schema';

/**
 * Whether a principal can convene (kalla till) a SIP. Region and municipality can; so can a
 * private provider under contract with one of them (bound like them). Others (employment
 * service, social insurance, school, prison and probation, voluntary organisations, personal
 * ombudsman) take part with consent but cannot convene.
 */
export function principalCanConvene(principal: Principal | undefined): boolean {
  if (!principal) return false;
  if (principal.kind === 'region' || principal.kind === 'municipality') return true;
  return principal.other === 'private-provider' && principal.contractedBy !== undefined;
}

/** Whether this network entry can convene a SIP (derived from its principal). */
export function canConvene(entry: Pick<NetworkEntry, 'kind' | 'principal'>): boolean {
  if (entry.kind === 'relative' || entry.kind === 'friend') return false;
  return principalCanConvene(entry.principal);
}

/** Roles that only a professional or a unit can hold. */
export const PROFESSIONAL_ROLES = ['coordinator', 'fixedCareContact', 'responsibleDoctor'] as const;

export function findCoordinator(network: readonly NetworkEntry[]): NetworkEntry | undefined {
  return network.find((e) => e.roles.includes('coordinator'));
}

export function entriesWithRole(network: readonly NetworkEntry[], role: NetworkEntry['roles'][number]): NetworkEntry[] {
  return network.filter((e) => e.roles.includes(role));
}
