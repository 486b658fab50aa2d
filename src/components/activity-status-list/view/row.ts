/**
 * One activity (a card in the list) and its status form; and the directive that keeps a group's
 * rows. See docs/rationale/activity-status-list.md, "Performance", for why rows are not a
 * `repeat` and why a row is one flat template.
 */
import { html, noChange, nothing, render, type ElementPart, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { ActivityStatus } from '../../../model/constants';
import type { Activity } from '../../../model/schema';
import { allowedStatusTransitions } from '../../../model/operations/activities';
import { formatDate, formatDateTime } from '../../../shared/format';
import { fieldRow } from '../../../shared/templates';
import * as label from '../../../shared/labels';
import type { ActivityRow } from '../list-view';
import { dueText, performerText, principalLabel, statusLabel } from '../labels';
import type { ActivitiesActions, ActivitiesViewModel } from '../types';
import { onEscape, renderActivityForm } from './form';

/** The button that opens the status form: its text and name say what it offers. */
function statusButtonText(a: Activity, transitions: readonly ActivityStatus[]): { text: string; name: string } {
  return transitions.length
    ? { text: msg('Status och kommentar', { id: 'activities.statusAndComment' }), name: msg(str`Status och kommentar: ${a.title}`, { id: 'activities.statusAndCommentFor' }) }
    : { text: msg('Kommentera', { id: 'activities.comment' }), name: msg(str`Kommentera: ${a.title}`, { id: 'activities.commentFor' }) };
}

/** What an open row shows beyond its activity (an open status form, edit form or history), by activity id. */
function openRows(vm: Readonly<ActivitiesViewModel>): ReadonlyMap<string, string> {
  const open = new Map<string, string>();
  for (const id of vm.historyOpen) open.set(id, 'h');
  if (vm.statusFor) open.set(vm.statusFor, `${open.get(vm.statusFor) ?? ''}s${vm.statusRev}`);
  if (vm.form?.mode === 'edit') open.set(vm.form.id, `${open.get(vm.form.id) ?? ''}f${vm.formRev}`);
  return open;
}

/** A row as the list element holds it: the `<li>`'s class and what renders inside it. */
interface RowView {
  className: string;
  content: unknown;
}

interface RowItem {
  li: HTMLLIElement;
  row: ActivityRow | undefined;
  open: string;
}

/**
 * A group's rows, on the `<ul>` itself: one `<li>` per activity, keyed by id, each row's content
 * rendered into its `<li>` with Lit's `render`. Lit's own lists (`repeat`, arrays) put two marker
 * comments around every item, and with 1,000 rows those 2,000 comments among the `<li>`s made the
 * browser's style recalculation for a change in one row about twice what it is without them
 * (measured: the same class change on a status badge). Here the `<ul>` holds only `<li>`s, as a
 * hand-written list would. A row renders again only when its row object (new with its activity
 * or due state; list-view.ts keeps it otherwise), what every row reads, or what is open in it
 * changed — so a status change among 1,000 rows renders one row, and each step of a long list's
 * incremental rendering only adds rows.
 */
class RowListDirective extends Directive {
  private readonly items = new Map<string, RowItem>();
  /** The rows shown, in order, and their items (`items` by position). */
  private rows: readonly ActivityRow[] = [];
  private shown: RowItem[] = [];
  private shared: readonly unknown[] = [];
  private open: ReadonlyMap<string, string> = new Map();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('rowList() goes on the list element');
  }

  render(_rows: readonly ActivityRow[], _count: number, _shared: readonly unknown[], _open: ReadonlyMap<string, string>, _view: (r: ActivityRow) => RowView): unknown {
    return noChange;
  }

  override update(part: ElementPart, [rows, count, shared, open, view]: Parameters<this['render']>): unknown {
    const list = part.element;
    const sameShared = shared.length === this.shared.length && shared.every((v, i) => v === this.shared[i]);
    // Rendering options without `renderBefore` (that names a node of the element's root).
    const options = { host: part.options?.host };
    const paint = (item: RowItem, r: ActivityRow, openKey: string) => {
      const v = view(r);
      if (item.li.className !== v.className) item.li.className = v.className;
      render(v.content, item.li, options);
      item.row = r;
      item.open = openKey;
    };
    const itemFor = (r: ActivityRow): RowItem => {
      const id = r.activity.id;
      let item = this.items.get(id);
      if (!item) {
        const li = list.ownerDocument.createElement('li');
        li.setAttribute('part', 'activity');
        li.dataset.id = id;
        item = { li, row: undefined, open: '' };
        this.items.set(id, item);
      }
      return item;
    };
    const last = this.shown;
    // The same activities in the same places (a status change, a step that adds rows): only
    // rows with a new row object or a change in what is open in them render; nothing moves.
    let sameOrder = count >= last.length;
    for (let i = 0; sameOrder && i < last.length; i++) sameOrder = rows[i] === this.rows[i] || rows[i]!.activity.id === this.rows[i]!.activity.id;
    if (sameOrder) {
      const openChanged = new Set<string>();
      for (const [id, key] of open) if (this.open.get(id) !== key) openChanged.add(id);
      for (const id of this.open.keys()) if (!open.has(id)) openChanged.add(id);
      for (let i = 0; i < last.length; i++) {
        const r = rows[i]!;
        if (r === this.rows[i] && sameShared && (openChanged.size === 0 || !openChanged.has(r.activity.id))) continue;
        paint(last[i]!, r, open.get(r.activity.id) ?? '');
      }
      for (let i = last.length; i < count; i++) {
        const r = rows[i]!;
        const item = itemFor(r);
        paint(item, r, open.get(r.activity.id) ?? '');
        list.append(item.li);
        last.push(item);
      }
    } else {
      const ids = new Set<string>();
      for (let i = 0; i < count; i++) ids.add(rows[i]!.activity.id);
      for (const [id, item] of this.items) {
        if (ids.has(id)) continue;
        item.li.remove();
        this.items.delete(id);
      }
      const shown: RowItem[] = [];
      let next: ChildNode | null = list.firstChild;
      for (let i = 0; i < count; i++) {
        const r = rows[i]!;
        const openKey = open.get(r.activity.id) ?? '';
        const item = itemFor(r);
        if (item.row !== r || item.open !== openKey || !sameShared) paint(item, r, openKey);
        if (item.li === next) next = next.nextSibling;
        else list.insertBefore(item.li, next);
        shown.push(item);
      }
      this.shown = shown;
    }
    this.rows = rows;
    this.shared = shared;
    this.open = open;
    return noChange;
  }
}
const rowList = directive(RowListDirective);

