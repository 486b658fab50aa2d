// <sip-activity-status-list> against a hand-written DOM list of the same markup (same shadow root
// and styles, same texts from the same label and date functions, same list logic), so the ratio
// is what the element's rendering costs over building and patching the DOM by hand.
import { msg, str } from '@lit/localize';
import type { BrowserBench } from '../lib.mjs';
import '../../src/components/activity-status-list/index';
import type { SipActivityStatusList } from '../../src/components/activity-status-list/index';
import { buildListView, DEFAULT_QUERY, STATUS_ORDER, type ActivityRow, type ListView } from '../../src/components/activity-status-list/list-view';
import { dueText, performerText, principalLabel, statusLabel } from '../../src/components/activity-status-list/labels';
import { OVERDUE_ICON, STATUS_ICONS } from '../../src/components/activity-status-list/icons';
import { allowedStatusTransitions, changeActivityStatus, isOverdue, parsePlan, type ActivityStatus, type NetworkEntry, type SipPlan } from '../../src/model';
import { trustPlan } from '../../src/shared/sip-element';
import { formatDate, formatNumber } from '../../src/shared/format';
import { FIRST_ROWS } from '../../src/components/activity-status-list/incremental';
import { largePlan, NOW } from '../../test/components/activity-status-list/fixtures';

const N = 1000;
const CHANGED = 'act-1'; // planned → ongoing; stays overdue, keeps its place (sorted by due date)

function parsed(plan: SipPlan): SipPlan {
  const r = parsePlan(plan);
  if (!r.ok) throw new Error(`bench plan invalid: ${r.issues[0]?.message}`);
  return r.plan;
}

// The host's plan, validated once (as the element does the first time it sees it), and the plan a
// status change produces (as the element hands it to the host in sip-plan-change).
const PLAN = trustPlan(parsed(largePlan(N, 'active')));
// A tenth of the rows: first render should grow slower than the list (issue 17 aims at ≤ 3× for 10× the rows).
const SMALL = 100;
const SMALL_PLAN = trustPlan(parsed(largePlan(SMALL, 'active')));
const op = changeActivityStatus(PLAN, { type: 'changeActivityStatus', activityId: CHANGED, to: 'ongoing' }, { by: 'Bench', now: NOW });
if (!op.ok) throw new Error(op.error.message);
const CHANGED_PLAN = trustPlan(op.plan);
const QUERY = { ...DEFAULT_QUERY, groupBy: 'none' as const };

// ─── ours ────────────────────────────────────────────────────────────────────

/**
 * Both lists sit at the top of the page, one over the other, so the same rows are on screen for
 * both (rows off screen may skip layout and paint; a list placed below the other would get that
 * for free).
 */
function atTop(node: HTMLElement): HTMLElement {
  node.style.position = 'absolute';
  node.style.insetBlockStart = '0';
  node.style.insetInline = '0';
  return node;
}

