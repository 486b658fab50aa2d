import { svg, type SVGTemplateResult } from 'lit';
import type { Role } from '../../model';

/**
 * Small icons, each drawn in a 9 × 9 box from its top-left corner, in `currentColor`. The same
 * paths are used on the map, in the legend, the details and the table (always next to text).
 */
const ROLE_PATHS: Record<Role, string> = {
  coordinator: 'M4.5 .3l1.3 2.7 2.9.4-2.1 2 .5 2.9-2.6-1.4-2.6 1.4.5-2.9-2.1-2 2.9-.4z',
  fixedCareContact: 'M4.5 8.4 1 5A2.1 2.1 0 0 1 4.5 1.9 2.1 2.1 0 0 1 8 5z',
  responsibleDoctor: 'M3.3 .6h2.4v2.7h2.7v2.4H5.7v2.7H3.3V5.7H.6V3.3h2.7z',
  meetingLeader: 'M1 .4h1.3v8.2H1zM2.3 .9h5.9L6.7 3l1.5 2.1H2.3z',
};

export function roleIcon(role: Role, x = 0, y = 0): SVGTemplateResult {
  return svg`<path class="icon-${role}" transform="translate(${x} ${y})" d=${ROLE_PATHS[role]}></path>`;
}

export function invitedIcon(x = 0, y = 0): SVGTemplateResult {
  return svg`<g class="icon-invited" transform="translate(${x} ${y})"><rect x=".6" y="1.6" width="7.8" height="5.8" rx=".6"></rect><path d="M.9 2.1 4.5 5l3.6-2.9"></path></g>`;
}

/** The consent tick drawn inside a marker centred at the origin. */
export const consentTick = svg`<path class="tick" d="M-2.6 .1l1.8 1.8 3.4-3.6"></path>`;
