// First render of the `large` example (200 entries) in <sip-network-map>, against the same map
// built by hand with document.createElementNS in the same run. Both sides run the same pure
// layout (src/components/network-map/layout.ts) with the same canvas-measured label widths: the
// layout is the algorithm, not the rendering, so what the ratio shows is what the element
// (Lit templates, the side panel, validation of the input plan, event wiring) costs on top.
// The hand-built map gets the element's stylesheet and classes, so style and layout cost the same.
import '../../src/components/network-map/index';
import type { SipNetworkMap } from '../../src/components/network-map/index';
import { layoutNetwork, readingOrder, radialLine, cellPath, sectorLabelPath, round, truncate, METRICS, type Layout } from '../../src/components/network-map/layout';
import { DEFAULT_SECTORS, canConvene, coveredParties, ROLES, type NetworkEntry, type SipPlan } from '../../src/model';
import { EXAMPLE_NOW, examplePlans } from '../../src/model/examples';
import type { BrowserBench } from '../lib.mjs';
import { allNetworkMapStyles as networkMapStyles } from '../../src/components/network-map/view.styles';

const NS = 'http://www.w3.org/2000/svg';
const plan: SipPlan = { ...structuredClone(examplePlans.large), status: 'draft' };
delete (plan as { lockedAt?: string }).lockedAt;

let container: HTMLElement;
const fresh = () => {
  container = document.body.appendChild(document.createElement('div'));
  container.style.width = '1000px';
};
const clear = () => container.remove();

const ctx = document.createElement('canvas').getContext('2d')!;
const widths = new Map<string, number>();
function measure(text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    ctx.font = `${METRICS.fontSize}px ${getComputedStyle(document.body).fontFamily}`;
    w = ctx.measureText(text).width * 1.06 + 1;
    widths.set(text, w);
  }
  return w;
}

function el(name: string, attrs: Record<string, string | number>, parent: Element, text?: string): Element {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  parent.appendChild(node);
  return node;
}

const CIRCLE = 'M-5.5 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0z';
const SQUARE = 'M-3 -5h6a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2h-6a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2z';

/** The same description the element gives each marker (its <title>; the accessible name is the name). */
function describe(e: NetworkEntry, covered: Set<string>): string {
  const parts = [e.name, e.relation || e.kind, e.principal?.name ?? 'Ingen huvudman', `Ring ${e.map.ring}, ${e.map.sector}`, ...e.roles];
  parts.push(e.invited ? 'inbjuden' : 'inte inbjuden');
  if (covered.has(e.id)) parts.push('omfattas av samtycket');
  if (canConvene(e)) parts.push('kan kalla till SIP');
  return parts.join(', ');
}

const ROLE_D: Record<string, string> = {
  coordinator: 'M4.5 .3l1.3 2.7 2.9.4-2.1 2 .5 2.9-2.6-1.4-2.6 1.4.5-2.9-2.1-2 2.9-.4z',
  fixedCareContact: 'M4.5 8.4 1 5A2.1 2.1 0 0 1 4.5 1.9 2.1 2.1 0 0 1 8 5z',
  responsibleDoctor: 'M3.3 .6h2.4v2.7h2.7v2.4H5.7v2.7H3.3V5.7H.6V3.3h2.7z',
  meetingLeader: 'M1 .4h1.3v8.2H1zM2.3 .9h5.9L6.7 3l1.5 2.1H2.3z',
};

