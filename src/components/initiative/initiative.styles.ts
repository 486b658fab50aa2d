import { css } from 'lit';
import { baseStyles, token } from '../../shared/tokens';
import { controlStyles } from '../../shared/controls.styles';

/** The initiative's layout; buttons, fields and errors come from the kit. */
export const initiativeStyles = [
  baseStyles,
  controlStyles,
  css`
    :host {
      --_ok: var(--sip-initiative-ok, ${token.colorSuccess});
      --_warn: var(--sip-initiative-warning, ${token.colorWarning});
      --_overdue: var(--sip-initiative-overdue, ${token.colorDanger});
      container-type: inline-size;
    }
    .base {
      display: grid;
      gap: ${token.space4};
      min-inline-size: 0;
      /* Long names and reasons wrap instead of widening the element (320 px). */
      overflow-wrap: anywhere;
    }
    h2 {
      font-size: 1.35em;
      margin: 0;
    }
    h3 {
      font-size: 1.1em;
      margin: 0;
    }
    h4 {
      font-size: 1em;
      margin: 0;
    }
    p {
      margin: 0;
    }
    .muted {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
      font-weight: normal;
    }
    .note {
      padding: ${token.space2} ${token.space3};
      border-inline-start: 4px solid ${token.colorBorder};
      background: ${token.colorSurface};
    }
    .op-error,
    .why {
      color: var(--_overdue);
      font-weight: 600;
    }
    .why {
      display: block;
      font-size: ${token.fontSizeSmall};
    }
    .start,
    .sent-initiative,
    .party,
    .decline {
      display: grid;
      gap: ${token.space3};
      min-inline-size: 0;
    }
    ul.choices,
    ol.receivers {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${token.space2};
    }
    .choice {
      display: flex;
      gap: ${token.space2};
      align-items: flex-start;
      min-block-size: ${token.controlSize};
    }
    .choice label {
      flex: 1;
      min-inline-size: 0;
    }
    .choice input {
      margin-block-start: 0.2rem;
    }
    fieldset {
      display: grid;
      gap: ${token.space2};
    }
    .left-out-title {
      margin-block-start: ${token.space2};
      font-weight: 600;
    }
    .when {
      font-size: ${token.fontSizeSmall};
    }
    dl.summary {
      display: grid;
      gap: ${token.space1};
      margin: 0;
    }
    dl.summary div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token.space2};
    }
    dt {
      font-weight: 600;
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
      min-inline-size: 0;
    }
    .overdue-banner {
      padding: ${token.space2} ${token.space3};
      border: 2px solid var(--_overdue);
      border-inline-start-width: 0.5rem;
      border-radius: ${token.radius};
      color: var(--_overdue);
      font-weight: 600;
    }
    .receiver,
    .party {
      --_c: ${token.colorBorder};
      display: grid;
      gap: ${token.space2};
      padding: ${token.space3};
      border: 1px solid ${token.colorBorder};
      border-inline-start: 0.5rem solid var(--_c);
      border-radius: ${token.radius};
      background: ${token.colorBg};
      min-inline-size: 0;
    }
    .acknowledged {
      --_c: var(--_ok);
    }
    .declined {
      --_c: var(--_warn);
    }
    .overdue {
      --_c: var(--_overdue);
      border-width: 2px;
      border-inline-start-width: 0.5rem;
      border-color: var(--_overdue);
    }
    .badge {
      display: inline-block;
      padding: 0 ${token.space2};
      border: 1px solid var(--_c);
      border-radius: ${token.radius};
      color: var(--_c);
      font-weight: 600;
    }
    /* The border grey is for lines (3:1); waiting text needs the muted text colour (4.5:1). */
    .waiting .badge {
      color: ${token.colorTextMuted};
    }
    .overdue .badge {
      background: var(--_overdue);
      color: ${token.colorBg};
    }
    .decline {
      padding: ${token.space3};
      background: ${token.colorSurface};
      border-radius: ${token.radius};
    }
    .decline-title {
      font-weight: 600;
    }
    @media (forced-colors: active) {
      .receiver,
      .party,
      .overdue-banner,
      .badge {
        border-color: CanvasText;
        forced-color-adjust: auto;
      }
      .overdue .badge {
        background: Mark;
        color: MarkText;
      }
    }
  `,
];
