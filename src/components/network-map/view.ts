import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DEFAULT_SECTORS,
  NETWORK_KINDS,
  ROLES,
  addNetworkEntry,
  canConvene,
  coveredParties,
  editNetworkEntry,
  moveNetworkEntry,
  removeNetworkEntry,
  setInvited,
  setRoles,
  type NetworkEntry,
  type NetworkKind,
  type OpResult,
  type Principal,
  type Role,
  type SipPlan,
} from '../../model';
import { METRICS, cellAt, cellPath, layoutNetwork, radialLine, readingOrder, round, sectorLabelPath, truncate, type Layout } from './layout';
import { consentTick, invitedIcon, roleIcon } from './icons';
import { kindLabel, principalKindLabel, principalText, ringLabel, roleLabel, sectorLabel } from './labels';
import type { SipNetworkMap } from './network-map';
import * as label from '../../shared/labels';
import * as term from '../../shared/terms';

/**
 * What the view needs of its element beyond the public API: the validated plan, the laid-out
 * size, and the base class's protected helpers (announce, operations, clock, live region).
 */
export interface NetworkMapHost {
  readonly el: SipNetworkMap;
  readonly validPlan: SipPlan | undefined;
  readonly size: number;
  readonly narrow: boolean;
  announce(text: string): void;
  applyOperation(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined;
  currentTime(): string;
  renderAnnouncer(): TemplateResult;
}

interface DragState {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  x: number;
  y: number;
  active: boolean;
  target: { sector: string; ring: 1 | 2 | 3 } | undefined;
}

interface FormState {
  mode: 'add' | 'edit';
  id?: string;
  error?: string;
}

interface UndoState {
  entry: NetworkEntry;
  /** Other entries that knew the removed one, and the ones that belonged to it as a unit. */
  knownBy: string[];
  unitOf: string[];
}

/** The view's own state; every change re-renders the element (as Lit's `state` properties do). */
interface ViewState {
  focusKey: string | undefined;
  selected: string | undefined;
  form: FormState | undefined;
  undo: UndoState | undefined;
  error: string;
  drag: DragState | undefined;
}

/** Marker shapes around the origin: a circle (people) and a rounded square (units, organisations). */
const CIRCLE = 'M-5.5 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0z';
const SQUARE = 'M-3 -5h6a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2h-6a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2z';
let instances = 0;

// Shared by every map on the page: the same names at the same font measure the same.
const measuring = {
  measureCache: new Map<string, number>(),
  measureFont: '',
  canvas: undefined as CanvasRenderingContext2D | null | undefined,
};

/**
 * The map, table, side panel and form of `<sip-network-map>` with everything they do (layout,
 * keyboard, pointer drag, edits through the model's network operations, export). Loaded lazily,
 * with the validator, when the first plan arrives; see lazy.ts and the element's shell.
 */
export class NetworkMapView {
  private readonly uid = `nm${++instances}`;
  private layoutCache: { key: unknown[]; layout: Layout } | undefined;
  private pendingFocus: string | undefined;
  private lastMoved: string | undefined;
  private typeahead = '';
  private typeaheadAt = 0;
  private suppressClick = false;
  private readonly state: ViewState = { focusKey: undefined, selected: undefined, form: undefined, undo: undefined, error: '', drag: undefined };

  constructor(private readonly host: NetworkMapHost) {}

  private set<K extends keyof ViewState>(key: K, value: ViewState[K]): void {
    if (this.state[key] === value) return;
    this.state[key] = value;
    this.el.requestUpdate();
  }

  private get focusKey(): string | undefined {
    return this.state.focusKey;
  }
  private set focusKey(v: string | undefined) {
    this.set('focusKey', v);
  }
  private get selected(): string | undefined {
    return this.state.selected;
  }
  private set selected(v: string | undefined) {
    this.set('selected', v);
  }
  private get form(): FormState | undefined {
    return this.state.form;
  }
  private set form(v: FormState | undefined) {
    this.set('form', v);
  }
  private get undo(): UndoState | undefined {
    return this.state.undo;
  }
  private set undo(v: UndoState | undefined) {
    this.set('undo', v);
  }
  private get error(): string {
    return this.state.error;
  }
  private set error(v: string) {
    this.set('error', v);
  }
  private get drag(): DragState | undefined {
    return this.state.drag;
  }
  private set drag(v: DragState | undefined) {
    this.set('drag', v);
  }

  // ─── the element ────────────────────────────────────────────────────────

