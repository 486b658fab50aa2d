import { css, unsafeCSS, type CSSResult } from 'lit';
import { baseStyles, token } from '../../shared/tokens';
import { controlStyles } from '../../shared/controls.styles';

/**
 * The printed look, under `selector`: `:host` inside `@media print`, and `:host([print-preview])`
 * to show the same copy on screen before printing.
 */
function printRules(selector: string): CSSResult {
  const scope = unsafeCSS(selector);
  return css`
    ${scope} {
      color: #000;
      background: #fff;
      font-size: 10.5pt;
    }
    ${scope} .no-print,
    ${scope} button,
    ${scope} dialog {
      display: none !important;
    }
    ${scope} .base {
      display: block;
      max-inline-size: none;
    }
    ${scope} .banner,
    ${scope} .restricted {
      background: #fff;
      border-color: #000;
      margin-block-end: 4mm;
      break-inside: avoid;
    }
    ${scope} .kind,
    ${scope} .detail,
    ${scope} .status,
    ${scope} .missing,
    ${scope} .doc-kind {
      color: #000;
    }
    ${scope} .frame {
      display: table;
    }
    ${scope} .frame > thead {
      display: table-header-group;
    }
    ${scope} .frame > tbody {
      display: table-row-group;
    }
    ${scope} .frame > tbody > tr,
    ${scope} .frame > thead > tr {
      display: table-row;
    }
    ${scope} .frame > tbody > tr > td,
    ${scope} .frame > thead > tr > td {
      display: table-cell;
    }
    ${scope} .running {
      margin: 0 0 3mm;
      padding-block-end: 1mm;
      border-block-end: 0.5pt solid #000;
      font-size: 8.5pt;
    }
    ${scope} .section {
      border-color: #000;
      margin-block-start: 6mm;
    }
    ${scope} h2,
    ${scope} h3,
    ${scope} h4,
    ${scope} h5 {
      break-after: avoid;
    }
    ${scope} .activity,
    ${scope} .goal,
    ${scope} .facts .row,
    ${scope} .sign-line,
    ${scope} .signatures {
      break-inside: avoid;
    }
    ${scope} .activity {
      border-color: #000;
    }
    ${scope} .sign-line .line {
      border-color: #000;
    }
  `;
}

/**
 * The document's layout on screen and in print. Buttons, fields and the confirm dialog come
 * from the kit. Print: A4 (the page sheet in plan-document.ts), black on white, no controls,
 * the frame's header row repeated on every page, activities and the signature block never split.
 */
