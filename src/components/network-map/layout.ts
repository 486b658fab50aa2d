/**
 * Network-map geometry: a pure, deterministic function from (entries, sectors, size) to where
 * every marker, label and "+N" group goes. No DOM; tested in Node (layout.node.test.ts).
 *
 * The map is a disc: the person in the centre, three closeness rings, sectors clockwise from
 * the top. Every entry is a horizontal box [marker · name · badges] laid on horizontal scan
 * lines inside its own (sector, ring) cell. Boxes never overlap because
 *
 * - cells are disjoint and every box lies strictly inside its cell (checked exactly);
 * - scan lines are further apart than a box is tall, so boxes on different lines never meet;
 * - on one line, boxes sit in one feasible interval with at least `colGap` between them.
 *
 * Space follows the people: a sector's angle and a ring's area grow with the entries in it
 * (with a floor, so an empty sector still shows and small networks get equal sectors). When a
 * cell is still too full, its last entries collapse into one "+N" group box in that cell
 * (see docs/rationale/network-map.md).
 */

export interface LayoutEntry {
  id: string;
  sector: string;
  ring: number;
  /** Full display name; the layout truncates it to fit. */
  label: string;
  /** Number of small icons after the name (roles, invited). */
  badges?: number;
}

export interface LayoutOptions {
  /** Sector ids in clockwise order from the top. Entries in other sectors get extra sectors. */
  sectors: readonly string[];
  /** Width and height of the square drawing, in user units (≈ CSS px when not scaled). */
  size?: number;
  /** Entry whose cell places it first (the focused or dragged one), so it never hides in a group. */
  pin?: string;
  /**
   * Width of a label at the map's font size, as the browser will draw it (the element measures
   * with a canvas). Default: a deliberately wide estimate, so Node and any font stay safe.
   */
  measure?: (text: string) => number;
  /** Longest label before it is cut with "…" (default `METRICS.maxLabelWidth`). */
  maxLabelWidth?: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SectorGeometry {
  id: string;
  index: number;
  /** Start and end angle in radians (SVG orientation: 0 = right, growing clockwise). */
  start: number;
  end: number;
  mid: number;
  /** True when the sector id was not in `sectors` (an entry used it anyway). */
  extra: boolean;
}

export interface PlacedEntry {
  id: string;
  sector: string;
  ring: number;
  box: Box;
  /** Marker centre. */
  x: number;
  y: number;
  /** Where the (truncated) label starts and its baseline. */
  labelX: number;
  labelY: number;
  label: string;
  truncated: boolean;
  /** Left edge of the first badge; badges are `metrics.badge` units apart. */
  badgeX: number;
  /** Which side of the marker the label is on (outward from the centre). */
  side: 'left' | 'right';
}

export interface GroupBox {
  sector: string;
  ring: number;
  /** Ids of the entries this group stands for, in entry order. */
  ids: string[];
  box: Box;
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  side: 'left' | 'right';
}

export interface Layout {
  size: number;
  cx: number;
  cy: number;
  /** Radius of the person's disc. */
  centreRadius: number;
  /** Inner radius of ring 1 and the outer radius of rings 1, 2, 3. */
  ringRadii: [number, number, number, number];
  sectors: SectorGeometry[];
  placed: PlacedEntry[];
  groups: GroupBox[];
  /** Entries that found no room at all, not even as a group (only in degenerate cells). */
  overflow: string[];
  /** Where the ring numbers are drawn (on the top boundary). */
  ringLabels: { ring: number; x: number; y: number }[];
  metrics: typeof METRICS;
}

/** Sizes in user units. Exported so the renderer draws exactly what the layout measured. */
export const METRICS = {
  fontSize: 11,
  /** Height of an entry box (one text line). */
  boxHeight: 14,
  /** Least space between two boxes. */
  gap: 2,
  /** Width reserved for the marker (radius 5.5 plus the "can convene" halo). */
  markerBox: 15,
  markerRadius: 5.5,
  labelGap: 3,
  maxLabelWidth: 84,
  badge: 10,
  /** Distance every box keeps from its cell's edges. */
  pad: 2,
  /** Band outside the outer ring for the sector names. */
  sectorBand: 22,
} as const;

const TAU = Math.PI * 2;
const START = -Math.PI / 2;

// Conservative em widths (close to the widest common sans-serif, DejaVu Sans), so a label never
// comes out wider in the browser than the layout reserved for it.
function charWidth(ch: string): number {
  if (ch === ' ') return 0.33;
  if ('iIl.,:;!|\'`j'.includes(ch)) return 0.34;
  if ('frt()[]{}-'.includes(ch)) return 0.45;
  if ('mwMW@%'.includes(ch)) return 1.0;
  if (/[0-9]/.test(ch)) return 0.66;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? 0.8 : 0.64;
  return ch.charCodeAt(0) < 0x2000 ? 0.7 : 1.1;
}

/** Estimated width of `text` at `fontSize` (deliberately on the wide side). */
export function textWidth(text: string, fontSize: number = METRICS.fontSize): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/**
 * `text`, cut with an ellipsis so it fits `max` units. The cut falls after a whole word when
 * one fits, so the label is the start of the accessible name in whole words (WCAG 2.5.3: a
 * speech input user says the words they see); see below for a first word too long for `max`.
 */
export function truncate(text: string, max: number, fontSize: number = METRICS.fontSize, measure?: (text: string) => number): { text: string; truncated: boolean } {
  const width = measure ?? ((t: string) => textWidth(t, fontSize));
  const clean = text.replace(/\s+/g, ' ').trim();
  if (width(clean) <= max) return { text: clean, truncated: false };
  const chars = [...clean];
  const cut = (n: number) => chars.slice(0, n).join('').trimEnd() + '…';
  // The longest prefix that fits, found by halving: a long name costs log n measurements.
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (width(cut(mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  const kept = chars.slice(0, lo).join('');
  const space = chars[lo] === ' ' ? lo : kept.lastIndexOf(' ');
  const words = space > 0 ? kept.slice(0, space).replace(/[\s,;:]+$/, '') : '';
  if (words) return { text: `${words}…`, truncated: true };
  // The first word alone is too wide: shown whole when it is at most half again the width
  // ("Försäkringskassan…"), else cut inside (a word that long says enough in its start).
  const space1 = clean.indexOf(' ');
  if (space1 < 0 && width(clean) <= max * 1.5) return { text: clean, truncated: false };
  const first = `${clean.slice(0, space1).replace(/[,;:]+$/, '')}…`;
  if (space1 > 0 && width(first) <= max * 1.5) return { text: first, truncated: true };
  return { text: `${kept.trimEnd()}…`, truncated: true };
}

/** Normalises an angle to [START, START + 2π). */
function norm(a: number): number {
  let v = (a - START) % TAU;
  if (v < 0) v += TAU;
  return v + START;
}

/** Splits `total` by `weights`, each share at least `min` and (when n ≥ 2) at most `max`. */
function shares(weights: number[], total: number, min: number, max: number): number[] {
  const n = weights.length;
  const out = new Array<number>(n).fill(0);
  const fixed = new Array<boolean>(n).fill(false);
  for (let round = 0; round < n + 1; round++) {
    const free = weights.map((w, i) => (fixed[i] ? 0 : w));
    const freeSum = free.reduce((a, b) => a + b, 0);
    const left = total - out.reduce((a, v, i) => a + (fixed[i] ? v : 0), 0);
    let changed = false;
    for (let i = 0; i < n; i++) if (!fixed[i]) out[i] = freeSum > 0 ? (left * free[i]!) / freeSum : left / Math.max(1, n - fixed.filter(Boolean).length);
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      if (out[i]! < min) {
        out[i] = min;
        fixed[i] = true;
        changed = true;
      } else if (n >= 2 && out[i]! > max) {
        out[i] = max;
        fixed[i] = true;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return out;
}

interface Cell {
  sector: SectorGeometry;
  ring: number;
  r0: number;
  r1: number;
}

interface Item {
  id: string;
  label: string;
  truncated: boolean;
  textW: number;
  badges: number;
}

/** Grid of candidate marker positions: rows one box plus the gap apart. */
const STEP_X = 2;
const STEP_Y = 4;

/** A uniform grid of placed boxes, for quick overlap checks. */
class BoxIndex {
  private cells = new Map<number, Box[]>();
  private readonly cell = 40;
  private keys(b: Box): number[] {
    const out: number[] = [];
    const x0 = Math.floor(b.x / this.cell);
    const x1 = Math.floor((b.x + b.w) / this.cell);
    const y0 = Math.floor(b.y / this.cell);
    const y1 = Math.floor((b.y + b.h) / this.cell);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push((x + 1000) * 4096 + (y + 1000));
    return out;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  remove(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      const i = list ? list.indexOf(b) : -1;
      if (list && i >= 0) list.splice(i, 1);
    }
  }
  hits(b: Box, gap: number): boolean {
    const g = { x: b.x - gap, y: b.y - gap, w: b.w + 2 * gap, h: b.h + 2 * gap };
    for (const k of this.keys(g)) for (const o of this.cells.get(k) ?? []) if (overlaps(g, o)) return true;
    return false;
  }
}

/** Where the person, rings and sectors go, and every entry in its cell. Pure and deterministic. */
export function layoutNetwork(entries: readonly LayoutEntry[], options: LayoutOptions): Layout {
  // Entries spread over their cells reads best; when that leaves some in groups, packing row by
  // row (and filling the cells in the other order) often fits more: keep whichever shows most.
  let best = layoutWith(entries, options, false, false);
  // Past 100 entries the extra passes cost more than they show; one dense pass is enough.
  if (entries.length > 100) {
    const dense = layoutWith(entries, options, true, false);
    return dense.placed.length > best.placed.length ? dense : best;
  }
  const better = (next: Layout) =>
    next.placed.length > best.placed.length || (next.placed.length === best.placed.length && next.overflow.length < best.overflow.length);
  for (const [dense, reverse] of [
    [true, false],
    [false, true],
    [true, true],
  ] as const) {
    if (best.groups.length === 0 && best.overflow.length === 0) break;
    const next = layoutWith(entries, options, dense, reverse);
    if (better(next)) best = next;
  }
  // Still grouped: the greedy order let neighbours take the room a crowded cell needed, so lay
  // out once more with the crowded cells placed first.
  const crowded = new Set<string>();
  for (const [dense, reverse] of [
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ] as const) {
    if (best.groups.length === 0 && best.overflow.length === 0) break;
    for (const g of best.groups) crowded.add(`${g.sector}\u0000${g.ring}`);
    const next = layoutWith(entries, options, dense, reverse, crowded);
    if (better(next)) best = next;
  }
  return best;
}

function layoutWith(entries: readonly LayoutEntry[], options: LayoutOptions, dense: boolean, reverse: boolean, first?: ReadonlySet<string>): Layout {
  const M = METRICS;
  const size = Math.max(200, options.size ?? 600);
  const cx = size / 2;
  const cy = size / 2;
  const outer = size / 2 - M.sectorBand - 2;
  const centreRadius = Math.min(60, Math.max(28, size * 0.08));
  const inner = centreRadius + 6;

  // Sectors: the configured ones, then any others entries use (in order of first use).
  const ids = [...new Set(options.sectors.filter((s) => typeof s === 'string' && s !== ''))];
  const configured = new Set(ids);
  const known = new Set(ids);
  for (const e of entries) {
    if (!known.has(e.sector)) {
      known.add(e.sector);
      ids.push(e.sector);
    }
  }
  if (ids.length === 0) ids.push('other');
  const sectorCount = new Map<string, number>(ids.map((id) => [id, 0]));
  const ringCount = [0, 0, 0];
  for (const e of entries) {
    sectorCount.set(e.sector, (sectorCount.get(e.sector) ?? 0) + 1);
    ringCount[ringOf(e.ring) - 1]!++;
  }
  const n = ids.length;
  const total = entries.length;
  // Floors: small networks get equal sectors and rings; big ones give room where people are.
  const sectorFloor = Math.max(2, total / n / 2);
  const minAngle = Math.min(TAU / n, Math.max(0.3, (M.maxLabelWidth * 0.6) / ((inner + outer) / 2)));
  const angles = shares(
    ids.map((id) => (sectorCount.get(id) ?? 0) + sectorFloor),
    TAU,
    minAngle,
    Math.PI,
  );
  const sectors: SectorGeometry[] = [];
  let a = START;
  ids.forEach((id, index) => {
    const span = angles[index]!;
    sectors.push({ id, index, start: a, end: a + span, mid: a + span / 2, extra: !configured.has(id) });
    a += span;
  });

  // Rings: areas follow the entries (with a floor); no band thinner than a fifth of the radius.
  const ringFloor = Math.max(2, total / 3 / 2);
  const areaShare = shares(
    ringCount.map((c) => c + ringFloor),
    1,
    0,
    1,
  );
  const radii: [number, number, number, number] = [inner, 0, 0, outer];
  let cum = 0;
  for (let i = 0; i < 2; i++) {
    cum += areaShare[i]!;
    radii[i + 1] = Math.sqrt(inner * inner + cum * (outer * outer - inner * inner));
  }
  const minBand = (outer - inner) * 0.22;
  for (let i = 1; i <= 2; i++) radii[i] = Math.max(radii[i]!, radii[i - 1]! + minBand);
  for (let i = 2; i >= 1; i--) radii[i] = Math.min(radii[i]!, radii[i + 1]! - minBand);

  // Ring numbers sit on the top boundary (between the last and first sector); keep them clear.
  const ringLabels = [1, 2, 3].map((ring) => ({ ring, x: cx, y: cy - (radii[ring]! - 9) }));
  const index = new BoxIndex();
  for (const l of ringLabels) index.add({ x: l.x - 7, y: l.y - 7, w: 14, h: 14 });

  // Entries per cell, in input order with the pinned one first.
  const byCell = new Map<string, LayoutEntry[]>();
  const key = (s: string, r: number) => `${r}\u0000${s}`;
  for (const e of entries) {
    const k = key(e.sector, ringOf(e.ring));
    const list = byCell.get(k);
    if (list) list.push(e);
    else byCell.set(k, [e]);
  }
  if (options.pin) {
    for (const list of byCell.values()) {
      const i = list.findIndex((e) => e.id === options.pin);
      if (i > 0) list.unshift(...list.splice(i, 1));
    }
  }

  const placed: PlacedEntry[] = [];
  const groups: GroupBox[] = [];
  const overflow: string[] = [];
  const h = M.boxHeight;

  // Round robin over the cells (each cell's first entry, then each cell's second, …), so no
  // cell's labels take all the room before its neighbours have their first entries placed.
  interface CellState {
    cell: Cell;
    list: LayoutEntry[];
    points: Float64Array;
    mine: PlacedEntry[];
    full: boolean;
    dead: Uint8Array;
  }
  const states: CellState[] = [];
  for (const sector of sectors) {
    for (const ring of [1, 2, 3]) {
      const list = byCell.get(key(sector.id, ring));
      if (!list || list.length === 0) continue;
      const cell: Cell = { sector, ring, r0: radii[ring - 1]!, r1: radii[ring]! };
      const points = cellPoints(cell);
      states.push({ cell, list, points, mine: [], full: false, dead: new Uint8Array(points.length / 2) });
    }
  }
  if (reverse) states.reverse();
  if (first?.size) {
    // Stable: crowded cells move to the front, the rest keep their order.
    const isFirst = (st: CellState) => first.has(`${st.cell.sector.id}\u0000${st.cell.ring}`);
    states.sort((a, b) => Number(isFirst(b)) - Number(isFirst(a)));
  }
  const rounds = states.reduce((m, st) => Math.max(m, st.list.length), 0);
  for (let i = 0; i < rounds; i++) {
    for (const st of states) {
      if (st.full || i >= st.list.length) continue;
      const it = item(st.list[i]!);
      const spot = find(st.points, it.textW, it.badges, st.dead);
      if (!spot) {
        if (!repack(st, i)) st.full = true;
        continue;
      }
      index.add(spot.box);
      st.mine.push(entryAt(spot.x, spot.y, spot.box, it, st.cell.sector.id, st.cell.ring, spot.side));
    }
  }
  for (const st of states) {
    const { cell, list, points, mine } = st;
    if (st.full) {
      // A "+N" group in the cell; it takes the place of the cell's last entries if it must.
      let rest = list.slice(mine.length);
      let group: ReturnType<typeof find>;
      for (;;) {
        group = find(points, groupLabelWidth(rest.length), 0, st.dead);
        if (group || mine.length === 0) break;
        const last = mine.pop()!;
        index.remove(last.box);
        st.dead.fill(0);
        rest = [list.find((e) => e.id === last.id)!, ...rest];
      }
      if (!group) {
        overflow.push(...list.map((e) => e.id));
        continue;
      }
      index.add(group.box);
      const restIds = new Set(rest.map((e) => e.id));
      const right = group.side === 'right';
      groups.push({
        sector: cell.sector.id,
        ring: cell.ring,
        ids: list.filter((e) => restIds.has(e.id)).map((e) => e.id),
        box: group.box,
        x: group.x,
        y: group.y,
        labelX: right ? group.x + M.markerBox / 2 + M.labelGap : group.x - M.markerBox / 2 - M.labelGap,
        labelY: group.y + M.fontSize * 0.36,
        side: right ? 'right' : 'left',
      });
    }
    placed.push(...mine);
  }

  return { size, cx, cy, centreRadius, ringRadii: radii, sectors, placed, groups, overflow, ringLabels, metrics: M };

  /**
   * The cell's next entry found no room: lay the cell's entries out again in the other point
   * order (row by row instead of centred, or back), around what the other cells hold. Keeps the
   * new arrangement only if every entry so far, the new one included, fits.
   */
  function repack(st: CellState, upTo: number): boolean {
    const points = cellPoints(st.cell, !dense);
    for (const m of st.mine) index.remove(m.box);
    const mine: PlacedEntry[] = [];
    for (let j = 0; j <= upTo; j++) {
      const it = item(st.list[j]!);
      const spot = find(points, it.textW, it.badges);
      if (!spot) {
        for (const m of mine) index.remove(m.box);
        for (const m of st.mine) index.add(m.box);
        return false;
      }
      index.add(spot.box);
      mine.push(entryAt(spot.x, spot.y, spot.box, it, st.cell.sector.id, st.cell.ring, spot.side));
    }
    st.mine = mine;
    st.points = points;
    st.dead = new Uint8Array(points.length / 2);
    return true;
  }

  function item(e: LayoutEntry): Item {
    const width = options.measure ?? ((t: string) => textWidth(t));
    const t = truncate(e.label, options.maxLabelWidth ?? M.maxLabelWidth, M.fontSize, width);
    return { id: e.id, label: t.text, truncated: t.truncated, textW: width(t.text), badges: Math.max(0, Math.min(6, e.badges ?? 0)) };
  }

  /** The box of a marker at p with badges and a label of `labelW` units on `side`. */
  function sideBox(p: { x: number; y: number }, labelW: number, badges: number, side: 'left' | 'right'): Box {
    const w = M.markerBox + M.labelGap + labelW + (badges > 0 ? badges * M.badge + 2 : 0);
    const left = side === 'right' ? p.x - M.markerBox / 2 : p.x + M.markerBox / 2 - w;
    return { x: left, y: p.y - h / 2, w, h };
  }

  function entryAt(x: number, y: number, box: Box, it: Item, sectorId: string, ring: number, side: 'left' | 'right'): PlacedEntry {
    const right = side === 'right';
    const badgeW = it.badges > 0 ? it.badges * M.badge + 2 : 0;
    // Badges hug the marker; the name follows them, outward.
    const badgeX = right ? x + M.markerBox / 2 + 1 : x - M.markerBox / 2 - 1 - it.badges * M.badge;
    const labelX = right ? x + M.markerBox / 2 + M.labelGap + badgeW : x - M.markerBox / 2 - M.labelGap - badgeW;
    return { id: it.id, sector: sectorId, ring, box, x, y, labelX, labelY: y + M.fontSize * 0.36, label: it.label, truncated: it.truncated, badgeX, side: right ? 'right' : 'left' };
  }

  /**
   * Every grid point where a marker of this cell may sit, best first: from the middle of the
   * cell outward, along the arc before across it (so a few entries sit centred in the cell and
   * more spread along the ring before they stack).
   */
  function cellPoints(cell: Cell, rowByRow = dense): Float64Array {
    const xs: number[] = [];
    const ys: number[] = [];
    const keys: number[] = [];
    const rMid = (cell.r0 + cell.r1) / 2;
    const mid = cell.sector.mid;
    const bb = cellBounds(cell, cx, cy, n);
    for (let y = Math.ceil(bb.y0 / STEP_Y) * STEP_Y; y <= bb.y1; y += STEP_Y) {
      for (let x = Math.ceil(bb.x0 / STEP_X) * STEP_X; x <= bb.x1; x += STEP_X) {
        if (!markerInCell(x, y, cell)) continue;
        const r = Math.hypot(x - cx, y - cy);
        let da = Math.atan2(y - cy, x - cx) - mid;
        da = Math.atan2(Math.sin(da), Math.cos(da));
        xs.push(x);
        ys.push(y);
        // Dense: row by row, from the side the label grows away from.
        keys.push(rowByRow ? y * 1e5 + (x >= cx ? x : -x) : 4 * (r - rMid) ** 2 + (rMid * da) ** 2);
      }
    }
    const order = xs.map((_, i) => i).sort((p, q) => keys[p]! - keys[q]! || ys[p]! - ys[q]! || xs[p]! - xs[q]!);
    const out = new Float64Array(order.length * 2);
    order.forEach((i, k) => {
      out[k * 2] = xs[i]!;
      out[k * 2 + 1] = ys[i]!;
    });
    return out;
  }

  /**
   * The first free spot in the cell's order: the marker in the cell, the box (label outward,
   * else inward) inside the disc and clear of every box placed so far.
   */
  function find(points: Float64Array, labelW: number, badges: number, dead?: Uint8Array): { x: number; y: number; box: Box; side: 'left' | 'right' } | undefined {
    for (let k = 0; k < points.length; k += 2) {
      if (dead && dead[k >> 1]) continue;
      const x = points[k]!;
      const y = points[k + 1]!;
      // Boxes are only ever added here, so a spot whose marker is covered stays covered.
      if (dead && index.hits({ x: x - M.markerBox / 2, y: y - h / 2, w: M.markerBox, h }, M.gap / 2)) {
        dead[k >> 1] = 1;
        continue;
      }
      const outward: 'left' | 'right' = x >= cx ? 'right' : 'left';
      for (const side of [outward, outward === 'right' ? 'left' : 'right'] as const) {
        const box = sideBox({ x, y }, labelW, badges, side);
        if (boxInDisc(box) && !index.hits(box, M.gap / 2)) return { x, y, box, side };
      }
    }
    return undefined;
  }

  function markerInCell(x: number, y: number, cell: Cell): boolean {
    const dx = x - cx;
    const dy = y - cy;
    const r = Math.hypot(dx, dy);
    const m = M.markerBox / 2 + M.pad;
    if (r < cell.r0 + m || r > cell.r1 - m) return false;
    if (n < 2) return true;
    const s = cell.sector;
    // Distance from both radial edges (each sector spans at most a half-plane, so this is exact).
    return Math.cos(s.start) * dy - Math.sin(s.start) * dx >= m && dx * Math.sin(s.end) - dy * Math.cos(s.end) >= m;
  }

  function boxInDisc(b: Box): boolean {
    const x0 = b.x - cx;
    const x1 = b.x + b.w - cx;
    const y0 = b.y - cy;
    const y1 = b.y + b.h - cy;
    const lim = (outer - M.pad) ** 2;
    // The farthest corner decides the outer limit, the nearest point the person's disc.
    const fx = Math.max(x0 * x0, x1 * x1);
    const fy = Math.max(y0 * y0, y1 * y1);
    if (fx + fy > lim) return false;
    const nx = Math.min(Math.max(0, x0), x1);
    const ny = Math.min(Math.max(0, y0), y1);
    return nx * nx + ny * ny >= (centreRadius + M.pad) ** 2;
  }
}

/** The bounding box of a cell (an annular sector). */
function cellBounds(cell: Cell, cx: number, cy: number, sectorCount: number): { x0: number; y0: number; x1: number; y1: number } {
  if (sectorCount < 2) return { x0: cx - cell.r1, y0: cy - cell.r1, x1: cx + cell.r1, y1: cy + cell.r1 };
  const { start, end } = cell.sector;
  const angles = [start, end];
  for (let k = Math.ceil(start / (Math.PI / 2)); k * (Math.PI / 2) <= end; k++) angles.push(k * (Math.PI / 2));
  const xs: number[] = [];
  const ys: number[] = [];
  for (const a of angles) {
    for (const r of [cell.r0, cell.r1]) {
      xs.push(cx + r * Math.cos(a));
      ys.push(cy + r * Math.sin(a));
    }
  }
  return { x0: Math.min(...xs) - 1, y0: Math.min(...ys) - 1, x1: Math.max(...xs) + 1, y1: Math.max(...ys) + 1 };
}

function ringOf(r: number): 1 | 2 | 3 {
  return r === 1 || r === 2 || r === 3 ? r : r < 1 ? 1 : 3;
}

/** Width of a "+N" group label (the wider of the Swedish and English wording). */
export function groupLabelWidth(count: number, measure?: (text: string) => number): number {
  const width = measure ?? ((t: string) => textWidth(t));
  return Math.max(width(`+${count} till`), width(`+${count} more`));
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return overlaps(a, b);
}

/** Which (sector, ring) a point of the drawing falls in; undefined outside the map. */
export function cellAt(layout: Layout, x: number, y: number): { sector: string; ring: 1 | 2 | 3 } | undefined {
  const dx = x - layout.cx;
  const dy = y - layout.cy;
  const r = Math.hypot(dx, dy);
  if (r > layout.size / 2 + 4) return undefined;
  const [, r1, r2] = layout.ringRadii;
  const ring: 1 | 2 | 3 = r <= r1 ? 1 : r <= r2 ? 2 : 3;
  const angle = norm(Math.atan2(dy, dx));
  const sector = layout.sectors.find((s) => angle >= s.start && angle < s.end) ?? layout.sectors[layout.sectors.length - 1];
  if (!sector) return undefined;
  return { sector: sector.id, ring };
}

/** The centre point of a cell (used to put a dragged marker where it will land). */
export function cellCentre(layout: Layout, sector: string, ring: number): { x: number; y: number } | undefined {
  const s = layout.sectors.find((g) => g.id === sector);
  if (!s || ring < 1 || ring > 3) return undefined;
  const r = (layout.ringRadii[ring - 1]! + layout.ringRadii[ring]!) / 2;
  return { x: layout.cx + r * Math.cos(s.mid), y: layout.cy + r * Math.sin(s.mid) };
}

/** SVG path `d` of a cell (annular sector), for highlighting a drop target. */
export function cellPath(layout: Layout, sector: string, ring: number): string {
  const s = layout.sectors.find((g) => g.id === sector);
  if (!s) return '';
  const r0 = layout.ringRadii[ring - 1]!;
  const r1 = layout.ringRadii[ring]!;
  const { cx, cy } = layout;
  const p = (r: number, a: number) => `${round(cx + r * Math.cos(a))} ${round(cy + r * Math.sin(a))}`;
  if (layout.sectors.length === 1) {
    return `M${p(r1, 0)}A${round(r1)} ${round(r1)} 0 1 1 ${p(r1, Math.PI)}A${round(r1)} ${round(r1)} 0 1 1 ${p(r1, 0)}ZM${p(r0, 0)}A${round(r0)} ${round(r0)} 0 1 0 ${p(r0, Math.PI)}A${round(r0)} ${round(r0)} 0 1 0 ${p(r0, 0)}Z`;
  }
  const large = s.end - s.start > Math.PI ? 1 : 0;
  return `M${p(r0, s.start)}L${p(r1, s.start)}A${round(r1)} ${round(r1)} 0 ${large} 1 ${p(r1, s.end)}L${p(r0, s.end)}A${round(r0)} ${round(r0)} 0 ${large} 0 ${p(r0, s.start)}Z`;
}

/**
 * Path for a sector's name along the outside of the map, drawn so the text reads upright:
 * left to right over the top half, and (reversed) along the bottom half.
 */
export function sectorLabelPath(layout: Layout, s: SectorGeometry): { d: string; length: number } {
  const { cx, cy } = layout;
  const outer = layout.ringRadii[3];
  const bottom = Math.sin(s.mid) > 0.01;
  const r = bottom ? outer + 4 + METRICS.fontSize : outer + 6;
  const inset = Math.min(0.04, (s.end - s.start) / 8);
  const a0 = s.start + inset;
  const a1 = s.end - inset;
  const p = (a: number) => `${round(cx + r * Math.cos(a))} ${round(cy + r * Math.sin(a))}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const d = bottom ? `M${p(a1)}A${round(r)} ${round(r)} 0 ${large} 0 ${p(a0)}` : `M${p(a0)}A${round(r)} ${round(r)} 0 ${large} 1 ${p(a1)}`;
  return { d, length: r * (a1 - a0) };
}

/** Path `d` of the radial line at `angle` from the inner to the outer ring. */
export function radialLine(layout: Layout, angle: number): string {
  const { cx, cy } = layout;
  const r0 = layout.ringRadii[0];
  const r1 = layout.ringRadii[3];
  return `M${round(cx + r0 * Math.cos(angle))} ${round(cy + r0 * Math.sin(angle))}L${round(cx + r1 * Math.cos(angle))} ${round(cy + r1 * Math.sin(angle))}`;
}

export function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Reading order of the drawn items: sector by sector, ring 1 to 3, top to bottom, left to right. */
export function readingOrder(layout: Layout): { kind: 'entry' | 'group'; id: string; sector: string; ring: number }[] {
  const sectorIndex = new Map(layout.sectors.map((s) => [s.id, s.index]));
  const items = [
    ...layout.placed.map((p) => ({ kind: 'entry' as const, id: p.id, sector: p.sector, ring: p.ring, y: p.box.y, x: p.box.x })),
    ...layout.groups.map((g) => ({ kind: 'group' as const, id: `group:${g.sector}:${g.ring}`, sector: g.sector, ring: g.ring, y: g.box.y, x: g.box.x + 1e6 })),
  ];
  items.sort((p, q) => sectorIndex.get(p.sector)! - sectorIndex.get(q.sector)! || p.ring - q.ring || p.y - q.y || p.x - q.x);
  return items.map(({ kind, id, sector, ring }) => ({ kind, id, sector, ring }));
}
