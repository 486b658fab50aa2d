/**
 * Everything the list draws once it has a plan: counters, notice, toolbar, the result line, the
 * add form, the undo bar and the groups. Loaded lazily (see part.ts); renders from the read-only
 * view model and the actions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { formatNumber } from '../../../shared/format';
import { fieldRow, undoBar } from '../../../shared/templates';
import * as label from '../../../shared/labels';
import * as term from '../../../shared/terms';
import { GROUP_BY, parseGroupBy, parseSortBy, parseStatus, SORT_BY, STATUS_ORDER, type GroupBy, type ListGroup, type ListView, type SortBy } from '../list-view';
import { principalKindLabel, principalLabel, statusLabel } from '../labels';
import { OVERDUE_ICON, SOON_ICON, STATUS_ICONS } from '../icons';
import type { ActivitiesActions, ActivitiesView, ActivitiesViewModel } from '../types';
import { renderActivityForm } from './form';
import { renderRows } from './row';

/** "5 insatser" / "Visar 3 av 12 insatser". */
export function resultText(view: ListView): string {
  const shown = formatNumber(view.shown);
  const total = formatNumber(view.total);
  if (view.shown === view.total) return view.total === 1 ? term.oneActivity() : msg(str`${total} insatser`, { id: 'activities.result.all' });
  return msg(str`Visar ${shown} av ${total} insatser`, { id: 'activities.result.filtered' });
}

/** The list for a valid plan. */
export const renderList: ActivitiesView = (vm, actions) => {
  const { list } = vm;
  return html`${renderSummary(list)} ${renderNotice(vm)} ${list.total > 0 ? renderToolbar(vm, actions) : nothing}
    ${vm.message ? html`<p class="field-error" role="alert">${vm.message}</p>` : nothing} ${renderResultBar(vm, actions)}
    ${vm.form?.mode === 'add' && vm.caps === 'all' ? renderActivityForm(vm, actions, undefined) : nothing}
    ${undoBar(vm.undo, { onUndo: () => actions.undo(), onDismiss: () => actions.dismissUndo(), disabled: vm.caps !== 'all' })} ${renderGroups(vm, actions)}`;
};

function renderNotice(vm: Readonly<ActivitiesViewModel>): TemplateResult | typeof nothing {
  if (vm.stage === 'closed' || vm.stage === 'voided')
    return html`<p class="notice">${msg('Planen är avslutad eller makulerad. Insatserna visas bara.', { id: 'activities.notice.closed' })}</p>`;
  if (vm.readonly) return nothing;
  if (vm.stage === 'locked')
    return html`<p class="notice">
      ${msg('Planen är låst. Du kan ändra status och kommentera insatserna; för att lägga till, ändra eller ta bort insatser behövs en ny version av planen.', { id: 'activities.notice.locked' })}
    </p>`;
  if (vm.stage === 'signed')
    return html`<p class="notice">${msg('Planen är signerad men inte låst: insatserna kan ändras tills samordningsansvarig låser planen.', { id: 'activities.notice.signed' })}</p>`;
  return nothing;
}

function renderSummary(view: ListView): TemplateResult {
  return html`<div class="summary" part="summary">
    <div>
      <p class="summary-label" id="sum-status">${msg('Per status', { id: 'activities.summary.status' })}</p>
      <ul class="counters" aria-labelledby="sum-status">
        ${STATUS_ORDER.map(
          (s) =>
            html`<li class="counter s-${s}"><svg viewBox="0 0 16 16" aria-hidden="true">${STATUS_ICONS[s]}</svg>${statusLabel(s)} <strong>${formatNumber(view.statusCounts[s])}</strong></li>`,
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

function renderToolbar(vm: Readonly<ActivitiesViewModel>, actions: ActivitiesActions): TemplateResult {
  const { list, query } = vm;
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
  const all = msg('Alla', { id: 'activities.filter.all' });
  const principalKnown = !vm.filterPrincipal || list.principals.some((p) => p.key === vm.filterPrincipal);
  const personKnown = !vm.filterPerson || list.persons.includes(vm.filterPerson);
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${msg('Sök och filtrera insatser', { id: 'activities.toolbar' })}>
    ${fieldRow({
      id: 'search',
      label: msg('Sök', { id: 'activities.search' }),
      wide: true,
      control: html`<input id="search" type="search" autocomplete="off" .value=${query.search} @input=${(e: Event) => actions.setQuery({ search: value(e) })} />`,
    })}
    ${fieldRow({
      id: 'filter-status',
      label: label.status(),
      control: html`<select id="filter-status" @change=${(e: Event) => actions.setQuery({ filterStatus: parseStatus(value(e)) })}>
        <option value="" ?selected=${!query.status}>${all}</option>
        ${STATUS_ORDER.map((s) => html`<option value=${s} ?selected=${query.status === s}>${statusLabel(s)} (${formatNumber(list.statusCounts[s])})</option>`)}
      </select>`,
    })}
    ${fieldRow({
      id: 'filter-principal',
      label: term.principal(),
      control: html`<select id="filter-principal" @change=${(e: Event) => actions.setQuery({ filterPrincipal: value(e) })}>
        <option value="" ?selected=${!vm.filterPrincipal}>${all}</option>
        ${list.principals.map((p) => html`<option value=${p.key} ?selected=${vm.filterPrincipal === p.key}>${principalLabel(p.principal)} (${formatNumber(p.count)})</option>`)}
        ${principalKnown ? nothing : html`<option value=${vm.filterPrincipal} selected>${vm.filterPrincipal}</option>`}
      </select>`,
    })}
    ${fieldRow({
      id: 'filter-person',
      label: msg('Ansvarig person', { id: 'activities.filter.person' }),
      control: html`<select id="filter-person" @change=${(e: Event) => actions.setQuery({ filterPerson: value(e) })}>
        <option value="" ?selected=${!vm.filterPerson}>${all}</option>
        ${list.persons.map((p) => html`<option value=${p} ?selected=${vm.filterPerson === p}>${p}</option>`)}
        ${personKnown ? nothing : html`<option value=${vm.filterPerson} selected>${vm.filterPerson}</option>`}
      </select>`,
    })}
    <div class="field overdue-field">
      <label class="check"
        ><input
          id="filter-overdue"
          type="checkbox"
          .checked=${query.overdue}
          @change=${(e: Event) => actions.setQuery({ filterOverdue: (e.target as HTMLInputElement).checked })}
        />${msg('Bara försenade', { id: 'activities.filter.overdue' })}</label
      >
    </div>
    ${fieldRow({
      id: 'group-by',
      label: msg('Gruppera efter', { id: 'activities.groupBy' }),
      control: html`<select id="group-by" @change=${(e: Event) => actions.setQuery({ groupBy: parseGroupBy(value(e)) })}>
        ${GROUP_BY.map((g) => html`<option value=${g} ?selected=${query.groupBy === g}>${groupLabels[g]}</option>`)}
      </select>`,
    })}
    ${fieldRow({
      id: 'sort-by',
      label: msg('Sortera efter', { id: 'activities.sortBy' }),
      control: html`<select id="sort-by" @change=${(e: Event) => actions.setQuery({ sortBy: parseSortBy(value(e)) })}>
        ${SORT_BY.map((s) => html`<option value=${s} ?selected=${query.sortBy === s}>${sortLabels[s]}</option>`)}
      </select>`,
    })}
  </div>`;
}