  private get el(): SipNetworkMap {
    return this.host.el;
  }
  private get validPlan(): SipPlan | undefined {
    return this.host.validPlan;
  }
  private get readonly(): boolean {
    return this.el.readonly;
  }
  private get sectors(): SipNetworkMap['sectors'] {
    return this.el.sectors;
  }
  private get view(): SipNetworkMap['view'] {
    return this.el.view;
  }
  private set view(v: SipNetworkMap['view']) {
    this.el.view = v;
  }
  private get size(): number {
    return this.host.size;
  }
  private get narrow(): boolean {
    return this.host.narrow;
  }
  private get shadowRoot(): ShadowRoot | null {
    return this.el.shadowRoot;
  }
  private get updateComplete(): Promise<boolean> {
    return this.el.updateComplete;
  }
  private announce(text: string): void {
    this.host.announce(text);
  }
  private applyOperation(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined {
    return this.host.applyOperation(operate);
  }
  private currentTime(): string {
    return this.host.currentTime();
  }
  private renderAnnouncer(): TemplateResult {
    return this.host.renderAnnouncer();
  }

  // ─── derived data ──────────────────────────────────────────────────────

  /** True when edits are possible: not readonly, and the plan is an editable draft. */
  private get editable(): boolean {
    return !this.readonly && this.validPlan?.status === 'draft';
  }

  private sectorIds(): string[] {
    const ids = (this.sectors ?? DEFAULT_SECTORS).map((s) => (typeof s === 'string' ? s : s?.id)).filter((s): s is string => typeof s === 'string' && s !== '');
    return ids.length ? ids : [...DEFAULT_SECTORS];
  }

  private label(sector: string): string {
    return sectorLabel(sector, this.sectors ?? []);
  }

  private currentLayout(plan: SipPlan): Layout {
    const sectors = this.sectorIds();
    // Pinning keeps the entry just moved (or being dragged) out of a "+N" group; focus alone
    // does not pin, so tabbing through the map never rearranges it.
    const pin = this.drag?.id ?? this.pendingFocus ?? this.lastMoved;
    const key = [plan.network, sectors.join('\u0000'), this.size, pin];
    if (this.layoutCache && this.layoutCache.key.every((k, i) => k === key[i])) return this.layoutCache.layout;
    const layout = layoutNetwork(
      plan.network.map((e) => ({ id: e.id, sector: e.map.sector, ring: e.map.ring, label: e.name, badges: e.roles.length + (e.invited ? 1 : 0) })),
      // Measured names may be longer: a name is worth more than a few more markers.
      { sectors, size: this.size, pin, measure: this.measurer(), maxLabelWidth: 104 },
    );
    this.layoutCache = { key, layout };
    return layout;
  }


  /**
   * Label widths as this browser draws them (canvas measureText with the host's font), plus a
   * small margin; undefined where canvas text is unavailable (the layout then estimates).
   */
  private measurer(): ((text: string) => number) | undefined {
    const ctx = (measuring.canvas ??= typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null);
    if (!ctx) return undefined;
    const family = getComputedStyle(this.el).fontFamily || 'sans-serif';
    const font = `${METRICS.fontSize}px ${family}`;
    const M = measuring;
    if (font !== M.measureFont) {
      // A canvas that does not take the host's font (some engines reject `system-ui` there)
      // would measure another font: then the layout's wide estimate is the safe choice.
      ctx.font = '1px serif';
      ctx.font = font;
      if (!ctx.font.startsWith(`${METRICS.fontSize}px`) || /^\d+px serif$/.test(ctx.font)) return undefined;
      M.measureFont = font;
      M.measureCache.clear();
    }
    return (text: string) => {
      let w = M.measureCache.get(text);
      if (w === undefined) {
        ctx.font = M.measureFont;
        w = ctx.measureText(text).width * 1.06 + 1;
        M.measureCache.set(text, w);
      }
      return w;
    };
  }


  private entry(id: string | undefined): NetworkEntry | undefined {
    return id === undefined ? undefined : this.validPlan?.network.find((e) => e.id === id);
  }

  private covered(plan: SipPlan): Set<string> {
    return new Set(coveredParties(plan, this.currentTime()).map((e) => e.id));
  }

  /** The full spoken description of an entry. */
  private describe(e: NetworkEntry, covered: Set<string>): string {
    const parts = [e.name, e.relation || kindLabel(e.kind), principalText(e), `${ringLabel(e.map.ring)}, ${this.label(e.map.sector)}`];
    for (const r of e.roles) parts.push(roleLabel(r));
    parts.push(e.invited ? msg('inbjuden', { id: 'network.desc.invited' }) : msg('inte inbjuden', { id: 'network.desc.notInvited' }));
    if (covered.has(e.id)) parts.push(msg('omfattas av samtycket', { id: 'network.desc.covered' }));
    if (canConvene(e)) parts.push(msg('kan kalla till SIP', { id: 'network.desc.canConvene' }));
    return parts.join(', ');
  }

  // ─── edits ──────────────────────────────────────────────────────────────

  private apply(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined {
    const result = this.applyOperation(operate);
    if (result && !result.ok) this.error = result.error.message;
    else if (result?.ok) this.error = '';
    return result;
  }

  private move(id: string, sector: string, ring: 1 | 2 | 3, focus = true): void {
    const e = this.entry(id);
    if (!e || !this.editable) return;
    if (e.map.sector === sector && e.map.ring === ring) return;
    const result = this.apply((plan, ctx) => moveNetworkEntry(plan, { type: 'moveNetworkEntry', entryId: id, sector, ring }, ctx));
    if (result?.ok) {
      this.lastMoved = id;
      if (focus) this.pendingFocus = id;
      this.announce(msg(str`${e.name} flyttad till ${ringLabel(ring)}, ${this.label(sector)}`, { id: 'network.announce.moved' }));
    }
  }

  private removeEntry(id: string): void {
    const plan = this.validPlan;
    const e = this.entry(id);
    if (!plan || !e || !this.editable) return;
    const knownBy = plan.network.filter((o) => o.knows?.includes(id)).map((o) => o.id);
    const unitOf = plan.network.filter((o) => o.unitId === id).map((o) => o.id);
    const order = readingOrder(this.currentLayout(plan));
    const at = order.findIndex((o) => o.id === id);
    const result = this.apply((p, ctx) => removeNetworkEntry(p, { type: 'removeNetworkEntry', entryId: id }, ctx));
    if (result?.ok) {
      this.undo = { entry: e, knownBy, unitOf };
      if (this.selected === id) this.selected = undefined;
      if (this.form?.id === id) this.form = undefined;
      const next = order[at + 1] ?? order[at - 1];
      this.focusKey = next ? this.keyOf(next) : undefined;
      this.announce(msg(str`${e.name} borttagen ur nätverket. Ångra finns efter kartan.`, { id: 'network.announce.removed' }));
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLButtonElement>('.undo button')?.focus());
    }
  }

  private undoRemove = (): void => {
    const u = this.undo;
    if (!u) return;
    const result = this.apply((plan, ctx) => {
      // Put the entry back (same id, every field), then its links from other entries.
      const { id: _id, ...rest } = u.entry;
      let r = addNetworkEntry(plan, { type: 'addNetworkEntry', entry: { ...rest, id: u.entry.id } }, ctx);
      if (!r.ok) return r;
      const first = r;
      for (const other of u.knownBy) {
        const o = r.plan.network.find((x) => x.id === other);
        if (!o) continue;
        const next = editNetworkEntry(r.plan, { type: 'editNetworkEntry', entryId: other, patch: { knows: [...(o.knows ?? []), u.entry.id] } }, ctx);
        if (next.ok) r = next;
      }
      for (const other of u.unitOf) {
        if (!r.plan.network.some((x) => x.id === other)) continue;
        const next = editNetworkEntry(r.plan, { type: 'editNetworkEntry', entryId: other, patch: { unitId: u.entry.id } }, ctx);
        if (next.ok) r = next;
      }
      return { ok: true, plan: r.plan, change: first.change };
    });
    if (result?.ok) {
      this.undo = undefined;
      if (this.view === 'map') this.pendingFocus = u.entry.id;
      this.announce(msg(str`${u.entry.name} är tillbaka i nätverket.`, { id: 'network.announce.restored' }));
    }
  };

  private toggleInvited(id: string, invited: boolean): void {
    const e = this.entry(id);
    if (!e) return;
    const result = this.apply((plan, ctx) => setInvited(plan, { type: 'setInvited', entryId: id, invited }, ctx));
    if (result?.ok) {
      this.announce(
        invited
          ? msg(str`${e.name} ska bjudas in till mötet.`, { id: 'network.announce.invited' })
          : msg(str`${e.name} ska inte bjudas in.`, { id: 'network.announce.uninvited' }),
      );
    }
  }

  private toggleRole(id: string, role: Role, on: boolean): void {
    const e = this.entry(id);
    if (!e) return;
    const roles = on ? [...e.roles, role] : e.roles.filter((r) => r !== role);
    const result = this.apply((plan, ctx) => setRoles(plan, { type: 'setRoles', entryId: id, roles }, ctx));
    if (result?.ok) {
      this.announce(
        on
          ? msg(str`${e.name} är nu ${roleLabel(role).toLowerCase()}.`, { id: 'network.announce.roleOn' })
          : msg(str`${e.name} är inte längre ${roleLabel(role).toLowerCase()}.`, { id: 'network.announce.roleOff' }),
      );
    }
  }

  private submitForm = (event: Event): void => {
    event.preventDefault();
    const formEl = event.target as HTMLFormElement;
    const data = new FormData(formEl);
    const get = (k: string) => String(data.get(k) ?? '').trim();
    const name = get('name');
    if (!name) {
      this.form = { ...this.form!, error: msg('Skriv ett namn.', { id: 'network.form.nameMissing' }) };
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>('#f-name')?.focus());
      return;
    }
    const kind = (NETWORK_KINDS as readonly string[]).includes(get('kind')) ? (get('kind') as NetworkKind) : 'relative';
    const pKind = get('principal');
    const pName = get('principalName');
    const principal: Principal | undefined = pKind === 'region' || pKind === 'municipality' || pKind === 'other' ? { kind: pKind, ...(pName ? { name: pName } : {}) } : undefined;
    const optional = (v: string) => (v ? v : undefined);
    const phone = get('phone');
    const email = get('email');
    const form = this.form!;
    if (form.mode === 'add') {
      const sector = get('sector') || this.defaultSector(kind, principal);
      const ring = (Number(get('ring')) || 2) as 1 | 2 | 3;
      const entry: Record<string, unknown> = { kind, name, map: { sector, ring }, roles: [] };
      if (principal) entry.principal = principal;
      for (const [k, v] of [
        ['relation', get('relation')],
        ['unit', get('unit')],
        ['profession', get('profession')],
      ] as const) {
        if (v) entry[k] = v;
      }
      if (phone || email) entry.contact = { ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
      const result = this.apply((plan, ctx) => addNetworkEntry(plan, { type: 'addNetworkEntry', entry: entry as NetworkEntry }, ctx));
      if (result?.ok) {
        const added = result.plan.network[result.plan.network.length - 1]!;
        this.form = undefined;
        this.selected = undefined;
        this.pendingFocus = added.id;
        this.lastMoved = added.id;
        this.focusKey = `e:${added.id}`;
        this.announce(msg(str`${name} tillagd i ${ringLabel(ring)}, ${this.label(sector)}.`, { id: 'network.announce.added' }));
      } else if (result) {
        this.form = { ...form, error: result.error.message };
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
      this.selected = e.id;
      this.announce(msg(str`Uppgifterna för ${name} är sparade.`, { id: 'network.announce.edited' }));
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#details-title')?.focus());
    } else if (result) {
      this.form = { ...form, error: result.error.message };
    }
  };

  private defaultSector(kind: NetworkKind, principal: Principal | undefined): string {
    const ids = this.sectorIds();
    const want = kind === 'relative' ? 'family' : kind === 'friend' ? 'friends' : principal?.kind === 'region' ? 'region' : principal?.kind === 'municipality' ? 'municipality' : 'other';
    return ids.includes(want) ? want : ids[0]!;
  }

  // ─── focus and keyboard ─────────────────────────────────────────────────

  private keyOf(item: { kind: 'entry' | 'group'; id: string }): string {
    return item.kind === 'entry' ? `e:${item.id}` : item.id;
  }

  private focusItem(key: string): void {
    this.focusKey = key;
    void this.updateComplete.then(() => {
      const el = this.shadowRoot?.querySelector<SVGGElement>(`[data-key="${CSS.escape(key)}"]`);
      el?.focus();
    });
  }

  private onMapKeydown = (event: KeyboardEvent): void => {
    const target = (event.target as Element).closest<SVGGElement>('[data-key]');
    const plan = this.validPlan;
    if (!target || !plan) return;
    const key = target.dataset.key!;
    const order = readingOrder(this.currentLayout(plan)).map((o) => this.keyOf(o));
    const at = order.indexOf(key);
    const id = key.startsWith('e:') ? key.slice(2) : undefined;
    const e = this.entry(id);
    const sectors = this.currentLayout(plan).sectors.map((s) => s.id);
    let handled = true;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        if (!e) break;
        if (!this.editable) {
          this.announce(this.lockedText());
          break;
        }
        const i = sectors.indexOf(e.map.sector);
        const n = sectors.length;
        const next = sectors[(i + (event.key === 'ArrowRight' ? 1 : n - 1)) % n]!;
        this.move(e.id, next, e.map.ring);
        break;
      }
      case 'ArrowUp':
      case 'ArrowDown': {
        if (!e) break;
        if (!this.editable) {
          this.announce(this.lockedText());
          break;
        }
        const ring = e.map.ring + (event.key === 'ArrowUp' ? -1 : 1);
        if (ring < 1) this.announce(msg(str`${e.name} är redan i den innersta ringen.`, { id: 'network.announce.innermost' }));
        else if (ring > 3) this.announce(msg(str`${e.name} är redan i den yttersta ringen.`, { id: 'network.announce.outermost' }));
        else this.move(e.id, e.map.sector, ring as 1 | 2 | 3);
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
        this.openItem(key, true);
        break;
      case 'Delete':
      case 'Backspace':
        if (e && this.editable) this.removeEntry(e.id);
        else handled = false;
        break;
      case 'Escape':
        if (this.selected) this.selected = undefined;
        else handled = false;
        break;
      default:
        handled = this.typeaheadKey(event, order);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

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
      const e = this.entry(key.slice(2));
      if (e?.name.toLowerCase().startsWith(this.typeahead)) {
        this.focusItem(key);
        return true;
      }
      if (this.typeahead.length > 1 && k === 1) continue;
    }
    return true;
  }

  private openItem(key: string, focusPanel: boolean): void {
    this.focusKey = key;
    this.selected = key.startsWith('e:') ? key.slice(2) : key;
    this.form = undefined;
    if (focusPanel) void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#details-title')?.focus());
  }

  private closeDetails = (): void => {
    const back = this.selected;
    this.selected = undefined;
    if (back) {
      const key = back.startsWith('group:') ? back : `e:${back}`;
      if (this.view === 'map') this.focusItem(key);
    }
  };

  private lockedText(): string {
    const plan = this.validPlan;
    if (this.readonly) return msg('Kartan visas skrivskyddad.', { id: 'network.locked.readonly' });
    if (plan?.status === 'active') return msg('Planen är signerad och låst. Nätverket ändras i en ny version av planen.', { id: 'network.locked.active' });
    return msg('Planen är avslutad eller makulerad och kan inte ändras.', { id: 'network.locked.closed' });
  }

  // ─── pointer drag ───────────────────────────────────────────────────────

  private svgPoint(event: PointerEvent): { x: number; y: number } | undefined {
    const svgEl = this.shadowRoot?.querySelector<SVGSVGElement>('svg.map');
    const ctm = svgEl?.getScreenCTM();
    if (!svgEl || !ctm) return undefined;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !this.editable) return;
    const g = (event.target as Element).closest<SVGGElement>('[data-key^="e:"]');
    if (!g) return;
    const p = this.svgPoint(event);
    if (!p) return;
    try {
      g.setPointerCapture(event.pointerId);
    } catch {
      /* synthetic pointers may not be capturable */
    }
    this.drag = { id: g.dataset.key!.slice(2), pointerId: event.pointerId, startX: p.x, startY: p.y, x: p.x, y: p.y, active: false, target: undefined };
  };

