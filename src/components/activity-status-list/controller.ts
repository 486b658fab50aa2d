/**
 * The list's edit actions: each user intent becomes a model operation (status, comment, add,
 * edit, remove, restore); errors become messages and are announced; focus moves where the user
 * continues; the query goes to the element's properties and the new count is announced once
 * typing pauses. Loaded with the lazy part (part.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { ActivityStatus } from '../../model/constants';
import type { NetworkEntry, SipPlan } from '../../model/schema';
import type { OpResult } from '../../model/operations/common';
import type { RemovedActivity } from '../../model/operations/restore';
import type { AnnouncerController } from '../../shared/announcer';
import type { FocusController } from '../../shared/focus';
import type { UndoController } from '../../shared/undo';
import type { FormErrors } from './form';
import type { ListView } from './list-view';
import type { ActivitiesActions, FormState, QueryPatch } from './types';

/** The lazily loaded part, as the controller uses it. */
export type ListPart = typeof import('./part');

/** What the controller needs from the element: closures, so the element's state stays its own. */
export interface ListEnv {
  plan(): SipPlan | undefined;
  part(): ListPart | undefined;
  /** The list as shown now (for the result count). */
  list(): ListView | undefined;
  entries(): ReadonlyMap<string, NetworkEntry>;
  /** Applies a model operation: on success the element shows and emits the new plan. */
  apply(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined;
  /** Sets the element's query properties. */
  setQuery(patch: QueryPatch): void;
  /** Makes sure the row of `activityId` is rendered (large lists render in steps). */
  reveal(activityId: string): void;
}

/** Milliseconds of quiet after a query change before the new count is said. */
const COUNT_DELAY = 600;

export class ActivityListController implements ReactiveController {
  statusFor: string | null = null;
  statusError = '';
  /** Changes whenever the open status form must re-render (a new opening, an error). */
  statusRev = 0;
  historyOpen: ReadonlySet<string> = new Set();
  form: FormState | null = null;
  formErrors: FormErrors = {};
  formRev = 0;
  message = '';
  private countPending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: ListEnv,
    private readonly announcer: AnnouncerController,
    private readonly focus: FocusController,
    private readonly undoer: UndoController<RemovedActivity>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The actions the view may call. */
  readonly actions: ActivitiesActions = {
    setQuery: (patch) => this.setQuery(patch),
    clearFilters: () => {
      this.setQuery({ filterStatus: '', filterPrincipal: '', filterPerson: '', filterOverdue: false, search: '' });
      this.focus.request('#search');
    },
    openStatus: (id) => this.openStatus(id),
    closeStatus: () => this.closeStatus(),
    submitStatus: (id, to, comment) => this.submitStatus(id, to, comment),
    toggleHistory: (id, open) => this.toggleHistory(id, open),
    remove: (id) => this.remove(id),
    undo: () => this.undo(),
    dismissUndo: () => {
      this.undoer.clear();
      this.focus.request('.result');
    },
    openForm: (state) => this.openForm(state),
    closeForm: () => this.closeForm(),
    submitForm: (data) => this.submitForm(data),
  };

  /** Forgets everything local (another plan). */
  clear(): void {
    this.statusFor = null;
    this.statusError = '';
    this.historyOpen = new Set();
    this.form = null;
    this.formErrors = {};
    this.message = '';
    this.countPending = false;
    this.undoer.clear();
    this.announcer.forget();
    this.host.requestUpdate();
  }

  /** A new plan is shown: editors of activities that are gone close. */
  planChanged(plan: SipPlan): void {
    const has = (id: string) => plan.activities.some((a) => a.id === id);
    if (this.statusFor && !has(this.statusFor)) this.statusFor = null;
    if (this.form?.mode === 'edit' && !has(this.form.id)) this.form = null;
  }

  /** Remembers the count as said (the first render), so only a change is announced. */
  rememberCount(list: ListView): void {
    const part = this.env.part();
    if (part && !this.announcer.knows('count')) this.announcer.remember('count', part.resultText(list));
  }