/** The first `limit` rows of a group; goes on the group's `<ul>`. */
export function renderRows(vm: Readonly<ActivitiesViewModel>, actions: ActivitiesActions, rows: readonly ActivityRow[], limit: number): unknown {
  const shared = [vm.caps, vm.locale, vm.plan.goals, vm.plan.network, vm.plan.person];
  return rowList(rows, Math.min(rows.length, limit), shared, openRows(vm), (r) => renderRow(vm, actions, r));
}

function renderRow(vm: Readonly<ActivitiesViewModel>, actions: ActivitiesActions, row: ActivityRow): RowView {
  const a = row.activity;
  const { caps, plan } = vm;
  if (vm.form?.mode === 'edit' && vm.form.id === a.id && caps === 'all') return { className: 'activity editing', content: renderActivityForm(vm, actions, a) };
  const r = a.responsible;
  const responsible = [principalLabel(r.principal), r.unit, r.personName].filter((s) => s && s.trim()).join(' · ');
  const transitions = allowedStatusTransitions(a.status);
  const performer = performerText(a.performer, plan, vm.entries);
  const history = a.statusHistory;
  const historyOpen = vm.historyOpen.has(a.id);
  const statusOpen = vm.statusFor === a.id && caps !== 'none';
  const button = statusButtonText(a, transitions);
  // One flat template per row (hidden parts instead of nested conditional templates, every icon
  // drawn once and picked by class, clicks handled once for the whole list in view/list.ts): a
  // row is one template clone with no event listeners of its own.
  const due = row.due === 'overdue' || row.due === 'soon' ? row.due : '';
  const goals = row.goals.map((g) => g.text).join(' · ');
  // No whitespace between tags (each line breaks inside a tag): a row is then as many DOM nodes
  // as the hand-written markup, with nothing for a style or layout pass to walk past. Every
  // container in a row is a grid or flex box, so whitespace there never showed.
  const content = html`<div class="head"
      ><h4 tabindex="-1">${a.title}</h4
      ><span class="badge s-${a.status}" part="status-badge"
        ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true"
          ><g class="i-planned"><circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2" /></g
          ><g class="i-ongoing"><circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2" /><path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" /></g
          ><g class="i-done"><path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" /></g
          ><g class="i-paused"><rect x="4" y="3" width="2.8" height="10" fill="currentColor" /><rect x="9.2" y="3" width="2.8" height="10" fill="currentColor" /></g
          ><g class="i-cancelled"><path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" /></g></svg
        ><span class="visually-hidden">${msg('Status:', { id: 'activities.statusPrefix' })} </span>${statusLabel(a.status)}</span
      ><span class="badge due-${due || 'none'}" part="due-badge" ?hidden=${!due}
        ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true"
          ><g class="i-overdue"><path d="M8 1.5L15 14H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" /><path d="M8 6v4" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" /><circle cx="8" cy="12" r="1" fill="currentColor" /></g
          ><g class="i-soon"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="1.6" /><path d="M8 4.5V8l2.5 2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" /></g></svg
        >${due ? dueText(due, row.daysLeft ?? 0) : ''}</span
      ></div
    ><p class="description" ?hidden=${!a.description}>${a.description ?? ''}</p
    ><dl class="facts"
      ><div><dt>${msg('Ansvarig', { id: 'activities.responsible' })}</dt><dd>${responsible}</dd></div
      ><div ?hidden=${!performer}><dt>${msg('Utförs av', { id: 'activities.performer' })}</dt><dd>${performer}</dd></div
      ><div ?hidden=${!goals}><dt>${msg('Mål', { id: 'activities.goals' })}</dt><dd>${goals}</dd></div
      ><div ?hidden=${!a.start}><dt>${msg('Start', { id: 'activities.start' })}</dt><dd>${a.start ? formatDate(a.start) : ''}</dd></div
      ><div ?hidden=${!a.due}><dt>${msg('Klart senast', { id: 'activities.due' })}</dt><dd>${a.due ? formatDate(a.due) : ''}</dd></div
      ><div ?hidden=${!a.frequency}><dt>${msg('Hur ofta', { id: 'activities.frequency' })}</dt><dd>${a.frequency ?? ''}</dd></div
    ></dl
    ><div class="actions" part="actions" ?hidden=${caps === 'none'}
      ><button type="button" class="change-status" part="button" data-action="status" ?hidden=${caps === 'none'} aria-expanded=${statusOpen ? 'true' : 'false'} aria-label=${button.name}
        >${button.text}</button
      ><button type="button" class="edit" part="button" data-action="edit" ?hidden=${caps !== 'all'} aria-label=${msg(str`Redigera: ${a.title}`, { id: 'activities.editFor' })}
        >${msg('Redigera', { id: 'activities.edit' })}</button
      ><button type="button" class="remove danger" part="button" data-action="remove" ?hidden=${caps !== 'all'} aria-label=${msg(str`Ta bort: ${a.title}`, { id: 'activities.removeFor' })}
        >${label.remove()}</button
      ></div
    >${statusOpen ? renderStatusForm(vm, actions, a, transitions) : nothing}<details class="history-toggle" ?open=${historyOpen}
      ><summary>${msg(str`Statushistorik (${history.length})`, { id: 'activities.history' })}</summary
      >${historyOpen ? renderHistory(a) : nothing}</details>`;
  return { className: row.due === 'overdue' ? 'activity overdue' : 'activity', content };
}

