import { css } from 'lit';
import { baseStyles } from '../../shared/tokens';

/**
 * The element's `static styles`: what the shell shows before a plan has arrived (the base
 * styles, the invalid-plan alert) and the colour properties. The rest (view.styles.ts) loads with the
 * view.
 */
export const networkMapStyles = [
  baseStyles,
  css`
    :host {
      --_ring: var(--sip-network-map-ring-fill, #ffffff);
      --_tint: var(--sip-network-map-sector-tint, #eef1f5);
      --_line: var(--sip-network-map-line, #9aa1ab);
      --_person: var(--sip-network-map-person, #fff4d6);
      --_drop: var(--sip-network-map-drop, #cfe3f7);
    }
  `,
];
