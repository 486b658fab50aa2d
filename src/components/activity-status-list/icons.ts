/**
 * Small inline icons. Decorative (`aria-hidden`): every icon sits next to text that says the
 * same, so status and due state never rely on colour or shape alone. Drawn with
 * `currentColor`, so forced-colours mode keeps them visible.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { ActivityStatus } from '../../model/constants';

export const STATUS_ICONS: Record<ActivityStatus, SVGTemplateResult> = {
  planned: svg`<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/>`,
  ongoing: svg`<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor"/>`,
  done: svg`<path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`,
  paused: svg`<rect x="4" y="3" width="2.8" height="10" fill="currentColor"/><rect x="9.2" y="3" width="2.8" height="10" fill="currentColor"/>`,
  cancelled: svg`<path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>`,
};

export const OVERDUE_ICON = svg`<path d="M8 1.5L15 14H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M8 6v4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="12" r="1" fill="currentColor"/>`;

export const SOON_ICON = svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4.5V8l2.5 2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`;
