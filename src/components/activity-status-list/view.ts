/**
 * Everything `<sip-activity-status-list>` draws once it has a plan: counters, toolbar, groups,
 * rows, the status form. Loaded lazily with the model code (see lazy.ts) — nothing of it can show
 * before the plan is validated anyway — so the element's initial load is the shell only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import type { ActivityStatus } from '../../model/constants';
import type { Activity, NetworkEntry, SipPlan } from '../../model/schema';
import { allowedStatusTransitions } from '../../model/operations/activities';
import { formatDate, formatDateTime, formatNumber } from '../../shared/format';
import { getLocale } from '../../shared/i18n';
import { GROUP_BY, parseGroupBy, parseSortBy, parseStatus, SORT_BY, STATUS_ORDER, type ActivityRow, type GroupBy, type ListGroup, type ListView, type SortBy } from './list-view';
import { dueText, performerText, principalKindLabel, principalLabel, statusCountLabel, statusLabel } from './labels';
import { OVERDUE_ICON, SOON_ICON, STATUS_ICONS } from './icons';
import { renderActivityForm, type FormErrors } from './form';
import * as label from '../../shared/labels';
import * as term from '../../shared/terms';

/** What the current user may do with this plan. */
export type Caps = 'none' | 'status' | 'all';
export type FormState = { mode: 'add' } | { mode: 'edit'; id: string };
export interface Undo {
  activity: Activity;
  index: number;
}

/** The element's state and actions, as the view sees them. */
export interface ListHost {
  readonly readonly: boolean;
  readonly groupBy: string;
  readonly sortBy: string;
  readonly filterStatus: string;
  readonly filterPrincipal: string;
  readonly filterPerson: string;
  readonly filterOverdue: boolean;
  readonly search: string;
  readonly queryActive: boolean;
  readonly statusFor: string | null;
  readonly statusError: string;
  readonly statusRev: number;
  readonly historyOpen: ReadonlySet<string>;
  readonly form: FormState | null;
  readonly formErrors: FormErrors;
  readonly formRev: number;
  readonly undo: Undo | null;
  readonly message: string;
  readonly entries: ReadonlyMap<string, NetworkEntry>;
  setQuery(patch: Partial<Record<'groupBy' | 'sortBy' | 'filterStatus' | 'filterPrincipal' | 'filterPerson' | 'search', string> & { filterOverdue: boolean }>): void;
  clearFilters(): void;
  openStatus(id: string): void;
  closeStatus(): void;
  submitStatus(e: Event, activity: Activity): void;
  escapeStatus(e: KeyboardEvent): void;
  toggleHistory(e: Event, id: string): void;
  removeRow(activity: Activity): void;
  restore(): void;
  dismissUndo(): void;
  openForm(state: FormState): void;
  closeForm(): void;
  submitForm(e: Event): void;
  escapeForm(e: KeyboardEvent): void;
}

/** "5 insatser" / "Visar 3 av 12 insatser". */
export function resultText(view: ListView): string {
  const shown = formatNumber(view.shown);
  const total = formatNumber(view.total);
  if (view.shown === view.total) return view.total === 1 ? term.oneActivity() : msg(str`${total} insatser`, { id: 'activities.result.all' });
  return msg(str`Visar ${shown} av ${total} insatser`, { id: 'activities.result.filtered' });
}

export function renderList(h: ListHost, plan: SipPlan, view: ListView, caps: Caps): TemplateResult {
  return html`${renderSummary(view)} ${renderNotice(h, plan)} ${view.total > 0 ? renderToolbar(h, view) : nothing}
    ${h.message ? html`<p class="error" role="alert">${h.message}</p>` : nothing} ${renderResultBar(h, view, caps)}
    ${h.form?.mode === 'add' && caps === 'all' ? renderForm(h, plan, undefined) : nothing}
    ${h.undo && caps === 'all' ? renderUndo(h, h.undo) : nothing} ${renderGroups(h, plan, view, caps)}`;
}

