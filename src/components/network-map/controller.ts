/**
 * The network map's edit actions and interaction state: each user intent becomes a model
 * operation (move, add, edit, remove with undo, invite, roles); keyboard, pointer drag and the
 * roving tab stop; export. Errors become messages; focus and announcements follow. Knows
 * nothing about templates.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import {
  NETWORK_KINDS,
  addNetworkEntry,
  captureNetworkEntryRemoval,
  editNetworkEntry,
  moveNetworkEntry,
  removeNetworkEntry,
  restoreNetworkEntry,
  setInvited,
  setRoles,
  type NetworkEntry,
  type NetworkKind,
  type OpResult,
  type Principal,
  type RemovedNetworkEntry,
  type Role,
  type SipPlan,
} from '../../model';
import type { AnnouncerController } from '../../shared/announcer';
import type { FocusController } from '../../shared/focus';
import type { UndoController } from '../../shared/undo';
import { METRICS, cellAt, layoutNetwork, readingOrder, type Layout } from './layout';
import { ringLabel, sectorLabel, type SectorSpec } from './labels';
import { roleName } from '../../shared/plan-terms';
import type { DragState, FormState, NetworkMapActions, NetworkMapView } from './types';

/** What the controller reads from its element: closures over its state, none of it public API. */
export interface NetworkMapEnv {
  plan(): SipPlan | undefined;
  editable(): boolean;
  lockedText(): string;
  sectors(): readonly SectorSpec[];
  view(): NetworkMapView;
  setView(view: NetworkMapView): void;
  /** The laid-out size of the drawing. */
  size(): number;
  /** The host's font family (labels are measured in it). */
  fontFamily(): string;
  root(): ParentNode;
  /** Waits for the element's render. */
  rendered(): Promise<unknown>;
  apply(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined;
  /** The base name of exported files (no extension). */
  filename(): string;
  title(): string;
}

// Shared by every map on the page: the same names at the same font measure the same.
const measuring = {
  cache: new Map<string, number>(),
  font: '',
  canvas: undefined as CanvasRenderingContext2D | null | undefined,
};

/** The sector ids of the host's specs, in order (the default sectors when none are usable). */
export function sectorIds(specs: readonly SectorSpec[]): string[] {
  return specs.map((s) => (typeof s === 'string' ? s : s.id));
}

export const keyOf = (item: { kind: 'entry' | 'group'; id: string }): string => (item.kind === 'entry' ? `e:${item.id}` : item.id);

export class NetworkMapController implements ReactiveController {
  focusKey: string | undefined;
  selected: string | undefined;
  form: FormState | undefined;
  error = '';
  drag: DragState | undefined;
  private pendingFocus: string | undefined;
  private lastMoved: string | undefined;
  private typeahead = '';
  private typeaheadAt = 0;
  private suppressClick = false;
  private layoutCache: { key: unknown[]; layout: Layout } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: NetworkMapEnv,
    private readonly announcer: AnnouncerController,
    private readonly focus: FocusController,
    private readonly undoer: UndoController<RemovedNetworkEntry>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** After a render: focus the entry just moved, added or restored. */
  hostUpdated(): void {
    if (this.pendingFocus === undefined) return;
    const key = `e:${this.pendingFocus}`;
    this.pendingFocus = undefined;
    if (this.env.view() === 'map') {
      this.focusKey = key;
      this.env.root().querySelector<SVGGElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
    }
  }

  private set<K extends 'focusKey' | 'selected' | 'form' | 'error' | 'drag'>(key: K, value: this[K]): void {
    if (this[key] === value) return;
    this[key] = value;
    this.host.requestUpdate();
  }

  /** The host got another plan: a panel or form whose entry is gone closes. */
  planChanged(plan: SipPlan | undefined): void {
    if (!plan) return;
    const ids = new Set(plan.network.map((e) => e.id));
    if (this.selected && !this.selected.startsWith('group:') && !ids.has(this.selected)) this.selected = undefined;
    if (this.form?.id && !ids.has(this.form.id)) this.form = undefined;
  }