  // ─── helpers ─────────────────────────────────────────────────────────────

  private activity(id: string) {
    return this.env.plan()?.activities.find((a) => a.id === id);
  }

  /** Focuses `selector` inside the row of `id`, else the row's title, else the result line. */
  private focusRow(id: string, selector: string): void {
    this.env.reveal(id);
    this.focus.request((root) => {
      const row = root.querySelector(`li[data-id="${CSS.escape(id)}"]`);
      return row?.querySelector(`${selector}:not([hidden])`) ?? row?.querySelector('h4') ?? root.querySelector('.result');
    });
  }

  private apply(operate: (plan: SipPlan, ctx: { by: string; now: string }, part: ListPart) => OpResult): OpResult | undefined {
    const part = this.env.part();
    if (!part) return undefined;
    const result = this.env.apply((plan, ctx) => operate(plan, ctx, part));
    this.host.requestUpdate();
    return result;
  }

  /**
   * Says `text` once. A count still waiting for its pause is said with it, so one announcement
   * never silences the other.
   */
  private say(text: string): void {
    const list = this.env.list();
    const part = this.env.part();
    if (this.countPending && list && part) {
      const count = part.resultText(list);
      this.announcer.remember('count', count);
      text = `${text} ${count}`;
    }
    this.countPending = false;
    this.announcer.say(text);
  }

  private setQuery(patch: QueryPatch): void {
    this.env.setQuery(patch);
    this.countPending = true;
    this.announcer.sayLater(
      'count',
      () => {
        this.countPending = false;
        const list = this.env.list();
        return list ? this.env.part()?.resultText(list) : undefined;
      },
      COUNT_DELAY,
    );
  }

  // ─── status and comments ─────────────────────────────────────────────────

  private openStatus(id: string): void {
    this.statusFor = id;
    this.statusError = '';
    this.statusRev++;
    this.form = null;
    const transitions = this.env.part()?.allowedStatusTransitions(this.activity(id)?.status ?? 'done') ?? [];
    this.focus.request(transitions.length ? '#status-to' : '#status-note');
  }

  private closeStatus(): void {
    const id = this.statusFor;
    this.statusFor = null;
    this.statusError = '';
    if (id) this.focusRow(id, '.change-status');
    this.host.requestUpdate();
  }

  private submitStatus(id: string, to: ActivityStatus | '', comment: string): void {
    const activity = this.activity(id);
    if (!activity) return;
    const note = comment.trim();
    if (!to && !note) {
      this.statusError = msg('Välj en ny status eller skriv en kommentar.', { id: 'activities.statusOrComment' });
      this.statusRev++;
      this.focus.request('#status-to');
      this.host.requestUpdate();
      return;
    }
    const result = to
      ? this.apply((p, ctx, l) => l.changeActivityStatus(p, { type: 'changeActivityStatus', activityId: id, to, ...(note ? { note } : {}) }, ctx))
      : this.apply((p, ctx, l) => l.commentActivity(p, { type: 'commentActivity', activityId: id, note }, ctx));
    if (!result) return;
    if (!result.ok) {
      this.statusError = result.error.message;
      this.statusRev++;
      this.announcer.say(result.error.message);
      return;
    }
    this.statusFor = null;
    this.statusError = '';
    const part = this.env.part();
    const said = to
      ? msg(str`${activity.title}: status ändrad till ${part?.statusLabel(to) ?? to}.`, { id: 'activities.announce.status' })
      : msg(str`${activity.title}: kommentaren sparades.`, { id: 'activities.announce.comment' });
    this.pendingStatusAnnouncement = { id, said };
    this.focusRow(id, '.change-status');
  }

  /** Said after the update, once the list shows whether the filter now hides the activity. */
  private pendingStatusAnnouncement: { id: string; said: string } | undefined;