/** The history, oldest first; an entry that keeps the status is a comment and says so. */
function renderHistory(a: Activity): TemplateResult {
  return html`<ol class="history">
    ${a.statusHistory.map((e, i) => {
      const comment = i > 0 && e.status === a.statusHistory[i - 1]!.status;
      const what = comment ? msg('Kommentar', { id: 'activities.history.comment' }) : statusLabel(e.status);
      return html`<li><strong>${what}</strong> ${formatDateTime(e.at)}, ${e.by}${e.note ? html` – <q>${e.note}</q>` : nothing}</li>`;
    })}
  </ol>`;
}

/**
 * Status and comment: a new status among the model's allowed ones ("no change" first, so a
 * comment never changes a status by accident), and a comment — the note of a status change, or
 * on its own a comment (`commentActivity`). A done or cancelled activity takes comments only.
 */
function renderStatusForm(vm: Readonly<ActivitiesViewModel>, actions: ActivitiesActions, a: Activity, transitions: readonly ActivityStatus[]): TemplateResult {
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const to = form.querySelector<HTMLSelectElement>('#status-to')?.value ?? '';
    const comment = form.querySelector<HTMLTextAreaElement>('#status-note')?.value ?? '';
    actions.submitStatus(a.id, transitions.find((s) => s === to) ?? '', comment);
  };
  const name = statusButtonText(a, transitions).name;
  return html`<form class="status-form" part="form" aria-label=${name} @submit=${submit} @keydown=${onEscape(() => actions.closeStatus())}>
    <div class="form-grid">
      ${transitions.length
        ? fieldRow({
            id: 'status-to',
            label: msg(str`Ny status (nu: ${statusLabel(a.status)})`, { id: 'activities.newStatus' }),
            control: html`<select id="status-to" name="to">
              <option value="">${msg('Ingen ändring', { id: 'activities.noChange' })}</option>
              ${transitions.map((s) => html`<option value=${s}>${statusLabel(s)}</option>`)}
            </select>`,
          })
        : nothing}
      ${fieldRow({
        id: 'status-note',
        label: msg('Kommentar', { id: 'activities.commentLabel' }),
        help: transitions.length ? msg('Sparas som anteckning till statusändringen, eller ensam som kommentar.', { id: 'activities.commentHelp' }) : undefined,
        control: html`<textarea id="status-note" name="note" rows="2" aria-describedby=${transitions.length ? 'status-note-help' : nothing}></textarea>`,
      })}
    </div>
    ${vm.statusError ? html`<p class="field-error" role="alert">${vm.statusError}</p>` : nothing}
    <div class="button-row">
      <button type="submit" class="primary" part="button">${label.save()}</button>
      <button type="button" part="button" @click=${() => actions.closeStatus()}>${label.cancel()}</button>
    </div>
  </form>`;
}
