import { css } from 'lit';
import { token } from '../../shared/tokens';

/** The circle's layout, loaded with the view; buttons, the confirm dialog and the undo bar come from the kit's control styles. */
export const viewStyles = css`
  .base {
    display: grid;
    gap: ${token.space4};
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
  }
  .sub {
    margin: 0;
    color: ${token.colorTextMuted};
  }
  .stage {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token.space4} ${token.space6};
    border-radius: ${token.radius};
    padding: ${token.space2};
  }
  .dial {
    flex: 0 1 var(--_size);
    inline-size: var(--_size);
    max-inline-size: 100%;
  }
  .dial svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  .sector {
    stroke: ${token.colorBg};
    stroke-width: 2;
  }
  .sector.done {
    fill: var(--_done);
  }
  .sector.upcoming {
    fill: var(--_upcoming);
  }
  .sector.current {
    fill: var(--_current);
  }
  .sector.current.over {
    fill: var(--_overrun);
  }
  .sector-label {
    font: 600 15px ${token.fontFamily};
    fill: ${token.colorText};
    text-anchor: middle;
    dominant-baseline: central;
  }
  .sector-label.current {
    fill: ${token.colorAccentText};
  }
  .track {
    fill: none;
    stroke: var(--_track);
    stroke-width: 8;
  }
  .progress {
    fill: none;
    stroke: ${token.colorText};
    stroke-width: 8;
    stroke-linecap: round;
  }
  .progress.over {
    stroke: var(--_overrun);
  }
  .hub {
    fill: ${token.colorBg};
  }
  .hub-text {
    font: 700 22px ${token.fontFamily};
    font-variant-numeric: tabular-nums;
    fill: ${token.colorText};
    text-anchor: middle;
    dominant-baseline: central;
  }
  .times {
    flex: 1 1 14rem;
    min-inline-size: 0;
    display: grid;
    gap: ${token.space1};
  }
  .times p {
    margin: 0;
  }
  .now {
    font-size: 1.2em;
  }
  .step {
    color: ${token.colorTextMuted};
    font-size: 0.85em;
    display: block;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .big {
    display: block;
    font-size: clamp(2.5rem, 12cqi, 4.5rem);
    font-weight: 700;
    line-height: 1.05;
    letter-spacing: -0.01em;
  }
  :host([presenter]) .big {
    font-size: clamp(3rem, 14cqi, 9rem);
  }
  .label {
    color: ${token.colorTextMuted};
  }
  .over-cue {
    display: inline-flex;
    align-items: center;
    gap: ${token.space2};
    color: ${token.colorDanger};
    font-weight: 700;
    border: 2px solid currentColor;
    border-radius: ${token.radius};
    padding: 0 ${token.space2};
    inline-size: fit-content;
  }
  .times.over .big {
    color: ${token.colorDanger};
  }
  .meeting-left {
    font-size: 1.15em;
  }
  .meeting-left .num {
    font-weight: 700;
  }
  .ends,
  .extended {
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }
  :host([presenter]) .ends,
  :host([presenter]) .extended {
    font-size: 1rem;
  }
  .extended strong {
    color: ${token.colorText};
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.space2};
    align-items: center;
  }
  button[aria-pressed="true"] {
    background: ${token.colorSurface};
    font-weight: 600;
    box-shadow: inset 0 0 0 2px ${token.colorAccent};
  }
  .shortcuts {
    margin: 0;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
  }
  kbd {
    font: inherit;
    font-weight: 600;
    border: 1px solid ${token.colorBorder};
    border-radius: 0.25rem;
    padding: 0 0.3em;
    background: ${token.colorSurface};
    color: ${token.colorText};
  }
  .columns {
    display: grid;
    gap: ${token.space4};
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    align-items: start;
  }
  .legend {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: ${token.space1};
  }
  .legend li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token.space2};
    align-items: baseline;
    padding: ${token.space1} ${token.space2};
    border-inline-start: 6px solid var(--_upcoming);
  }
  .legend li.done {
    border-color: var(--_done);
  }
  .legend li.current {
    border-color: var(--_current);
    background: ${token.colorSurface};
    font-weight: 600;
  }
  .legend li.current.over {
    border-color: var(--_overrun);
  }
  .legend .mins {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    color: ${token.colorTextMuted};
    font-weight: 400;
  }
  :host([presenter]) .guide {
    font-size: 1.15em;
  }
  .guide {
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    padding: ${token.space3} ${token.space4};
    background: ${token.colorSurface};
  }
  .guide ul {
    margin: ${token.space2} 0 0;
    padding-inline-start: ${token.space6};
  }
  .guide li + li {
    margin-block-start: ${token.space1};
  }
  .guide .question {
    margin: ${token.space2} 0 0;
    font-style: italic;
  }
  .note {
    margin: 0;
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }
  .problem {
    margin: 0;
    color: ${token.colorDanger};
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    /* A long word may break, so the table never widens the circle past 320 px (WCAG 1.4.10). */
    overflow-wrap: anywhere;
    text-align: start;
    padding: ${token.space1} ${token.space2};
    border-block-end: 1px solid ${token.colorBorder};
  }
  td.n,
  th.n {
    text-align: end;
  }

  /* ── the part names on the circle ── */
  .name-arc {
    fill: none;
  }
  .part-name {
    font: 600 11.5px ${token.fontFamily};
    fill: ${token.colorTextMuted};
    text-anchor: middle;
  }
  .part-name.current {
    fill: ${token.colorText};
    font-weight: 700;
  }
  /* ── the room view (presenter) ── */
  .room {
    display: grid;
    gap: ${token.space4} ${token.space6};
    min-block-size: calc(100dvh - 2 * ${token.space4});
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto auto 1fr auto;
    align-content: start;
  }
  .room-stage {
    display: flex;
    flex-wrap: wrap-reverse;
    align-items: center;
    justify-content: center;
    gap: ${token.space4} ${token.space6};
    border-radius: ${token.radius};
  }
  .room .dial {
    --_size: var(--sip-meeting-circle-size, min(100%, 62vmin));
    flex: 0 1 var(--_size);
  }
  .room .times {
    flex: 1 1 18rem;
  }
  .room .big {
    font-size: clamp(3.5rem, 17vmin, 14rem);
  }
  .room .now {
    font-size: clamp(1.4rem, 4.5vmin, 3rem);
    font-weight: 700;
  }
  .room .meeting-left {
    font-size: clamp(1.2rem, 3.2vmin, 2rem);
  }
  .room-side {
    display: grid;
    gap: ${token.space4};
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    align-content: start;
  }
  .prompt {
    border-inline-start: 8px solid var(--_current);
    padding: ${token.space2} ${token.space4};
    background: ${token.colorSurface};
    border-radius: ${token.radius};
  }
  .prompt p {
    margin: ${token.space2} 0 0;
    font-size: clamp(1.2rem, 3.4vmin, 2.2rem);
    line-height: 1.3;
  }
  .prompt .note {
    font-size: 1rem;
  }
  .room-controls {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.space2};
    align-items: center;
    font-size: 1rem;
    border-block-start: 1px solid ${token.colorBorder};
    padding-block-start: ${token.space2};
  }
  .room-controls > .note {
    flex-basis: 100%;
  }
  .room-more summary {
    cursor: pointer;
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
    padding-inline: ${token.space2};
  }
  .room-more[open] {
    flex-basis: 100%;
  }
  @media (min-aspect-ratio: 4/3) and (min-width: 50rem) {
    /* A wide screen: time and circle on the left, everything to read on the right, one screen high. */
    .room {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-rows: minmax(0, 1fr) auto;
      block-size: calc(100dvh - 2 * ${token.space4});
    }
    .room-stage {
      flex-direction: column;
      flex-wrap: nowrap;
      justify-content: flex-start;
      grid-row: 1;
      min-block-size: 0;
      /* At 200 % zoom the circle scrolls under the time rather than over the controls. */
      overflow: auto;
    }
    .room .times {
      order: -1;
      flex: 0 0 auto;
      text-align: center;
      justify-items: center;
    }
    .room .dial {
      --_size: var(--sip-meeting-circle-size, min(100%, 44vh));
      flex: 0 1 auto;
      min-block-size: 0;
    }
    .room-side {
      grid-row: 1;
      grid-template-columns: minmax(0, 1fr);
      overflow: auto;
      min-block-size: 0;
    }
    .room-side .people {
      columns: 2;
    }
    .room-controls {
      grid-column: 1 / -1;
    }
  }
  .info h4 {
    margin: ${token.space2} 0 0;
    font-size: 1em;
  }
  .info p,
  .info ol,
  .info ul {
    margin: ${token.space1} 0 0;
  }
  .info ol,
  .info ul {
    padding-inline-start: ${token.space6};
  }
  .info,
  .join {
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    padding: ${token.space3} ${token.space4};
  }
  .join {
    display: grid;
    gap: ${token.space2};
    justify-items: start;
  }
  .join p {
    margin: 0;
  }
  .qr {
    inline-size: min(100%, 10rem);
    block-size: auto;
    shape-rendering: crispEdges;
  }
  /* ── the participant view ── */
  .follow {
    display: grid;
    gap: ${token.space3};
  }
  .follow .stage {
    padding: 0;
  }
  /* A phone's whole width: the part names on the ring are drawn in circle units, and at 16rem
     they came out at about 9 px on a 360 px phone. */
  .follow .dial {
    --_size: var(--sip-meeting-circle-size, min(100%, 24rem));
  }
  .connection {
    margin: ${token.space1} 0 0;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
  }
  .connection.warn {
    color: ${token.colorDanger};
    font-weight: 600;
  }
  @media (prefers-reduced-motion: no-preference) {
    .sector {
      transition: fill 0.3s ease;
    }
  }
  @container (max-width: 30rem) {
    .dial {
      margin-inline: auto;
    }
    .big {
      font-size: 2.75rem;
    }
  }
  @media (forced-colors: active) {
    .sector {
      stroke: CanvasText;
    }
    .sector.done,
    .sector.upcoming {
      fill: Canvas;
    }
    .sector.current,
    .sector.current.over {
      fill: Highlight;
    }
    .sector-label,
    .part-name {
      fill: CanvasText;
    }
    .sector-label.current {
      fill: HighlightText;
    }
    .track {
      stroke: GrayText;
    }
    .progress,
    .progress.over {
      stroke: CanvasText;
    }
    .hub {
      fill: Canvas;
    }
    .hub-text {
      fill: CanvasText;
    }
    .legend li,
    .legend li.current {
      border-color: CanvasText;
    }
    .legend li.current {
      outline: 2px solid Highlight;
    }
  }
`;