  private onPointerMove = (event: PointerEvent): void => {
    const d = this.drag;
    if (!d || d.pointerId !== event.pointerId || !this.validPlan) return;
    const p = this.svgPoint(event);
    if (!p) return;
    const active = d.active || Math.hypot(p.x - d.startX, p.y - d.startY) > 4;
    this.drag = { ...d, x: p.x, y: p.y, active, target: active ? cellAt(this.currentLayout(this.validPlan), p.x, p.y) : undefined };
    if (active) event.preventDefault();
  };

  private onPointerUp = (event: PointerEvent): void => {
    const d = this.drag;
    if (!d || d.pointerId !== event.pointerId) return;
    this.drag = undefined;
    if (!d.active) return;
    this.suppressClick = true;
    setTimeout(() => (this.suppressClick = false), 0);
    if (d.target) this.move(d.id, d.target.sector, d.target.ring, false);
    this.focusKey = `e:${d.id}`;
  };

  private onPointerCancel = (): void => {
    this.drag = undefined;
  };

  /** Roving focus: the focused marker becomes the map's tab stop. */
  private onMapFocus = (event: FocusEvent): void => {
    const key = (event.target as Element).closest<SVGGElement>('[data-key]')?.dataset.key;
    if (key && key !== this.focusKey) this.focusKey = key;
  };

