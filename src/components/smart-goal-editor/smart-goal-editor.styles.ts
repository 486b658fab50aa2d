import { css } from 'lit';
import { baseStyles, token } from '../../shared/tokens';
import { controlStyles } from '../../shared/controls.styles';

/** The goal editor's layout; buttons, fields, errors and the undo bar come from the kit. */
export const smartGoalEditorStyles = [
  baseStyles,
  controlStyles,
  css`
  :host {
    --_met: var(--sip-smart-goal-editor-met, ${token.colorSuccess});
    --_hint: var(--sip-smart-goal-editor-hint, ${token.colorWarning});
    --_missing: var(--sip-smart-goal-editor-missing, ${token.colorDanger});
    container-type: inline-size;
  }
  .base {
    display: grid;
    gap: ${token.space4};
  }
  h2 {
    font-size: 1.35em;
    margin: 0;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${token.space2} ${token.space4};
  }
  .overview,
  .note,
  .empty {
    margin: 0;
  }
  .note {
    padding: ${token.space2} ${token.space3};
    border-inline-start: 4px solid ${token.colorBorder};
    background: ${token.colorSurface};
  }
  .no-acts {
    color: var(--_missing);
    font-weight: 600;
  }
  .op-error {
    margin: 0;
    color: var(--_missing);
    font-weight: 600;
  }
  /* Shown only while focused: a keyboard user's way past a long list to the add buttons. */
  .skip {
    align-self: flex-start;
  }
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    min-block-size: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ol.goals,
  ol.subgoals {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token.space4};
  }
  ol.subgoals {
    margin-block-start: ${token.space3};
    margin-inline-start: ${token.space4};
    padding-inline-start: ${token.space3};
    border-inline-start: 3px solid ${token.colorBorder};
  }
  .goal {
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    background: ${token.colorBg};
    padding: ${token.space3} ${token.space4};
    display: grid;
    gap: ${token.space3};
    min-inline-size: 0;
  }
  .goal.depth-0 {
    background: ${token.colorSurface};
  }
  .goal.new {
    border-style: dashed;
    border-width: 2px;
  }
  .goal-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: ${token.space2};
  }
  h3 {
    font-size: 1.1em;
    margin: 0;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: ${token.focusWidth} solid ${token.colorFocus};
  }
  .tag {
    font-weight: normal;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.space2};
  }
  .badge {
    display: inline-block;
    font-size: ${token.fontSizeSmall};
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 ${token.space2};
    background: ${token.colorBg};
    color: ${token.colorTextMuted};
    white-space: nowrap;
  }
  .badge.ok,
  .badge.ach-reached {
    color: var(--_met);
  }
  .badge.ach-partly {
    color: var(--_hint);
  }
  .badge.ach-none {
    border-style: dashed;
  }
  .badge.none,
  .badge.ach-notReached {
    color: var(--_missing);
    font-weight: 600;
    border-width: 2px;
  }
  .goal-text {
    margin: 0;
    font-size: 1.05em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: ${token.space1};
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) 1fr;
    gap: ${token.space2};
  }
  .facts dt {
    color: ${token.colorTextMuted};
  }
  .facts dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .fields {
    display: grid;
    gap: ${token.space3};
    grid-template-columns: 1fr;
  }
  .goal {
    container: goal / inline-size;
  }
  .main {
    container: fields / inline-size;
    min-inline-size: 0;
  }
  .body {
    display: grid;
    gap: ${token.space3};
  }
  @container goal (min-width: 46rem) {
    .body {
      grid-template-columns: minmax(0, 3fr) minmax(15rem, 2fr);
      gap: ${token.space4};
    }
    .side .check {
      border-block-start: none;
      padding-block-start: 0;
      border-inline-start: 1px solid ${token.colorBorder};
      padding-inline-start: ${token.space4};
    }
  }
  @container fields (min-width: 30rem) {
    .fields {
      grid-template-columns: 1fr 1fr;
    }
    .field.wide {
      grid-column: 1 / -1;
    }
  }
  textarea {
    field-sizing: content;
    min-block-size: 2.4em;
    max-block-size: 12em;
  }
  @container (max-width: 28rem) {
    .facts div {
      grid-template-columns: 1fr;
      gap: 0;
    }
    ol.subgoals {
      margin-inline-start: 0;
    }
    .goal {
      padding: ${token.space2} ${token.space3};
    }
  }
  .checks {
    gap: ${token.space2};
  }
  .check-row {
    display: flex;
    gap: ${token.space2};
    align-items: flex-start;
  }
  .sub-field {
    display: grid;
    gap: ${token.space1};
    margin-inline-start: calc(1.25rem + ${token.space2});
    max-inline-size: 12rem;
  }
  .check {
    border-block-start: 1px solid ${token.colorBorder};
    padding-block-start: ${token.space2};
  }
  .check-title {
    margin: 0 0 ${token.space1};
    font-size: 1em;
  }
  .criteria,
  .phrasing {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token.space1};
  }
  .phrasing {
    margin-block-start: ${token.space2};
  }
  .criterion,
  .phrasing li {
    display: flex;
    gap: ${token.space2};
    align-items: baseline;
  }
  .icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-weight: 700;
    font-size: 0.85em;
    line-height: 1;
  }
  .criterion.met .icon {
    color: var(--_met);
  }
  .criterion.hint .icon,
  .phrasing .icon {
    color: var(--_hint);
  }
  .criterion.missing .icon {
    color: var(--_missing);
  }
  .crit-text {
    min-inline-size: 0;
  }
  .criterion .state {
    color: ${token.colorTextMuted};
  }
  .criterion .hint {
    display: block;
    font-size: ${token.fontSizeSmall};
  }
  .criterion .hint.inline {
    display: inline;
  }
  .criterion.met .hint {
    color: ${token.colorTextMuted};
  }
  .phrasing li {
    font-size: ${token.fontSizeSmall};
  }
  .actions,
  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.space2};
    align-items: center;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.space2} ${token.space4};
  }
  .radio {
    display: flex;
    gap: ${token.space2};
    align-items: flex-start;
    font-weight: normal;
  }
  .achievement {
    display: grid;
    gap: ${token.space2};
  }
  .achievement.read p {
    margin: 0;
  }
  .note-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .icon,
    .badge,
    .goal {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
  }
  `,
];
