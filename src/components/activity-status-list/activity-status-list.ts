import { html, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ActivityStatus } from '../../model/constants';
import type { NetworkEntry, SipPlan } from '../../model/schema';
import type { RemovedActivity } from '../../model/operations/restore';
import { isContentEditable, planStage } from '../../model/plan-stage';
import { SipElement } from '../../shared/sip-element';
import { LazyPart, lazyModule } from '../../shared/lazy-part';
import { FocusController } from '../../shared/focus';
import { UndoController } from '../../shared/undo';
import { getLocale } from '../../shared/i18n';
import * as label from '../../shared/labels';
import type { ActivityListController, ListPart } from './controller';
import type { ListQuery, ListView, ListViewCache } from './list-view';
import { parseGroupBy, parseSortBy, parseStatus, type GroupBy, type SortBy } from './query';
import { RowBudget } from './incremental';
import type { ActivitiesViewModel, Caps, QueryPatch } from './types';
import { activityStatusListStyles } from './activity-status-list.styles';

// The view, the list logic, the edit actions and the model's status machine and operations load
// lazily, next to the base class's validator, when the first plan arrives. See part.ts.
const listPart = lazyModule<ListPart>(() => import('./part'));

/** The query properties: a change to any of them starts the list's rendering over. */
const QUERY_PROPS = ['groupBy', 'sortBy', 'filterStatus', 'filterPrincipal', 'filterPerson', 'filterOverdue', 'search'] as const;

/**
 * `<sip-activity-status-list>` — who does what, by when, and how it is going: the plan's
 * activities (insatser), grouped by responsible principal (default), by goal or not at all;
 * filtered, sorted and searched; with counts per status and principal, overdue and due-soon
 * markers relative to `now`; status changes along the model's allowed transitions and comments
 * without a change of status (each activity's history shows both), in the words staff know
 * ("Ej påbörjad", "Pågår", "Klart", "Ej genomförd"); and, while the plan's content is editable
 * (a draft, or signed but not yet locked), adding, editing and removing activities (with undo).
 * On a locked plan only statuses and comments change; on a closed or voided plan, or with
 * `readonly`, nothing does. A large plan renders its first rows at once and the rest in steps.
 *
 * `focusActivity(id)` takes the user to one activity (a checklist's "go to" link, a search
 * result elsewhere on the page): see the method.
 *
 * @fires sip-plan-change - After every edit: `detail.plan` (a new plan) and `detail.change`
 *   (`activity.status` names the activity in `target.id` and the old and new status in
 *   `before.status` / `after.status`; also `activity.comment`, `activity.added`, `activity.edited`,
 *   `activity.removed`, `activity.restored`).
 * @fires sip-invalid - When `plan` is invalid: `detail.issues`, each with `path` and `message`.
 *
 * @csspart base - The whole list.
 * @csspart summary - The counters per status and per principal.
 * @csspart toolbar - Search, filters, grouping and sorting.
 * @csspart group - One group (a principal, a goal, or all).
 * @csspart group-heading - A group's heading.
 * @csspart activity - One activity.
 * @csspart status-badge - An activity's status (icon and text).
 * @csspart due-badge - The overdue / due-soon marker (icon and text).
 * @csspart actions - An activity's buttons.
 * @csspart button - Every button.
 * @csspart form - The add / edit form and the status form.
 * @csspart undo - The "removed — undo" bar (the kit's undo bar).
 * @csspart alert - The invalid-plan message.
 *
 * @cssprop --sip-activity-status-list-row-bg - Background of an activity (default: `--sip-color-bg`).
 * @cssprop --sip-activity-status-list-overdue - Colour of the overdue marker (default: `--sip-color-danger`).
 * @cssprop --sip-activity-status-list-soon - Colour of the due-soon marker (default: `--sip-color-warning`).
 * @cssprop --sip-color-text - Text colour (all `--sip-*` design tokens apply).
 */
export class SipActivityStatusList extends SipElement {
  static override properties = {
    ...SipElement.properties,
    groupBy: { type: String, attribute: 'group-by' },
    sortBy: { type: String, attribute: 'sort-by' },
    filterStatus: { type: String, attribute: 'filter-status' },
    filterPrincipal: { type: String, attribute: 'filter-principal' },
    filterPerson: { type: String, attribute: 'filter-person' },
    filterOverdue: { type: Boolean, attribute: 'filter-overdue' },
    search: { type: String },
    dueSoonDays: { type: Number, attribute: 'due-soon-days' },
  };

  static override styles = activityStatusListStyles;