  /** Forgets everything local (another plan). */
  clear(): void {
    this.focusKey = undefined;
    this.selected = undefined;
    this.form = undefined;
    this.error = '';
    this.drag = undefined;
    this.undoer.clear();
  }

  // ─── layout ─────────────────────────────────────────────────────────────

  layout(plan: SipPlan): Layout {
    const sectors = sectorIds(this.env.sectors());
    // Pinning keeps the entry just moved (or being dragged) out of a "+N" group; focus alone
    // does not pin, so tabbing through the map never rearranges it.
    const pin = this.drag?.id ?? this.pendingFocus ?? this.lastMoved;
    const size = this.env.size();
    const key = [plan.network, sectors.join('\u0000'), size, pin];
    if (this.layoutCache && this.layoutCache.key.every((k, i) => k === key[i])) return this.layoutCache.layout;
    const layout = layoutNetwork(
      // The principal's letter is drawn as one more badge.
      plan.network.map((e) => ({ id: e.id, sector: e.map.sector, ring: e.map.ring, label: e.name, badges: e.roles.length + (e.invited ? 1 : 0) + (e.principal ? 1 : 0) })),
      // Measured names may be longer: a name is worth more than a few more markers.
      { sectors, size, pin, measure: this.measurer(), maxLabelWidth: 104 },
    );
    this.layoutCache = { key, layout };
    return layout;
  }

  /**
   * Label widths as this browser draws them (canvas measureText with the host's font), plus a
   * small margin; undefined where canvas text is unavailable (the layout then estimates).
   */
  private measurer(): ((text: string) => number) | undefined {
    const M = measuring;
    const ctx = (M.canvas ??= typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null);
    if (!ctx) return undefined;
    const font = `${METRICS.fontSize}px ${this.env.fontFamily() || 'sans-serif'}`;
    if (font !== M.font) {
      // A canvas that does not take the host's font (some engines reject `system-ui` there)
      // would measure another font: then the layout's wide estimate is the safe choice.
      ctx.font = '1px serif';
      ctx.font = font;
      if (!ctx.font.startsWith(`${METRICS.fontSize}px`) || /^\d+px serif$/.test(ctx.font)) return undefined;
      M.font = font;
      M.cache.clear();
    }
    return (text: string) => {
      let w = M.cache.get(text);
      if (w === undefined) {
        ctx.font = M.font;
        w = ctx.measureText(text).width * 1.06 + 1;
        M.cache.set(text, w);
      }
      return w;
    };
  }

  private entry(id: string | undefined): NetworkEntry | undefined {
    return id === undefined ? undefined : this.env.plan()?.network.find((e) => e.id === id);
  }

  private label(sector: string): string {
    return sectorLabel(sector, this.env.sectors());
  }

  private say(text: string): void {
    this.announcer.say(text);
  }

  // ─── edits ──────────────────────────────────────────────────────────────