/** Resolves once the element has rendered every row (a long list renders in steps after the first ones). */
function everyRow(e: SipActivityStatusList): Promise<void> {
  const busy = () => e.shadowRoot?.querySelector('.groups[aria-busy=true]') !== null;
  return e.updateComplete.then(
    () =>
      new Promise<void>((resolve) => {
        if (!busy()) return resolve();
        const observer = new MutationObserver(() => {
          if (busy()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(e.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
      }),
  );
}

let el: SipActivityStatusList | undefined;
function mountElement(plan: SipPlan | undefined): SipActivityStatusList {
  const e = document.createElement('sip-activity-status-list');
  e.setAttribute('now', NOW);
  e.setAttribute('group-by', 'none');
  e.user = 'Bench';
  if (plan) e.plan = plan;
  document.body.append(atTop(e));
  el = e;
  return e;
}

// ─── hand-written baseline ───────────────────────────────────────────────────

type Attrs = Record<string, string>;
function h(tag: string, attrs: Attrs | null, ...children: (Node | string | null)[]): HTMLElement {
  const node = document.createElement(tag);
  if (attrs) for (const k in attrs) node.setAttribute(k, attrs[k]!);
  for (const c of children) if (c !== null) node.append(c);
  return node;
}
const SVG_NS = 'http://www.w3.org/2000/svg';
// The icons as DOM: parsed once from the same SVG strings, then cloned per row (the fastest
// hand-written way, as a careful vanilla implementation would do it).
const iconCache = new Map<unknown, SVGSVGElement>();
function icon(template: { strings: TemplateStringsArray }): SVGSVGElement {
  let proto = iconCache.get(template);
  if (!proto) {
    const doc = new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}" viewBox="0 0 16 16" aria-hidden="true">${template.strings.join('')}</svg>`, 'image/svg+xml');
    proto = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    iconCache.set(template, proto);
  }
  return proto.cloneNode(true) as SVGSVGElement;
}
const statusIcon = (s: ActivityStatus) => icon(STATUS_ICONS[s] as unknown as { strings: TemplateStringsArray });

function fact(label: string, value: string): HTMLElement {
  const div = h('div', null, h('dt', null, label), h('dd', null, value));
  if (!value) div.hidden = true;
  return div;
}

// The row's two icon sets, as the element's template has them (every shape, picked by CSS class).
const ROW_STATUS_SVG = `<g class="i-planned"><circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/></g><g class="i-ongoing"><circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor"/></g><g class="i-done"><path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></g><g class="i-paused"><rect x="4" y="3" width="2.8" height="10" fill="currentColor"/><rect x="9.2" y="3" width="2.8" height="10" fill="currentColor"/></g><g class="i-cancelled"><path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></g>`;
const ROW_DUE_SVG = `<g class="i-overdue"><path d="M8 1.5L15 14H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M8 6v4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="12" r="1" fill="currentColor"/></g><g class="i-soon"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4.5V8l2.5 2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></g>`;
const svgProtos = new Map<string, SVGSVGElement>();
function rowIcon(shapes: string): SVGSVGElement {
  let proto = svgProtos.get(shapes);
  if (!proto) {
    const doc = new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}" class="icon" viewBox="0 0 16 16" aria-hidden="true">${shapes}</svg>`, 'image/svg+xml');
    proto = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    svgProtos.set(shapes, proto);
  }
  return proto.cloneNode(true) as SVGSVGElement;
}

function domRow(plan: SipPlan, row: ActivityRow, entries: ReadonlyMap<string, NetworkEntry>): HTMLElement {
  const a = row.activity;
  const r = a.responsible;
  const responsible = [principalLabel(r.principal), r.unit, r.personName].filter((s) => s && s.trim()).join(' · ');
  const performer = performerText(a.performer, plan, entries);
  const due = row.due === 'overdue' || row.due === 'soon' ? row.due : '';
  const dueBadge = h('span', { class: `badge due-${due || 'none'}`, part: 'due-badge' }, rowIcon(ROW_DUE_SVG), due ? dueText(due, row.daysLeft ?? 0) : '');
  if (!due) dueBadge.hidden = true;
  const head = h(
    'div',
    { class: 'head' },
    h('h4', { tabindex: '-1' }, a.title),
    h('span', { class: `badge s-${a.status}`, part: 'status-badge' }, rowIcon(ROW_STATUS_SVG), h('span', { class: 'visually-hidden' }, `${msg('Status:', { id: 'activities.statusPrefix' })} `), statusLabel(a.status)),
    dueBadge,
  );
  const description = h('p', { class: 'description' }, a.description ?? '');
  if (!a.description) description.hidden = true;
  const facts = h(
    'dl',
    { class: 'facts' },
    fact(msg('Ansvarig', { id: 'activities.responsible' }), responsible),
    fact(msg('Utförs av', { id: 'activities.performer' }), performer),
    fact(msg('Mål', { id: 'activities.goals' }), row.goals.map((g) => g.text).join(' · ')),
    fact(msg('Start', { id: 'activities.start' }), a.start ? formatDate(a.start) : ''),
    fact(msg('Klart senast', { id: 'activities.due' }), a.due ? formatDate(a.due) : ''),
    fact(msg('Hur ofta', { id: 'activities.frequency' }), a.frequency ?? ''),
  );
  // A locked plan: status and comment; edit and remove are there but hidden, as in the element.
  // No listeners per row: like the element, the list handles clicks once (see buildBaseline).
  const hasTransitions = allowedStatusTransitions(a.status).length > 0;
  const change = h(
    'button',
    {
      type: 'button',
      class: 'change-status',
      part: 'button',
      'data-action': 'status',
      'aria-expanded': 'false',
      'aria-label': hasTransitions ? msg(str`Status och kommentar: ${a.title}`, { id: 'activities.statusAndCommentFor' }) : msg(str`Kommentera: ${a.title}`, { id: 'activities.commentFor' }),
    },
    hasTransitions ? msg('Status och kommentar', { id: 'activities.statusAndComment' }) : msg('Kommentera', { id: 'activities.comment' }),
  );
  const edit = h('button', { type: 'button', class: 'edit', part: 'button', 'data-action': 'edit', hidden: '', 'aria-label': msg(str`Redigera: ${a.title}`, { id: 'activities.editFor' }) }, msg('Redigera', { id: 'activities.edit' }));
  const remove = h('button', { type: 'button', class: 'remove danger', part: 'button', 'data-action': 'remove', hidden: '', 'aria-label': msg(str`Ta bort: ${a.title}`, { id: 'activities.removeFor' }) }, msg('Ta bort', { id: 'common.remove' }));
  const actions = h('div', { class: 'actions', part: 'actions' }, change, edit, remove);
  const details = h('details', { class: 'history-toggle' }, h('summary', null, msg(str`Statushistorik (${a.statusHistory.length})`, { id: 'activities.history' })));
  return h('li', { class: `activity ${row.due === 'overdue' ? 'overdue' : ''}`, part: 'activity', 'data-id': a.id }, head, description, facts, actions, details);
}

function domChrome(view: ListView): HTMLElement[] {
  const counters = h('ul', { class: 'counters', 'aria-labelledby': 'sum-status' });
  for (const s of STATUS_ORDER)
    counters.append(h('li', { class: `counter s-${s}`, 'data-status': s }, statusIcon(s), `${statusLabel(s)} `, h("strong", null, formatNumber(view.statusCounts[s]))));
  if (view.overdueCount)
    counters.append(
      h('li', { class: 'counter due-overdue' }, icon(OVERDUE_ICON as unknown as { strings: TemplateStringsArray }), h('strong', null, formatNumber(view.overdueCount)), ` ${msg('försenade', { id: 'activities.count.overdue' })}`),
    );
  const principals = h('ul', { class: 'counters', 'aria-labelledby': 'sum-principal' });
  for (const p of view.principals) principals.append(h('li', { class: 'counter' }, h('strong', null, formatNumber(p.count)), ` ${principalLabel(p.principal)}`));
  const summary = h(
    'div',
    { class: 'summary', part: 'summary' },
    h('div', null, h('p', { class: 'summary-label', id: 'sum-status' }, msg('Per status', { id: 'activities.summary.status' })), counters),
    h('div', null, h('p', { class: 'summary-label', id: 'sum-principal' }, msg('Per huvudman', { id: 'activities.summary.principal' })), principals),
  );
  const select = (id: string, label: string, options: [string, string][]) => {
    const sel = h('select', { id });
    sel.addEventListener('change', () => {});
    for (const [value, text] of options) sel.append(h('option', { value }, text));
    return h('div', { class: 'field ' }, h('label', { for: id }, label), sel);
  };
  const search = h('input', { id: 'search', type: 'search', autocomplete: 'off' });
  search.addEventListener('input', () => {});
  const overdue = h('input', { id: 'filter-overdue', type: 'checkbox' });
  overdue.addEventListener('change', () => {});
  const all = msg('Alla', { id: 'activities.filter.all' });
  const toolbar = h(
    'div',
    { class: 'toolbar', part: 'toolbar', role: 'group', 'aria-label': msg('Sök och filtrera insatser', { id: 'activities.toolbar' }) },
    h('div', { class: 'field wide' }, h('label', { for: 'search' }, msg('Sök', { id: 'activities.search' })), search),
    select('filter-status', msg('Status', { id: 'activities.filter.status' }), [['', all], ...STATUS_ORDER.map((s): [string, string] => [s, `${statusLabel(s)} (${formatNumber(view.statusCounts[s])})`])]),
    select('filter-principal', msg('Huvudman', { id: 'activities.filter.principal' }), [['', all], ...view.principals.map((p): [string, string] => [p.key, `${principalLabel(p.principal)} (${formatNumber(p.count)})`])]),
    select('filter-person', msg('Ansvarig person', { id: 'activities.filter.person' }), [['', all], ...view.persons.map((p): [string, string] => [p, p])]),
    h('div', { class: 'field overdue-field' }, h('label', { class: 'check' }, overdue, msg('Bara försenade', { id: 'activities.filter.overdue' }))),
    select('group-by', msg('Gruppera efter', { id: 'activities.groupBy' }), [['principal', 'Huvudman'], ['goal', 'Mål'], ['none', 'Ingen gruppering']]),
    select('sort-by', msg('Sortera efter', { id: 'activities.sortBy' }), [['due', 'Slutdatum'], ['status', 'Status'], ['title', 'Namn']]),
  );
  const notice = h(
    'p',
    { class: 'notice' },
    msg('Planen är låst. Du kan ändra status och kommentera insatserna; för att lägga till, ändra eller ta bort insatser behövs en ny version av planen.', { id: 'activities.notice.locked' }),
  );
  const bar = h('div', { class: 'bar' }, h('p', { class: 'result', tabindex: '-1' }, msg(str`${formatNumber(view.total)} insatser`, { id: 'activities.result.all' })), h('div', { class: 'button-row' }));
  return [h('h2', { id: 'heading' }, msg('Insatser', { id: 'activities.heading' })), summary, notice, toolbar, bar];
}

let host: HTMLElement | undefined;
let root: ShadowRoot | undefined;
function baselineHost(): ShadowRoot {
  host = document.body.appendChild(atTop(document.createElement('div')));
  root = host.attachShadow({ mode: 'open' });
  // Customized built-ins aside, the baseline gets exactly the element's stylesheet.
  const Ctor = customElements.get('sip-activity-status-list') as unknown as { elementStyles: (CSSStyleSheet | { styleSheet?: CSSStyleSheet })[] };
  root.adoptedStyleSheets = Ctor.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));
  return root;
}

