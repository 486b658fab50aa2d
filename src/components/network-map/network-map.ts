import { adoptStyles, html, supportsAdoptingStyleSheets, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { SipElement } from '../../shared/sip-element';
import { DEFAULT_SECTORS } from '../../model/constants';
import type { SectorSpec } from './labels';
import { shellStyles } from './shell-styles';
import * as label from '../../shared/labels';

export type { SectorSpec } from './labels';

/** Which view shows the network. */
export type NetworkMapView = 'map' | 'table';

// The map, table, panel and form, the layout, the network operations and most styles load
// lazily, next to the base class's validator, when the first plan arrives: before that the
// element has nothing to draw. See lazy.ts.
type Lazy = typeof import('./lazy');
let lazy: Lazy | undefined;
let lazyLoading: Promise<Lazy> | undefined;
function loadLazy(): Promise<Lazy> {
  lazyLoading ??= import('./lazy').then((m) => (lazy = m));
  return lazyLoading;
}

const MIN_SIZE = 440;
const MAX_SIZE = 960;

/**
 * `<sip-network-map>` — the person's network (nätverkskarta), drawn with them and used to decide
 * whom to invite. The person sits in the centre; closeness rings and sectors place everyone
 * around them. Entries are moved by dragging (mouse, pen, touch) or with the arrow keys, edited
 * in a side panel, and the same data and actions are available as a table.
 *
 * Edits go through the model's network operations and fire `sip-plan-change`; a plan that is
 * not a draft (signed, closed, voided) shows read-only with a note why.
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
 * @csspart undo - The "removed — undo" bar.
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
  static override styles = shellStyles;

  static override properties = {
    ...SipElement.properties,
    sectors: { attribute: false },
    view: { type: String, reflect: true },
    size: { state: true },
    narrow: { state: true },
  };

  /**
   * Sector ids clockwise from the top, each a string (our labels for the default ids, the id
   * itself otherwise) or `{ id, label }` with the host's own label. Default: the model's
   * `DEFAULT_SECTORS` (family, friends, school-work, municipality, region, other).
   */
  declare sectors: readonly SectorSpec[];
  /** `map` (default) or `table`. */
  declare view: NetworkMapView;

  declare private size: number;
  declare private narrow: boolean;

  /** The map, table and panel with their state; made once the lazy part has loaded. */
  private mapView: InstanceType<Lazy['NetworkMapView']> | undefined;
  private lazyFailed = false;
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    this.sectors = DEFAULT_SECTORS;
    this.view = 'map';
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
        if (size !== this.size) this.size = size;
        const narrow = width < MIN_SIZE;
        if (narrow !== this.narrow) this.narrow = narrow;
      });
      this.observeMain();
    }
  }

  override firstUpdated(): void {
    this.observeMain();
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

  private observed: Element | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = undefined;
  }

  // ─── the lazy part ──────────────────────────────────────────────────────

  /** `updateComplete` also waits for the view while it loads. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (!lazy && lazyLoading) {
      await lazyLoading.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Makes the view once its code is here, and adds its styles to the shell's. */
  private ensureView(l: Lazy): InstanceType<Lazy['NetworkMapView']> {
    if (this.mapView) return this.mapView;
    const root = this.renderRoot;
    if (root instanceof ShadowRoot) {
      // Constructable stylesheets (strict-CSP safe); where they are missing, Lit adds <style>
      // elements for the extra sheet only, as it did for the shell's.
      const own = (this.constructor as typeof SipNetworkMap).elementStyles;
      adoptStyles(root, supportsAdoptingStyleSheets ? [...own, l.viewStyles] : [l.viewStyles]);
    }
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    this.mapView = new l.NetworkMapView({
      el,
      get validPlan() {
        return el.validPlan;
      },
      get size() {
        return el.size;
      },
      get narrow() {
        return el.narrow;
      },
      announce: (text) => this.announce(text),
      applyOperation: (operate) => this.applyOperation(operate),
      currentTime: () => this.currentTime(),
      renderAnnouncer: () => this.renderAnnouncer(),
    });
    return this.mapView;
  }

  // ─── export ─────────────────────────────────────────────────────────────

  /** The map as a standalone SVG document (styles inlined), for the paper plan. */
  async toSVG(): Promise<string> {
    await this.updateComplete;
    return this.mapView ? this.mapView.toSVG() : '';
  }

  /** The map as a PNG image (2× scale), drawn through a Blob URL image (strict-CSP safe). */
  async toPNG(): Promise<Blob | undefined> {
    await this.updateComplete;
    return this.mapView?.toPNG();
  }

  // ─── rendering ──────────────────────────────────────────────────────────

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.plan && !lazy && !this.lazyFailed) {
      void loadLazy().then(
        () => this.requestUpdate(),
        () => {
          this.lazyFailed = true;
          this.requestUpdate();
        },
      );
    }
    super.willUpdate(changed);
    if (changed.has('plan')) this.mapView?.planChanged();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeMain();
    this.mapView?.updated();
  }

  override render(): TemplateResult {
    if (this.isInvalid) return html`${this.renderInvalid()}${this.renderAnnouncer()}`;
    const plan = this.validPlan;
    if (plan && lazy) return this.ensureView(lazy).render(plan);
    if (plan && this.lazyFailed) {
      // The view's chunk could not load (offline, blocked): say so instead of an empty map.
      return html`<div class="sip-alert" role="alert" part="alert">
          <p>${msg('Planen kunde inte kontrolleras just nu. Ladda om sidan.', { id: 'base.validatorUnavailable' })}</p>
        </div>
        ${this.renderAnnouncer()}`;
    }
    return html`<p class="empty">${label.noPlanToShow()}</p>${this.renderAnnouncer()}`;
  }
}
