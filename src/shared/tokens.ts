import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens. Hosts theme every element by setting these `--sip-*` custom
 * properties on any ancestor; each has a default that meets WCAG AA contrast on white.
 * Elements read them through `token.x`, which expands to `var(--sip-x, default)`.
 */
export const TOKEN_DEFAULTS = {
  'color-text': '#1b1b1f',
  'color-text-muted': '#4a4f57',
  'color-bg': '#ffffff',
  'color-surface': '#f4f5f7',
  'color-border': '#767b84',
  'color-accent': '#0b5cad',
  'color-accent-text': '#ffffff',
  // Violet: 7.6:1 on white, 7.0:1 on the surface, and unlike the danger red and the accent blue for
  // typical and colour-blind vision (test/shared/tokens.node.test.ts).
  'color-focus': '#5b2bd6',
  'color-success': '#1e6b34',
  'color-warning': '#8a5300',
  'color-danger': '#b3261e',
  'color-region': '#0b5cad',
  'color-municipality': '#7a3e9d',
  'color-other': '#4d6b1f',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'font-size': '1rem',
  'font-size-small': '0.875rem',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-6': '1.5rem',
  radius: '0.375rem',
  'focus-width': '3px',
  /** The one control size: minimum height (and width) of every button and input, a 44 px touch target. */
  'control-size': '2.75rem',
} as const;

export type TokenName = keyof typeof TOKEN_DEFAULTS;

type TokenMap = { readonly [K in TokenName as CamelCase<K>]: CSSResult };
type CamelCase<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<CamelCase<B>>}` : S;

const camel = (s: string) => s.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `token.colorText` → `var(--sip-color-text, #1b1b1f)`, for use inside `css` templates. */
export const token = Object.fromEntries(
  Object.entries(TOKEN_DEFAULTS).map(([name, value]) => [camel(name), unsafeCSS(`var(--sip-${name}, ${value})`)]),
) as unknown as TokenMap;

/** Styles every element shares: box model, typography, focus ring, the visually-hidden helper. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: ${token.colorText};
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize};
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: ${token.focusWidth} solid ${token.colorFocus};
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .sip-alert {
    border: 2px solid ${token.colorDanger};
    border-radius: ${token.radius};
    padding: ${token.space3} ${token.space4};
    background: ${token.colorBg};
    color: ${token.colorText};
  }
  .sip-alert h2 {
    font-size: 1.1em;
    margin: 0 0 ${token.space2};
  }
  .sip-alert ul {
    margin: 0;
    padding-inline-start: ${token.space6};
  }
  .sip-alert code {
    font-size: ${token.fontSizeSmall};
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .sip-alert {
      border-color: CanvasText;
    }
  }
`;
