import { msg, str } from '@lit/localize';
import type { NetworkEntry, NetworkKind, Principal } from '../../model';
import * as term from '../../shared/terms';

/** A host-configured sector: an id, optionally with its own (already localized) label. */
export type SectorSpec = string | { id: string; label: string };

/** The localized label of a sector id (the default sectors have ours; others show their id). */
export function sectorLabel(id: string, specs: readonly SectorSpec[] = []): string {
  for (const s of specs) if (typeof s === 'object' && s && s.id === id && s.label) return s.label;
  switch (id) {
    case 'family':
      return msg('Familj och släkt', { id: 'network.sector.family' });
    case 'friends':
      return msg('Vänner och fritid', { id: 'network.sector.friends' });
    case 'school-work':
      return msg('Skola eller arbete', { id: 'network.sector.schoolWork' });
    case 'municipality':
      return term.municipality();
    case 'region':
      return term.region();
    case 'other':
      return msg('Andra organisationer', { id: 'network.sector.other' });
    default:
      return id;
  }
}

export function kindLabel(kind: NetworkKind): string {
  switch (kind) {
    case 'relative':
      return term.relative();
    case 'friend':
      return msg('Vän', { id: 'network.kind.friend' });
    case 'professional':
      return msg('Yrkesperson', { id: 'network.kind.professional' });
    case 'unit':
      return msg('Verksamhet', { id: 'network.kind.unit' });
    default:
      return msg('Organisation', { id: 'network.kind.organisation' });
  }
}

export function principalKindLabel(kind: Principal['kind'] | 'none'): string {
  switch (kind) {
    case 'region':
      return term.region();
    case 'municipality':
      return term.municipality();
    case 'other':
      return term.otherPrincipal();
    default:
      return msg('Ingen huvudman', { id: 'network.principal.none' });
  }
}

/** "Region (Region Västmanland)" or "Ingen huvudman". */
export function principalText(entry: Pick<NetworkEntry, 'principal'>): string {
  const p = entry.principal;
  if (!p) return principalKindLabel('none');
  const kind = principalKindLabel(p.kind);
  return p.name && p.name !== kind ? `${kind} (${p.name})` : kind;
}

export function ringLabel(ring: number): string {
  return msg(str`Ring ${ring}`, { id: 'network.ring' });
}
