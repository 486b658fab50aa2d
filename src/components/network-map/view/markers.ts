/** The entries and "+N" groups on the map: one focusable button each, in the roving tab order. */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { canConvene, type NetworkEntry, type SipPlan } from '../../../model';
import { invitedIcon, roleIcon } from '../icons';
import { ringLabel } from '../labels';
import { round, type Layout } from '../layout';
import { describe, principalBadge, sectorName, type Vm } from './common';

/** Marker shapes around the origin: a circle (people) and a rounded square (units, organisations). */
const CIRCLE = 'M-5.5 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0z';
const SQUARE = 'M-3 -5h6a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2h-6a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2z';

/**
 * Placed entries in the plan's order: the DOM order stays put when the layout shifts, so a
 * focused marker is never moved in the DOM (which would take its focus away).
 */
function inPlanOrder(layout: Layout, plan: SipPlan): Layout['placed'] {
  const byId = new Map(layout.placed.map((p) => [p.id, p]));
  return plan.network.map((e) => byId.get(e.id)).filter((p): p is Layout['placed'][number] => !!p);
}

function entryMarker(vm: Vm, p: Layout['placed'][number], e: NetworkEntry, focusKey: string | undefined): SVGTemplateResult {
  const M = vm.layout.metrics;
  const d = vm.drag;
  const key = `e:${p.id}`;
  const dragging = d?.active && d.id === p.id;
  const dx = dragging ? round(d.x - d.startX) : 0;
  const dy = dragging ? round(d.y - d.startY) : 0;
  const badges: SVGTemplateResult[] = [];
  let bx = p.badgeX;
  const at = () => round(bx - p.x + 0.5);
  if (e.principal) {
    badges.push(principalBadge(e.principal.kind, at(), -4.5));
    bx += M.badge;
  }
  for (const r of e.roles) {
    badges.push(roleIcon(r, at(), -4.5));
    bx += M.badge;
  }
  if (e.invited) badges.push(invitedIcon(at(), -4.5));
  const pk = e.principal?.kind ?? 'none';
  const unitLike = e.kind === 'unit' || e.kind === 'organisation';
  const anchor = p.side === 'right' ? 'start' : 'end';
  // The accessible name is the full name (it contains the visible label, WCAG 2.5.3); the rest
  // is the description (<title>, also the tooltip). A cut name shows in full on focus and hover.
  return svg`<g
    class=${`entry p-${pk}${p.truncated ? ' cut' : ''}${vm.selected === p.id ? ' selected' : ''}${dragging ? ' dragged' : ''}`}
    data-key=${key}
    role="button"
    tabindex=${key === focusKey ? '0' : '-1'}
    aria-label=${e.name}
    transform="translate(${round(p.x + dx)} ${round(p.y + dy)})"
  >
    <title>${describe(vm, e)}</title>
    <rect class="hit" x=${round(p.box.x - p.x - 1)} y="-8" width=${round(p.box.w + 2)} height="16" rx="3"></rect>
    <circle class=${canConvene(e) ? 'convene' : 'convene off'} r="7"></circle>
    <path class="marker" d=${unitLike ? SQUARE : CIRCLE}></path>
    <path class=${vm.covered.has(e.id) ? 'tick' : 'tick off'} d="M-2.6 .1l1.8 1.8 3.4-3.6"></path>
    ${badges.length ? svg`<g class="badges">${badges}</g>` : nothing}
    <text class="label" x=${round(p.labelX - p.x)} y="4" text-anchor=${anchor}>${p.label}</text>
    ${p.truncated ? svg`<text class="label full" x=${round(p.labelX - p.x)} y="4" text-anchor=${anchor}>${e.name}</text>` : nothing}
  </g>`;
}

export function renderMarkers(vm: Vm, focusKey: string | undefined): SVGTemplateResult {
  const { layout, plan } = vm;
  const M = layout.metrics;
  const byId = new Map(plan.network.map((e) => [e.id, e]));
  return svg`<g class="entries">
    ${repeat(inPlanOrder(layout, plan), (p) => p.id, (p) => entryMarker(vm, p, byId.get(p.id)!, focusKey))}
    ${repeat(layout.groups, (g) => `${g.sector}:${g.ring}`, (g) => {
      const key = `group:${g.sector}:${g.ring}`;
      const name = msg(str`${g.ids.length} till i ${ringLabel(g.ring)}, ${sectorName(vm, g.sector)}`, { id: 'network.group.aria' });
      return svg`<g class=${`entry group${vm.selected === key ? ' selected' : ''}`} data-key=${key} role="button" tabindex=${key === focusKey ? '0' : '-1'} aria-label=${name}>
        <rect class="hit" x=${round(g.box.x - 1)} y=${round(g.box.y - 1)} width=${round(g.box.w + 2)} height=${round(g.box.h + 2)} rx="3"></rect>
        <circle class="marker more" cx=${g.x} cy=${g.y} r=${M.markerRadius}></circle>
        <text class="label" x=${round(g.labelX)} y=${round(g.labelY)} text-anchor=${g.side === 'right' ? 'start' : 'end'}>${msg(str`+${g.ids.length} till`, { id: 'network.group.label' })}</text>
      </g>`;
    })}
  </g>`;
}
