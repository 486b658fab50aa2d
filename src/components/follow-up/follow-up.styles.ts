import { css } from 'lit';
import { baseStyles, token } from '../../shared/tokens';
import { controlStyles } from '../../shared/controls.styles';

/** The follow-up's layout; controls, fields and errors come from the kit. */
export const followUpStyles = [
  baseStyles,
  controlStyles,
  css`
    .base {
      display: grid;
      gap: ${token.space4};
      min-inline-size: 0;
      overflow-wrap: anywhere;
      container-type: inline-size;
    }
    h2 {
      font-size: 1.25em;
      margin: 0 0 ${token.space1};
    }
    h3 {
      font-size: 1.1em;
      margin: 0 0 ${token.space2};
    }
    h4 {
      font-size: 1em;
      margin: 0 0 ${token.space1};
    }
    p {
      margin: 0 0 ${token.space2};
    }
    .muted {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }
    .status {
      --_c: ${token.colorAccent};
      border: 1px solid ${token.colorBorder};
      border-inline-start: 0.5rem solid var(--_c);
      border-radius: ${token.radius};
      background: ${token.colorSurface};
      padding: ${token.space3} ${token.space4};
    }
    .status p {
      margin: 0;
    }
    .status .button-row {
      margin-block-start: ${token.space3};
    }
    .status-ended {
      --_c: ${token.colorTextMuted};
    }
    .status-waiting {
      --_c: ${token.colorWarning};
    }
    .checklist,
    .record,
    .history {
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      padding: ${token.space3} ${token.space4};
      min-inline-size: 0;
    }
    .summary {
      font-weight: 600;
    }
    .summary.missing {
      color: var(--sip-follow-up-missing, ${token.colorWarning});
    }
    .people,
    .todo,
    .entries,
    .notify-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .principal + .principal {
      margin-block-start: ${token.space3};
    }
    .person {
      --_c: var(--sip-follow-up-done, ${token.colorSuccess});
      border-inline-start: 0.3rem solid var(--_c);
      padding: ${token.space1} ${token.space3};
      margin-block-end: ${token.space2};
    }
    .person.missing {
      --_c: var(--sip-follow-up-missing, ${token.colorWarning});
      background: ${token.colorSurface};
    }
    .person .who {
      margin: 0;
    }
    .person .mark {
      font-weight: 700;
      color: var(--_c);
    }
    .todo {
      margin-block-start: ${token.space1};
      padding-inline-start: ${token.space2};
    }
    /* Each activity is a link-styled button (to it in the list) with its status beside it. */
    .todo li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: ${token.space2};
    }
    form {
      display: grid;
      gap: ${token.space3};
    }
    /* Block flow, not grid: WebKit lays a grid fieldset's legend out at the container's full
       width, so at 320 px it sticks out past the padding. */
    .choices > :not(legend) + * {
      margin-block-start: ${token.space1};
    }
    .choice {
      display: flex;
      gap: ${token.space2};
      align-items: center;
      min-block-size: ${token.controlSize};
    }
    .closure {
      display: grid;
      gap: ${token.space3};
    }
    .notify-list li::before {
      content: '– ';
    }
    .entries {
      display: grid;
      gap: ${token.space3};
    }
    .entry {
      border-block-start: 1px solid ${token.colorBorder};
      padding-block-start: ${token.space2};
    }
    .entry h4 {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2};
      align-items: baseline;
    }
    .decision {
      font-size: ${token.fontSizeSmall};
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      padding: 0 ${token.space2};
    }
    dl {
      margin: 0;
      display: grid;
      gap: ${token.space1};
    }
    dl div {
      display: grid;
      grid-template-columns: minmax(8rem, 14rem) 1fr;
      gap: ${token.space2};
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    @container (max-width: 30rem) {
      dl div {
        grid-template-columns: 1fr;
        gap: 0;
      }
    }
    @media (forced-colors: active) {
      .status,
      .person,
      .decision {
        forced-color-adjust: auto;
        border-color: CanvasText;
      }
    }
  `,
];
