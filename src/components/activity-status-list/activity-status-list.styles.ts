import { css } from 'lit';
import { baseStyles, token } from '../../shared/tokens';
import { controlStyles } from '../../shared/controls.styles';

/** The list's layout; buttons, fields, errors and the undo bar come from the kit. */
export const activityStatusListStyles = [
  baseStyles,
  controlStyles,
  css`
    /*
     * One column that may shrink below its content's widest word (minmax(0, 1fr), not auto): a
     * long option, name or title wraps or scrolls inside its own box instead of widening the list.
     */
    .list,
    .groups,
    .rows {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }
    .list,
    .groups {
      gap: ${token.space4};
    }
    h2 {
      font-size: 1.25em;
      margin: 0;
    }
    h3 {
      font-size: 1.1em;
      margin: 0 0 ${token.space2};
    }
    h4 {
      font-size: 1em;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2} ${token.space6};
    }
    .counters {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .counter {
      display: inline-flex;
      align-items: center;
      gap: ${token.space1};
      padding: 0 ${token.space2};
      border: 1px solid ${token.colorBorder};
      border-radius: 999px;
      background: ${token.colorSurface};
      font-size: ${token.fontSizeSmall};
    }
    .counter strong {
      font-variant-numeric: tabular-nums;
    }
    .summary-label {
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
      margin: 0 0 ${token.space1};
    }
    .toolbar {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr));
      gap: ${token.space2} ${token.space3};
      align-items: end;
      padding: ${token.space3};
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      background: ${token.colorSurface};
    }
    /*
     * The search gets a row of its own: spanning every column there is. (A fixed "span 2" made
     * an implicit second column when only one fits, wider than the element at 320 px.)
     */
    .toolbar .field.wide {
      grid-column: 1 / -1;
    }
    .toolbar .field > label {
      font-size: ${token.fontSizeSmall};
    }
    .check {
      display: flex;
      align-items: center;
      gap: ${token.space2};
      min-block-size: ${token.controlSize};
    }
    .result {
      margin: 0;
      color: ${token.colorTextMuted};
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2};
      align-items: center;
      justify-content: space-between;
    }
    .notice {
      margin: 0;
      padding: ${token.space2} ${token.space3};
      border-inline-start: 4px solid ${token.colorAccent};
      background: ${token.colorSurface};
    }
    .group-count {
      font-weight: normal;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
    }
    .rows {
      gap: ${token.space3};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .activity {
      display: grid;
      gap: ${token.space2};
      padding: ${token.space3};
      border: 1px solid ${token.colorBorder};
      border-inline-start-width: 4px;
      border-radius: ${token.radius};
      background: var(--sip-activity-status-list-row-bg, ${token.colorBg});
      /*
       * Rows off screen skip style, layout and paint (find in page, Tab and screen readers still
       * reach them); the browser remembers a row's last height so the scroll bar stays true.
       */
      content-visibility: auto;
      contain-intrinsic-size: auto 12rem;
    }
    .activity.overdue {
      border-inline-start-color: var(--sip-activity-status-list-overdue, ${token.colorDanger});
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space1} ${token.space2};
      align-items: center;
    }
    .head h4 {
      flex: 1 1 12rem;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: ${token.space1};
      padding: 0 ${token.space2};
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: ${token.fontSizeSmall};
      white-space: nowrap;
    }
    [hidden] {
      display: none !important;
    }
    .icon g {
      display: none;
    }
    .s-planned .i-planned,
    .s-ongoing .i-ongoing,
    .s-done .i-done,
    .s-paused .i-paused,
    .s-cancelled .i-cancelled,
    .due-overdue .i-overdue,
    .due-soon .i-soon {
      display: inline;
    }
    .badge svg,
    .counter svg {
      inline-size: 1em;
      block-size: 1em;
      flex: none;
    }
    .s-planned {
      color: ${token.colorTextMuted};
    }
    .s-ongoing {
      color: ${token.colorAccent};
    }
    .s-done {
      color: ${token.colorSuccess};
    }
    .s-paused {
      color: ${token.colorWarning};
    }
    .s-cancelled {
      color: ${token.colorTextMuted};
    }
    .due-overdue {
      color: var(--sip-activity-status-list-overdue, ${token.colorDanger});
      font-weight: 600;
    }
    .due-soon {
      color: var(--sip-activity-status-list-soon, ${token.colorWarning});
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: ${token.space1} ${token.space4};
      margin: 0;
      font-size: ${token.fontSizeSmall};
    }
    .facts div {
      min-width: 0;
    }
    .facts dt {
      display: inline;
      font-weight: 600;
    }
    .facts dt::after {
      content: ': ';
    }
    .facts dd {
      display: inline;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .description {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2};
    }
    details summary {
      cursor: pointer;
      font-size: ${token.fontSizeSmall};
      inline-size: fit-content;
      min-block-size: 1.5rem;
    }
    .history {
      margin: ${token.space1} 0 0;
      padding-inline-start: ${token.space6};
      font-size: ${token.fontSizeSmall};
    }
    form {
      display: grid;
      gap: ${token.space3};
      padding: ${token.space3};
      border: 2px solid ${token.colorAccent};
      border-radius: ${token.radius};
      background: ${token.colorBg};
    }
    .form-grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: ${token.space3};
    }
    .goal-options {
      display: grid;
      gap: ${token.space1};
    }
    .empty {
      margin: 0;
      padding: ${token.space4};
      border: 1px dashed ${token.colorBorder};
      border-radius: ${token.radius};
      text-align: center;
    }
    @media (forced-colors: active) {
      .badge,
      .counter,
      .activity,
      .toolbar,
      form {
        border-color: CanvasText;
      }
      .badge,
      .s-planned,
      .s-ongoing,
      .s-done,
      .s-paused,
      .s-cancelled,
      .due-overdue,
      .due-soon {
        color: CanvasText;
      }
      .activity.overdue {
        border-inline-start-style: double;
        border-inline-start-width: 6px;
      }
    }
  `,
];
