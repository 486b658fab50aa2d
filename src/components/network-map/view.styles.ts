import { css } from 'lit';
import { token } from '../../shared/tokens';
import { controlStyles } from '../../shared/controls.styles';
import { networkMapStyles } from './network-map.styles';

/**
 * The styles of the map, table, panel and form. They load with the view (lazy.ts) and are
 * adopted next to the shell's `static styles` as constructable stylesheets when it arrives.
 */
export const viewStyles = css`
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
      container-type: inline-size;
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
    .map-caption {
      margin: 0 0 ${token.space1};
      font-weight: 600;
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
    }
    :host(:not([readonly])) .dragging .entry {
      cursor: grabbing;
    }
    .entry .hit {
      fill: transparent;
      stroke: none;
    }
    /* The kit's focus ring (baseStyles' :focus-visible outline) marks the focused entry; the
       hit area turns opaque so the label reads over lines and neighbours. */
    .entry:focus .hit {
      fill: ${token.colorBg};
    }
    /* A cut name shows in full while the entry has focus or the pointer. */
    .entry .label.full,
    .entry.cut:focus .label:not(.full),
    .entry.cut:hover .label:not(.full) {
      display: none;
    }
    .entry.cut:focus .label.full,
    .entry.cut:hover .label.full {
      display: inline;
    }
    .principal .badge-box {
      fill: ${token.colorBg};
      stroke: ${token.colorText};
      stroke-width: 0.5;
    }
    .principal.p-region .badge-box {
      fill: ${token.colorRegion};
    }
    .principal.p-municipality .badge-box {
      fill: ${token.colorMunicipality};
    }
    .principal.p-other .badge-box {
      fill: ${token.colorOther};
    }
    .badge-letter {
      font-size: 7.5px;
      font-weight: 700;
      fill: #ffffff;
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
    /* Marker and principal badge, large enough to read the letter. */
    svg.sym.wide {
      inline-size: 2.6em;
      block-size: 1.55em;
      vertical-align: -0.4em;
    }
    p.help {
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
    .edit-controls fieldset {
      margin-block: ${token.space2};
    }
    label.check {
      display: flex;
      gap: ${token.space2};
      align-items: center;
      min-block-size: ${token.controlSize};
    }
    .place {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space2};
      margin-block: ${token.space2};
    }
    .place .field {
      flex: 1 1 8rem;
    }
    .details .button-row,
    .entry-form .button-row {
      margin-block-start: ${token.space3};
    }
    .entry-form {
      display: grid;
      gap: ${token.space2};
    }
    td select {
      inline-size: auto;
      max-inline-size: 100%;
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
    /* Narrow: every row becomes a card, each cell under its column's name (no sideways scroll). */
    @container (max-width: 48rem) {
      .table-scroll table,
      .table-scroll caption,
      .table-scroll tbody,
      .table-scroll tr,
      .table-scroll th,
      .table-scroll td {
        display: block;
      }
      .table-scroll thead {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .table-scroll tbody tr {
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        padding: ${token.space2} ${token.space3};
        margin-block-end: ${token.space2};
      }
      .table-scroll tbody th,
      .table-scroll tbody td {
        border: none;
        padding: ${token.space1} 0;
      }
      .table-scroll tbody th {
        font-size: ${token.fontSize};
      }
      .table-scroll tbody td {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: ${token.space1} ${token.space2};
      }
      .table-scroll tbody td:empty {
        display: none;
      }
      .table-scroll td::before {
        content: attr(data-label);
        flex: 0 0 7.5rem;
        font-weight: 600;
      }
      .table-scroll td.actions {
        white-space: normal;
      }
    }
    .muted {
      color: ${token.colorTextMuted};
    }
    .undo-bar {
      margin-block-start: ${token.space3};
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
      .principal .badge-box {
        fill: Canvas;
        stroke: CanvasText;
      }
      .badge-letter {
        fill: CanvasText;
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
      .entry:focus .hit {
        fill: Canvas;
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
      .undo-bar,
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
export const allNetworkMapStyles = [...networkMapStyles, controlStyles, viewStyles];