function renderNotice(h: ListHost, plan: SipPlan | undefined): TemplateResult | typeof nothing {
  if (!plan) return nothing;
  if (plan.status === 'closed' || plan.status === 'voided')
    return html`<p class="notice">${msg('Planen är avslutad eller makulerad. Insatserna visas bara.', { id: 'activities.notice.closed' })}</p>`;
  if (h.readonly) return nothing;
  if (plan.status === 'active')
    return html`<p class="notice">${msg('Planen är signerad. Du kan ändra status på insatserna; för att lägga till, ändra eller ta bort insatser behövs en ny version av planen.', { id: 'activities.notice.active' })}</p>`;
  return nothing;
}

function renderSummary(view: ListView): TemplateResult {
  return html`<div class="summary" part="summary">
    <div>
      <p class="summary-label" id="sum-status">${msg('Per status', { id: 'activities.summary.status' })}</p>
      <ul class="counters" aria-labelledby="sum-status">
        ${STATUS_ORDER.map(
          (s) => html`<li class="counter s-${s}"><svg viewBox="0 0 16 16" aria-hidden="true">${STATUS_ICONS[s]}</svg><strong>${formatNumber(view.statusCounts[s])}</strong> ${statusCountLabel(s)}</li>`,
        )}
        ${view.overdueCount
          ? html`<li class="counter due-overdue"><svg viewBox="0 0 16 16" aria-hidden="true">${OVERDUE_ICON}</svg><strong>${formatNumber(view.overdueCount)}</strong> ${msg('försenade', { id: 'activities.count.overdue' })}</li>`
          : nothing}
        ${view.soonCount
          ? html`<li class="counter due-soon"><svg viewBox="0 0 16 16" aria-hidden="true">${SOON_ICON}</svg><strong>${formatNumber(view.soonCount)}</strong> ${msg('snart klara', { id: 'activities.count.soon' })}</li>`
          : nothing}
      </ul>
    </div>
    ${view.principals.length
      ? html`<div>
          <p class="summary-label" id="sum-principal">${msg('Per huvudman', { id: 'activities.summary.principal' })}</p>
          <ul class="counters" aria-labelledby="sum-principal">
            ${view.principals.map((p) => html`<li class="counter"><strong>${formatNumber(p.count)}</strong> ${principalLabel(p.principal)}</li>`)}
          </ul>
        </div>`
      : nothing}
  </div>`;
}