  private onMapClick = (event: MouseEvent): void => {
    if (this.suppressClick) return;
    const g = (event.target as Element).closest<SVGGElement>('[data-key]');
    if (g) this.openItem(g.dataset.key!, false);
  };

  // ─── export ─────────────────────────────────────────────────────────────

  /** The map as a standalone SVG document (styles inlined), for the paper plan. */
  async toSVG(): Promise<string> {
    await this.updateComplete;
    const el = this.shadowRoot?.querySelector<SVGSVGElement>('svg.map');
    if (!el) return '';
    const { serializeMap } = await import('./export');
    return serializeMap(el, this.mapTitle());
  }

  /** The map as a PNG image (2× scale), drawn through a Blob URL image (strict-CSP safe). */
  async toPNG(): Promise<Blob | undefined> {
    const text = await this.toSVG();
    if (!text) return undefined;
    const { svgToPng } = await import('./export');
    return svgToPng(text, this.size, 2);
  }

  private async download(kind: 'svg' | 'png'): Promise<void> {
    const { saveBlob } = await import('./export');
    const base = `${msg('natverkskarta', { id: 'network.export.filename' })}-${(this.validPlan?.person.preferredName ?? this.validPlan?.person.name ?? '').replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}`;
    if (kind === 'svg') {
      const text = await this.toSVG();
      if (text) saveBlob(new Blob([text], { type: 'image/svg+xml' }), `${base}.svg`);
    } else {
      const blob = await this.toPNG();
      if (blob) saveBlob(blob, `${base}.png`);
      else this.error = msg('Bilden kunde inte skapas i den här webbläsaren.', { id: 'network.export.failed' });
    }
    this.announce(msg('Kartan är sparad.', { id: 'network.export.done' }));
  }

  private mapTitle(): string {
    const name = this.validPlan?.person.name ?? '';
    return msg(str`Nätverkskarta för ${name}`, { id: 'network.title' });
  }

  // ─── rendering ──────────────────────────────────────────────────────────

  /** The host got a new plan: a panel or form whose entry is gone closes. */
  planChanged(): void {
    const plan = this.validPlan;
    if (!plan) return;
    const ids = new Set(plan.network.map((e) => e.id));
    if (this.selected && !this.selected.startsWith('group:') && !ids.has(this.selected)) this.selected = undefined;
    if (this.form?.id && !ids.has(this.form.id)) this.form = undefined;
  }

  /** After the host rendered: focus the entry just moved, added or restored. */
  updated(): void {
    if (this.pendingFocus !== undefined) {
      const key = `e:${this.pendingFocus}`;
      this.pendingFocus = undefined;
      if (this.view === 'map') {
        this.focusKey = key;
        this.shadowRoot?.querySelector<SVGGElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
      }
    }
  }