function renderResultBar(vm: Readonly<ActivitiesViewModel>, actions: ActivitiesActions): TemplateResult {
  return html`<div class="bar">
    <p class="result" tabindex="-1">${resultText(vm.list)}</p>
    <div class="button-row">
      ${vm.queryActive ? html`<button type="button" class="clear" part="button" @click=${() => actions.clearFilters()}>${msg('Rensa filter', { id: 'activities.clearFilters' })}</button>` : nothing}
      ${vm.caps === 'all' && vm.form?.mode !== 'add'
        ? html`<button type="button" class="add primary" part="button" @click=${() => actions.openForm({ mode: 'add' })}>${msg('Lägg till insats', { id: 'activities.add' })}</button>`
        : nothing}
    </div>
  </div>`;
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

/** The row a click or toggle inside the list belongs to. */
function rowId(target: EventTarget | null): string | undefined {
  return (target as Element | null)?.closest<HTMLElement>('li[data-id]')?.dataset.id;
}

/**
 * The groups, their first `vm.rowLimit` rows (the rest follow in idle time; `aria-busy` until
 * then). Row buttons are handled here, once for the whole list, by their `data-action`.
 */
function renderGroups(vm: Readonly<ActivitiesViewModel>, actions: ActivitiesActions): TemplateResult {
  const { list } = vm;
  if (list.total === 0) return html`<p class="empty">${msg('Planen har inga insatser ännu.', { id: 'activities.empty' })}</p>`;
  if (list.groups.length === 0) return html`<p class="empty">${msg('Inga insatser matchar sökningen eller filtren.', { id: 'activities.noMatch' })}</p>`;
  const shown: { group: ListGroup; limit: number }[] = [];
  let left = vm.rowLimit;
  let rows = 0;
  for (const group of list.groups) {
    rows += group.rows.length;
    if (left <= 0) continue;
    shown.push({ group, limit: left });
    left -= group.rows.length;
  }
  const onClick = (e: Event) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const id = rowId(button);
    if (!button || !id) return;
    const action = button.dataset.action;
    if (action === 'status') return vm.statusFor === id ? actions.closeStatus() : actions.openStatus(id);
    if (action === 'edit') return actions.openForm({ mode: 'edit', id });
    if (action === 'remove') return actions.remove(id);
  };
  // `toggle` does not bubble: listen in the capture phase.
  const onToggle = {
    capture: true,
    handleEvent: (e: Event) => {
      const details = e.target as HTMLDetailsElement;
      const id = details.classList?.contains('history-toggle') ? rowId(details) : undefined;
      if (id && details.open !== vm.historyOpen.has(id)) actions.toggleHistory(id, details.open);
    },
  };
  return html`<div class="groups" aria-busy=${vm.rowLimit < rows ? 'true' : 'false'} @click=${onClick} @toggle=${onToggle}>
    ${repeat(
      shown,
      (s) => s.group.key,
      (s) => renderGroup(vm, actions, s.group, s.limit),
    )}
  </div>`;
}

function renderGroup(vm: Readonly<ActivitiesViewModel>, actions: ActivitiesActions, group: ListGroup, limit: number): TemplateResult {
  const [title, sub] = groupTitle(group);
  // The rows directive keeps the list's children: only the rows, nothing between them.
  const list = html`<ul class="rows" aria-label=${group.kind === 'all' ? title : nothing} ${renderRows(vm, actions, group.rows, limit)}></ul>`;
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
