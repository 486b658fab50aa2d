import { html, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SipElement } from '../../shared/sip-element';
import { adoptLateStyles, LazyPart, lazyModule } from '../../shared/lazy-part';
import { FocusController } from '../../shared/focus';
import { UndoController } from '../../shared/undo';
import * as label from '../../shared/labels';
import { DEFAULT_SECTORS } from '../../model/constants';
import { isContentEditable, planStage } from '../../model/plan-stage';
import type { RemovedNetworkEntry, SipPlan } from '../../model';
import type { NetworkMapController } from './controller';
import type { NetworkMapView, NetworkMapViewModel, SectorSpec } from './types';
import { networkMapStyles } from './network-map.styles';

export type { NetworkMapView, SectorSpec } from './types';

// The map, table, panel and form, the layout, the network operations and most styles load
// lazily, next to the base class's validator, when the first plan arrives: before that the
// element has nothing to draw. See part.ts.
type NetworkMapPart = typeof import('./part');
const mapPart = lazyModule<NetworkMapPart>(() => import('./part'));

const MIN_SIZE = 440;
const MAX_SIZE = 960;
let instances = 0;

/**
 * The host's `sectors` made safe: anything that is not an array is ignored (the default
 * sectors), and so are items that are neither a non-empty string nor `{ id, label }` with a
 * non-empty string id. A wrong type never throws.
 */
export function usableSectors(value: unknown): readonly SectorSpec[] {
  if (!Array.isArray(value)) return DEFAULT_SECTORS;
  const out: SectorSpec[] = [];
  for (const s of value as unknown[]) {
    if (typeof s === 'string' && s !== '') out.push(s);
    else if (s && typeof s === 'object' && typeof (s as { id?: unknown }).id === 'string' && (s as { id: string }).id !== '') {
      const { id, label: text } = s as { id: string; label?: unknown };
      out.push(typeof text === 'string' && text !== '' ? { id, label: text } : id);
    }
  }
  return out.length ? out : DEFAULT_SECTORS;
}

/** A file name without path separators or characters a file system may refuse. */
const safeFileName = (name: string): string => name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '');

/**
 * `<sip-network-map>` — the person's network (nätverkskarta), drawn with them and used to decide
 * whom to invite. The person sits in the centre; closeness rings and sectors place everyone
 * around them. Entries are moved by dragging (mouse, pen, touch) or with the arrow keys, edited
 * in a side panel, and the same data and actions are available as a table (which stacks into
 * cards on narrow screens).
 *
 * Edits go through the model's network operations and fire `sip-plan-change`; a plan whose
 * content is locked (locked, closed, voided) shows read-only with a note why. A removal can be
 * undone: the entry comes back with its links, meeting participation, invitations and
 * guardian links.
 *
 * The principal (Region / Kommun / other) is shown by colour and by a letter badge (R, K, A).
 *
 * @summary The person's network map, with a table view, export and keyboard editing.
 *
 * @fires sip-plan-change - Every edit: `detail.plan` (a new plan) and `detail.change`.
 * @fires sip-invalid - The plan is invalid: `detail.issues`.
 *
 * @csspart toolbar - The row of view, add and export buttons.
 * @csspart map - The SVG drawing.
 * @csspart panel - The side panel (details, add and edit form, legend, keyboard help).
 * @csspart table - The table view.
 * @csspart undo - The "removed — undo" bar (the kit's undo bar).
 * @csspart button - The undo bar's buttons.
 * @csspart alert - The invalid-plan message.
 *
 * @cssprop --sip-network-map-ring-fill - Fill of the rings (alternating sectors are tinted).
 * @cssprop --sip-network-map-sector-tint - Fill of every other sector.
 * @cssprop --sip-network-map-line - Colour of ring and sector lines.
 * @cssprop --sip-network-map-person - Fill of the person's disc.
 * @cssprop --sip-network-map-drop - Fill of the drop target while dragging.
 * @cssprop --sip-color-region - Marker colour of region entries.
 * @cssprop --sip-color-municipality - Marker colour of municipality entries.
 * @cssprop --sip-color-other - Marker colour of entries with another principal.
 */
export class SipNetworkMap extends SipElement {
  static override styles = networkMapStyles;

  static override properties = {
    ...SipElement.properties,
    sectors: { attribute: false },
    view: { type: String, reflect: true },
    filename: { type: String },
    size: { state: true },
    narrow: { state: true },
  };

  /**
   * Sector ids clockwise from the top, each a string (our labels for the default ids, the id
   * itself otherwise) or `{ id, label }` with the host's own label. Default: the model's
   * `DEFAULT_SECTORS` (family, friends, school-work, municipality, region, other). A value that
   * is not an array, and items of the wrong shape, are ignored (the defaults are used).
   */
  declare sectors: readonly SectorSpec[];
  /** `map` (default) or `table`. */
  declare view: NetworkMapView;
  /**
   * Base name of exported files (`.svg` / `.png` is added). Default: `natverkskarta-<plan id>`
   * (`network-map-<plan id>` in English) — never the person's name, which would otherwise end
   * up in the Downloads folder.
   */
  declare filename: string | undefined;

  declare private size: number;
  declare private narrow: boolean;

  private readonly lazy = new LazyPart(this, mapPart);
  private readonly focuser = new FocusController(this);
  private readonly undoer = new UndoController<RemovedNetworkEntry>(this);
  /** The edit actions and interaction state; they come with the lazily loaded part. */
  private edits: NetworkMapController | undefined;
  private readonly uid = `nm${++instances}`;
  private stylesAdopted = false;
  private lastPlanId: string | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private observed: Element | undefined;

