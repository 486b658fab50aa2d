import { css } from 'lit';
import { baseStyles, token } from '../../shared/tokens';
import { controlStyles } from '../../shared/controls.styles';

/** The planner's layout; buttons, fields, errors and fieldsets come from the kit. */
export const meetingPlannerStyles = [
  baseStyles,
  controlStyles,
  css`
  :host {
    --_overdue: var(--sip-meeting-planner-overdue, ${token.colorDanger});
    --_hint: var(--sip-meeting-planner-hint, ${token.colorWarning});
    container-type: inline-size;
  }
  .base,
  .stack {
    display: grid;
    gap: ${token.space4};
    min-inline-size: 0;
  }
  h2 {
    font-size: 1.35em;
    margin: 0;
  }
  h3 {
    font-size: 1.15em;
    margin: 0 0 ${token.space2};
  }
  .card {
    display: grid;
    gap: ${token.space3};
    padding: ${token.space3} ${token.space4};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorSurface};
    min-inline-size: 0;
  }
  .card > * {
    margin: 0;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: ${token.space3};
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  input,
  select,
  textarea {
    inline-size: 100%;
    max-inline-size: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: auto;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.space1} ${token.space4};
  }
  .choice {
    display: flex;
    align-items: center;
    gap: ${token.space2};
    min-block-size: ${token.controlSize};
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    flex: none;
  }
  .note,
  .hint {
    margin: 0;
    padding: ${token.space2} ${token.space3};
    border-inline-start: 4px solid ${token.colorBorder};
    background: ${token.colorSurface};
  }
  .hint {
    border-inline-start-color: var(--_hint);
  }
  .left-out {
    margin-block-start: ${token.space2};
    padding-block-start: ${token.space2};
    border-block-start: 1px dashed ${token.colorBorder};
  }
  .left-out p,
  .left-out ul {
    margin: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: ${token.space1} ${token.space3};
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .facts ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .words {
    white-space: pre-wrap;
  }
  @container (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: ${token.space2};
    }
  }
  ul.answers {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token.space2};
  }
  .answer {
    display: grid;
    gap: ${token.space2};
    padding: ${token.space2} ${token.space3};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorBg};
  }
  .answer p {
    margin: 0;
  }
  .answer.overdue {
    border: 2px solid var(--_overdue);
    border-inline-start-width: 6px;
  }
  .answer.overdue .state,
  .overdue-count {
    color: var(--_overdue);
    font-weight: 600;
  }
  .badge {
    display: inline-grid;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 50%;
    background: var(--_overdue);
    color: ${token.colorBg};
    font-weight: 700;
  }
  .answer-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: ${token.space2};
  }
  .answer-controls > .field {
    flex: 1 1 12rem;
  }
  .decline {
    flex: 1 1 100%;
  }
  .decline summary {
    cursor: pointer;
    min-block-size: ${token.controlSize};
    display: flex;
    align-items: center;
    color: ${token.colorAccent};
    text-decoration: underline;
  }
  .decline[open] {
    display: grid;
    gap: ${token.space2};
  }
  .letter {
    padding: ${token.space4} ${token.space6};
    border: 1px solid ${token.colorBorder};
    background: ${token.colorBg};
    font-size: 1.05em;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .letter h2 {
    margin-block-end: ${token.space3};
  }
  .letter-tools {
    display: grid;
    gap: ${token.space2};
    margin-block-end: ${token.space3};
  }
  .letter-tools > * {
    margin: 0;
  }
  @container (max-width: 30rem) {
    .letter {
      padding: ${token.space3};
    }
  }
  @media (forced-colors: active) {
    .answer.overdue,
    .hint {
      border-color: Mark;
    }
    .badge {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
  @media print {
    .screen-only,
    button,
    [role='status'] {
      display: none !important;
    }
    .letter {
      border: 0;
      padding: 0;
      font-size: 12pt;
    }
  }
`,
];
