import { html, type PropertyValues, type TemplateResult } from 'lit';
import { SipElement } from '../../shared/sip-element';
import { LazyPart, lazyModule } from '../../shared/lazy-part';
import { FocusController } from '../../shared/focus';
import * as label from '../../shared/labels';
import { isoDay } from '../../shared/format';
import type { SipPlan } from '../../model';
import type { SipPlanRevisedDetail } from '../../shared/events';
import type { PlanDocumentController } from './controller';
import type { NoAccessViewModel, PlanDocumentReader, PlanDocumentViewModel } from './types';
import { planDocumentStyles } from './plan-document.styles';

export type { PlanDocumentReader } from './types';
export type { SipPlanRevisedDetail } from '../../shared/events';

/** `detail` of `sip-print-request`: what is about to be printed. Cancel it to print your own way. */
export interface SipPrintRequestDetail {
  plan: SipPlan;
  reader: PlanDocumentReader;
  party: string | undefined;
}

declare module '../../shared/events' {
  interface SipEventMap {
    'sip-print-request': SipPrintRequestDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'sip-print-request': CustomEvent<SipPrintRequestDetail>;
    'sip-plan-revised': CustomEvent<SipPlanRevisedDetail>;
  }
}

type PlanDocumentPart = typeof import('./part');

// The document, its view model, the redaction and the signing operations load lazily when the
// first plan arrives, next to the base class's validator. See part.ts.
const documentPart = lazyModule<PlanDocumentPart>(() => import('./part'));