  private apply(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined {
    const result = this.env.apply(operate);
    if (result && !result.ok) this.set('error', result.error.message);
    else if (result?.ok) this.set('error', '');
    return result;
  }

  private move(id: string, sector: string, ring: 1 | 2 | 3, focus: boolean): void {
    const e = this.entry(id);
    if (!e || !this.env.editable()) return;
    if (e.map.sector === sector && e.map.ring === ring) return;
    const result = this.apply((plan, ctx) => moveNetworkEntry(plan, { type: 'moveNetworkEntry', entryId: id, sector, ring }, ctx));
    if (result?.ok) {
      this.lastMoved = id;
      if (focus) this.pendingFocus = id;
      this.say(msg(str`${e.name} flyttad till ${ringLabel(ring)}, ${this.label(sector)}`, { id: 'network.announce.moved' }));
    }
  }

  private remove(id: string): void {
    const plan = this.env.plan();
    const e = this.entry(id);
    if (!plan || !e || !this.env.editable()) return;
    // What the removal takes away (links, meeting participation, invitations, guardians), for undo.
    const removed = captureNetworkEntryRemoval(plan, id);
    const order = readingOrder(this.layout(plan));
    const at = order.findIndex((o) => o.id === id);
    const result = this.apply((p, ctx) => removeNetworkEntry(p, { type: 'removeNetworkEntry', entryId: id }, ctx));
    if (result?.ok && removed) {
      this.undoer.offer({ label: msg(str`${e.name} togs bort.`, { id: 'network.undo.text' }), data: removed });
      if (this.selected === id) this.selected = undefined;
      if (this.form?.id === id) this.form = undefined;
      const next = order[at + 1] ?? order[at - 1];
      this.focusKey = next ? keyOf(next) : undefined;
      this.say(msg(str`${e.name} borttagen ur nätverket. Ångra finns efter kartan.`, { id: 'network.announce.removed' }));
      this.focus.request('.undo-bar [data-action=undo]');
    }
  }

  private undo(): void {
    const offer = this.undoer.entry;
    if (!offer) return;
    const removed = offer.data;
    const result = this.apply((plan, ctx) => restoreNetworkEntry(plan, { type: 'restoreNetworkEntry', removed }, ctx));
    if (result?.ok) {
      this.undoer.clear();
      if (this.env.view() === 'map') this.pendingFocus = removed.entry.id;
      else this.focus.request(`tr[data-id="${CSS.escape(removed.entry.id)}"] button`);
      this.say(msg(str`${removed.entry.name} är tillbaka i nätverket.`, { id: 'network.announce.restored' }));
    }
  }

  private setInvited(id: string, invited: boolean): void {
    const e = this.entry(id);
    if (!e) return;
    const result = this.apply((plan, ctx) => setInvited(plan, { type: 'setInvited', entryId: id, invited }, ctx));
    if (result?.ok) {
      this.say(
        invited
          ? msg(str`${e.name} ska bjudas in till mötet.`, { id: 'network.announce.invited' })
          : msg(str`${e.name} ska inte bjudas in.`, { id: 'network.announce.uninvited' }),
      );
    }
  }

  private setRole(id: string, role: Role, on: boolean): void {
    const name = roleName(role);
    const e = this.entry(id);
    if (!e) return;
    const roles = on ? [...e.roles, role] : e.roles.filter((r) => r !== role);
    const result = this.apply((plan, ctx) => setRoles(plan, { type: 'setRoles', entryId: id, roles }, ctx));
    if (result?.ok) {
      this.say(
        on
          ? msg(str`${e.name} är nu ${name.toLowerCase()}.`, { id: 'network.announce.roleOn' })
          : msg(str`${e.name} är inte längre ${name.toLowerCase()}.`, { id: 'network.announce.roleOff' }),
      );
    }
  }

  private submitForm(event: SubmitEvent): void {
    event.preventDefault();
    const form = this.form;
    if (!form) return;
    const data = new FormData(event.target as HTMLFormElement);
    const get = (k: string) => String(data.get(k) ?? '').trim();
    const name = get('name');
    if (!name) {
      this.set('form', { ...form, error: msg('Skriv ett namn.', { id: 'network.form.nameMissing' }) });
      this.focus.request('#f-name');
      return;
    }
    const kind = (NETWORK_KINDS as readonly string[]).includes(get('kind')) ? (get('kind') as NetworkKind) : 'relative';
    const pKind = get('principal');
    const pName = get('principalName');
    const principal: Principal | undefined = pKind === 'region' || pKind === 'municipality' || pKind === 'other' ? { kind: pKind, ...(pName ? { name: pName } : {}) } : undefined;
    const optional = (v: string) => (v ? v : undefined);
    const phone = get('phone');
    const email = get('email');
    if (form.mode === 'add') {
      const sector = get('sector') || this.defaultSector(kind, principal);
      const ring = (Number(get('ring')) || 2) as 1 | 2 | 3;
      const entry: Record<string, unknown> = { kind, name, map: { sector, ring }, roles: [] };
      if (principal) entry.principal = principal;
      for (const k of ['relation', 'unit', 'profession'] as const) if (get(k)) entry[k] = get(k);
      if (phone || email) entry.contact = { ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
      const result = this.apply((plan, ctx) => addNetworkEntry(plan, { type: 'addNetworkEntry', entry: entry as NetworkEntry }, ctx));
      if (result?.ok) {
        const added = result.plan.network[result.plan.network.length - 1]!;
        this.form = undefined;
        this.selected = undefined;
        this.pendingFocus = added.id;
        this.lastMoved = added.id;
        this.set('focusKey', `e:${added.id}`);
        this.say(msg(str`${name} tillagd i ${ringLabel(ring)}, ${this.label(sector)}.`, { id: 'network.announce.added' }));
      } else if (result) {
        this.set('form', { ...form, error: result.error.message });
      }
      return;
    }
    const e = this.entry(form.id);
    if (!e) return;
    const contact = phone || email || e.contact ? { ...(e.contact ?? {}), phone: optional(phone), email: optional(email) } : undefined;
    const cleanContact = contact ? Object.fromEntries(Object.entries(contact).filter(([, v]) => v !== undefined)) : undefined;
    const patch: Record<string, unknown> = {
      name,
      kind,
      relation: optional(get('relation')),
      unit: optional(get('unit')),
      profession: optional(get('profession')),
      principal: principal ? { ...(e.principal ?? {}), ...principal, ...(pName ? {} : { name: undefined }) } : undefined,
      contact: cleanContact && Object.keys(cleanContact).length ? cleanContact : undefined,
    };
    if (patch.principal) patch.principal = Object.fromEntries(Object.entries(patch.principal as object).filter(([, v]) => v !== undefined));
    const result = this.apply((plan, ctx) => editNetworkEntry(plan, { type: 'editNetworkEntry', entryId: e.id, patch }, ctx));
    if (result?.ok) {
      this.form = undefined;
      this.set('selected', e.id);
      this.say(msg(str`Uppgifterna för ${name} är sparade.`, { id: 'network.announce.edited' }));
      this.focus.request('#details-title');
    } else if (result) {
      this.set('form', { ...form, error: result.error.message });
    }
  }

  private defaultSector(kind: NetworkKind, principal: Principal | undefined): string {
    const ids = sectorIds(this.env.sectors());
    const want = kind === 'relative' ? 'family' : kind === 'friend' ? 'friends' : principal?.kind === 'region' ? 'region' : principal?.kind === 'municipality' ? 'municipality' : 'other';
    return ids.includes(want) ? want : ids[0]!;
  }

  private cancelForm(): void {
    const form = this.form;
    this.set('form', undefined);
    if (form?.mode === 'edit' && form.id) {
      this.set('selected', form.id);
      this.focus.request('#details-title');
    } else {
      this.focus.request('[data-action=add]');
    }
  }

  // ─── focus and keyboard ─────────────────────────────────────────────────

  private focusItem(key: string): void {
    this.set('focusKey', key);
    this.focus.request(`[data-key="${CSS.escape(key)}"]`);
  }

  private open(key: string, focusPanel: boolean): void {
    this.focusKey = key;
    this.selected = key.startsWith('e:') ? key.slice(2) : key;
    this.form = undefined;
    this.host.requestUpdate();
    if (focusPanel) this.focus.request('#details-title');
  }

  private closeDetails(): void {
    const back = this.selected;
    this.set('selected', undefined);
    if (back && this.env.view() === 'map') this.focusItem(back.startsWith('group:') ? back : `e:${back}`);
  }

  private mapKeydown(event: KeyboardEvent): void {
    const target = (event.target as Element).closest<SVGGElement>('[data-key]');
    const plan = this.env.plan();
    if (!target || !plan) return;
    const key = target.dataset.key!;
    const layout = this.layout(plan);
    const order = readingOrder(layout).map(keyOf);
    const at = order.indexOf(key);
    const e = this.entry(key.startsWith('e:') ? key.slice(2) : undefined);
    const sectors = layout.sectors.map((s) => s.id);
    const editable = this.env.editable();
    let handled = true;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        if (!e) break;
        if (!editable) {
          this.say(this.env.lockedText());
          break;
        }
        const i = sectors.indexOf(e.map.sector);
        const n = sectors.length;
        this.move(e.id, sectors[(i + (event.key === 'ArrowRight' ? 1 : n - 1)) % n]!, e.map.ring, true);
        break;
      }
      case 'ArrowUp':
      case 'ArrowDown': {
        if (!e) break;
        if (!editable) {
          this.say(this.env.lockedText());
          break;
        }
        const ring = e.map.ring + (event.key === 'ArrowUp' ? -1 : 1);
        if (ring < 1) this.say(msg(str`${e.name} är redan i den innersta ringen.`, { id: 'network.announce.innermost' }));
        else if (ring > 3) this.say(msg(str`${e.name} är redan i den yttersta ringen.`, { id: 'network.announce.outermost' }));
        else this.move(e.id, e.map.sector, ring as 1 | 2 | 3, true);
        break;
      }
      case 'PageDown':
      case 'PageUp':
      case 'Home':
      case 'End': {
        const i = event.key === 'Home' ? 0 : event.key === 'End' ? order.length - 1 : at + (event.key === 'PageDown' ? 1 : -1);
        const nextKey = order[Math.max(0, Math.min(order.length - 1, i))];
        if (nextKey) this.focusItem(nextKey);
        break;
      }
      case 'Enter':
      case ' ':
        this.open(key, true);
        break;
      case 'Delete':
      case 'Backspace':
        if (e && editable) this.remove(e.id);
        else handled = false;
        break;
      case 'Escape':
        if (this.selected) this.set('selected', undefined);
        else handled = false;
        break;
      default:
        handled = this.typeaheadKey(event, order);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  /** Letters jump to the next entry whose name starts with what was typed. */
  private typeaheadKey(event: KeyboardEvent, order: string[]): boolean {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || !/\S/.test(event.key)) return false;
    const now = Date.now();
    this.typeahead = now - this.typeaheadAt > 800 ? event.key.toLowerCase() : this.typeahead + event.key.toLowerCase();
    this.typeaheadAt = now;
    const start = order.indexOf(this.focusKey ?? '');
    for (let k = 1; k <= order.length; k++) {
      const key = order[(start + (this.typeahead.length > 1 ? 0 : k) + order.length) % order.length]!;
      if (!key.startsWith('e:')) continue;
      if (this.entry(key.slice(2))?.name.toLowerCase().startsWith(this.typeahead)) {
        this.focusItem(key);
        return true;
      }
    }
    return true;
  }

  // ─── pointer drag ───────────────────────────────────────────────────────

  private svgPoint(event: PointerEvent): { x: number; y: number } | undefined {
    const svgEl = this.env.root().querySelector<SVGSVGElement>('svg.map');
    const ctm = svgEl?.getScreenCTM();
    if (!svgEl || !ctm) return undefined;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  }

  private pointerDown(event: PointerEvent): void {
    if (event.button !== 0 || !this.env.editable()) return;
    const g = (event.target as Element).closest<SVGGElement>('[data-key^="e:"]');
    const p = g && this.svgPoint(event);
    if (!g || !p) return;
    try {
      g.setPointerCapture(event.pointerId);
    } catch {
      /* synthetic pointers may not be capturable */
    }
    this.set('drag', { id: g.dataset.key!.slice(2), pointerId: event.pointerId, startX: p.x, startY: p.y, x: p.x, y: p.y, active: false, target: undefined });
  }

  private pointerMove(event: PointerEvent): void {
    const d = this.drag;
    const plan = this.env.plan();
    if (!d || d.pointerId !== event.pointerId || !plan) return;
    const p = this.svgPoint(event);
    if (!p) return;
    const active = d.active || Math.hypot(p.x - d.startX, p.y - d.startY) > 4;
    this.set('drag', { ...d, x: p.x, y: p.y, active, target: active ? cellAt(this.layout(plan), p.x, p.y) : undefined });
    if (active) event.preventDefault();
  }

  private pointerUp(event: PointerEvent): void {
    const d = this.drag;
    if (!d || d.pointerId !== event.pointerId) return;
    this.set('drag', undefined);
    if (!d.active) return;
    this.suppressClick = true;
    setTimeout(() => (this.suppressClick = false), 0);
    if (d.target) this.move(d.id, d.target.sector, d.target.ring, false);
    this.set('focusKey', `e:${d.id}`);
  }

  // ─── export ─────────────────────────────────────────────────────────────

  /** The map as a standalone SVG document (styles inlined), for the paper plan. */
  async toSVG(): Promise<string> {
    await this.env.rendered();
    const el = this.env.root().querySelector<SVGSVGElement>('svg.map');
    if (!el) return '';
    const { serializeMap } = await import('./export');
    return serializeMap(el, this.env.title());
  }

  /** The map as a PNG image (2× scale), drawn through a Blob URL image (strict-CSP safe). */
  async toPNG(): Promise<Blob | undefined> {
    const text = await this.toSVG();
    if (!text) return undefined;
    const { svgToPng } = await import('./export');
    return svgToPng(text, this.env.size(), 2);
  }

  private async download(kind: 'svg' | 'png'): Promise<void> {
    const { saveBlob } = await import('./export');
    const base = this.env.filename();
    if (kind === 'svg') {
      const text = await this.toSVG();
      if (text) saveBlob(new Blob([text], { type: 'image/svg+xml' }), `${base}.svg`);
    } else {
      const blob = await this.toPNG();
      if (blob) saveBlob(blob, `${base}.png`);
      else this.set('error', msg('Bilden kunde inte skapas i den här webbläsaren.', { id: 'network.export.failed' }));
    }
    this.say(msg('Kartan är sparad.', { id: 'network.export.done' }));
  }

  // ─── the actions the view may call ──────────────────────────────────────

  readonly actions: NetworkMapActions = {
    setView: (view) => this.env.setView(view),
    openAdd: () => {
      this.form = { mode: 'add' };
      this.selected = undefined;
      this.focus.request('#f-name');
    },
    submitForm: (event) => this.submitForm(event),
    cancelForm: () => this.cancelForm(),
    startEdit: (id) => this.set('form', { mode: 'edit', id }),
    move: (id, sector, ring) => this.move(id, sector, ring, false),
    remove: (id) => this.remove(id),
    undo: () => this.undo(),
    dismissUndo: () => this.undoer.clear(),
    setInvited: (id, invited) => this.setInvited(id, invited),
    setRole: (id, role, on) => this.setRole(id, role, on),
    open: (key, focusPanel) => this.open(key, focusPanel),
    closeDetails: () => this.closeDetails(),
    download: (kind) => void this.download(kind),
    mapKeydown: (event) => this.mapKeydown(event),
    mapFocus: (event) => {
      // Roving focus: the focused marker becomes the map's tab stop.
      const key = (event.target as Element).closest<SVGGElement>('[data-key]')?.dataset.key;
      if (key) this.set('focusKey', key);
    },
    mapClick: (event) => {
      if (this.suppressClick) return;
      const g = (event.target as Element).closest<SVGGElement>('[data-key]');
      if (g) this.open(g.dataset.key!, false);
    },
    pointerDown: (event) => this.pointerDown(event),
    pointerMove: (event) => this.pointerMove(event),
    pointerUp: (event) => this.pointerUp(event),
    pointerCancel: () => this.set('drag', undefined),
  };
}