function renderToolbar(h: ListHost, view: ListView): TemplateResult {
  const status = parseStatus(h.filterStatus);
  const groupBy = parseGroupBy(h.groupBy);
  const sortBy = parseSortBy(h.sortBy);
  const groupLabels: Record<GroupBy, string> = {
    principal: term.principal(),
    goal: msg('Mål', { id: 'activities.group.goal' }),
    none: msg('Ingen gruppering', { id: 'activities.group.none' }),
  };
  const sortLabels: Record<SortBy, string> = {
    due: msg('Slutdatum', { id: 'activities.sort.due' }),
    status: label.status(),
    title: label.name(),
  };
  const principalKnown = !h.filterPrincipal || view.principals.some((p) => p.key === h.filterPrincipal);
  const personKnown = !h.filterPerson || view.persons.includes(h.filterPerson);
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${msg('Sök och filtrera insatser', { id: 'activities.toolbar' })}>
    <div class="field search-field">
      <label for="search">${msg('Sök', { id: 'activities.search' })}</label>
      <input id="search" type="search" autocomplete="off" .value=${h.search ?? ''} @input=${(e: Event) => h.setQuery({ search: (e.target as HTMLInputElement).value })} />
    </div>
    <div class="field">
      <label for="filter-status">${label.status()}</label>
      <select id="filter-status" @change=${(e: Event) => h.setQuery({ filterStatus: parseStatus((e.target as HTMLSelectElement).value) })}>
        <option value="" ?selected=${!status}>${msg('Alla', { id: 'activities.filter.all' })}</option>
        ${STATUS_ORDER.map((s) => html`<option value=${s} ?selected=${status === s}>${statusLabel(s)} (${formatNumber(view.statusCounts[s])})</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="filter-principal">${term.principal()}</label>
      <select id="filter-principal" @change=${(e: Event) => h.setQuery({ filterPrincipal: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!h.filterPrincipal}>${msg('Alla', { id: 'activities.filter.all' })}</option>
        ${view.principals.map((p) => html`<option value=${p.key} ?selected=${h.filterPrincipal === p.key}>${principalLabel(p.principal)} (${formatNumber(p.count)})</option>`)}
        ${principalKnown ? nothing : html`<option value=${h.filterPrincipal} selected>${h.filterPrincipal}</option>`}
      </select>
    </div>
    <div class="field">
      <label for="filter-person">${msg('Ansvarig person', { id: 'activities.filter.person' })}</label>
      <select id="filter-person" @change=${(e: Event) => h.setQuery({ filterPerson: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!h.filterPerson}>${msg('Alla', { id: 'activities.filter.all' })}</option>
        ${view.persons.map((p) => html`<option value=${p} ?selected=${h.filterPerson === p}>${p}</option>`)}
        ${personKnown ? nothing : html`<option value=${h.filterPerson} selected>${h.filterPerson}</option>`}
      </select>
    </div>
    <div class="field">
      <label class="check"
        ><input id="filter-overdue" type="checkbox" .checked=${!!h.filterOverdue} @change=${(e: Event) => h.setQuery({ filterOverdue: (e.target as HTMLInputElement).checked })} />${msg(
          'Bara försenade',
          { id: 'activities.filter.overdue' },
        )}</label
      >
    </div>
    <div class="field">
      <label for="group-by">${msg('Gruppera efter', { id: 'activities.groupBy' })}</label>
      <select id="group-by" @change=${(e: Event) => h.setQuery({ groupBy: parseGroupBy((e.target as HTMLSelectElement).value) })}>
        ${GROUP_BY.map((g) => html`<option value=${g} ?selected=${groupBy === g}>${groupLabels[g]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="sort-by">${msg('Sortera efter', { id: 'activities.sortBy' })}</label>
      <select id="sort-by" @change=${(e: Event) => h.setQuery({ sortBy: parseSortBy((e.target as HTMLSelectElement).value) })}>
        ${SORT_BY.map((s) => html`<option value=${s} ?selected=${sortBy === s}>${sortLabels[s]}</option>`)}
      </select>
    </div>
  </div>`;
}

function renderResultBar(h: ListHost, view: ListView, caps: Caps): TemplateResult {
  return html`<div class="bar">
    <p class="result" tabindex="-1">${resultText(view)}</p>
    <div class="actions">
      ${h.queryActive ? html`<button type="button" class="clear" @click=${() => h.clearFilters()}>${msg('Rensa filter', { id: 'activities.clearFilters' })}</button>` : nothing}
      ${caps === 'all' && h.form?.mode !== 'add'
        ? html`<button type="button" class="add primary" @click=${() => h.openForm({ mode: 'add' })}>${msg('Lägg till insats', { id: 'activities.add' })}</button>`
        : nothing}
    </div>
  </div>`;
}

function renderUndo(h: ListHost, undo: Undo): TemplateResult {
  return html`<div class="undo" part="undo">
    <p>${msg(str`Insatsen ${undo.activity.title} togs bort.`, { id: 'activities.undo.text' })}</p>
    <button type="button" id="undo" @click=${() => h.restore()}>${label.undo()}</button>
    <button type="button" @click=${() => h.dismissUndo()}>${label.close()}</button>
  </div>`;
}

function renderGroups(h: ListHost, plan: SipPlan, view: ListView, caps: Caps): TemplateResult {
  if (view.total === 0) return html`<p class="empty">${msg('Planen har inga insatser ännu.', { id: 'activities.empty' })}</p>`;
  if (view.groups.length === 0) return html`<p class="empty">${msg('Inga insatser matchar sökningen eller filtren.', { id: 'activities.noMatch' })}</p>`;
  return html`${repeat(
    view.groups,
    (g) => g.key,
    (g) => renderGroup(h, plan, g, caps),
  )}`;
}

/** A group's heading and the muted text after it (the principal's kind, when a name shows). */
function groupTitle(group: ListGroup): [string, string] {
  if (group.kind === 'principal') {
    const title = principalLabel(group.principal);
    const kind = group.principal ? principalKindLabel(group.principal) : '';
    return [title, kind && kind !== title ? kind : ''];
  }
  if (group.kind === 'goal' && group.goal) {
    return [group.goal.text, group.goal.horizon === 'long' ? msg('Långsiktigt mål', { id: 'activities.goal.long' }) : msg('Kortsiktigt mål', { id: 'activities.goal.short' })];
  }
  if (group.kind === 'noGoal') return [msg('Utan kopplat mål', { id: 'activities.group.noGoal' }), ''];
  return [msg('Alla insatser', { id: 'activities.group.all' }), ''];
}

function renderGroup(h: ListHost, plan: SipPlan, group: ListGroup, caps: Caps): TemplateResult {
  const locale = getLocale();
  const [title, sub] = groupTitle(group);
  const list = html`<ul class="rows" aria-label=${group.kind === 'all' ? title : nothing}>
    ${repeat(
      group.rows,
      (r) => r.activity.id,
      (r) => {
        const id = r.activity.id;
        const statusOpen = h.statusFor === id;
        const formOpen = h.form?.mode === 'edit' && h.form.id === id;
        return guard(
          [
            r.activity,
            plan.goals,
            plan.network,
            plan.person,
            locale,
            r.due,
            r.daysLeft,
            caps,
            statusOpen ? h.statusRev : -1,
            formOpen ? h.formRev : -1,
            h.historyOpen.has(id),
          ],
          () => renderRow(h, plan, r, caps, statusOpen, formOpen),
        );
      },
    )}
  </ul>`;
  if (group.kind === 'all') return html`<section class="group" part="group">${list}</section>`;
  const count = group.rows.length;
  return html`<section class="group" part="group">
    <h3 part="group-heading">
      ${title}<span class="visually-hidden">,</span>
      <span class="group-count">${sub ? `${sub} · ` : ''}${count === 1 ? term.oneActivity() : msg(str`${formatNumber(count)} insatser`, { id: 'activities.result.all' })}</span>
    </h3>
    ${list}
  </section>`;
}

function renderRow(h: ListHost, plan: SipPlan, row: ActivityRow, caps: Caps, statusOpen: boolean, formOpen: boolean): TemplateResult {
  const a = row.activity;
  if (formOpen) return html`<li class="activity" part="activity" data-id=${a.id}>${renderForm(h, plan, a)}</li>`;
  const r = a.responsible;
  const responsible = [principalLabel(r.principal), r.unit, r.personName].filter((s) => s && s.trim()).join(' · ');
  const transitions = allowedStatusTransitions(a.status);
  const performer = performerText(a.performer, plan, h.entries);
  const history = a.statusHistory;
  const historyOpen = h.historyOpen.has(a.id);
  // One flat template per row (hidden parts instead of nested conditional templates, every icon
  // drawn once and picked by class): a row is one template clone, which keeps 1,000 rows cheap.
  const due = row.due === 'overdue' || row.due === 'soon' ? row.due : '';
  const goals = row.goals.map((g) => g.text).join(' · ');
  return html`<li class="activity ${row.due === 'overdue' ? 'overdue' : ''}" part="activity" data-id=${a.id}>
    <div class="head">
      <h4 tabindex="-1">${a.title}</h4>
      <span class="badge s-${a.status}" part="status-badge"
        ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
          <g class="i-planned"><circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2" /></g>
          <g class="i-ongoing"><circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2" /><path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" /></g>
          <g class="i-done"><path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" /></g>
          <g class="i-paused"><rect x="4" y="3" width="2.8" height="10" fill="currentColor" /><rect x="9.2" y="3" width="2.8" height="10" fill="currentColor" /></g>
          <g class="i-cancelled"><path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" /></g></svg
        ><span class="visually-hidden">${msg('Status:', { id: 'activities.statusPrefix' })} </span>${statusLabel(a.status)}</span
      >
      <span class="badge due-${due || 'none'}" part="due-badge" ?hidden=${!due}
        ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
          <g class="i-overdue"><path d="M8 1.5L15 14H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" /><path d="M8 6v4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /><circle cx="8" cy="12" r="1" fill="currentColor" /></g>
          <g class="i-soon"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6" /><path d="M8 4.5V8l2.5 2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" /></g></svg
        >${due ? dueText(due, row.daysLeft ?? 0) : ''}</span
      >
    </div>
    <p class="description" ?hidden=${!a.description}>${a.description ?? ''}</p>
    <dl class="facts">
      <div><dt>${msg('Ansvarig', { id: 'activities.responsible' })}</dt><dd>${responsible}</dd></div>
      <div ?hidden=${!performer}><dt>${msg('Utförs av', { id: 'activities.performer' })}</dt><dd>${performer}</dd></div>
      <div ?hidden=${!goals}><dt>${msg('Mål', { id: 'activities.goals' })}</dt><dd>${goals}</dd></div>
      <div ?hidden=${!a.start}><dt>${msg('Start', { id: 'activities.start' })}</dt><dd>${a.start ? formatDate(a.start) : ''}</dd></div>
      <div ?hidden=${!a.due}><dt>${msg('Klart senast', { id: 'activities.due' })}</dt><dd>${a.due ? formatDate(a.due) : ''}</dd></div>
      <div ?hidden=${!a.frequency}><dt>${msg('Hur ofta', { id: 'activities.frequency' })}</dt><dd>${a.frequency ?? ''}</dd></div>
    </dl>
    <div class="actions" part="actions" ?hidden=${caps === 'none' || (transitions.length === 0 && caps !== 'all')}>
      <button
        type="button"
        class="change-status"
        ?hidden=${caps === 'none' || transitions.length === 0}
        aria-expanded=${statusOpen ? 'true' : 'false'}
        aria-label=${msg(str`Ändra status: ${a.title}`, { id: 'activities.changeStatusFor' })}
        @click=${() => (statusOpen ? h.closeStatus() : h.openStatus(a.id))}
      >
        ${msg('Ändra status', { id: 'activities.changeStatus' })}
      </button>
      <button type="button" class="edit" ?hidden=${caps !== 'all'} aria-label=${msg(str`Redigera: ${a.title}`, { id: 'activities.editFor' })} @click=${() => h.openForm({ mode: 'edit', id: a.id })}>
        ${msg('Redigera', { id: 'activities.edit' })}
      </button>
      <button type="button" class="remove danger" ?hidden=${caps !== 'all'} aria-label=${msg(str`Ta bort: ${a.title}`, { id: 'activities.removeFor' })} @click=${() => h.removeRow(a)}>
        ${label.remove()}
      </button>
    </div>
    ${statusOpen ? renderStatusForm(h, a, transitions) : nothing}
    <details class="history-toggle" ?open=${historyOpen} @toggle=${(e: Event) => h.toggleHistory(e, a.id)}>
      <summary>${msg(str`Statushistorik (${history.length})`, { id: 'activities.history' })}</summary>
      ${historyOpen
        ? html`<ol class="history">
            ${history.map(
              (h) =>
                html`<li><strong>${statusLabel(h.status)}</strong> ${formatDateTime(h.at)}, ${h.by}${h.note ? html` – <q>${h.note}</q>` : nothing}</li>`,
            )}
          </ol>`
        : nothing}
    </details>
  </li>`;
}

function renderStatusForm(h: ListHost, a: Activity, transitions: readonly ActivityStatus[]): TemplateResult {
  return html`<form class="status-form" part="form" aria-label=${msg(str`Ändra status: ${a.title}`, { id: 'activities.changeStatusFor' })} @submit=${(e: Event) => h.submitStatus(e, a)} @keydown=${(e: KeyboardEvent) => h.escapeStatus(e)}>
    <div class="form-grid">
      <div class="field">
        <label for="status-to">${msg(str`Ny status (nu: ${statusLabel(a.status)})`, { id: 'activities.newStatus' })}</label>
        <select id="status-to" name="to">
          ${transitions.map((s) => html`<option value=${s}>${statusLabel(s)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="status-note">${msg('Anteckning (frivillig)', { id: 'activities.note' })}</label>
        <textarea id="status-note" name="note" rows="1"></textarea>
      </div>
    </div>
    ${h.statusError ? html`<p class="error" role="alert">${h.statusError}</p>` : nothing}
    <div class="form-actions">
      <button type="submit" class="primary">${msg('Spara status', { id: 'activities.saveStatus' })}</button>
      <button type="button" @click=${() => h.closeStatus()}>${label.cancel()}</button>
    </div>
  </form>`;
}

function renderForm(h: ListHost, plan: SipPlan, a: Activity | undefined): TemplateResult {
  return renderActivityForm({
    plan,
    activity: a,
    errors: h.formErrors,
    entries: h.entries,
    onSubmit: (e: Event) => h.submitForm(e),
    onCancel: () => h.closeForm(),
    onKeydown: (e: KeyboardEvent) => h.escapeForm(e),
  });
}
