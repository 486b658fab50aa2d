// The demo journal: a vendor-like page embedding every element around one shared plan. The plan
// is the host's data, so the host (this page) keeps it in localStorage to survive a reload.
import '../src/index';
import { parsePlan, startRevision, type SipPlan, type Change } from '../src/model';
import type { SipPlanChangeDetail, SipPlanClosedDetail, SipPlanRevisedDetail } from '../src/index';
import { examplePlans } from '../src/model/examples';
import { applyLanguage, demoLocale, t } from './demo-i18n';
import { formatDateTime } from '../src/shared/format';

const PLAN_KEY = 'sip-demo-plan';
const LOG_KEY = 'sip-demo-log';
const TAB_KEY = 'sip-demo-tab';

// Storage may be full, switched off (it then throws) or hold anything a person or another page
// put there: every read is checked and falls back, every write may fail without breaking the page.
function read(key: string): unknown {
  try {
    const saved = localStorage.getItem(key);
    return saved === null ? undefined : (JSON.parse(saved) as unknown);
  } catch {
    return undefined;
  }
}
function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* the page keeps working without storage */
  }
}

function loadPlan(): SipPlan {
  const saved = parsePlan(read(PLAN_KEY), { warnings: false });
  return saved.ok ? saved.plan : structuredClone(examplePlans.elderly);
}

function loadLog(): Change[] {
  const saved = read(LOG_KEY);
  if (!Array.isArray(saved)) return [];
  return saved.filter(
    (c): c is Change => typeof c === 'object' && c !== null && typeof c.at === 'string' && typeof c.by === 'string' && typeof c.type === 'string',
  );
}

let plan = loadPlan();
let log: Change[] = loadLog();
const elements = [...document.querySelectorAll<HTMLElement & { plan?: SipPlan }>('main [role=tabpanel] > *')].filter((el) =>
  el.localName.startsWith('sip-'),
);

function render(): void {
  for (const el of elements) el.plan = plan;
  const person = (plan as { person?: { name?: string; identity?: { value?: string } } }).person;
  document.querySelector('#patient-name')!.textContent = person?.name ?? t('none');
  // Only the last four digits show in the banner, as journals commonly do.
  const id = person?.identity?.value ?? '';
  document.querySelector('#patient-id')!.textContent = id ? `••••••••-${id.slice(-4)}` : t('none');
  const status = (plan as { status?: string; version?: number }).status ?? 'draft';
  document.querySelector('#plan-status')!.textContent = `${t(`status.${status}`)}, ${t('version')} ${(plan as { version?: number }).version ?? 1}`;
  // A signed plan is locked; the journal offers a new version so the elements can edit again.
  document.querySelector<HTMLButtonElement>('#revise')!.hidden = status !== 'active';
  const coordinator = (plan.network ?? []).find((e) => (e.roles ?? []).includes('coordinator'));
  document.querySelector('#plan-coordinator')!.textContent = coordinator?.name ?? t('none');
  const list = document.querySelector('#change-log')!;
  list.replaceChildren(
    ...log.slice(-8).reverse().map((change) => {
      const li = document.createElement('li');
      li.textContent = `${formatDateTime(change.at)} · ${change.by} · ${change.summary ?? change.type}`;
      return li;
    }),
  );
}

document.addEventListener('sip-plan-change', (event) => {
  const { detail } = event as CustomEvent<SipPlanChangeDetail>;
  plan = detail.plan;
  log = [...log, detail.change].slice(-50);
  write(PLAN_KEY, plan);
  write(LOG_KEY, log);
  render();
});

// The follow-up hands the host who to tell when the plan ends; a journal would start those messages.
document.addEventListener('sip-plan-closed', (event) => {
  const { parties } = (event as CustomEvent<SipPlanClosedDetail>).detail;
  document.querySelector('#host-notice')!.textContent = `${t('tell')} ${parties.map((p) => p.name).join(', ')}`;
});

// A revision: the host keeps the voided version next to the new draft.
document.addEventListener('sip-plan-revised', (event) => {
  const { previous } = (event as CustomEvent<SipPlanRevisedDetail>).detail;
  localStorage.setItem(`${PLAN_KEY}-v${previous.version}`, JSON.stringify(previous));
  document.querySelector('#host-notice')!.textContent = t('previousKept');
});

document.querySelector('#revise')!.addEventListener('click', () => {
  const result = startRevision(plan, { type: 'startRevision', note: t('reviseNote') }, { by: 'Karin Lind, samordnare', now: new Date().toISOString() });
  if (!result.ok) {
    alert(result.error.message);
    return;
  }
  document.dispatchEvent(new CustomEvent('sip-plan-change', { detail: { plan: result.plan, change: result.change } }));
  // The button hides with the active plan; focus goes to the plan's status, which now names the
  // new version (instead of dropping to the page's start).
  document.querySelector<HTMLElement>('#plan-status')!.focus();
});

document.querySelector('#reset')!.addEventListener('click', () => {
  if (!confirm(t('confirmReset'))) return;
  try {
    localStorage.removeItem(PLAN_KEY);
    localStorage.removeItem(LOG_KEY);
  } catch {
    /* nothing stored */
  }
  plan = structuredClone(examplePlans.elderly);
  log = [];
  render();
});

document.querySelector<HTMLSelectElement>('#language')!.addEventListener('change', (e) => {
  void applyLanguage((e.target as HTMLSelectElement).value === 'en' ? 'en' : 'sv', render);
});

// Tabs: arrow keys move between them (WAI-ARIA tabs pattern), the choice survives a reload.
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
function selectTab(tab: HTMLButtonElement, focus = false): void {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute('aria-controls')!)!.hidden = !selected;
  }
  write(TAB_KEY, tab.id);
  history.replaceState(null, '', `#${tab.id.replace('tab-', '')}`);
  if (focus) tab.focus();
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : undefined;
    if (next) {
      e.preventDefault();
      selectTab(next, true);
    }
  });
}
// A link may name a tab (`#network`); otherwise the last one used.
const fromHash = tabs.find((tab) => location.hash && tab.id === `tab-${location.hash.slice(1)}`);
selectTab(fromHash ?? tabs.find((tab) => tab.id === read(TAB_KEY)) ?? tabs[0]!);

void applyLanguage(demoLocale(), render);
render();