/** The list by hand: the chrome and the first `count` rows (every row unless told). */
function buildBaseline(plan: SipPlan, count = Infinity): void {
  const shadow = baselineHost();
  const view = buildListView(plan, QUERY, { now: NOW, locale: 'sv', isOverdue });
  const entries = new Map(plan.network.map((e) => [e.id, e]));
  const rows = h('ul', { class: 'rows', 'aria-label': msg('Alla insatser', { id: 'activities.group.all' }) });
  const all = view.groups[0]!.rows;
  for (let i = 0; i < all.length && i < count; i++) rows.append(domRow(plan, all[i]!, entries));
  const groups = h('div', { class: 'groups', 'aria-busy': count < all.length ? 'true' : 'false' }, h('section', { class: 'group', part: 'group' }, rows));
  groups.addEventListener('click', () => {});
  groups.addEventListener('toggle', () => {}, { capture: true });
  const section = h(
    'section',
    { class: 'list', part: 'base', 'aria-labelledby': 'heading' },
    ...domChrome(view),
    groups,
    h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
  );
  shadow.append(section);
}

/** The hand-written status update: touch only what changed (the row's badge and history count, two counters, two options). */
function baselineChangeStatus(plan: SipPlan, id: string, from: ActivityStatus, to: ActivityStatus): void {
  const shadow = root!;
  const activity = plan.activities.find((a) => a.id === id)!;
  const li = shadow.querySelector(`li[data-id="${id}"]`)!;
  const badge = li.querySelector('[part=status-badge]')!;
  badge.className = `badge s-${to}`;
  badge.lastChild!.textContent = statusLabel(to);
  li.querySelector('summary')!.textContent = msg(str`Statushistorik (${activity.statusHistory.length})`, { id: 'activities.history' });
  const counts = { planned: 0, ongoing: 0, done: 0, paused: 0, cancelled: 0 } as Record<ActivityStatus, number>;
  for (const a of plan.activities) counts[a.status]++;
  for (const s of [from, to]) {
    shadow.querySelector(`li[data-status="${s}"] strong`)!.textContent = formatNumber(counts[s]);
    shadow.querySelector(`#filter-status option[value="${s}"]`)!.textContent = `${statusLabel(s)} (${formatNumber(counts[s])})`;
  }
}

