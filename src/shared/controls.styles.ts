import { css } from 'lit';
import { token } from './tokens';

/**
 * The one look of every control in every element: buttons (default = secondary, `.primary`,
 * `.danger`, `.link`), text inputs, selects and text areas, field rows with help and error
 * text, fieldsets, and the undo bar and confirm dialog from templates.ts. One size scale:
 * every control is at least `--sip-control-size` (44 px) tall — a touch target (WCAG 2.5.5) —
 * and uses the body font size. Elements add `controlStyles` after `baseStyles` and keep only
 * their layout in `<name>.styles.ts`.
 */
export const controlStyles = css`
  button {
    font: inherit;
    font-size: ${token.fontSize};
    line-height: 1.25;
    min-block-size: ${token.controlSize};
    min-inline-size: ${token.controlSize};
    padding: ${token.space2} ${token.space4};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorBg};
    color: ${token.colorText};
    cursor: pointer;
  }
  button.primary {
    background: ${token.colorAccent};
    border-color: ${token.colorAccent};
    color: ${token.colorAccentText};
  }
  button.danger {
    color: ${token.colorDanger};
    border-color: ${token.colorDanger};
  }
  button.link {
    justify-self: start;
    border-color: transparent;
    background: none;
    padding-inline: 0;
    color: ${token.colorAccent};
    text-decoration: underline;
    text-align: start;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBg};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    padding: ${token.space2};
    min-block-size: ${token.controlSize};
    inline-size: 100%;
    min-inline-size: 0;
  }
  textarea {
    resize: vertical;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
  }
  [aria-invalid='true'] {
    border: 2px solid ${token.colorDanger};
  }
  .field {
    display: grid;
    gap: ${token.space1};
    align-content: start;
    min-inline-size: 0;
  }
  .field > label,
  legend {
    font-weight: 600;
  }
  .help {
    margin: 0;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
  }
  .help.error,
  .field-error {
    margin: 0;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorDanger};
    font-weight: 600;
  }
  fieldset {
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    margin: 0;
    padding: ${token.space2} ${token.space3};
    min-inline-size: 0;
  }
  legend {
    padding: 0 ${token.space1};
  }
  .button-row {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.space2};
    align-items: center;
  }
  .undo-bar {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.space2};
    align-items: center;
    padding: ${token.space2} ${token.space3};
    border: 2px solid ${token.colorAccent};
    border-radius: ${token.radius};
    background: ${token.colorBg};
  }
  .undo-bar p {
    margin: 0;
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
  }
  dialog.confirm {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    border: 2px solid ${token.colorBorder};
    border-radius: ${token.radius};
    padding: ${token.space4};
    color: ${token.colorText};
    background: ${token.colorBg};
  }
  dialog.confirm h2 {
    font-size: 1.1em;
    margin: 0 0 ${token.space2};
  }
  dialog.confirm p {
    margin: 0 0 ${token.space3};
  }
  @media (forced-colors: active) {
    button,
    input,
    select,
    textarea,
    .undo-bar,
    dialog.confirm {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
    button.primary {
      border: 2px solid ButtonText;
    }
    button:disabled {
      color: GrayText;
      opacity: 1;
    }
  }
`;