export const planDocumentStyles = [
  baseStyles,
  controlStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .base {
      display: grid;
      gap: ${token.space4};
      max-inline-size: var(--sip-plan-document-max-width, 52rem);
    }
    .toolbar {
      display: flex;
      justify-content: flex-end;
    }
    .banner,
    .restricted {
      margin: 0;
      padding: ${token.space3} ${token.space4};
      border: 2px solid ${token.colorWarning};
      border-inline-start-width: 8px;
      background: ${token.colorSurface};
    }
    .banner p {
      margin: 0 0 ${token.space1};
    }
    .banner-title {
      font-weight: 700;
      font-size: 1.1em;
    }
    .work {
      display: grid;
      gap: ${token.space3};
      padding: ${token.space4};
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      background: ${token.colorSurface};
    }
    .work h3,
    .work h4 {
      margin: 0;
    }
    .field-grid {
      display: grid;
      gap: ${token.space3};
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    }
    /*
     * WebKit counts a select's long selected text in its ancestors' scroll width (a 320 px
     * scrollbar); the field clips it, with room around the control for the focus ring.
     */
    .field-grid > .field {
      overflow-x: clip;
      padding-inline: 6px;
      margin-inline: -6px;
    }
    /* Block flow, not grid: WebKit lays a grid fieldset's legend out at the container's full
       width, so at 320 px it sticks out past the padding. */
    .details > :not(legend) + * {
      margin-block-start: ${token.space3};
    }
    .requirements {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: ${token.space1};
    }
    .requirements .link {
      display: block;
      inline-size: 100%;
      text-align: start;
      white-space: normal;
    }
    .warning,
    .op-error {
      margin: 0;
      padding: ${token.space2} ${token.space3};
      border-inline-start: 4px solid ${token.colorWarning};
      background: ${token.colorBg};
    }
    .op-error {
      border-color: ${token.colorDanger};
    }
    .document {
      overflow-wrap: anywhere;
    }
    .frame,
    .frame > tbody,
    .frame > tbody > tr,
    .frame > tbody > tr > td {
      display: block;
      padding: 0;
      border: 0;
    }
    .frame {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .frame > thead {
      display: none;
    }
    .doc-head h2 {
      margin: 0;
      display: grid;
      gap: ${token.space1};
    }
    .doc-kind {
      font-size: 0.7em;
      font-weight: 600;
      color: ${token.colorTextMuted};
    }
    .doc-name {
      font-size: 1.35em;
    }
    .doc-meta {
      display: flex;
      flex-wrap: wrap;
      gap: ${token.space1} ${token.space4};
      margin: ${token.space2} 0 0;
    }
    .section {
      margin-block-start: ${token.space6};
      padding-block-start: ${token.space3};
      border-block-start: 2px solid ${token.colorBorder};
    }
    .section h3 {
      margin: 0 0 ${token.space2};
      font-size: 1.25em;
    }
    .section h4 {
      margin: ${token.space4} 0 ${token.space1};
      font-size: 1.05em;
    }
    .section h5 {
      margin: ${token.space3} 0 ${token.space1};
      font-size: 1em;
    }
    .kind,
    .detail,
    .status {
      color: ${token.colorTextMuted};
      font-weight: normal;
    }
    .prose {
      white-space: pre-line;
      margin: 0 0 ${token.space2};
    }
    .missing {
      color: ${token.colorTextMuted};
      font-style: italic;
    }
    .lead {
      margin: ${token.space3} 0 0;
    }
    .facts {
      margin: 0;
      display: grid;
      gap: ${token.space2};
    }
    .facts .row {
      display: grid;
      grid-template-columns: minmax(9rem, 14rem) 1fr;
      gap: 0 ${token.space3};
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
      grid-column: 2;
    }
    .activities,
    .goals,
    .people {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${token.space3};
    }
    .activity {
      padding: ${token.space2} ${token.space3};
      border-inline-start: 4px solid ${token.colorBorder};
    }
    .activity p {
      margin: 0 0 ${token.space1};
    }
    .goal p {
      margin: 0 0 ${token.space1};
    }
    .goals ul {
      margin: 0 0 ${token.space2};
    }
    .goal-kind {
      font-weight: 600;
    }
    .goal-ref {
      display: block;
    }
    .contact {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0 ${token.space3};
    }
    .sign-lines {
      display: grid;
      gap: ${token.space6};
      margin-block-start: ${token.space6};
    }
    .sign-line {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: ${token.space1} ${token.space4};
    }
    .sign-line .line {
      grid-column: 1 / -1;
      block-size: 2.5rem;
      border-block-end: 1px solid ${token.colorText};
    }
    .sign-date {
      min-inline-size: 8rem;
    }
    @container (max-width: 36rem) {
      .facts .row {
        grid-template-columns: 1fr;
      }
      .facts dd {
        grid-column: 1;
      }
      .sign-line {
        grid-template-columns: 1fr;
      }
    }
    @media (forced-colors: active) {
      .banner,
      .restricted,
      .work,
      .activity {
        border-color: CanvasText;
      }
    }
    @media print {
      ${printRules(':host')}
    }
    ${printRules(':host([print-preview])')}
    :host([print-preview]) .base {
      max-inline-size: 210mm;
      padding: 16mm 15mm;
      border: 1px solid #000;
    }
  `,
];