  hostUpdated(): void {
    const pending = this.pendingStatusAnnouncement;
    if (!pending) return;
    this.pendingStatusAnnouncement = undefined;
    const shown = this.env.list()?.groups.some((g) => g.rows.some((r) => r.activity.id === pending.id)) ?? true;
    this.say(shown ? pending.said : `${pending.said} ${msg('Den döljs av filtret.', { id: 'activities.announce.hidden' })}`);
  }

  // ─── history ─────────────────────────────────────────────────────────────

  private toggleHistory(id: string, open: boolean): void {
    if (open === this.historyOpen.has(id)) return;
    const next = new Set(this.historyOpen);
    if (open) next.add(id);
    else next.delete(id);
    this.historyOpen = next;
    this.host.requestUpdate();
  }

  // ─── remove / undo ───────────────────────────────────────────────────────

  private remove(id: string): void {
    const plan = this.env.plan();
    const part = this.env.part();
    if (!plan || !part) return;
    const removed = part.captureActivityRemoval(plan, id);
    if (!removed) return;
    const result = this.apply((p, ctx, l) => l.removeActivity(p, { type: 'removeActivity', activityId: id }, ctx));
    if (!result?.ok) return this.fail(result);
    const title = removed.activity.title;
    this.undoer.offer({ label: msg(str`Insatsen ${title} togs bort.`, { id: 'activities.undo.text' }), data: removed });
    this.focus.request('[part=undo] button[data-action=undo]');
    this.say(msg(str`${title} togs bort.`, { id: 'activities.announce.removed' }));
  }

  private undo(): void {
    const entry = this.undoer.entry;
    if (!entry) return;
    const result = this.apply((p, ctx, l) => l.restoreActivity(p, { type: 'restoreActivity', ...entry.data }, ctx));
    if (!result?.ok) return this.fail(result);
    this.undoer.take();
    const { activity } = entry.data;
    this.say(msg(str`${activity.title} är tillbaka.`, { id: 'activities.announce.restored' }));
    this.focusRow(activity.id, '.edit');
  }

  /** An operation that failed: its message shows above the list and is said. */
  private fail(result: OpResult | undefined): void {
    if (!result || result.ok) return;
    this.message = result.error.message;
    this.announcer.say(result.error.message);
    this.host.requestUpdate();
  }

  // ─── add / edit ──────────────────────────────────────────────────────────

  private openForm(state: FormState): void {
    this.form = state;
    this.formErrors = {};
    this.formRev++;
    this.statusFor = null;
    this.message = '';
    this.focus.request('#f-title');
  }

  private closeForm(): void {
    const state = this.form;
    this.form = null;
    this.formErrors = {};
    if (state?.mode === 'edit') this.focusRow(state.id, '.edit');
    else this.focus.request('.add');
    this.host.requestUpdate();
  }

  private submitForm(data: FormData): void {
    const plan = this.env.plan();
    const part = this.env.part();
    const state = this.form;
    if (!plan || !part || !state) return;
    const original = state.mode === 'edit' ? plan.activities.find((a) => a.id === state.id) : undefined;
    const read = part.readActivityForm(plan, original, data, this.env.entries());
    if (!read.ok) {
      this.formErrors = read.errors;
      this.formRev++;
      const first = (['title', 'principal', 'personName', 'due'] as const).find((k) => read.errors[k]);
      this.focus.request(`#f-${first}`);
      this.host.requestUpdate();
      return;
    }
    const { fields } = read;
    const result =
      state.mode === 'add'
        ? this.apply((p, ctx, l) => l.addActivity(p, { type: 'addActivity', activity: l.activityInput(fields) }, ctx))
        : this.apply((p, ctx, l) => l.editActivity(p, { type: 'editActivity', activityId: state.id, patch: { ...fields } }, ctx));
    if (!result) return;
    if (!result.ok) {
      this.formErrors = { submit: result.error.message };
      this.formRev++;
      this.announcer.say(result.error.message);
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
    this.focusRow(id, '.edit');
  }
}