  /** Everything the element shows for a valid plan. */
  render(plan: SipPlan): TemplateResult {
    const covered = this.covered(plan);
    const layout = this.currentLayout(plan);
    return html`
      <div class="toolbar" part="toolbar">
        <div class="views" role="group" aria-label=${msg('Visa som', { id: 'network.view.label' })}>
          <button type="button" aria-pressed=${this.view !== 'table' ? 'true' : 'false'} @click=${() => (this.view = 'map')}>${msg('Karta', { id: 'network.view.map' })}</button>
          <button type="button" aria-pressed=${this.view === 'table' ? 'true' : 'false'} @click=${() => (this.view = 'table')}>${msg('Tabell', { id: 'network.view.table' })}</button>
        </div>
        ${this.editable
          ? html`<button type="button" class="primary" aria-expanded=${this.form?.mode === 'add' ? 'true' : 'false'} @click=${this.openAdd}>${msg('Lägg till i nätverket', { id: 'network.add' })}</button>`
          : nothing}
        <span class="spacer"></span>
        <button type="button" @click=${() => this.download('svg')}>${msg('Spara som SVG', { id: 'network.export.svg' })}</button>
        <button type="button" @click=${() => this.download('png')}>${msg('Spara som PNG', { id: 'network.export.png' })}</button>
      </div>
      ${!this.editable ? html`<p class="note">${this.lockedText()}</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class=${this.view === 'table' ? 'body table-view' : 'body'}>
        <div class="main">${this.view === 'table' ? this.renderTable(plan, covered, layout) : this.renderMap(plan, covered, layout)}</div>
        <div class="panel" part="panel">${this.renderPanel(plan, covered, layout)}</div>
      </div>
      ${this.undo
        ? html`<div class="undo" part="undo">
            <span>${msg(str`${this.undo.entry.name} togs bort.`, { id: 'network.undo.text' })}</span>
            <button type="button" @click=${this.undoRemove}>${label.undo()}</button>
            <button type="button" class="quiet" aria-label=${msg('Stäng meddelandet', { id: 'network.undo.dismiss' })} @click=${() => (this.undo = undefined)}>×</button>
          </div>`
        : nothing}
      ${this.renderAnnouncer()}
    `;
  }

  private openAdd = (): void => {
    this.form = { mode: 'add' };
    this.selected = undefined;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLInputElement>('#f-name')?.focus());
  };

  /**
   * Placed entries in the plan's order: the DOM order stays put when the layout shifts, so a
   * focused marker is never moved in the DOM (which would take its focus away).
   */
  private inPlanOrder(layout: Layout, plan: SipPlan): Layout['placed'] {
    const byId = new Map(layout.placed.map((p) => [p.id, p]));
    return plan.network.map((e) => byId.get(e.id)).filter((p): p is Layout['placed'][number] => !!p);
  }

  private renderMap(plan: SipPlan, covered: Set<string>, layout: Layout): TemplateResult {
    const { size, cx, cy, ringRadii, metrics: M } = layout;
    const order = readingOrder(layout);
    const keys = order.map((o) => this.keyOf(o));
    const focusKey = this.focusKey && keys.includes(this.focusKey) ? this.focusKey : keys[0];
    const byId = new Map(plan.network.map((e) => [e.id, e]));
    const d = this.drag;
    const person = truncate(plan.person.preferredName || plan.person.name, layout.centreRadius * 2 - 10, 12);
    const helpId = `${this.uid}-help`;
    const multi = layout.sectors.length > 1;
    return html`<div class=${classMap({ 'map-scroll': true, narrow: this.narrow })} tabindex=${this.narrow ? '0' : nothing} role=${this.narrow ? 'region' : nothing} aria-label=${this.narrow ? this.mapTitle() : nothing}>
      <svg
        class=${classMap({ map: true, dragging: !!d?.active })}
        part="map"
        viewBox="0 0 ${size} ${size}"
        role="group"
        aria-label=${this.mapTitle()}
        aria-describedby=${helpId}
        @keydown=${this.onMapKeydown}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerCancel}
        @click=${this.onMapClick}
        @focusin=${this.onMapFocus}
      >
        <title>${this.mapTitle()}</title>
        <g class="ground" aria-hidden="true">
          <circle class="disc" cx=${cx} cy=${cy} r=${round(ringRadii[3])}></circle>
          ${layout.sectors.map((s, i) => (i % 2 === 1 ? svg`<path class="tint" d=${cellPath(layout, s.id, 1) + cellPath(layout, s.id, 2) + cellPath(layout, s.id, 3)}></path>` : nothing))}
          ${[1, 2, 3].map((r) => svg`<circle class="ring" cx=${cx} cy=${cy} r=${round(ringRadii[r]!)}></circle>`)}
          <circle class="ring" cx=${cx} cy=${cy} r=${round(ringRadii[0])}></circle>
          ${multi ? layout.sectors.map((s) => svg`<path class="spoke" d=${radialLine(layout, s.start)}></path>`) : nothing}
          ${d?.active && d.target ? svg`<path class="drop" d=${cellPath(layout, d.target.sector, d.target.ring)}></path>` : nothing}
          ${layout.sectors.map((s) => {
            const p = sectorLabelPath(layout, s);
            const id = `${this.uid}-s${s.index}`;
            const text = truncate(this.label(s.id), p.length - 6, 12);
            return svg`<path id=${id} class="guide" d=${p.d}></path><text class="sector-label"><textPath href="#${id}" startOffset="50%" text-anchor="middle">${text.text}</textPath></text>`;
          })}
          ${layout.ringLabels.map((l) => svg`<circle class="ring-no" cx=${l.x} cy=${l.y} r="6.5"></circle><text class="ring-no-text" x=${l.x} y=${round(l.y + 3.5)} text-anchor="middle">${l.ring}</text>`)}
        </g>
        <g class="person" aria-hidden="true">
          <circle cx=${cx} cy=${cy} r=${round(layout.centreRadius)}></circle>
          <text x=${cx} y=${round(cy + 4)} text-anchor="middle">${person.text}</text>
        </g>
        <g class="entries">
          ${repeat(this.inPlanOrder(layout, plan), (p) => p.id, (p) => {
            const e = byId.get(p.id)!;
            const key = `e:${p.id}`;
            const dragging = d?.active && d.id === p.id;
            const dx = dragging ? round(d.x - d.startX) : 0;
            const dy = dragging ? round(d.y - d.startY) : 0;
            const badges: SVGTemplateResult[] = [];
            let bx = p.badgeX;
            for (const r of e.roles) {
              badges.push(roleIcon(r, round(bx - p.x + 0.5), -4.5));
              bx += M.badge;
            }
            if (e.invited) badges.push(invitedIcon(round(bx - p.x + 0.5), -4.5));
            const pk = e.principal?.kind ?? 'none';
            const unitLike = e.kind === 'unit' || e.kind === 'organisation';
            // Everything inside is drawn relative to the marker, so most attributes are static.
            return svg`<g
              class=${`entry p-${pk}${this.selected === p.id ? ' selected' : ''}${dragging ? ' dragged' : ''}`}
              data-key=${key}
              role="button"
              tabindex=${key === focusKey ? '0' : '-1'}
              aria-label=${this.describe(e, covered)}
              transform="translate(${round(p.x + dx)} ${round(p.y + dy)})"
            >
              <rect class="hit" x=${round(p.box.x - p.x - 1)} y="-8" width=${round(p.box.w + 2)} height="16" rx="3"></rect>
              <circle class=${canConvene(e) ? 'convene' : 'convene off'} r="7"></circle>
              <path class="marker" d=${unitLike ? SQUARE : CIRCLE}></path>
              <path class=${covered.has(e.id) ? 'tick' : 'tick off'} d="M-2.6 .1l1.8 1.8 3.4-3.6"></path>
              ${badges.length ? svg`<g class="badges">${badges}</g>` : nothing}
              <text class="label" x=${round(p.labelX - p.x)} y="4" text-anchor=${p.side === 'right' ? 'start' : 'end'}>${p.label}</text>
            </g>`;
          })}
          ${repeat(layout.groups, (g) => `${g.sector}:${g.ring}`, (g) => {
            const key = `group:${g.sector}:${g.ring}`;
            const label = msg(str`${g.ids.length} till i ${ringLabel(g.ring)}, ${this.label(g.sector)}`, { id: 'network.group.aria' });
            return svg`<g class=${`entry group${this.selected === key ? ' selected' : ''}`} data-key=${key} role="button" tabindex=${key === focusKey ? '0' : '-1'} aria-label=${label}>
              <rect class="hit" x=${round(g.box.x - 1)} y=${round(g.box.y - 1)} width=${round(g.box.w + 2)} height=${round(g.box.h + 2)} rx="3"></rect>
              <circle class="marker more" cx=${g.x} cy=${g.y} r=${M.markerRadius}></circle>
              <text class="label" x=${round(g.labelX)} y=${round(g.labelY)} text-anchor=${g.side === 'right' ? 'start' : 'end'}>${msg(str`+${g.ids.length} till`, { id: 'network.group.label' })}</text>
            </g>`;
          })}
        </g>
      </svg>
    </div>
    ${layout.overflow.length
      ? html`<p class="overflow">${msg('Får inte plats på kartan:', { id: 'network.overflow' })} ${layout.overflow.map(
          (id, i) => html`${i ? ', ' : ''}<button type="button" class="link" @click=${() => this.openItem(`e:${id}`, true)}>${byId.get(id)?.name}</button>`,
        )}</p>`
      : nothing}
    <p class="help" id=${helpId}>${this.editable
      ? msg('Tangentbord: Tabb går till kartan. Page Up och Page Down (eller första bokstaven i ett namn) väljer person. Pil vänster och höger flyttar till föregående eller nästa sektor, pil upp flyttar närmare och pil ned längre ut. Enter öppnar uppgifterna, Delete tar bort. Med mus eller finger: dra en person till en annan sektor eller ring.', { id: 'network.help.edit' })
      : msg('Tangentbord: Tabb går till kartan. Page Up och Page Down (eller första bokstaven i ett namn) väljer person. Enter öppnar uppgifterna.', { id: 'network.help.read' })}</p>`;
  }

  private renderPanel(plan: SipPlan, covered: Set<string>, layout: Layout): TemplateResult {
    if (this.form) return this.renderForm(plan);
    const sel = this.selected;
    if (sel?.startsWith('group:')) {
      const g = layout.groups.find((x) => `group:${x.sector}:${x.ring}` === sel);
      if (g) {
        return html`<section class="details" aria-labelledby="details-title">
          <h3 id="details-title" tabindex="-1">${ringLabel(g.ring)}, ${this.label(g.sector)}</h3>
          <p>${msg(str`${g.ids.length} personer får inte plats på kartan här. Välj en för att se och ändra uppgifterna.`, { id: 'network.group.intro' })}</p>
          <ul class="group-list">
            ${g.ids.map((id) => {
              const e = this.entry(id);
              return e ? html`<li><button type="button" class="link" @click=${() => this.openItem(`e:${id}`, true)}>${e.name}</button></li>` : nothing;
            })}
          </ul>
          <button type="button" @click=${this.closeDetails}>${label.close()}</button>
        </section>`;
      }
    }
    const e = this.entry(sel);
    if (e) return this.renderDetails(plan, e, covered);
    return this.renderOverview(plan, covered);
  }

  private renderOverview(plan: SipPlan, covered: Set<string>): TemplateResult {
    const holders = ROLES.map((r) => ({ role: r, who: plan.network.filter((e) => e.roles.includes(r)) }));
    const invited = plan.network.filter((e) => e.invited).length;
    return html`<section class="overview" aria-labelledby="${this.uid}-roles">
        <h3 id="${this.uid}-roles">${msg('Roller', { id: 'network.roles' })}</h3>
        <ul class="roles">
          ${holders.map(
            (h) => html`<li>${this.iconHtml(h.role)} <span>${roleLabel(h.role)}:</span> <strong>${h.who.length ? h.who.map((w) => w.name).join(', ') : msg('ingen', { id: 'network.roles.none' })}</strong></li>`,
          )}
        </ul>
        <p>${msg(str`${invited} av ${plan.network.length} ska bjudas in till mötet.`, { id: 'network.invitedCount' })}</p>
      </section>
      <details class="legend" open>
        <summary>${msg('Teckenförklaring', { id: 'network.legend' })}</summary>
        <ul>
          <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-region"><circle class="marker" r="5.5"></circle></svg> ${principalKindLabel('region')}</li>
          <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-municipality"><circle class="marker" r="5.5"></circle></svg> ${principalKindLabel('municipality')}</li>
          <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-other"><circle class="marker" r="5.5"></circle></svg> ${principalKindLabel('other')}</li>
          <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-none"><circle class="marker" r="5.5"></circle></svg> ${msg('Privatperson (anhörig, vän)', { id: 'network.legend.private' })}</li>
          <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-none"><rect class="marker" x="-5" y="-5" width="10" height="10" rx="2"></rect></svg> ${msg('Fyrkant: verksamhet eller organisation', { id: 'network.legend.unit' })}</li>
          <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-region"><circle class="convene" r="7"></circle><circle class="marker" r="5.5"></circle></svg> ${msg('Ring runt: kan kalla till SIP', { id: 'network.legend.convene' })}</li>
          <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-region"><circle class="marker" r="5.5"></circle>${consentTick}</svg> ${msg('Bock: omfattas av samtycket', { id: 'network.legend.covered' })}</li>
          <li>${this.iconHtml('invited')} ${msg('Inbjuden till mötet', { id: 'network.legend.invited' })}</li>
          ${ROLES.map((r) => html`<li>${this.iconHtml(r)} ${roleLabel(r)}</li>`)}
          <li>${msg('Ring 1 är närmast personen, ring 3 längst bort.', { id: 'network.legend.rings' })}</li>
        </ul>
      </details>
      ${covered.size === 0 ? html`<p class="note">${msg('Inget samtycke gäller just nu; ingen på kartan omfattas.', { id: 'network.noConsent' })}</p>` : nothing}`;
  }

  private iconHtml(what: Role | 'invited'): TemplateResult {
    return html`<svg class="icon" viewBox="0 0 9 9" aria-hidden="true">${what === 'invited' ? invitedIcon() : roleIcon(what)}</svg>`;
  }

  private renderDetails(plan: SipPlan, e: NetworkEntry, covered: Set<string>): TemplateResult {
    const editable = this.editable;
    const contact = [e.contact?.phone, e.contact?.email, e.contact?.address].filter(Boolean).join(', ');
    const yes = label.yes();
    const no = label.no();
    const sectors = this.currentLayout(plan).sectors.map((s) => s.id);
    return html`<section class="details" aria-labelledby="details-title" @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && (ev.preventDefault(), this.closeDetails())}>
      <h3 id="details-title" tabindex="-1">${e.name}</h3>
      <dl>
        <dt>${label.type()}</dt><dd>${kindLabel(e.kind)}${e.relation ? html` (${e.relation})` : nothing}</dd>
        <dt>${term.principal()}</dt><dd>${principalText(e)}</dd>
        ${e.unit ? html`<dt>${label.unit()}</dt><dd>${e.unit}</dd>` : nothing}
        ${e.profession ? html`<dt>${msg('Yrke', { id: 'network.field.profession' })}</dt><dd>${e.profession}</dd>` : nothing}
        ${contact ? html`<dt>${msg('Kontakt', { id: 'network.field.contact' })}</dt><dd>${contact}</dd>` : nothing}
        <dt>${msg('Plats', { id: 'network.field.place' })}</dt><dd>${ringLabel(e.map.ring)}, ${this.label(e.map.sector)}</dd>
        <dt>${msg('Roller', { id: 'network.roles' })}</dt>
        <dd>${e.roles.length ? html`<ul class="inline">${e.roles.map((r) => html`<li>${this.iconHtml(r)} ${roleLabel(r)}</li>`)}</ul>` : msg('Inga', { id: 'network.roles.noneForEntry' })}</dd>
        <dt>${msg('Inbjuden till mötet', { id: 'network.legend.invited' })}</dt><dd>${e.invited ? yes : no}</dd>
        <dt>${msg('Omfattas av samtycket', { id: 'network.field.covered' })}</dt><dd>${covered.has(e.id) ? yes : no}</dd>
        <dt>${msg('Kan kalla till SIP', { id: 'network.field.canConvene' })}</dt><dd>${canConvene(e) ? yes : no}</dd>
      </dl>
      ${editable
        ? html`<div class="edit-controls">
            <label class="check"><input type="checkbox" .checked=${!!e.invited} @change=${(ev: Event) => this.toggleInvited(e.id, (ev.target as HTMLInputElement).checked)} /> ${msg('Bjud in till mötet', { id: 'network.action.invite' })}</label>
            <fieldset>
              <legend>${msg('Roller', { id: 'network.roles' })}</legend>
              ${ROLES.map(
                (r) => html`<label class="check"><input type="checkbox" .checked=${e.roles.includes(r)} @change=${(ev: Event) => this.toggleRole(e.id, r, (ev.target as HTMLInputElement).checked)} /> ${this.iconHtml(r)} ${roleLabel(r)}</label>`,
              )}
            </fieldset>
            <div class="place">
              <label>${msg('Sektor', { id: 'network.field.sector' })}
                <select @change=${(ev: Event) => this.move(e.id, (ev.target as HTMLSelectElement).value, e.map.ring, false)}>
                  ${sectors.map((s) => html`<option value=${s} ?selected=${s === e.map.sector}>${this.label(s)}</option>`)}
                </select>
              </label>
              <label>${msg('Ring', { id: 'network.field.ring' })}
                <select @change=${(ev: Event) => this.move(e.id, e.map.sector, Number((ev.target as HTMLSelectElement).value) as 1 | 2 | 3, false)}>
                  ${[1, 2, 3].map((r) => html`<option value=${r} ?selected=${r === e.map.ring}>${ringLabel(r)}</option>`)}
                </select>
              </label>
            </div>
            <div class="buttons">
              <button type="button" @click=${() => (this.form = { mode: 'edit', id: e.id })}>${msg('Ändra uppgifter', { id: 'network.action.edit' })}</button>
              <button type="button" class="danger" @click=${() => this.removeEntry(e.id)}>${label.remove()}</button>
              <button type="button" @click=${this.closeDetails}>${label.close()}</button>
            </div>
          </div>`
        : html`<button type="button" @click=${this.closeDetails}>${label.close()}</button>`}
    </section>`;
  }

  private renderForm(plan: SipPlan): TemplateResult {
    const form = this.form!;
    const e = form.mode === 'edit' ? this.entry(form.id) : undefined;
    const sectors = this.currentLayout(plan).sectors.map((s) => s.id);
    const title = form.mode === 'add' ? msg('Lägg till i nätverket', { id: 'network.add' }) : msg(str`Ändra ${e?.name ?? ''}`, { id: 'network.form.editTitle' });
    const pk = e?.principal?.kind ?? 'none';
    return html`<form class="entry-form" aria-labelledby="form-title" novalidate @submit=${this.submitForm} @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && (ev.preventDefault(), this.cancelForm())}>
      <h3 id="form-title">${title}</h3>
      ${form.error ? html`<p class="error" role="alert" id="form-error">${form.error}</p>` : nothing}
      <label for="f-name">${label.name()} <span aria-hidden="true">*</span></label>
      <input id="f-name" name="name" required autocomplete="off" .value=${e?.name ?? ''} aria-invalid=${form.error ? 'true' : 'false'} aria-describedby=${form.error ? 'form-error' : nothing} />
      <label for="f-kind">${label.type()}</label>
      <select id="f-kind" name="kind">
        ${NETWORK_KINDS.map((k) => html`<option value=${k} ?selected=${k === (e?.kind ?? 'relative')}>${kindLabel(k)}</option>`)}
      </select>
      <label for="f-relation">${msg('Relation till personen', { id: 'network.field.relation' })}</label>
      <input id="f-relation" name="relation" autocomplete="off" .value=${e?.relation ?? ''} />
      <label for="f-principal">${term.principal()}</label>
      <select id="f-principal" name="principal">
        ${(['none', 'region', 'municipality', 'other'] as const).map((k) => html`<option value=${k} ?selected=${k === pk}>${principalKindLabel(k)}</option>`)}
      </select>
      <label for="f-principal-name">${msg('Huvudmannens namn', { id: 'network.field.principalName' })}</label>
      <input id="f-principal-name" name="principalName" autocomplete="off" .value=${e?.principal?.name ?? ''} />
      <label for="f-unit">${label.unit()}</label>
      <input id="f-unit" name="unit" autocomplete="off" .value=${e?.unit ?? ''} />
      <label for="f-profession">${msg('Yrke', { id: 'network.field.profession' })}</label>
      <input id="f-profession" name="profession" autocomplete="off" .value=${e?.profession ?? ''} />
      <label for="f-phone">${msg('Telefon', { id: 'network.field.phone' })}</label>
      <input id="f-phone" name="phone" type="tel" autocomplete="off" .value=${e?.contact?.phone ?? ''} />
      <label for="f-email">${msg('E-post', { id: 'network.field.email' })}</label>
      <input id="f-email" name="email" type="email" autocomplete="off" .value=${e?.contact?.email ?? ''} />
      ${form.mode === 'add'
        ? html`<label for="f-sector">${msg('Sektor', { id: 'network.field.sector' })}</label>
            <select id="f-sector" name="sector">
              <option value="">${msg('Efter typ och huvudman', { id: 'network.field.sectorAuto' })}</option>
              ${sectors.map((s) => html`<option value=${s}>${this.label(s)}</option>`)}
            </select>
            <label for="f-ring">${msg('Hur nära (ring)', { id: 'network.field.ringLong' })}</label>
            <select id="f-ring" name="ring">
              ${[1, 2, 3].map((r) => html`<option value=${r} ?selected=${r === 2}>${ringLabel(r)}</option>`)}
            </select>`
        : nothing}
      <div class="buttons">
        <button type="submit" class="primary">${form.mode === 'add' ? label.add() : label.save()}</button>
        <button type="button" @click=${this.cancelForm}>${label.cancel()}</button>
      </div>
    </form>`;
  }

  private cancelForm = (): void => {
    const form = this.form;
    this.form = undefined;
    if (form?.mode === 'edit' && form.id) {
      this.selected = form.id;
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#details-title')?.focus());
    } else {
      void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLButtonElement>('.toolbar .primary')?.focus());
    }
  };

  private renderTable(plan: SipPlan, covered: Set<string>, layout: Layout): TemplateResult {
    const sectors = layout.sectors.map((s) => s.id);
    const index = new Map(sectors.map((s, i) => [s, i]));
    const rows = [...plan.network].sort((a, b) => (index.get(a.map.sector) ?? 0) - (index.get(b.map.sector) ?? 0) || a.map.ring - b.map.ring || a.name.localeCompare(b.name));
    const editable = this.editable;
    const yes = label.yes();
    const no = label.no();
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${this.uid}-caption">
      <table part="table">
        <caption id="${this.uid}-caption">${msg(str`Nätverket runt ${plan.person.name} (${plan.network.length})`, { id: 'network.table.caption' })}</caption>
        <thead>
          <tr>
            <th scope="col">${label.name()}</th>
            <th scope="col">${label.type()}</th>
            <th scope="col">${term.principal()}</th>
            <th scope="col">${msg('Sektor', { id: 'network.field.sector' })}</th>
            <th scope="col">${msg('Ring', { id: 'network.field.ring' })}</th>
            <th scope="col">${msg('Roller', { id: 'network.roles' })}</th>
            <th scope="col">${msg('Inbjuden', { id: 'network.table.invited' })}</th>
            <th scope="col">${term.consent()}</th>
            <th scope="col">${msg('Kan kalla', { id: 'network.table.convene' })}</th>
            <th scope="col">${msg('Åtgärder', { id: 'network.table.actions' })}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (e) => html`<tr data-id=${e.id} class=${this.selected === e.id ? 'selected' : ''}>
              <th scope="row">${e.name}</th>
              <td>${kindLabel(e.kind)}${e.relation ? html`<br /><span class="muted">${e.relation}</span>` : nothing}</td>
              <td>${principalText(e)}</td>
              <td>
                ${editable
                  ? html`<select aria-label=${msg(str`Sektor för ${e.name}`, { id: 'network.table.sectorFor' })} @change=${(ev: Event) => this.move(e.id, (ev.target as HTMLSelectElement).value, e.map.ring, false)}>
                      ${sectors.map((s) => html`<option value=${s} ?selected=${s === e.map.sector}>${this.label(s)}</option>`)}
                    </select>`
                  : this.label(e.map.sector)}
              </td>
              <td>
                ${editable
                  ? html`<select aria-label=${msg(str`Ring för ${e.name}`, { id: 'network.table.ringFor' })} @change=${(ev: Event) => this.move(e.id, e.map.sector, Number((ev.target as HTMLSelectElement).value) as 1 | 2 | 3, false)}>
                      ${[1, 2, 3].map((r) => html`<option value=${r} ?selected=${r === e.map.ring}>${r}</option>`)}
                    </select>`
                  : e.map.ring}
              </td>
              <td>${e.roles.length ? html`<ul class="inline">${e.roles.map((r) => html`<li>${this.iconHtml(r)} ${roleLabel(r)}</li>`)}</ul>` : ''}</td>
              <td>
                ${editable
                  ? html`<input type="checkbox" aria-label=${msg(str`Bjud in ${e.name}`, { id: 'network.table.inviteFor' })} .checked=${!!e.invited} @change=${(ev: Event) => this.toggleInvited(e.id, (ev.target as HTMLInputElement).checked)} />`
                  : e.invited
                    ? yes
                    : no}
              </td>
              <td>${covered.has(e.id) ? msg('Omfattas', { id: 'network.table.covered' }) : msg('Omfattas inte', { id: 'network.table.notCovered' })}</td>
              <td>${canConvene(e) ? yes : no}</td>
              <td class="actions">
                <button type="button" aria-label=${msg(str`Visa och ändra ${e.name}`, { id: 'network.table.openFor' })} @click=${() => this.openItem(`e:${e.id}`, true)}>${editable ? msg('Ändra', { id: 'network.table.edit' }) : msg('Visa', { id: 'network.table.show' })}</button>
                ${editable
                  ? html`<button type="button" class="danger" aria-label=${msg(str`Ta bort ${e.name}`, { id: 'network.table.removeFor' })} @click=${() => this.removeEntry(e.id)}>${label.remove()}</button>`
                  : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }}