// Page size, margins and the page number for printing: `@page` applies only in a document's own
// style sheets (never in a shadow root's), so the element adopts one page-level sheet while it is
// connected. The page number is a margin box (Chromium); the running name and version are the
// document's repeating table header (every browser that repeats a table header, see rationale).
let pageSheet: CSSStyleSheet | undefined;
let pageSheetUsers = 0;
function pageRule(pageLabel: string): string {
  const quoted = `"${pageLabel.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;
  return `@page { size: A4; margin: 16mm 15mm 18mm; @bottom-right { content: ${quoted} " " counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; } }`;
}

/**
 * One plan as the document it is: the parts the law asks for first (the activities, which
 * principal answers for which, what others do, who has overall responsibility), then why a SIP
 * is needed, the current situation and ongoing interventions, the person's needs, what to do if
 * things get worse, how the activities are coordinated, the follow-up date; the goals in the
 * person's words; the activities by principal with the named responsible person and how to
 * reach them; coordinator, fixed care contacts, responsible doctor, meeting leader; who may
 * receive the plan and the consent in force; interpreter and adaptations; version, status and
 * signatures. A voided or closed plan says so at the top, with why and what replaced it.
 *
 * `reader="person"` words the same facts for the person: plain, short, "you", whom to call and
 * what happens next. `party="<id>"` shows the copy for one party through the model's fail-closed
 * `redactForParty` and says it is restricted; an id that names no one, or someone outside the
 * consent, shows a message and nothing of the plan.
 *
 * While the plan's content is editable and the element is not `readonly` (and not a party
 * view), the coordinator writes the core texts, picks the principal with overall responsibility
 * and the coordinator, and sets the follow-up date; sees what is missing before signing (each
 * item moves focus to its field or names the element that edits it); signs, locks, records
 * signatures given on the printed copy, and starts a new version.
 *
 * Printing (the Print button or the browser's own) gives an A4 copy without controls, black on
 * white, with name, version and status on every page and a signature block.
 *
 * @summary The SIP plan as a document: write, sign, lock, print, hand over.
 *
 * @fires sip-plan-change - Every edit (texts, responsibility, coordinator, follow-up date, sign, lock, signature, new version). `detail: { plan, change }`.
 * @fires sip-plan-revised - A new version was started. `detail: { plan, previous }`: store the voided `previous` too.
 * @fires sip-print-request - The Print button was pressed; cancelable. Not cancelled: the element calls `window.print()`. `detail: { plan, reader, party }`.
 * @fires sip-invalid - The plan is invalid. `detail: { issues }`.
 *
 * @csspart base - The element's outer wrapper.
 * @csspart document - The document (what prints).
 * @csspart banner - The voided / closed banner.
 * @csspart restricted - The note that this is a party's restricted copy.
 * @csspart work - The coordinator's panel (write, sign, lock; never printed).
 * @csspart requirements - The list of what is missing before signing.
 * @csspart activity - One activity in the document.
 * @csspart signature-block - Lines to sign on the printed copy.
 * @csspart warning - A model warning (plan written late).
 * @csspart button - Every button.
 * @csspart alert - The invalid-plan or no-access message.
 *
 * @cssprop --sip-plan-document-max-width - Width of the document on screen (default 52rem).
 * @cssprop --sip-color-text - Text colour.
 * @cssprop --sip-color-surface - Background of the coordinator's panel.
 * @cssprop --sip-color-border - Borders.
 * @cssprop --sip-color-warning - Banner and warning colour.
 * @cssprop --sip-font-family - Font.
 */
export class SipPlanDocument extends SipElement {
  static override properties = {
    ...SipElement.properties,
    reader: { type: String, reflect: true },
    party: { type: String, reflect: true },
    printPreview: { type: Boolean, reflect: true, attribute: 'print-preview' },
  };

  static override styles = planDocumentStyles;

  /** `staff` (default) or `person`: the person's own version in plain words. */
  declare reader: PlanDocumentReader;
  /** A network entry id (or `person`, a guardian's or the legal representative's id): show that party's copy. */
  declare party: string | undefined;
  /** Show the printed copy on screen (print styles, no controls), e.g. before handing it over. */
  declare printPreview: boolean;

  private readonly lazy = new LazyPart(this, documentPart);
  private readonly focuser = new FocusController(this);
  private edits: PlanDocumentController | undefined;
  private lastPlanId: string | undefined;
  private pageText = '';

  constructor() {
    super();
    this.reader = 'staff';
    this.party = undefined;
    this.printPreview = false;
  }

  private controller(part: PlanDocumentPart): PlanDocumentController {
    this.edits ??= new part.PlanDocumentController(
      this,
      {
        plan: () => this.validPlan,
        apply: (operate) => {
          const result = this.applyOperation(operate);
          if (result?.ok) this.validPlan = result.plan;
          return result;
        },
        revised: (plan, previous) => this.emit('sip-plan-revised', { plan, previous }),
        print: () => this.print(),
        fieldLabel: (field) => part.fieldLabel(field),
      },
      this.announcer,
      this.focuser,
    );
    return this.edits;
  }

  /**
   * Asks to print: fires the cancelable `sip-print-request`; unless a listener cancels it (a host
   * with its own print pipeline), opens the browser's print dialog.
   */
  print(): void {
    const plan = this.validPlan;
    if (!plan) return;
    const go = this.emit('sip-print-request', { plan, reader: this.reader === 'person' ? 'person' : 'staff', party: this.party }, true);
    if (go && typeof window !== 'undefined' && typeof window.print === 'function') window.print();
  }

  private viewModel(part: PlanDocumentPart, plan: SipPlan): PlanDocumentViewModel | NoAccessViewModel {
    const e = this.edits;
    const now = this.currentTime();
    return part.viewModel(plan, {
      reader: this.reader === 'person' ? 'person' : 'staff',
      party: this.party || undefined,
      readonly: this.readonly,
      now,
      today: isoDay(now),
      drafts: e?.drafts ?? new Map(),
      signer: e?.signer ?? '',
      method: e?.method ?? 'paper',
      opError: e?.opError ?? '',
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    try {
      pageSheet ??= new CSSStyleSheet();
      if (pageSheetUsers++ === 0) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
    } catch {
      // No constructable style sheets: printing still works, without the page size and number.
      pageSheet = undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!pageSheet || pageSheetUsers === 0) return;
    if (--pageSheetUsers === 0) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageSheet);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan) this.lazy.ensure();
    super.willUpdate(changed);
    const plan = this.validPlan;
    // Another plan drops what was typed; the same plan again (a host re-rendering, our own edit) keeps it.
    if (plan && plan.id !== this.lastPlanId) {
      if (this.lastPlanId !== undefined) this.edits?.clear();
      this.lastPlanId = plan.id;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const text = pageRule(label.page());
    if (pageSheet && text !== this.pageText) {
      this.pageText = text;
      try {
        pageSheet.replaceSync(text);
      } catch {
        // A browser without `@page` margin boxes in replaceSync: keep the default page.
      }
    }
  }

  override render(): TemplateResult {
    if (this.isInvalid) return html`<div part="base">${this.renderInvalid()}${this.announcer.render()}</div>`;
    const plan = this.validPlan;
    if (!plan) {
      return html`<div class="base" part="base">${this.plan ? '' : html`<p class="empty">${label.noPlanToShow()}</p>`}${this.announcer.render()}</div>`;
    }
    return html`${this.lazy.render({
      ready: (part) => part.view(this.viewModel(part, plan), this.controller(part).actions),
      loading: () => html`<div class="base" part="base"></div>`,
    })}${this.announcer.render()}`;
  }
}