  /** Grouping: `principal` (default), `goal` or `none`. */
  declare groupBy: GroupBy;
  /** Order within a group: `due` (default), `status` or `title`. */
  declare sortBy: SortBy;
  /** Show only this status (`planned`, `ongoing`, `done`, `paused`, `cancelled`); '' for all. */
  declare filterStatus: ActivityStatus | '';
  /** Show only this principal: a key like `region`, `municipality|Västerås stad`, `other:individual`; '' for all. */
  declare filterPrincipal: string;
  /** Show only activities with this named responsible person; '' for all. */
  declare filterPerson: string;
  /** Show only overdue activities. */
  declare filterOverdue: boolean;
  /** Free-text search (every word must match). */
  declare search: string;
  /** How many days ahead count as "due soon" (default 7). */
  declare dueSoonDays: number;

  private readonly lazy = new LazyPart(this, listPart);
  private readonly focuser = new FocusController(this);
  private readonly undoer = new UndoController<RemovedActivity>(this);
  private readonly budget = new RowBudget(this);
  /** The edit actions; they come with the lazily loaded part (nothing to edit before a plan shows). */
  private edits: ActivityListController | undefined;

  /** What the list shows now (built in `willUpdate` from the plan and the query). */
  private list: ListView | undefined;
  private cache: ListViewCache | undefined;
  private entries: ReadonlyMap<string, NetworkEntry> = new Map();
  private entriesOf: unknown;
  private lastPlanId: string | undefined;
  private shownPlan: SipPlan | undefined;

  constructor() {
    super();
    this.groupBy = 'principal';
    this.sortBy = 'due';
    this.filterStatus = '';
    this.filterPrincipal = '';
    this.filterPerson = '';
    this.filterOverdue = false;
    this.search = '';
    this.dueSoonDays = 7;
  }

  /**
   * Takes the user to activity `id`: renders its row if the list has not reached it yet, clears
   * the filters and the search when they hide it (the user asked for this activity; the toolbar
   * then shows the cleared filters, grouping and sorting stay), scrolls the row into view and
   * moves focus to its "Status och kommentar" button — to its title when the list is read-only,
   * to the first field while the row is being edited. Nothing is announced: focus moving to the
   * control is what a screen reader says. Resolves `true` when focus is there, `false` when the
   * plan has no such activity (or no valid plan shows).
   */
  async focusActivity(id: string): Promise<boolean> {
    await this.updateComplete;
    if (!this.validPlan?.activities.some((a) => a.id === id) || !this.list) return false;
    if (!this.shows(id)) {
      this.setQuery({ filterStatus: '', filterPrincipal: '', filterPerson: '', filterOverdue: false, search: '' });
      await this.updateComplete;
    }
    this.reveal(id);
    await this.updateComplete;
    const row = this.renderRoot.querySelector(`li[data-id="${CSS.escape(id)}"]`);
    const target = row?.querySelector<HTMLElement>('.change-status:not([hidden])') ?? row?.querySelector<HTMLElement>('h4, input, select, textarea');
    if (!row || !target) return false;
    // Rows off screen skip layout (content-visibility); scrolling the row lays it out first.
    row.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return this.shadowRoot?.activeElement === target;
  }

  /** Whether the current query shows activity `id`. */
  private shows(id: string): boolean {
    return this.list?.groups.some((g) => g.rows.some((r) => r.activity.id === id)) ?? false;
  }

  // ─── state the controller reads ─────────────────────────────────────────

  private controller(part: ListPart): ActivityListController {
    this.edits ??= new part.ActivityListController(
      this,
      {
        plan: () => this.validPlan,
        part: () => this.lazy.value,
        list: () => this.list,
        entries: () => this.entries,
        apply: (operate) => this.applyOwn(operate),
        setQuery: (patch) => this.setQuery(patch),
        reveal: (id) => this.reveal(id),
      },
      this.announcer,
      this.focuser,
      this.undoer,
    );
    return this.edits;
  }

  private applyOwn(operate: Parameters<SipElement['applyOperation']>[0]): ReturnType<SipElement['applyOperation']> {
    const result = this.applyOperation(operate);
    // The base class trusts our own plan on the next update; show it right away.
    if (result?.ok) this.validPlan = result.plan;
    return result;
  }

