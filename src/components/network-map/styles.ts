import { css } from 'lit';
import { token } from '../../shared/tokens';
import { shellStyles } from './shell-styles';

/**
 * The styles of the map, table, panel and form. They load with the view (lazy.ts) and are
 * adopted next to the shell's `static styles` as constructable stylesheets when it arrives.
 */
export const viewStyles = css`
    button,
    select,
    input {
      font: inherit;
    }
    button {
      min-block-size: 2.25rem;
      padding: ${token.space1} ${token.space3};
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
      border: none;
      min-block-size: auto;
      padding: 0;
      background: none;
      color: ${token.colorAccent};
      text-decoration: underline;
    }
    button.quiet {
      border-color: transparent;
    }
    button[aria-pressed='true'] {
      background: ${token.colorText};
      color: ${token.colorBg};
      border-color: ${token.colorText};
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2};
      align-items: center;
      margin-block-end: ${token.space3};
    }
    .views {
      display: inline-flex;
    }
    .views button:first-child {
      border-start-end-radius: 0;
      border-end-end-radius: 0;
    }
    .views button:last-child {
      border-start-start-radius: 0;
      border-end-start-radius: 0;
      margin-inline-start: -1px;
    }
    .spacer {
      flex: 1 1 auto;
    }
    .note {
      margin: 0 0 ${token.space3};
      color: ${token.colorTextMuted};
    }
    .error {
      margin: 0 0 ${token.space3};
      color: ${token.colorDanger};
      font-weight: 600;
    }
    .body {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space4};
      align-items: flex-start;
    }
    .main {
      flex: 3 1 26rem;
      min-inline-size: 0;
    }
    .table-view .main {
      flex-basis: 100%;
    }
    .table-view .legend {
      display: none;
    }
    .panel {
      flex: 1 1 16rem;
      min-inline-size: 0;
      font-size: ${token.fontSizeSmall};
    }
    .map-scroll {
      overflow-x: auto;
    }
    svg.map {
      display: block;
      inline-size: 100%;
      min-inline-size: 440px;
      max-inline-size: 960px;
      block-size: auto;
      margin-inline: auto;
      font-family: ${token.fontFamily};
      user-select: none;
      -webkit-user-select: none;
    }
    .disc {
      fill: var(--_ring);
      stroke: var(--_line);
    }
    .tint {
      fill: var(--_tint);
      fill-rule: evenodd;
    }
    .ring,
    .spoke {
      fill: none;
      stroke: var(--_line);
      stroke-width: 1;
    }
    .guide {
      fill: none;
      stroke: none;
    }
    .sector-label {
      font-size: 12px;
      font-weight: 600;
      fill: ${token.colorText};
    }
    .ring-no {
      fill: ${token.colorBg};
      stroke: var(--_line);
    }
    .ring-no-text {
      font-size: 9px;
      fill: ${token.colorTextMuted};
    }
    .person circle {
      fill: var(--_person);
      stroke: ${token.colorText};
      stroke-width: 1.5;
    }
    .person text {
      font-size: 12px;
      font-weight: 700;
      fill: ${token.colorText};
    }
    .drop {
      fill: var(--_drop);
      stroke: ${token.colorAccent};
      stroke-width: 2;
      stroke-dasharray: 4 3;
    }
    .entry {
      cursor: grab;
      touch-action: none;
      outline: none;
    }
    :host(:not([readonly])) .dragging .entry {
      cursor: grabbing;
    }
    .entry .hit {
      fill: transparent;
      stroke: none;
    }
    .entry:focus-visible .hit,
    .entry:focus .hit {
      stroke: ${token.colorFocus};
      stroke-width: 2;
      fill: ${token.colorBg};
    }
    .entry.selected .hit {
      fill: #fff3b0;
    }
    .entry.dragged {
      opacity: 0.85;
    }
    .label {
      font-size: 11px;
      fill: ${token.colorText};
      paint-order: stroke;
      stroke: ${token.colorBg};
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .marker {
      stroke: ${token.colorText};
      stroke-width: 1;
    }
    .p-region .marker {
      fill: ${token.colorRegion};
    }
    .p-municipality .marker {
      fill: ${token.colorMunicipality};
    }
    .p-other .marker {
      fill: ${token.colorOther};
    }
    .p-none .marker,
    .marker.more {
      fill: ${token.colorBg};
    }
    .marker.more {
      stroke-dasharray: 2 1.5;
    }
    .off {
      display: none;
    }
    .convene {
      fill: none;
      stroke: ${token.colorText};
      stroke-width: 1.2;
    }
    .tick {
      fill: none;
      stroke: #ffffff;
      stroke-width: 1.6;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .p-none .tick {
      stroke: ${token.colorText};
    }
    .badges path,
    .icon path {
      fill: ${token.colorText};
    }
    .icon-invited rect,
    .icon-invited path {
      fill: none;
      stroke: ${token.colorText};
      stroke-width: 1;
    }
    svg.icon {
      inline-size: 0.9em;
      block-size: 0.9em;
      vertical-align: -0.1em;
    }
    svg.sym {
      inline-size: 1.1em;
      block-size: 1.1em;
      vertical-align: -0.2em;
    }
    .help {
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
      max-inline-size: 60ch;
    }
    .overflow {
      font-size: ${token.fontSizeSmall};
    }
    h3 {
      font-size: 1.05rem;
      margin: 0 0 ${token.space2};
    }
    h3:focus {
      outline: none;
    }
    h3:focus-visible {
      outline: ${token.focusWidth} solid ${token.colorFocus};
    }
    ul.roles,
    .legend ul,
    ul.inline,
    ul.group-list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    ul.roles li,
    .legend li {
      margin-block: ${token.space1};
    }
    ul.inline li {
      display: inline-block;
      margin-inline-end: ${token.space2};
    }
    .legend summary {
      cursor: pointer;
      font-weight: 600;
      margin-block: ${token.space2};
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: ${token.space1} ${token.space3};
      margin: 0 0 ${token.space3};
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    fieldset {
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      margin: ${token.space2} 0;
      padding: ${token.space2} ${token.space3};
    }
    label.check {
      display: flex;
      gap: ${token.space2};
      align-items: center;
      min-block-size: 1.75rem;
    }
    .place {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2};
      margin-block: ${token.space2};
    }
    .place label {
      display: grid;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2};
      margin-block-start: ${token.space3};
    }
    .entry-form {
      display: grid;
      gap: ${token.space1};
    }
    .entry-form input,
    .entry-form select,
    .place select,
    td select {
      min-block-size: 2.25rem;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      padding: ${token.space1} ${token.space2};
      background: ${token.colorBg};
      color: ${token.colorText};
      max-inline-size: 100%;
    }
    .entry-form label {
      font-weight: 600;
      margin-block-start: ${token.space2};
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-size: ${token.fontSizeSmall};
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: ${token.space2};
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: ${token.space1} ${token.space2};
      border-block-end: 1px solid ${token.colorBorder};
    }
    tr.selected {
      background: ${token.colorSurface};
    }
    td.actions {
      white-space: nowrap;
    }
    td.actions button + button {
      margin-inline-start: ${token.space1};
    }
    .muted {
      color: ${token.colorTextMuted};
    }
    .undo {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2};
      align-items: center;
      margin-block-start: ${token.space3};
      padding: ${token.space2} ${token.space3};
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      background: ${token.colorSurface};
    }
    @media (forced-colors: active) {
      /* SVG paint is not forced: every fill and stroke of the map is set to a system colour here.
         Principal colours collapse to CanvasText; the shape, the sector and the text carry the meaning. */
      .disc,
      .tint,
      .ring-no,
      .person circle,
      .p-none .marker,
      .marker.more {
        fill: Canvas;
      }
      .disc,
      .ring,
      .spoke,
      .ring-no,
      .person circle,
      .marker,
      .convene {
        stroke: CanvasText;
      }
      .p-region .marker,
      .p-municipality .marker,
      .p-other .marker {
        fill: CanvasText;
      }
      .tick {
        stroke: Canvas;
      }
      .p-none .tick {
        stroke: CanvasText;
      }
      .sector-label,
      .ring-no-text,
      .person text,
      .badges path,
      .icon path {
        fill: CanvasText;
        stroke: none;
      }
      .label {
        fill: CanvasText;
        stroke: Canvas;
      }
      .icon-invited rect,
      .icon-invited path {
        fill: none;
        stroke: CanvasText;
      }
      .drop {
        fill: Canvas;
        stroke: Highlight;
      }
      .entry.selected .hit {
        fill: Canvas;
        stroke: Highlight;
        stroke-width: 1;
        stroke-dasharray: 3 2;
      }
      .entry:focus-visible .hit,
      .entry:focus .hit {
        fill: Canvas;
        stroke: Highlight;
        stroke-width: 2;
        stroke-dasharray: none;
      }
      /* Forced colours would draw the text on a Canvas backplate, invisible on Highlight. */
      button[aria-pressed='true'] {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Highlight;
        color: HighlightText;
      }
    }
    @media print {
      .toolbar,
      .help,
      .undo,
      .edit-controls,
      .entry-form,
      .legend summary {
        display: none;
      }
      .body {
        display: block;
      }
      svg.map {
        inline-size: 100%;
        max-inline-size: 18cm;
        min-inline-size: 0;
      }
      .entry .hit {
        fill: none;
        stroke: none;
      }
      .map-scroll,
      .table-scroll {
        overflow: visible;
      }
    }
`;

/** Every style of the element, in the order it ends up with (the benchmark's hand-built map uses it). */
export const networkMapStyles = [...shellStyles, viewStyles];