/** The element's map markup, by hand: ground, sector labels, person, entries and groups. */
function handMap(): Element {
  const layout: Layout = layoutNetwork(
    plan.network.map((e) => ({ id: e.id, sector: e.map.sector, ring: e.map.ring, label: e.name, badges: e.roles.length + (e.invited ? 1 : 0) + (e.principal ? 1 : 0) })),
    { sectors: DEFAULT_SECTORS, size: 600, measure, maxLabelWidth: 104 },
  );
  const covered = new Set(coveredParties(plan, EXAMPLE_NOW).map((e) => e.id));
  const byId = new Map<string, NetworkEntry>(plan.network.map((e) => [e.id, e]));
  const order = readingOrder(layout);
  const { size, cx, cy, ringRadii } = layout;
  // The same look: the element's stylesheet, adopted by a shadow root, and the same classes.
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = networkMapStyles.map((c) => c.styleSheet!);
  const wrap = root.appendChild(document.createElement('div'));
  const svg = el('svg', { class: 'map', viewBox: `0 0 ${size} ${size}`, role: 'group', 'aria-label': 'Nätverkskarta' }, wrap);
  el('title', {}, svg, 'Nätverkskarta');
  const ground = el('g', { class: 'ground', 'aria-hidden': 'true' }, svg);
  el('circle', { class: 'disc', cx, cy, r: round(ringRadii[3]) }, ground);
  layout.sectors.forEach((s, i) => {
    if (i % 2 === 1) el('path', { class: 'tint', d: cellPath(layout, s.id, 1) + cellPath(layout, s.id, 2) + cellPath(layout, s.id, 3) }, ground);
  });
  for (const r of [1, 2, 3, 0]) el('circle', { class: 'ring', cx, cy, r: round(ringRadii[r]!) }, ground);
  for (const s of layout.sectors) el('path', { class: 'spoke', d: radialLine(layout, s.start) }, ground);
  for (const s of layout.sectors) {
    const p = sectorLabelPath(layout, s);
    el('path', { id: `b-s${s.index}`, class: 'guide', d: p.d }, ground);
    const text = el('text', { class: 'sector-label' }, ground);
    el('textPath', { href: `#b-s${s.index}`, startOffset: '50%', 'text-anchor': 'middle' }, text, truncate(s.id, p.length - 6, 12).text);
  }
  for (const l of layout.ringLabels) {
    el('circle', { class: 'ring-no', cx: l.x, cy: l.y, r: 6.5 }, ground);
    el('text', { class: 'ring-no-text', x: l.x, y: round(l.y + 3.5), 'text-anchor': 'middle' }, ground, String(l.ring));
  }
  const person = el('g', { class: 'person', 'aria-hidden': 'true' }, svg);
  el('circle', { cx, cy, r: round(layout.centreRadius) }, person);
  el('text', { x: cx, y: round(cy + 4), 'text-anchor': 'middle' }, person, plan.person.name);
  const entries = el('g', { class: 'entries' }, svg);
  const first = order[0]?.id;
  for (const p of layout.placed) {
    const e = byId.get(p.id)!;
    const g = el('g', { class: `entry p-${e.principal?.kind ?? 'none'}`, role: 'button', tabindex: p.id === first ? 0 : -1, 'data-key': `e:${p.id}`, 'aria-label': e.name, transform: `translate(${round(p.x)} ${round(p.y)})` }, entries);
    el('title', {}, g, describe(e, covered));
    el('rect', { class: 'hit', x: round(p.box.x - p.x - 1), y: -8, width: round(p.box.w + 2), height: 16, rx: 3 }, g);
    el('circle', { class: canConvene(e) ? 'convene' : 'convene off', r: 7 }, g);
    el('path', { class: 'marker', d: e.kind === 'unit' || e.kind === 'organisation' ? SQUARE : CIRCLE }, g);
    el('path', { class: covered.has(e.id) ? 'tick' : 'tick off', d: 'M-2.6 .1l1.8 1.8 3.4-3.6' }, g);
    if (e.roles.length || e.invited || e.principal) {
      const badges = el('g', { class: 'badges' }, g);
      let bx = p.badgeX;
      if (e.principal) {
        const pb = el('g', { class: `principal p-${e.principal.kind}`, transform: `translate(${round(bx - p.x + 0.5)} -4.5)` }, badges);
        el('rect', { class: 'badge-box', x: 0.25, y: 0.25, width: 8.5, height: 8.5, rx: 1.5 }, pb);
        el('text', { class: 'badge-letter', x: 4.5, y: 7.2, 'text-anchor': 'middle' }, pb, e.principal.kind[0]!.toUpperCase());
        bx += METRICS.badge;
      }
      for (const r of e.roles) {
        el('path', { transform: `translate(${round(bx - p.x + 0.5)} -4.5)`, d: ROLE_D[r]! }, badges);
        bx += METRICS.badge;
      }
      if (e.invited) {
        const inv = el('g', { class: 'icon-invited', transform: `translate(${round(bx - p.x + 0.5)} -4.5)` }, badges);
        el('rect', { x: 0.6, y: 1.6, width: 7.8, height: 5.8, rx: 0.6 }, inv);
        el('path', { d: 'M.9 2.1 4.5 5l3.6-2.9' }, inv);
      }
    }
    el('text', { class: 'label', x: round(p.labelX - p.x), y: 4, 'text-anchor': p.side === 'right' ? 'start' : 'end' }, g, p.label);
    if (p.truncated) el('text', { class: 'label full', x: round(p.labelX - p.x), y: 4, 'text-anchor': p.side === 'right' ? 'start' : 'end' }, g, e.name);
  }
  for (const gr of layout.groups) {
    const g = el('g', { class: 'entry group', role: 'button', tabindex: -1, 'aria-label': `${gr.ids.length} till` }, entries);
    el('rect', { class: 'hit', x: round(gr.box.x - 1), y: round(gr.box.y - 1), width: round(gr.box.w + 2), height: round(gr.box.h + 2) }, g);
    el('circle', { class: 'marker more', cx: gr.x, cy: gr.y, r: METRICS.markerRadius }, g);
    el('text', { class: 'label', x: round(gr.labelX), y: round(gr.labelY) }, g, `+${gr.ids.length} till`);
  }
  // The side panel's role overview, as the element shows it.
  const list = wrap.appendChild(document.createElement('ul'));
  for (const r of ROLES) {
    const li = list.appendChild(document.createElement('li'));
    li.textContent = `${r}: ${plan.network.filter((e) => e.roles.includes(r)).map((e) => e.name).join(', ')}`;
  }
  return host;
}

const benches: BrowserBench[] = [
  {
    name: 'first render of the large example (200 entries)',
    setup: fresh,
    ours: () => {
      const map = document.createElement('sip-network-map') as SipNetworkMap;
      map.now = EXAMPLE_NOW;
      map.plan = plan;
      container.append(map);
      return map.updateComplete;
    },
    baseline: () => {
      container.append(handMap());
    },
    teardown: clear,
  },
];

export default benches;