  constructor() {
    super();
    this.sectors = DEFAULT_SECTORS;
    this.view = 'map';
    this.filename = undefined;
    this.size = 600;
    this.narrow = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const width = entries[0]?.contentRect.width ?? 0;
        if (width <= 0) return;
        // Lay out for the width we have (in 40 px steps), so text stays near its real size.
        const size = Math.min(MAX_SIZE, Math.max(MIN_SIZE, Math.round(width / 40) * 40));
        const narrow = width < MIN_SIZE;
        if (size === this.size && narrow === this.narrow) return;
        // In the next frame: re-laying out changes the column's height in the same frame
        // otherwise, which browsers report as a ResizeObserver loop.
        requestAnimationFrame(() => {
          this.size = size;
          this.narrow = narrow;
        });
      });
      this.observeMain();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
  }

  /** Lays the map out for the width of its own column (re-observed when the column is re-made). */
  private observeMain(): void {
    const main = this.shadowRoot?.querySelector('.main');
    if (main && main !== this.observed) {
      if (this.observed) this.resizeObserver?.unobserve(this.observed);
      this.observed = main;
      this.resizeObserver?.observe(main);
    }
  }

  // ─── state the controller reads ─────────────────────────────────────────

  private get editable(): boolean {
    const plan = this.validPlan;
    return !this.readonly && !!plan && isContentEditable(plan);
  }

  private lockedText(): string {
    const plan = this.validPlan;
    if (this.readonly) return msg('Kartan visas skrivskyddad.', { id: 'network.locked.readonly' });
    const stage = plan ? planStage(plan) : 'closed';
    if (stage === 'locked') return msg('Planen är signerad och låst. Nätverket ändras i en ny version av planen.', { id: 'network.locked.active' });
    return msg('Planen är avslutad eller makulerad och kan inte ändras.', { id: 'network.locked.closed' });
  }

  private mapTitle(): string {
    return msg(str`Nätverkskarta för ${this.validPlan?.person.name ?? ''}`, { id: 'network.title' });
  }

  private exportName(): string {
    const own = typeof this.filename === 'string' ? safeFileName(this.filename) : '';
    if (own) return own;
    return safeFileName(`${msg('natverkskarta', { id: 'network.export.filename' })}-${this.validPlan?.id ?? ''}`);
  }

  private controller(part: NetworkMapPart): NetworkMapController {
    this.edits ??= new part.NetworkMapController(
      this,
      {
        plan: () => this.validPlan,
        editable: () => this.editable,
        lockedText: () => this.lockedText(),
        sectors: () => usableSectors(this.sectors),
        view: () => this.view,
        setView: (view) => (this.view = view),
        size: () => this.size,
        fontFamily: () => getComputedStyle(this).fontFamily,
        root: () => this.renderRoot,
        rendered: () => this.updateComplete,
        apply: (operate) => this.applyOperation(operate),
        filename: () => this.exportName(),
        title: () => this.mapTitle(),
      },
      this.announcer,
      this.focuser,
      this.undoer,
    );
    return this.edits;
  }

  private viewModel(part: NetworkMapPart, plan: SipPlan): NetworkMapViewModel {
    const edits = this.controller(part);
    return {
      plan,
      view: this.view === 'table' ? 'table' : 'map',
      editable: this.editable,
      lockedText: this.lockedText(),
      sectors: usableSectors(this.sectors),
      layout: edits.layout(plan),
      covered: new Set(part.coveredParties(plan, this.currentTime()).map((e) => e.id)),
      uid: this.uid,
      narrow: this.narrow,
      focusKey: edits.focusKey,
      selected: edits.selected,
      form: edits.form,
      drag: edits.drag,
      error: edits.error,
      undo: this.undoer.entry,
      title: this.mapTitle(),
    };
  }

  /** Adds the view's styles (and the kit's control styles) once its code is here. */
  private adoptViewStyles(part: NetworkMapPart): void {
    if (this.stylesAdopted) return;
    this.stylesAdopted = true;
    adoptLateStyles(this, [part.controlStyles, part.viewStyles]);
  }

  // ─── export ─────────────────────────────────────────────────────────────

  /** The map as a standalone SVG document (styles inlined), for the paper plan. */
  async toSVG(): Promise<string> {
    await this.updateComplete;
    return this.edits ? this.edits.toSVG() : '';
  }

  /** The map as a PNG image (2× scale), drawn through a Blob URL image (strict-CSP safe). */
  async toPNG(): Promise<Blob | undefined> {
    await this.updateComplete;
    return this.edits?.toPNG();
  }

  // ─── lifecycle ───────────────────────────────────────────────────────────

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.plan) this.lazy.ensure();
    super.willUpdate(changed);
    if (changed.has('plan')) {
      const plan = this.validPlan;
      // Another plan: what was open or offered for undo belonged to the old one.
      if (plan?.id !== this.lastPlanId) this.edits?.clear();
      else this.edits?.planChanged(plan);
      this.lastPlanId = plan?.id;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeMain();
  }

  override render(): TemplateResult {
    if (this.isInvalid) return html`${this.renderInvalid()}${this.announcer.render()}`;
    const plan = this.validPlan;
    if (!plan) return html`${this.plan ? '' : html`<p class="empty">${label.noPlanToShow()}</p>`}${this.announcer.render()}`;
    return html`${this.lazy.render({
      ready: (part) => {
        this.adoptViewStyles(part);
        return part.view(this.viewModel(part, plan), this.controller(part).actions);
      },
    })}${this.announcer.render()}`;
  }
}
