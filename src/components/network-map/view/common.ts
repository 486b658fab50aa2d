/** Small pieces every part of the view uses: icons next to text, the principal letter, descriptions. */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { canConvene, type NetworkEntry, type Principal, type Role } from '../../../model';
import { invitedIcon, roleIcon } from '../icons';
import { kindLabel, principalText, ringLabel, sectorLabel } from '../labels';
import { roleName } from '../../../shared/plan-terms';
import type { NetworkMapViewModel } from '../types';

export type Vm = Readonly<NetworkMapViewModel>;

export const sectorName = (vm: Vm, id: string): string => sectorLabel(id, vm.sectors);

/** An icon before text (aria-hidden: the text says it). */
export function icon(what: Role | 'invited'): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 9 9" aria-hidden="true">${what === 'invited' ? invitedIcon() : roleIcon(what)}</svg>`;
}

/**
 * The letter that tells the principal without colour (WCAG 1.4.1): R(egion), K(ommun),
 * A(nnan) — in English R, M, O.
 */
export function principalLetter(kind: Principal['kind']): string {
  switch (kind) {
    case 'region':
      return msg('R', { id: 'network.principal.letter.region' });
    case 'municipality':
      return msg('K', { id: 'network.principal.letter.municipality' });
    default:
      return msg('A', { id: 'network.principal.letter.other' });
  }
}

/** The principal badge, a 9 × 9 box with the letter, drawn from its top-left corner. */
export function principalBadge(kind: Principal['kind'], x = 0, y = 0): SVGTemplateResult {
  // aria-hidden: a badge, not a word of the entry's label (the description names the principal).
  return svg`<g class=${`principal p-${kind}`} aria-hidden="true" transform="translate(${x} ${y})"><rect class="badge-box" x=".25" y=".25" width="8.5" height="8.5" rx="1.5"></rect><text class="badge-letter" x="4.5" y="7.2" text-anchor="middle">${principalLetter(kind)}</text></g>`;
}

/** The full description of an entry (its name is the accessible name; this is the rest). */
export function describe(vm: Vm, e: NetworkEntry): string {
  const parts = [e.name, e.relation || kindLabel(e.kind), principalText(e), `${ringLabel(e.map.ring)}, ${sectorName(vm, e.map.sector)}`];
  for (const r of e.roles) parts.push(roleName(r));
  parts.push(e.invited ? msg('inbjuden', { id: 'network.desc.invited' }) : msg('inte inbjuden', { id: 'network.desc.notInvited' }));
  if (vm.covered.has(e.id)) parts.push(msg('omfattas av samtycket', { id: 'network.desc.covered' }));
  if (canConvene(e)) parts.push(msg('kan kalla till SIP', { id: 'network.desc.canConvene' }));
  return parts.join(', ');
}

/** The sector ids of the layout, in drawing order. */
export const layoutSectors = (vm: Vm): string[] => vm.layout.sectors.map((s) => s.id);

/** Sector and ring choices for an entry (details and table). */
export function sectorOptions(vm: Vm, current: string): TemplateResult[] {
  return layoutSectors(vm).map((s) => html`<option value=${s} ?selected=${s === current}>${sectorName(vm, s)}</option>`);
}
