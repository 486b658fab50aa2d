/** The circle itself: five sectors sized by planned time, the progress ring and the hub. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { MEETING_PARTS, type ClockView } from '../clock';
import { partLabel } from '../labels';

// Room around the ring for the part names (SKR's printed circle names the parts on it).
const SIZE = 290;
const C = SIZE / 2;
const R = 96;
const RING = 110;
/** Baseline of a name on the upper half (letters stand outwards) and the lower half (inwards). */
const NAME_UP = 121;
const NAME_DOWN = 133;
/** Average width of a letter of a name, in circle units (font size 11.5). */
const LETTER = 6.6;

function point(fraction: number, radius: number): [number, number] {
  const a = fraction * 2 * Math.PI - Math.PI / 2;
  return [C + radius * Math.cos(a), C + radius * Math.sin(a)];
}

function sectorPath(from: number, to: number, radius: number): string {
  if (to - from >= 0.9999) return `M ${C - radius} ${C} a ${radius} ${radius} 0 1 1 ${radius * 2} 0 a ${radius} ${radius} 0 1 1 ${-radius * 2} 0 Z`;
  const [x1, y1] = point(from, radius);
  const [x2, y2] = point(to, radius);
  const large = to - from > 0.5 ? 1 : 0;
  return `M ${C} ${C} L ${x1.toFixed(2)} ${y1.toFixed(2)} A ${radius} ${radius} 0 ${large} 1 ${x2.toFixed(2)} ${y2.toFixed(2)} Z`;
}

function arcPath(to: number, radius: number): string {
  if (to <= 0) return '';
  if (to >= 0.9999) return `M ${C} ${C - radius} a ${radius} ${radius} 0 1 1 0 ${radius * 2} a ${radius} ${radius} 0 1 1 0 ${-radius * 2}`;
  const [x, y] = point(to, radius);
  return `M ${C} ${C - radius} A ${radius} ${radius} 0 ${to > 0.5 ? 1 : 0} 1 ${x.toFixed(2)} ${y.toFixed(2)}`;
}

/** Where part `i` stands: before the start every part is upcoming, after the end every one done. */
export function partState(v: ClockView, i: number): 'done' | 'current' | 'upcoming' {
  if (v.status === 'idle') return 'upcoming';
  if (v.status === 'ended' || i < v.index) return 'done';
  return i === v.index ? 'current' : 'upcoming';
}

/** An arc along `from`–`to` that text reads left to right on: clockwise on top, anticlockwise below. */
function namePath(from: number, to: number): string {
  const mid = (from + to) / 2;
  const below = mid > 0.25 && mid < 0.75;
  const r = below ? NAME_DOWN : NAME_UP;
  const [a, b] = below ? [to, from] : [from, to];
  const [x1, y1] = point(a, r);
  const [x2, y2] = point(b, r);
  return `M ${x1.toFixed(2)} ${y1.toFixed(2)} A ${r} ${r} 0 ${to - from > 0.5 ? 1 : 0} ${below ? 0 : 1} ${x2.toFixed(2)} ${y2.toFixed(2)}`;
}

/** The part names around the ring, each on its sector; a name longer than its arc is left out (the number stays). */
function renderNames(v: ClockView, total: number): (TemplateResult | typeof nothing)[] {
  let from = 0;
  return MEETING_PARTS.map((part, i) => {
    const share = v.planned[i]! / total;
    const start = from;
    from += share;
    const name = partLabel(part);
    if (share <= 0 || name.length * LETTER > share * 2 * Math.PI * NAME_UP * 0.92) return nothing;
    const state = partState(v, i);
    return svg`<path id="name-arc-${i}" class="name-arc" d=${namePath(start, start + share)}></path>
      <text class="part-name ${state}"><textPath href="#name-arc-${i}" startOffset="50%">${name}</textPath></text>`;
  });
}

export function renderCircle(v: ClockView): TemplateResult {
  const total = v.meetingPlanned || 1;
  let from = 0;
  const over = v.partOverrun > 0 && v.status !== 'ended';
  const sectors = MEETING_PARTS.map((_, i) => {
    const share = v.planned[i]! / total;
    const start = from;
    from += share;
    if (share <= 0) return nothing;
    const state = partState(v, i);
    const [lx, ly] = point(start + share / 2, R * 0.68);
    return svg`<path class="sector ${state} ${state === 'current' && over ? 'over' : ''}" d=${sectorPath(start, start + share, R)}></path>
        ${share >= 0.05 ? svg`<text class="sector-label ${state === 'current' ? 'current' : ''}" x=${lx.toFixed(1)} y=${ly.toFixed(1)}>${i + 1}</text>` : nothing}`;
  });
  const progress = v.status === 'idle' ? 0 : v.progress;
  return html`<svg part="circle" viewBox="0 0 ${SIZE} ${SIZE}" aria-hidden="true" focusable="false">
    ${sectors} ${renderNames(v, total)}
    <circle class="track" cx=${C} cy=${C} r=${RING}></circle>
    ${progress > 0 ? svg`<path class="progress ${v.meetingOverrun > 0 ? 'over' : ''}" d=${arcPath(progress, RING)}></path>` : nothing}
    <circle class="hub" cx=${C} cy=${C} r="30"></circle>
    <text class="hub-text" x=${C} y=${C}>${v.index + 1}/${MEETING_PARTS.length}</text>
  </svg>`;
}