  private setQuery(patch: QueryPatch): void {
    if (patch.groupBy !== undefined) this.groupBy = patch.groupBy;
    if (patch.sortBy !== undefined) this.sortBy = patch.sortBy;
    if (patch.filterStatus !== undefined) this.filterStatus = patch.filterStatus;
    if (patch.filterPrincipal !== undefined) this.filterPrincipal = patch.filterPrincipal;
    if (patch.filterPerson !== undefined) this.filterPerson = patch.filterPerson;
    if (patch.filterOverdue !== undefined) this.filterOverdue = patch.filterOverdue;
    if (patch.search !== undefined) this.search = patch.search;
  }

  /** Renders at least up to the first row of `activityId`. */
  private reveal(activityId: string): void {
    let index = 0;
    for (const group of this.list?.groups ?? []) {
      const i = group.rows.findIndex((r) => r.activity.id === activityId);
      if (i >= 0) return this.budget.reveal(index + i);
      index += group.rows.length;
    }
  }

  /** What the current user may do: nothing, statuses and comments, or everything. */
  private caps(plan: SipPlan): Caps {
    const stage = planStage(plan);
    if (this.readonly || stage === 'closed' || stage === 'voided') return 'none';
    return isContentEditable(plan) ? 'all' : 'status';
  }

  private get query(): ListQuery {
    return {
      groupBy: parseGroupBy(this.groupBy),
      sortBy: parseSortBy(this.sortBy),
      status: parseStatus(this.filterStatus),
      principal: this.filterPrincipal ?? '',
      person: this.filterPerson ?? '',
      overdue: !!this.filterOverdue,
      search: this.search ?? '',
    };
  }

  private viewModel(plan: SipPlan, list: ListView, edits: ActivityListController): ActivitiesViewModel {
    const query = this.query;
    return {
      plan,
      list,
      query,
      queryActive: !!(query.status || query.principal || query.person || query.overdue || query.search.trim()),
      filterPrincipal: query.principal,
      filterPerson: query.person,
      caps: this.caps(plan),
      stage: planStage(plan),
      readonly: this.readonly,
      locale: getLocale(),
      statusFor: edits.statusFor,
      statusError: edits.statusError,
      statusRev: edits.statusRev,
      historyOpen: edits.historyOpen,
      form: edits.form,
      formErrors: edits.formErrors,
      formRev: edits.formRev,
      undo: this.undoer.entry,
      message: edits.message,
      entries: this.entries,
      rowLimit: this.budget.limit,
    };
  }

  // ─── lifecycle ───────────────────────────────────────────────────────────

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan) this.lazy.ensure();
    super.willUpdate(changed);
    const plan = this.validPlan;
    const part = this.lazy.value;
    if (!plan || !part) {
      this.list = undefined;
      return;
    }
    if (plan.id !== this.lastPlanId) {
      // Another plan: nothing typed or opened for the last one applies, and rendering starts over.
      this.lastPlanId = plan.id;
      this.edits?.clear();
      this.undoer.clear();
      this.budget.reset();
      this.cache = part.createListViewCache();
    }
    if (QUERY_PROPS.some((p) => changed.has(p))) this.budget.reset();
    if (plan !== this.shownPlan) {
      this.shownPlan = plan;
      if (plan.network !== this.entriesOf) {
        this.entriesOf = plan.network;
        this.entries = new Map(plan.network.map((e) => [e.id, e]));
      }
      this.edits?.planChanged(plan);
    }
    this.cache ??= part.createListViewCache();
    const soonDays = Number.isFinite(this.dueSoonDays) ? this.dueSoonDays : 7;
    this.list = part.buildListView(plan, this.query, { now: this.currentTime(), locale: getLocale(), soonDays, isOverdue: part.isOverdue }, this.cache);
    this.budget.setTotal(this.list.groups.reduce((n, g) => n + g.rows.length, 0));
  }

  // ─── render ──────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.isInvalid) return html`${this.renderInvalid()}${this.announcer.render()}`;
    const plan = this.validPlan;
    const list = this.list;
    const loading = () => html`<p class="empty">${msg('Läser in insatserna …', { id: 'activities.loading' })}</p>`;
    return html`<section class="list" part="base" aria-labelledby="heading">
      <h2 id="heading">${msg('Insatser', { id: 'activities.heading' })}</h2>
      ${!this.plan
        ? html`<p class="empty">${label.noPlanSelected()}</p>`
        : this.lazy.render({
            ready: (part) => {
              // Until the validator has checked the plan, there is nothing of it to show.
              if (!plan || !list) return loading();
              const edits = this.controller(part);
              edits.rememberCount(list);
              return part.view(this.viewModel(plan, list, edits), edits.actions);
            },
            loading,
          })}
      ${this.announcer.render()}
    </section>`;
  }
}
