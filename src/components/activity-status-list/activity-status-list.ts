import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ActivityStatus } from '../../model/constants';
import type { Activity, NetworkEntry, SipPlan } from '../../model/schema';
import type { ActivityInput, EditActivityIntent } from '../../model/operations/activities';
import type { OpResult } from '../../model/operations/common';
import { SipElement } from '../../shared/sip-element';
import { baseStyles, token } from '../../shared/tokens';
import { getLocale } from '../../shared/i18n';
import type { FormErrors } from './form';
import type { ListView } from './list-view';
import { parseGroupBy, parseSortBy, parseStatus, type GroupBy, type SortBy } from './query';
import type { Caps, FormState, ListHost, Undo } from './view';
import * as label from '../../shared/labels';

// The model's status machine, overdue rule and operations load when the first plan arrives,
// next to the base class's validator; see lazy.ts.
type Lazy = typeof import('./lazy');
let lazy: Lazy | undefined;
let lazyLoading: Promise<Lazy> | undefined;
function loadLazy(): Promise<Lazy> {
  lazyLoading ??= import('./lazy').then((m) => (lazy = m));
  return lazyLoading;
}

/**
 * `<sip-activity-status-list>` — who does what, by when, and how it is going: the plan's
 * activities (insatser), grouped by responsible principal (default), by goal or not at all;
 * filtered, sorted and searched; with counts per status and principal, overdue and due-soon
 * markers relative to `now`, inline status changes along the model's allowed transitions (with
 * an optional note and each activity's history), and, on a draft plan, adding, editing and
 * removing activities (with undo). On an active (signed) plan only statuses change; on a
 * closed or voided plan, or with `readonly`, nothing does.
 *
 * @fires sip-plan-change - After every edit: `detail.plan` (a new plan) and `detail.change`
 *   (`activity.status` names the activity in `target.id` and the old and new status in
 *   `before.status` / `after.status`; also `activity.added`, `activity.edited`, `activity.removed`).
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
 * @csspart form - The add / edit form and the status form.
 * @csspart undo - The "removed — undo" bar.
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
    statusFor: { state: true },
    statusError: { state: true },
    historyOpen: { state: true },
    form: { state: true },
    formErrors: { state: true },
    undo: { state: true },
    message: { state: true },
  };

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

  declare private statusFor: string | null;
  declare private statusError: string;
  declare private historyOpen: ReadonlySet<string>;
  declare private form: FormState | null;
  declare private formErrors: FormErrors;
  declare private undo: Undo | null;
  declare private message: string;

  private view: ListView | undefined;
  private entries: ReadonlyMap<string, NetworkEntry> = new Map();
  private entriesOf: SipPlan | undefined;
  private formRev = 0;
  private statusRev = 0;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAnnouncedCount: number | undefined;

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
    this.statusFor = null;
    this.statusError = '';
    this.historyOpen = new Set();
    this.form = null;
    this.formErrors = {};
    this.undo = null;
    this.message = '';
  }

  /** The state and actions the lazily loaded view reads and calls (see view.ts). */
  private readonly host: ListHost = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return {
      get readonly() { return el.readonly; },
      get groupBy() { return el.groupBy; },
      get sortBy() { return el.sortBy; },
      get filterStatus() { return el.filterStatus; },
      get filterPrincipal() { return el.filterPrincipal; },
      get filterPerson() { return el.filterPerson; },
      get filterOverdue() { return el.filterOverdue; },
      get search() { return el.search; },
      get queryActive() { return el.queryActive; },
      get statusFor() { return el.statusFor; },
      get statusError() { return el.statusError; },
      get statusRev() { return el.statusRev; },
      get historyOpen() { return el.historyOpen; },
      get form() { return el.form; },
      get formErrors() { return el.formErrors; },
      get formRev() { return el.formRev; },
      get undo() { return el.undo; },
      get message() { return el.message; },
      get entries() { return el.entries; },
      setQuery: (patch) => el.setQuery(patch as Parameters<SipActivityStatusList['setQuery']>[0]),
      clearFilters: () => el.clearFilters(),
      openStatus: (id) => el.openStatus(id),
      closeStatus: () => el.closeStatus(),
      submitStatus: (e, a) => void el.submitStatus(e, a),
      escapeStatus: (e) => el.escapeStatus(e),
      toggleHistory: (e, id) => el.toggleHistory(e, id),
      removeRow: (a) => void el.removeRow(a),
      restore: () => void el.restore(),
      dismissUndo: () => (el.undo = null),
      openForm: (state) => el.openForm(state),
      closeForm: () => el.closeForm(),
      submitForm: (e) => void el.submitForm(e),
      escapeForm: (e) => el.escapeForm(e),
    };
  })();

  static override styles = [
    baseStyles,
    css`
      .list {
        display: grid;
        gap: ${token.space4};
      }
      h2 {
        font-size: 1.25em;
        margin: 0;
      }
      h3 {
        font-size: 1.1em;
        margin: 0 0 ${token.space2};
      }
      h4 {
        font-size: 1em;
        margin: 0;
        overflow-wrap: anywhere;
      }
      .summary {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2} ${token.space6};
      }
      .counters {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .counter {
        display: inline-flex;
        align-items: center;
        gap: ${token.space1};
        padding: 0 ${token.space2};
        border: 1px solid ${token.colorBorder};
        border-radius: 999px;
        background: ${token.colorSurface};
        font-size: ${token.fontSizeSmall};
      }
      .counter strong {
        font-variant-numeric: tabular-nums;
      }
      .summary-label {
        font-size: ${token.fontSizeSmall};
        color: ${token.colorTextMuted};
        margin: 0 0 ${token.space1};
      }
      .toolbar {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr));
        gap: ${token.space2} ${token.space3};
        align-items: end;
        padding: ${token.space3};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        background: ${token.colorSurface};
      }
      .search-field {
        grid-column: span 2;
      }
      .field {
        display: grid;
        gap: 2px;
        min-width: 0;
      }
      label,
      legend {
        font-size: ${token.fontSizeSmall};
        font-weight: 600;
      }
      .check {
        display: flex;
        align-items: center;
        gap: ${token.space2};
        min-height: 2.5rem;
        font-weight: normal;
        font-size: ${token.fontSize};
      }
      input,
      select,
      textarea,
      button {
        font: inherit;
        color: inherit;
      }
      input:not([type='checkbox']),
      select,
      textarea {
        min-height: 2.5rem;
        padding: ${token.space1} ${token.space2};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        background: ${token.colorBg};
        max-width: 100%;
        min-width: 0;
      }
      input[type='checkbox'] {
        inline-size: 1.25rem;
        block-size: 1.25rem;
        margin: 0;
      }
      button {
        min-height: 2.5rem;
        padding: ${token.space1} ${token.space3};
        border: 1px solid ${token.colorAccent};
        border-radius: ${token.radius};
        background: ${token.colorBg};
        color: ${token.colorAccent};
        cursor: pointer;
      }
      button.primary {
        background: ${token.colorAccent};
        color: ${token.colorAccentText};
      }
      button.danger {
        border-color: ${token.colorDanger};
        color: ${token.colorDanger};
      }
      .result {
        margin: 0;
        color: ${token.colorTextMuted};
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
        align-items: center;
        justify-content: space-between;
      }
      .notice {
        margin: 0;
        padding: ${token.space2} ${token.space3};
        border-inline-start: 4px solid ${token.colorAccent};
        background: ${token.colorSurface};
      }
      .error {
        color: ${token.colorDanger};
        margin: 0;
        font-size: ${token.fontSizeSmall};
      }
      .undo {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
        align-items: center;
        padding: ${token.space2} ${token.space3};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        background: ${token.colorSurface};
      }
      .undo p {
        margin: 0;
        flex: 1 1 12rem;
        overflow-wrap: anywhere;
      }
      .group-count {
        font-weight: normal;
        font-size: ${token.fontSizeSmall};
        white-space: nowrap;
        color: ${token.colorTextMuted};
      }
      .rows {
        display: grid;
        gap: ${token.space3};
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .activity {
        display: grid;
        gap: ${token.space2};
        padding: ${token.space3};
        border: 1px solid ${token.colorBorder};
        border-inline-start-width: 4px;
        border-radius: ${token.radius};
        background: var(--sip-activity-status-list-row-bg, ${token.colorBg});
      }
      .activity.overdue {
        border-inline-start-color: var(--sip-activity-status-list-overdue, ${token.colorDanger});
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space1} ${token.space2};
        align-items: center;
      }
      .head h4 {
        flex: 1 1 12rem;
      }
      .badge {
        display: inline-flex;
        align-items: center;
        gap: ${token.space1};
        padding: 0 ${token.space2};
        border: 1px solid currentColor;
        border-radius: 999px;
        font-size: ${token.fontSizeSmall};
        white-space: nowrap;
      }
      [hidden] {
        display: none !important;
      }
      .icon g {
        display: none;
      }
      .s-planned .i-planned,
      .s-ongoing .i-ongoing,
      .s-done .i-done,
      .s-paused .i-paused,
      .s-cancelled .i-cancelled,
      .due-overdue .i-overdue,
      .due-soon .i-soon {
        display: inline;
      }
      .badge svg,
      .counter svg {
        inline-size: 1em;
        block-size: 1em;
        flex: none;
      }
      .s-planned {
        color: ${token.colorTextMuted};
      }
      .s-ongoing {
        color: ${token.colorAccent};
      }
      .s-done {
        color: ${token.colorSuccess};
      }
      .s-paused {
        color: ${token.colorWarning};
      }
      .s-cancelled {
        color: ${token.colorTextMuted};
      }
      .due-overdue {
        color: var(--sip-activity-status-list-overdue, ${token.colorDanger});
        font-weight: 600;
      }
      .due-soon {
        color: var(--sip-activity-status-list-soon, ${token.colorWarning});
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
        gap: ${token.space1} ${token.space4};
        margin: 0;
        font-size: ${token.fontSizeSmall};
      }
      .facts div {
        min-width: 0;
      }
      .facts dt {
        display: inline;
        font-weight: 600;
      }
      .facts dt::after {
        content: ': ';
      }
      .facts dd {
        display: inline;
        margin: 0;
        overflow-wrap: anywhere;
      }
      .description {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
      }
      details summary {
        cursor: pointer;
        font-size: ${token.fontSizeSmall};
        inline-size: fit-content;
        min-height: 1.5rem;
      }
      .history {
        margin: ${token.space1} 0 0;
        padding-inline-start: ${token.space6};
        font-size: ${token.fontSizeSmall};
      }
      form {
        display: grid;
        gap: ${token.space3};
        padding: ${token.space3};
        border: 2px solid ${token.colorAccent};
        border-radius: ${token.radius};
        background: ${token.colorBg};
      }
      .form-grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
        gap: ${token.space3};
      }
      fieldset {
        margin: 0;
        padding: ${token.space2} ${token.space3};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        min-width: 0;
      }
      .goal-options {
        display: grid;
        gap: ${token.space1};
      }
      .form-actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
      }
      [aria-invalid='true'] {
        border-color: ${token.colorDanger};
        border-width: 2px;
      }
      .empty {
        margin: 0;
        padding: ${token.space4};
        border: 1px dashed ${token.colorBorder};
        border-radius: ${token.radius};
        text-align: center;
      }
      @media (forced-colors: active) {
        .badge,
        .counter,
        .activity,
        .toolbar,
        form,
        fieldset,
        .undo {
          border-color: CanvasText;
        }
        .badge,
        .s-planned,
        .s-ongoing,
        .s-done,
        .s-paused,
        .s-cancelled,
        .due-overdue,
        .due-soon {
          color: CanvasText;
        }
        button {
          border-color: ButtonText;
          color: ButtonText;
          background: ButtonFace;
        }
        button.primary {
          forced-color-adjust: none;
          background: Highlight;
          color: HighlightText;
          border-color: Highlight;
        }
        .activity.overdue {
          border-inline-start-style: double;
          border-inline-start-width: 6px;
        }
      }
    `,
  ];

  // ─── lifecycle ───────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.countTimer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.plan && !lazy && !this.lazyFailed) {
      void loadLazy().then(
        () => this.requestUpdate(),
        () => {
          this.lazyFailed = true;
          this.requestUpdate();
        },
      );
    }
    const plan = this.shownPlan;
    if (plan && plan !== this.entriesOf) {
      this.entriesOf = plan;
      if (!this.entries.size || plan.network !== this.entriesNetwork) {
        this.entriesNetwork = plan.network;
        this.entries = new Map(plan.network.map((e) => [e.id, e]));
      }
      // An open form or status editor whose activity is gone closes.
      if (this.statusFor && !plan.activities.some((a) => a.id === this.statusFor)) this.statusFor = null;
      const form = this.form;
      if (form?.mode === 'edit' && !plan.activities.some((a) => a.id === form.id)) this.form = null;
    }
    this.view =
      plan && lazy
        ? lazy.buildListView(
            plan,
            {
              groupBy: parseGroupBy(this.groupBy),
              sortBy: parseSortBy(this.sortBy),
              status: parseStatus(this.filterStatus),
              principal: this.filterPrincipal ?? '',
              person: this.filterPerson ?? '',
              overdue: !!this.filterOverdue,
              search: this.search ?? '',
            },
            { now: this.currentTime(), locale: getLocale(), soonDays: Number.isFinite(this.dueSoonDays) ? this.dueSoonDays : 7, isOverdue: lazy.isOverdue },
          )
        : undefined;
    if (this.lastAnnouncedCount === undefined && this.view) this.lastAnnouncedCount = this.view.shown;
  }

  /** `updateComplete` also waits for the lazily loaded model code. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (!lazy && lazyLoading) {
      await lazyLoading.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The valid plan, once the model code the list needs has loaded. */
  private get shownPlan(): SipPlan | undefined {
    return lazy ? this.validPlan : undefined;
  }

  private lazyFailed = false;
  private entriesNetwork: unknown;

  // ─── helpers ─────────────────────────────────────────────────────────────

  private get caps(): Caps {
    const plan = this.validPlan;
    if (!plan || this.readonly || plan.status === 'closed' || plan.status === 'voided') return 'none';
    return plan.status === 'draft' ? 'all' : 'status';
  }

  private get queryActive(): boolean {
    return !!(parseStatus(this.filterStatus) || this.filterPrincipal || this.filterPerson || this.filterOverdue || this.search?.trim());
  }

  private rowElement(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
  }

  /** Focuses `selector` inside the row of `id`, else the row's title, else the result line. */
  private async focusRow(id: string, selector: string): Promise<void> {
    await this.updateComplete;
    const row = this.rowElement(id);
    const target = row?.querySelector<HTMLElement>(`${selector}:not([hidden])`) ?? row?.querySelector<HTMLElement>('h4') ?? this.renderRoot.querySelector<HTMLElement>('.result');
    target?.focus();
  }

  private async focusSelector(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Says the number of shown activities once the user stops changing the query. */
  private queueCountAnnouncement(): void {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      this.countTimer = undefined;
      const view = this.view;
      if (!view || view.shown === this.lastAnnouncedCount) return;
      this.lastAnnouncedCount = view.shown;
      this.announce(lazy!.resultText(view));
    }, 600);
  }

  /**
   * Says `text` once. A result count still waiting for its debounce is said with it, so one
   * announcement never silences the other.
   */
  private say(text: string): void {
    const view = this.view;
    if (this.countTimer !== undefined && view && view.shown !== this.lastAnnouncedCount) {
      clearTimeout(this.countTimer);
      this.countTimer = undefined;
      this.lastAnnouncedCount = view.shown;
      text = `${text} ${lazy!.resultText(view)}`;
    }
    this.announce(text);
  }


  private setQuery(patch: Partial<Pick<this, 'groupBy' | 'sortBy' | 'filterStatus' | 'filterPrincipal' | 'filterPerson' | 'filterOverdue' | 'search'>>): void {
    Object.assign(this, patch);
    this.queueCountAnnouncement();
  }

  private clearFilters(): void {
    this.setQuery({ filterStatus: '', filterPrincipal: '', filterPerson: '', filterOverdue: false, search: '' });
    void this.focusSelector('#search');
  }

  /** The model operations (loaded with the plan; undefined only if they could not load). */
  private async ops(): Promise<Lazy | undefined> {
    return lazy;
  }

  private apply(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined {
    this.message = '';
    const result = this.applyOperation(operate);
    if (result && !result.ok) this.message = result.error.message;
    return result;
  }

  // ─── status ──────────────────────────────────────────────────────────────

  private openStatus(id: string): void {
    this.statusFor = id;
    this.statusError = '';
    this.statusRev++;
    void this.focusSelector('#status-to');
  }

  private closeStatus(focus = true): void {
    const id = this.statusFor;
    this.statusFor = null;
    this.statusError = '';
    if (focus && id) void this.focusRow(id, '.change-status');
  }

  private async submitStatus(event: Event, activity: Activity): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const to = (form.elements.namedItem('to') as HTMLSelectElement).value as ActivityStatus;
    const note = (form.elements.namedItem('note') as HTMLTextAreaElement).value.trim();
    const ops = await this.ops();
    if (!ops) return;
    const result = this.applyOperation((plan, ctx) =>
      ops.changeActivityStatus(plan, { type: 'changeActivityStatus', activityId: activity.id, to, ...(note ? { note } : {}) }, ctx),
    );
    if (!result) return;
    if (!result.ok) {
      this.statusError = result.error.message;
      this.statusRev++;
      return;
    }
    this.statusFor = null;
    this.statusError = '';
    void this.afterStatusChange(activity, to);
  }

  private async afterStatusChange(activity: Activity, to: ActivityStatus): Promise<void> {
    await this.updateComplete;
    const said = msg(str`${activity.title}: status ändrad till ${lazy!.statusLabel(to)}.`, { id: 'activities.announce.status' });
    const visible = this.rowElement(activity.id) !== null;
    this.say(visible ? said : `${said} ${msg('Den döljs av filtret.', { id: 'activities.announce.hidden' })}`);
    void this.focusRow(activity.id, '.change-status');
  }

  // ─── history ─────────────────────────────────────────────────────────────

  private toggleHistory(event: Event, id: string): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.historyOpen.has(id)) return;
    const next = new Set(this.historyOpen);
    if (open) next.add(id);
    else next.delete(id);
    this.historyOpen = next;
  }

  // ─── remove / undo ───────────────────────────────────────────────────────

  private async removeRow(activity: Activity): Promise<void> {
    const ops = await this.ops();
    const plan = this.validPlan;
    if (!plan || !ops) return;
    const index = plan.activities.findIndex((a) => a.id === activity.id);
    const result = this.apply((p, ctx) => ops.removeActivity(p, { type: 'removeActivity', activityId: activity.id }, ctx));
    if (!result?.ok) return;
    this.undo = { activity, index };
    this.say(msg(str`${activity.title} togs bort.`, { id: 'activities.announce.removed' }));
    void this.focusSelector('#undo');
  }

  private async restore(): Promise<void> {
    const undo = this.undo;
    const ops = await this.ops();
    if (!undo || !ops) return;
    const result = this.apply((p, ctx) => ops.restoreActivity(p, { type: 'restoreActivity', activity: undo.activity, index: undo.index }, ctx));
    if (!result?.ok) return;
    this.undo = null;
    this.say(msg(str`${undo.activity.title} är tillbaka.`, { id: 'activities.announce.restored' }));
    void this.focusRow(undo.activity.id, '.edit');
  }

  // ─── add / edit ──────────────────────────────────────────────────────────

  private openForm(state: FormState): void {
    this.form = state;
    this.formErrors = {};
    this.formRev++;
    this.statusFor = null;
    void this.focusSelector('#f-title');
  }

  private closeForm(): void {
    const state = this.form;
    this.form = null;
    this.formErrors = {};
    if (state?.mode === 'edit') void this.focusRow(state.id, '.edit');
    else void this.focusSelector('.add');
  }

  private async submitForm(event: Event): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const ops = await this.ops();
    const plan = this.validPlan;
    const state = this.form;
    if (!plan || !state || !ops) return;
    const original = state.mode === 'edit' ? plan.activities.find((a) => a.id === state.id) : undefined;
    const read = ops.readActivityForm(plan, original, data, this.entries);
    if (!read.ok) {
      this.formErrors = read.errors;
      this.formRev++;
      const first = (['title', 'principal', 'personName', 'due'] as const).find((k) => read.errors[k]);
      void this.focusSelector(`#f-${first}`);
      return;
    }
    const fields = read.fields;
    let result: OpResult | undefined;
    if (state.mode === 'add') {
      const activity = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as unknown as ActivityInput;
      result = this.applyOperation((p, ctx) => ops.addActivity(p, { type: 'addActivity', activity }, ctx));
    } else {
      result = this.applyOperation((p, ctx) => ops.editActivity(p, { type: 'editActivity', activityId: state.id, patch: fields as EditActivityIntent['patch'] }, ctx));
    }
    if (!result) return;
    if (!result.ok) {
      this.formErrors = { submit: result.error.message };
      this.formRev++;
      return;
    }
    const id = result.change.target?.id ?? (state.mode === 'edit' ? state.id : '');
    this.form = null;
    this.formErrors = {};
    this.say(
      state.mode === 'add'
        ? msg(str`${fields.title} lades till.`, { id: 'activities.announce.added' })
        : msg(str`${fields.title} sparades.`, { id: 'activities.announce.edited' }),
    );
    void this.focusRow(id, '.edit');
  }

  // ─── render ──────────────────────────────────────────────────────────────

  override render(): TemplateResult | typeof nothing {
    if (this.isInvalid) return html`${this.renderInvalid()}${this.renderAnnouncer()}`;
    const plan = this.shownPlan;
    const view = this.view;
    return html`<section class="list" part="base" aria-labelledby="heading">
      <h2 id="heading">${msg('Insatser', { id: 'activities.heading' })}</h2>
      ${plan && view && lazy
        ? lazy.renderList(this.host, plan, view, this.caps)
        : this.plan && this.lazyFailed
          ? html`<p class="sip-alert" role="alert">${msg('Insatserna kan inte visas just nu. Ladda om sidan.', { id: 'activities.unavailable' })}</p>`
          : this.plan
            ? html`<p class="empty">${msg('Läser in insatserna …', { id: 'activities.loading' })}</p>`
            : html`<p class="empty">${label.noPlanSelected()}</p>`}
      ${this.renderAnnouncer()}
    </section>`;
  }

  private escapeStatus = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeStatus();
    }
  };

  private escapeForm = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeForm();
    }
  };
}
