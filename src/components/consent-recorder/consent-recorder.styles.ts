import { css } from 'lit';
import { baseStyles, token } from '../../shared/tokens';
import { controlStyles } from '../../shared/controls.styles';

/** The recorder's layout; controls, fields, errors and the confirm dialog come from the kit. */
export const consentRecorderStyles = [
  baseStyles,
  controlStyles,
  css`
    .base {
      display: grid;
      gap: ${token.space4};
      container-type: inline-size;
      min-inline-size: 0;
    }
    h2.title {
      font-size: 1.25em;
      margin: 0;
    }
    h3 {
      font-size: 1.05em;
      margin: 0 0 ${token.space2};
    }
    p {
      margin: 0 0 ${token.space2};
    }
    .muted,
    .tag {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }
    /* Long names and notes wrap anywhere instead of widening the element (see view/long-text.ts). */
    .base,
    dialog {
      overflow-wrap: anywhere;
    }
    .status {
      --_c: ${token.colorBorder};
      border: 1px solid ${token.colorBorder};
      border-inline-start: 0.5rem solid var(--_c);
      border-radius: ${token.radius};
      background: ${token.colorSurface};
      padding: ${token.space3} ${token.space4};
    }
    .status-active {
      --_c: var(--sip-consent-recorder-ok, ${token.colorSuccess});
    }
    .status-expiring {
      --_c: var(--sip-consent-recorder-warning, ${token.colorWarning});
    }
    .status-expired,
    .status-refused,
    .status-withdrawn {
      --_c: var(--sip-consent-recorder-danger, ${token.colorDanger});
    }
    .status h3 {
      display: flex;
      gap: ${token.space2};
      align-items: baseline;
    }
    .status h3:focus {
      outline: none;
    }
    .status h3:focus-visible {
      outline: ${token.focusWidth} solid ${token.colorFocus};
    }
    .icon {
      display: inline-grid;
      place-items: center;
      flex: none;
      inline-size: 1.5em;
      block-size: 1.5em;
      border-radius: 50%;
      background: var(--_c);
      color: ${token.colorBg};
      font-size: 0.9em;
    }
    .record {
      display: grid;
      gap: ${token.space1};
      margin: ${token.space2} 0 0;
    }
    .record > div {
      display: grid;
      grid-template-columns: minmax(8rem, 14rem) minmax(0, 1fr);
      gap: ${token.space2};
    }
    .record dt {
      font-weight: 600;
    }
    .record dd {
      margin: 0;
      min-inline-size: 0;
    }
    .quote {
      font-style: italic;
    }
    .plain-list {
      margin: 0;
      padding-inline-start: 1.1em;
    }
    .long-text summary {
      cursor: pointer;
    }
    .long-text .more {
      color: ${token.colorAccent};
      text-decoration: underline;
      font-size: ${token.fontSizeSmall};
    }
    .long-text[open] .clipped,
    .long-text[open] .more {
      display: none;
    }
    /* Earlier decisions: a heading per decision and a rule between them, not a card per line. */
    .history-list {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .history-entry {
      padding-block: ${token.space3};
      border-block-start: 1px solid ${token.colorBorder};
    }
    .history-entry h4 {
      margin: 0;
      font-size: 1em;
    }
    .form {
      display: grid;
      gap: ${token.space4};
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      padding: ${token.space4};
      min-inline-size: 0;
    }
    .form > h3,
    .form > p,
    .field > p,
    fieldset > p {
      margin: 0;
    }
    .choice {
      display: flex;
      gap: ${token.space2};
      align-items: flex-start;
      padding: ${token.space1} 0;
      min-inline-size: 0;
    }
    .nested {
      margin-inline-start: 1.75rem;
    }
    input[type='date'] {
      inline-size: auto;
      max-inline-size: 100%;
    }
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space4};
    }
    .add-party {
      margin-block-start: ${token.space3};
      padding-block-start: ${token.space3};
      border-block-start: 1px dashed ${token.colorBorder};
    }
    .subhead {
      font-weight: 600;
    }
    .add-party-row {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2};
      align-items: flex-end;
    }
    .add-party-row .field {
      flex: 1 1 12rem;
      min-inline-size: 0;
    }
    .recorded-by {
      color: ${token.colorTextMuted};
      margin: 0;
    }
    .changes {
      border-inline-start: 0.35rem solid ${token.colorAccent};
      padding-inline-start: ${token.space3};
    }
    .changes ul {
      margin: 0;
      padding-inline-start: 1.1em;
    }
    .changes-title {
      font-weight: 600;
    }
    dialog.confirm {
      inline-size: min(40rem, calc(100vw - 2rem));
      max-inline-size: calc(100vw - 2rem);
      max-block-size: calc(100vh - 2rem);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    .withdraw-fields {
      display: grid;
      gap: ${token.space3};
      margin-block-end: ${token.space3};
    }
    .consequence {
      border-inline-start: 0.35rem solid var(--sip-consent-recorder-danger, ${token.colorDanger});
      padding-inline-start: ${token.space3};
    }
    .notify-list {
      margin: 0;
    }
    button.danger {
      color: var(--sip-consent-recorder-danger, ${token.colorDanger});
      border-color: var(--sip-consent-recorder-danger, ${token.colorDanger});
    }
    @container (max-width: 30rem) {
      .record > div {
        grid-template-columns: minmax(0, 1fr);
        gap: 0;
      }
    }
    @media (forced-colors: active) {
      .status,
      .consequence,
      .changes {
        border-color: CanvasText;
      }
      .icon {
        background: Canvas;
        color: CanvasText;
        border: 1px solid CanvasText;
      }
    }
  `,
];