const clear = () => {
  el?.remove();
  el = undefined;
  host?.remove();
  host = undefined;
  root = undefined;
};

// The status bench renders both lists once and then flips the one status back and forth (untimed,
// in setup), so 1,000 rows are not rebuilt for every sample; the create bench after it starts by
// clearing them, so nothing is left on the page for the next file.
let persistent = false;
async function ensureRendered(): Promise<void> {
  if (persistent) return;
  await everyRow(mountElement(PLAN));
  buildBaseline(PLAN);
  persistent = true;
}

const clearAll = () => {
  persistent = false;
  clear();
};

const benches: BrowserBench[] = [
  {
    name: `change one status among ${N.toLocaleString('en')}`,
    // Both start from the same rendered list with the activity planned.
    setup: async () => {
      await ensureRendered();
      if (el!.plan !== PLAN) {
        el!.plan = PLAN;
        await el!.updateComplete;
      }
      if (root!.querySelector(`li[data-id="${CHANGED}"] .s-ongoing`)) baselineChangeStatus(PLAN, CHANGED, 'ongoing', 'planned');
    },
    // The host hands back the plan from sip-plan-change; the element re-renders what changed.
    ours: () => {
      el!.plan = CHANGED_PLAN;
      return el!.updateComplete;
    },
    baseline: () => baselineChangeStatus(CHANGED_PLAN, CHANGED, 'planned', 'ongoing'),
  },
  // First render: the same list at 100 and at 1,000 activities. Compare the two "ours" lines for
  // how the cost grows with the list (issue 17 aims at ≤ 3× for 10× the rows). The element shows
  // its first FIRST_ROWS rows at once and the rest in idle-time steps, so the hand-written
  // baseline builds the same markup: the chrome and the first FIRST_ROWS rows.
  ...[SMALL_PLAN, PLAN].map(
    (plan): BrowserBench => ({
      name: `create ${plan.activities.length.toLocaleString('en')} activities`,
      setup: clearAll,
      ours: () => mountElement(plan).updateComplete,
      baseline: () => buildBaseline(plan, FIRST_ROWS),
      teardown: clear,
    }),
  ),
  // Until every row is in the DOM: ours in steps (yielding to the browser between them), the
  // hand-written one all at once (blocking the page for the whole time).
  {
    name: `render every row of ${N.toLocaleString('en')} activities`,
    setup: clearAll,
    ours: () => everyRow(mountElement(PLAN)),
    baseline: () => buildBaseline(PLAN),
    teardown: clear,
  },
];

export default benches;
