import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SipElement } from '../../shared/sip-element';
import { baseStyles, token } from '../../shared/tokens';
import { isoDay } from '../../shared/format';
import type { Goal, GoalAchievementValue, GoalHorizon, OpResult, SipPlan } from '../../model';
import { isIsoDate } from './dates';
import type { Draft, NewGoal, SmartGoalEditorMode, TextField, UndoEntry, ViewContext } from './types';

export type { SmartGoalEditorMode } from './types';

// The view, the SMART check and the goal operations (which validate their result with the
// model's schemas and invariants) load lazily, next to the base class's validator, when the first
// plan arrives: a page pays for them only once there is a plan to show. See lazy.ts.
type Lazy = typeof import('./lazy');
let lazy: Lazy | undefined;
let lazyLoading: Promise<Lazy> | undefined;
function loadLazy(): Promise<Lazy> {
  lazyLoading ??= import('./lazy').then((m) => (lazy = m));
  return lazyLoading;
}

/** The next free `goal-<n>` id (the model's own scheme). */
function nextGoalId(goals: readonly { id: string }[]): string {
  const ids = new Set(goals.map((g) => g.id));
  let n = goals.length + 1;
  while (ids.has(`goal-${n}`)) n++;
  return `goal-${n}`;
}

/** The start of a goal's text, for announcements and the undo bar. */
function excerpt(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/** The draft of a goal nobody typed in (one object, so the view can tell nothing changed). */
const NO_DRAFT: Draft = Object.freeze({});

const ALL_FIELDS: (keyof Draft)[] = ['text', 'whatMatters', 'measure', 'targetDate', 'acceptedAt', 'realistic', 'disagreement', 'note'];

/**
 * Edits the plan's goals in the person's own words and checks each against SMART as it is typed.
 *
 * Long-term goals with short-term sub-goals; add, edit, reorder (move up / down buttons, also
 * by keyboard, announced), remove (with undo). Each goal has its text, the "What matters to
 * you?" statement it comes from, a measure, a target date, whether the person accepted it (and
 * when), whether it was judged realistic, and a note when participants disagree. A live check
 * shows Specific / Measurable / Accepted / Realistic / Time-bound as met, hint or missing with a
 * short hint how to improve, plus phrasing advice (start from the person, positive wording); a
 * calm live-region message sums it up once typing pauses and only when the result changed.
 * Each goal shows how many activities serve it; goals without any stand out.
 *
 * Text is committed to the plan on `change` (leaving a field), never on every keystroke.
 *
 * `mode="follow-up"` records achievement at follow-up (reached, partly, not reached, no longer
 * relevant) with a note. Without `mode`, a draft plan opens for planning and an active (signed,
 * locked) plan for follow-up; a closed or voided plan is shown read-only.
 *
 * It is a form-associated custom element: inside a host `<form>` its value (under `name`) is
 * the JSON of the plan's goals; it is invalid while a goal misses a SMART criterion (planning)
 * or lacks an achievement (follow-up), with a localized message; with `required`, also while
 * there is no goal. A form reset puts the goals back as the host last set them.
 *
 * @summary SMART goals in the person's own words, checked as they are typed.
 *
 * @fires sip-plan-change - A goal was added, edited, moved, removed, restored or judged. `detail: { plan, change }`; the input plan is never mutated.
 * @fires sip-invalid - The plan is invalid. `detail: { issues }`.
 *
 * @csspart base - The element's outer wrapper.
 * @csspart goal - One goal's card.
 * @csspart check - The SMART check of a goal.
 * @csspart criterion - One SMART criterion in the check.
 * @csspart activities - The badge with the number of activities serving a goal.
 * @csspart button - Every button.
 * @csspart undo - The bar offering to undo a removal.
 * @csspart alert - The invalid-plan message.
 *
 * @cssprop --sip-smart-goal-editor-met - Colour of a met criterion (default `--sip-color-success`).
 * @cssprop --sip-smart-goal-editor-hint - Colour of a criterion with a hint (default `--sip-color-warning`).
 * @cssprop --sip-smart-goal-editor-missing - Colour of a missing criterion and of a goal without activities (default `--sip-color-danger`).
 * @cssprop --sip-color-text - Text colour.
 * @cssprop --sip-color-surface - Background of goal cards.
 * @cssprop --sip-color-border - Borders.
 * @cssprop --sip-color-accent - Primary button colour.
 * @cssprop --sip-font-family - Font.
 */
export class SipSmartGoalEditor extends SipElement {
  static formAssociated = true;

  static override properties = {
    ...SipElement.properties,
    mode: { type: String, reflect: true },
    name: { type: String, reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    announceDelay: { type: Number, attribute: 'announce-delay' },
    drafts: { state: true },
    newGoal: { state: true },
    undo: { state: true },
    opError: { state: true },
    textErrors: { state: true },
  };

  /** `plan` (write and check goals), `follow-up` (judge achievement), or `auto`/unset: follow-up for an active plan, else plan. */
  declare mode: SmartGoalEditorMode | undefined;
  /** The field name under which the form value (JSON of the goals) is submitted. */
  declare name: string;
  /** When set, a host form is invalid while the plan has no goal. */
  declare required: boolean;
  /** Disables editing (also set by a disabled ancestor `<fieldset>`). */
  declare disabled: boolean;
  /** Milliseconds of quiet after typing before the live region sums up the check (default 1000). */
  declare announceDelay: number;

  declare private drafts: ReadonlyMap<string, Draft>;
  declare private newGoal: NewGoal | undefined;
  declare private undo: UndoEntry | undefined;
  declare private opError: string;
  declare private textErrors: ReadonlySet<string>;

  private readonly internals: ElementInternals | undefined;
  /** The goals as the host last set the plan (not one of our own edits): what a form reset returns to. */
  private hostGoals: readonly Goal[] | undefined;
  private ownPlan: SipPlan | undefined;
  private lastPlanId: string | undefined;
  /** Check signatures last announced (or seen before typing started), per goal. */
  private announced = new Map<string, string>();
  private liveTimer: ReturnType<typeof setTimeout> | undefined;
  private liveGoal: string | undefined;
  private pendingFocus: { goalId: string; selector: string } | undefined;
  private keys = new Map<string, string>();

  constructor() {
    super();
    this.internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
    this.mode = undefined;
    this.name = '';
    this.required = false;
    this.disabled = false;
    this.announceDelay = 1000;
    this.drafts = new Map();
    this.newGoal = undefined;
    this.undo = undefined;
    this.opError = '';
    this.textErrors = new Set();
  }

  // ─── form-associated API ────────────────────────────────────────────────

  /** The host form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }
  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }
  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }
  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }
  /** The form value: JSON of the plan's goals ('' without a valid plan). */
  get value(): string {
    return this.validPlan ? JSON.stringify(this.validPlan.goals) : '';
  }

  formResetCallback(): void {
    this.clearLocalState();
    const plan = this.validPlan;
    const goals = this.hostGoals;
    // Goals can only be put back on a draft (the model's lock policy); a signed plan keeps its follow-up.
    if (plan?.status === 'draft' && !this.readonly && goals && JSON.stringify(goals) !== JSON.stringify(plan.goals)) {
      this.apply((p, ctx, l) => l.resetGoals(p, goals, ctx));
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  // ─── lifecycle ───────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    clearTimeout(this.liveTimer);
    super.disconnectedCallback();
  }

  /** `updateComplete` also waits for the view and the operations while they load. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (!lazy && lazyLoading) {
      await lazyLoading.catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan && !lazy) void loadLazy().then(() => this.requestUpdate(), () => this.requestUpdate());
    super.willUpdate(changed);
    if (changed.has('plan') && this.plan !== this.ownPlan) {
      // A plan from the host: the reset point for a form. Another plan drops what was typed.
      const plan = this.validPlan;
      this.hostGoals = plan?.goals;
      if (!plan || plan.id !== this.lastPlanId) this.clearLocalState();
      this.lastPlanId = plan?.id;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingFocus) {
      const { goalId, selector } = this.pendingFocus;
      this.pendingFocus = undefined;
      const scope = goalId ? this.renderRoot.querySelector(`[data-key="${this.keyOf(goalId)}"]`) : this.renderRoot;
      scope?.querySelector<HTMLElement>(selector)?.focus();
    }
    this.syncForm();
  }

  private clearLocalState(): void {
    this.drafts = new Map();
    this.newGoal = undefined;
    this.undo = undefined;
    this.opError = '';
    this.textErrors = new Set();
    this.announced.clear();
    clearTimeout(this.liveTimer);
  }

  // ─── state ───────────────────────────────────────────────────────────────

  private today(): string {
    return isoDay(this.currentTime());
  }

  private get effectiveMode(): 'plan' | 'follow-up' {
    if (this.mode === 'plan' || this.mode === 'follow-up') return this.mode;
    return this.validPlan?.status === 'active' ? 'follow-up' : 'plan';
  }

  /** Goals can be written and changed (a draft plan, planning view, not read-only). */
  private get canEdit(): boolean {
    return !this.readonly && !this.disabled && this.effectiveMode === 'plan' && this.validPlan?.status === 'draft';
  }

  /** Achievement can be recorded (follow-up view of a draft or active plan). */
  private get canJudge(): boolean {
    const status = this.validPlan?.status;
    return !this.readonly && !this.disabled && this.effectiveMode === 'follow-up' && (status === 'draft' || status === 'active');
  }

  /** A stable, id-safe key per goal id, for element ids and lookups. */
  private keyOf(goalId: string): string {
    let key = this.keys.get(goalId);
    if (!key) {
      key = `g${this.keys.size + 1}`;
      this.keys.set(goalId, key);
    }
    return key;
  }

  private draftOf(goalId: string): Draft {
    return this.drafts.get(goalId) ?? NO_DRAFT;
  }

  private setDraft(goalId: string, patch: Draft): void {
    const next = new Map(this.drafts);
    next.set(goalId, { ...this.draftOf(goalId), ...patch });
    this.drafts = next;
  }

  private clearDraft(goalId: string, fields: (keyof Draft)[]): void {
    const current = this.drafts.get(goalId);
    if (!current) return;
    const rest: Draft = { ...current };
    for (const f of fields) delete rest[f];
    const next = new Map(this.drafts);
    if (Object.keys(rest).length === 0) next.delete(goalId);
    else next.set(goalId, rest);
    this.drafts = next;
  }

  /** The goal as the user sees it: the plan's goal with what they typed but not yet committed. */
  private merged(goal: Goal): Goal {
    const d = this.draftOf(goal.id);
    const m: Goal = { ...goal };
    for (const f of ['text', 'whatMatters', 'measure', 'targetDate', 'acceptedAt', 'disagreement'] as const) {
      if (d[f] !== undefined) (m as Record<string, unknown>)[f] = d[f];
    }
    if (d.realistic !== undefined) {
      if (d.realistic === null) delete m.realistic;
      else m.realistic = d.realistic;
    }
    return m;
  }

  /** What the view needs: state, and what to do on each user action. */
  private viewContext(plan: SipPlan): ViewContext {
    return {
      plan,
      mode: this.effectiveMode,
      canEdit: this.canEdit,
      canJudge: this.canJudge,
      readonly: this.readonly,
      today: this.today(),
      newGoal: this.newGoal,
      undo: this.undo,
      opError: this.opError,
      textErrors: this.textErrors,
      keyOf: (id) => this.keyOf(id),
      draftOf: (id) => this.draftOf(id),
      merged: (goal) => this.merged(goal),
      onInput: (id, field, value) => this.onInput(id, field, value),
      onChange: (id, field, value) => this.onChange(id, field, value),
      onAccepted: (id, checked) => this.onAccepted(id, checked),
      onRealistic: (id, checked) => this.onRealistic(id, checked),
      useMeasure: (id, measure) => this.useSuggestedMeasure(id, measure),
      startNew: (horizon, parentId) => this.startNew(horizon, parentId),
      cancelNew: () => this.cancelNew(),
      move: (id, delta) => this.move(id, delta),
      remove: (id) => this.removeOne(id),
      restore: () => this.restore(),
      dismissUndo: () => {
        this.undo = undefined;
        this.pendingFocus = { goalId: '', selector: 'button[data-action=add]' };
      },
      judge: (id, value) => this.judge(id, value),
      setNote: (id, note) => this.setDraft(id, { note }),
      commitNote: (id, note) => this.onNoteChange(id, note),
    };
  }

  /** A goal's label ("Långsiktigt mål 2") and SMART check, as shown. */
  private rowOf(goalId: string, plan: SipPlan) {
    if (!lazy) return undefined;
    const ctx = this.viewContext(plan);
    const row = lazy.rows(ctx).find((r) => r.goal.id === goalId);
    return row ? { row, result: lazy.check(ctx, row.goal) } : undefined;
  }

  // ─── operations ──────────────────────────────────────────────────────────

  private apply(operate: (plan: SipPlan, ctx: { by: string; now: string }, l: Lazy) => OpResult): OpResult | undefined {
    const l = lazy;
    if (!l) return undefined;
    const result = this.applyOperation((plan, ctx) => operate(plan, ctx, l));
    if (result?.ok) {
      this.ownPlan = result.plan;
      // The base class trusts it on the next update; use it right away.
      this.validPlan = result.plan;
      this.opError = '';
    } else if (result && !result.ok) {
      this.opError = result.error.message;
      this.announce(result.error.message);
    }
    return result;
  }

  private onInput(goalId: string, field: TextField, value: string): void {
    const plan = this.validPlan;
    // Remember how the check looked before typing started, so only a change is announced.
    if (plan && !this.announced.has(goalId)) {
      const seen = this.rowOf(goalId, plan);
      if (seen) this.announced.set(goalId, seen.result.signature);
    }
    this.setDraft(goalId, { [field]: value });
    if (field === 'text' && value.trim() !== '' && this.textErrors.has(goalId)) {
      const next = new Set(this.textErrors);
      next.delete(goalId);
      this.textErrors = next;
    }
    clearTimeout(this.liveTimer);
    this.liveGoal = goalId;
    this.liveTimer = setTimeout(() => this.announceCheck(), Math.max(0, this.announceDelay));
  }

  /** After a pause in typing: say the check's result once, if it changed. */
  private announceCheck(): void {
    const plan = this.validPlan;
    const goalId = this.liveGoal;
    const seen = plan && goalId ? this.rowOf(goalId, plan) : undefined;
    if (!seen || !lazy || !goalId) return;
    if (this.announced.get(goalId) === seen.result.signature) return;
    this.announced.set(goalId, seen.result.signature);
    this.announce(`${seen.row.label}: ${lazy.checkSummary(seen.result)}`);
  }

  /** Announces an action together with the check's new summary (and remembers it as said). */
  private announceAfterCheck(goalId: string, text: string): void {
    const plan = this.validPlan;
    const seen = plan ? this.rowOf(goalId, plan) : undefined;
    if (!seen || !lazy) return this.announce(text);
    this.announced.set(goalId, seen.result.signature);
    clearTimeout(this.liveTimer);
    this.announce(`${text} ${lazy.checkSummary(seen.result)}`);
  }

  /** Commits a typed field (on `change`). */
  private onChange(goalId: string, field: TextField, raw: string): void {
    const plan = this.validPlan;
    if (!plan) return;
    const value = field === 'text' ? raw.trim() : raw;
    this.setDraft(goalId, { [field]: raw });
    const goal = plan.goals.find((g) => g.id === goalId);
    if (!goal) {
      if (this.newGoal?.id === goalId && field === 'text' && value !== '') this.commitNew();
      return;
    }
    if (field === 'text' && value === '') {
      this.textErrors = new Set([...this.textErrors, goalId]);
      return;
    }
    if ((field === 'targetDate' || field === 'acceptedAt') && value.trim() !== '' && !isIsoDate(value.trim())) return;
    const next = field === 'targetDate' || field === 'acceptedAt' ? value.trim() : value;
    const current = (goal as Record<string, unknown>)[field] ?? '';
    if (next === current) {
      this.clearDraft(goalId, [field]);
      return;
    }
    const result = this.apply((p, ctx, l) => l.editGoal(p, { type: 'editGoal', goalId, patch: { [field]: next === '' ? undefined : next } }, ctx));
    if (result?.ok) this.clearDraft(goalId, [field]);
  }

  private onAccepted(goalId: string, checked: boolean): void {
    const draft = this.draftOf(goalId);
    const acceptedAt = checked ? (draft.acceptedAt && isIsoDate(draft.acceptedAt) ? draft.acceptedAt : this.today()) : '';
    this.commitFields(
      goalId,
      { acceptedAt },
      checked ? msg('Markerat som godkänt av personen.', { id: 'goals.announce.accepted' }) : msg('Godkännandet borttaget.', { id: 'goals.announce.unaccepted' }),
    );
  }

  private onRealistic(goalId: string, checked: boolean): void {
    this.commitFields(
      goalId,
      { realistic: checked ? true : null },
      checked ? msg('Markerat som realistiskt.', { id: 'goals.announce.realistic' }) : msg('Bedömningen realistiskt borttagen.', { id: 'goals.announce.unrealistic' }),
    );
  }

  private useSuggestedMeasure(goalId: string, measure: string): void {
    this.commitFields(goalId, { measure }, msg(str`Måttet ”${measure}” lades till.`, { id: 'goals.announce.measureUsed' }));
    this.pendingFocus = { goalId, selector: '[data-field=measure]' };
  }

  /** A checkbox or a suggestion: committed at once (kept as a draft for a goal not yet saved). */
  private commitFields(goalId: string, patch: Draft, announcement: string): void {
    const plan = this.validPlan;
    if (!plan) return;
    if (!plan.goals.some((g) => g.id === goalId)) {
      this.setDraft(goalId, patch);
      return;
    }
    const p: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(patch)) p[k] = v === null || v === '' ? undefined : v;
    const result = this.apply((pl, ctx, l) => l.editGoal(pl, { type: 'editGoal', goalId, patch: p }, ctx));
    if (result?.ok) {
      this.clearDraft(goalId, Object.keys(patch) as (keyof Draft)[]);
      this.announceAfterCheck(goalId, announcement);
    }
  }

  private startNew(horizon: GoalHorizon, parentId?: string): void {
    const plan = this.validPlan;
    if (!plan) return;
    if (this.newGoal) {
      // One goal is written at a time: go back to it.
      this.pendingFocus = { goalId: this.newGoal.id, selector: 'textarea[data-field=text]' };
      this.requestUpdate();
      return;
    }
    const id = nextGoalId(plan.goals);
    this.newGoal = { id, horizon, ...(parentId ? { parentId } : {}) };
    this.pendingFocus = { goalId: id, selector: 'textarea[data-field=text]' };
  }

  private cancelNew(): void {
    const n = this.newGoal;
    if (!n) return;
    this.clearDraft(n.id, ALL_FIELDS);
    this.newGoal = undefined;
    this.pendingFocus = n.parentId ? { goalId: n.parentId, selector: 'button[data-action=add-sub]' } : { goalId: '', selector: 'button[data-action=add]' };
    this.announce(msg('Det nya målet togs bort innan det sparades.', { id: 'goals.announce.cancelled' }));
  }

  /** Saves the goal being written, with everything entered so far. */
  private commitNew(): void {
    const n = this.newGoal;
    if (!n) return;
    const d = this.draftOf(n.id);
    const text = (d.text ?? '').trim();
    if (!text) return;
    const goal: Goal = { id: n.id, horizon: n.horizon, text };
    if (n.parentId) goal.parentId = n.parentId;
    if (d.whatMatters?.trim()) goal.whatMatters = d.whatMatters;
    if (d.measure?.trim()) goal.measure = d.measure;
    if (d.targetDate && isIsoDate(d.targetDate.trim())) goal.targetDate = d.targetDate.trim();
    if (d.acceptedAt && isIsoDate(d.acceptedAt)) goal.acceptedAt = d.acceptedAt;
    if (d.realistic === true || d.realistic === false) goal.realistic = d.realistic;
    if (d.disagreement?.trim()) goal.disagreement = d.disagreement;
    const result = this.apply((p, ctx, l) => l.addGoal(p, { type: 'addGoal', goal }, ctx));
    if (result?.ok) {
      this.newGoal = undefined;
      const saved = Object.keys(goal).filter((k) => k !== 'id' && k !== 'horizon' && k !== 'parentId') as (keyof Draft)[];
      this.clearDraft(n.id, ['text', ...saved]);
      this.announce(msg('Målet är sparat i planen.', { id: 'goals.announce.added' }));
    }
  }

  private move(goalId: string, delta: -1 | 1): void {
    const plan = this.validPlan;
    const goal = plan?.goals.find((g) => g.id === goalId);
    if (!plan || !goal) return;
    const siblings = plan.goals.filter((g) => g.parentId === goal.parentId);
    const to = siblings.indexOf(goal) + delta;
    if (to < 0 || to >= siblings.length) return;
    const result = this.apply((p, ctx, l) => l.reorderGoal(p, { type: 'reorderGoal', goalId, toIndex: to }, ctx));
    if (!result?.ok) return;
    // Focus stays on the same button of the moved goal, or the other one once it reached an end.
    const edge = delta < 0 ? to === 0 : to === siblings.length - 1;
    const action = delta < 0 !== edge ? 'up' : 'down';
    this.pendingFocus = { goalId, selector: `button[data-action=${action}]` };
    const position = to + 1;
    const count = siblings.length;
    this.announce(msg(str`Målet ”${excerpt(goal.text)}” flyttat till plats ${position} av ${count}.`, { id: 'goals.announce.moved' }));
  }

  private removeOne(goalId: string): void {
    const plan = this.validPlan;
    const goal = plan?.goals.find((g) => g.id === goalId);
    if (!plan || !goal || !lazy) return;
    const removed = lazy.captureRemoval(plan, goalId);
    const result = this.apply((p, ctx, l) => l.removeGoal(p, { type: 'removeGoal', goalId, cascade: true }, ctx));
    if (!result?.ok) return;
    for (const { goal: g } of removed.goals) this.clearDraft(g.id, ALL_FIELDS);
    const text = excerpt(goal.text);
    const subs = removed.goals.length - 1;
    this.undo = {
      removed,
      label: subs > 0 ? msg(str`Målet ”${text}” och ${subs} delmål togs bort.`, { id: 'goals.undo.removedWithSubs' }) : msg(str`Målet ”${text}” togs bort.`, { id: 'goals.undo.removed' }),
    };
    this.pendingFocus = { goalId: '', selector: 'button[data-action=undo]' };
    this.announce(`${this.undo.label} ${msg('Du kan ångra.', { id: 'goals.announce.canUndo' })}`);
  }

  private restore(): void {
    const entry = this.undo;
    if (!entry) return;
    const result = this.apply((p, ctx, l) => l.restoreGoals(p, entry.removed, ctx));
    if (!result?.ok) return;
    this.undo = undefined;
    const first = entry.removed.goals[0]!.goal;
    this.pendingFocus = { goalId: first.id, selector: this.canEdit ? 'textarea[data-field=text]' : 'h3' };
    this.announce(msg(str`Målet ”${excerpt(first.text)}” är tillbaka.`, { id: 'goals.announce.restored' }));
  }

  private judge(goalId: string, value: GoalAchievementValue): void {
    const goal = this.validPlan?.goals.find((g) => g.id === goalId);
    if (!goal || !lazy) return;
    const note = this.draftOf(goalId).note ?? goal.achievement?.note;
    const followUpId = goal.achievement?.followUpId;
    const label = lazy.achievementLabel(value);
    const result = this.apply((p, ctx, l) =>
      l.setGoalAchievement(p, { type: 'setGoalAchievement', goalId, value, ...(note ? { note } : {}), ...(followUpId ? { followUpId } : {}) }, ctx),
    );
    if (result?.ok) {
      this.clearDraft(goalId, ['note']);
      this.announce(msg(str`Bedömning sparad: ${label}.`, { id: 'goals.announce.judged' }));
    }
  }

  private onNoteChange(goalId: string, note: string): void {
    const goal = this.validPlan?.goals.find((g) => g.id === goalId);
    this.setDraft(goalId, { note });
    const a = goal?.achievement;
    if (!a) return;
    if ((a.note ?? '') === note) return this.clearDraft(goalId, ['note']);
    const result = this.apply((p, ctx, l) =>
      l.setGoalAchievement(p, { type: 'setGoalAchievement', goalId, value: a.value, at: a.at, ...(note.trim() ? { note } : {}), ...(a.followUpId ? { followUpId: a.followUpId } : {}) }, ctx),
    );
    if (result?.ok) this.clearDraft(goalId, ['note']);
  }

  // ─── form value and validity ────────────────────────────────────────────

  private syncForm(): void {
    const internals = this.internals;
    if (!internals) return;
    const plan = this.validPlan;
    internals.setFormValue(plan ? JSON.stringify(plan.goals) : null);
    if (!plan || !lazy || this.readonly || this.disabled || plan.status === 'closed' || plan.status === 'voided') {
      internals.setValidity({});
      return;
    }
    const v = lazy.validity(this.viewContext(plan), this.required);
    if (!v.message) {
      internals.setValidity({});
      return;
    }
    const anchor = (v.anchor && this.renderRoot.querySelector<HTMLElement>(v.anchor)) || undefined;
    internals.setValidity(v.flags, v.message, anchor);
  }

  // ─── render ──────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.isInvalid) return html`<div part="base">${this.renderInvalid()}${this.renderAnnouncer()}</div>`;
    const plan = this.validPlan;
    if (!plan || !lazy) {
      // No plan yet, or the view is still loading (updateComplete waits for it).
      return html`<div class="base" part="base">
        ${this.plan ? nothing : html`<p class="empty">${msg('Ingen plan att visa.', { id: 'goals.noPlan' })}</p>`}${this.renderAnnouncer()}
      </div>`;
    }
    return lazy.renderEditor(this.viewContext(plan), this.renderAnnouncer());
  }

  static override styles = [
    baseStyles,
    css`
      :host {
        --_met: var(--sip-smart-goal-editor-met, ${token.colorSuccess});
        --_hint: var(--sip-smart-goal-editor-hint, ${token.colorWarning});
        --_missing: var(--sip-smart-goal-editor-missing, ${token.colorDanger});
        container-type: inline-size;
      }
      .base {
        display: grid;
        gap: ${token.space4};
      }
      h2 {
        font-size: 1.35em;
        margin: 0;
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: ${token.space2} ${token.space4};
      }
      .overview,
      .note,
      .empty {
        margin: 0;
      }
      .note {
        padding: ${token.space2} ${token.space3};
        border-inline-start: 4px solid ${token.colorBorder};
        background: ${token.colorSurface};
      }
      .no-acts {
        color: var(--_missing);
        font-weight: 600;
      }
      .op-error {
        margin: 0;
        color: var(--_missing);
        font-weight: 600;
      }
      ol.goals,
      ol.subgoals {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: ${token.space4};
      }
      ol.subgoals {
        margin-block-start: ${token.space3};
        margin-inline-start: ${token.space4};
        padding-inline-start: ${token.space3};
        border-inline-start: 3px solid ${token.colorBorder};
      }
      .goal {
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        background: ${token.colorBg};
        padding: ${token.space3} ${token.space4};
        display: grid;
        gap: ${token.space3};
        min-inline-size: 0;
      }
      .goal.depth-0 {
        background: ${token.colorSurface};
      }
      .goal.new {
        border-style: dashed;
        border-width: 2px;
      }
      .goal-head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: ${token.space2};
      }
      h3 {
        font-size: 1.1em;
        margin: 0;
      }
      h3:focus {
        outline: none;
      }
      h3:focus-visible {
        outline: ${token.focusWidth} solid ${token.colorFocus};
      }
      .tag {
        font-weight: normal;
        font-size: ${token.fontSizeSmall};
        color: ${token.colorTextMuted};
      }
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
      }
      .badge {
        display: inline-block;
        font-size: ${token.fontSizeSmall};
        border: 1px solid currentColor;
        border-radius: 999px;
        padding: 0 ${token.space2};
        background: ${token.colorBg};
        color: ${token.colorTextMuted};
        white-space: nowrap;
      }
      .badge.ok,
      .badge.ach-reached {
        color: var(--_met);
      }
      .badge.ach-partly {
        color: var(--_hint);
      }
      .badge.ach-none {
        border-style: dashed;
      }
      .badge.none,
      .badge.ach-notReached {
        color: var(--_missing);
        font-weight: 600;
        border-width: 2px;
      }
      .goal-text {
        margin: 0;
        font-size: 1.05em;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .facts {
        margin: 0;
        display: grid;
        gap: ${token.space1};
      }
      .facts div {
        display: grid;
        grid-template-columns: minmax(8rem, 12rem) 1fr;
        gap: ${token.space2};
      }
      .facts dt {
        color: ${token.colorTextMuted};
      }
      .facts dd {
        margin: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .fields {
        display: grid;
        gap: ${token.space3};
        grid-template-columns: 1fr;
      }
      .goal {
        container: goal / inline-size;
      }
      .main {
        container: fields / inline-size;
        min-inline-size: 0;
      }
      .body {
        display: grid;
        gap: ${token.space3};
      }
      @container goal (min-width: 46rem) {
        .body {
          grid-template-columns: minmax(0, 3fr) minmax(15rem, 2fr);
          gap: ${token.space4};
        }
        .side .check {
          border-block-start: none;
          padding-block-start: 0;
          border-inline-start: 1px solid ${token.colorBorder};
          padding-inline-start: ${token.space4};
        }
      }
      @container fields (min-width: 30rem) {
        .fields {
          grid-template-columns: 1fr 1fr;
        }
        .field.wide {
          grid-column: 1 / -1;
        }
      }
      textarea {
        field-sizing: content;
        min-block-size: 2.4em;
        max-block-size: 12em;
      }
      @container (max-width: 28rem) {
        .facts div {
          grid-template-columns: 1fr;
          gap: 0;
        }
        ol.subgoals {
          margin-inline-start: 0;
        }
        .goal {
          padding: ${token.space2} ${token.space3};
        }
      }
      .field {
        display: grid;
        gap: ${token.space1};
        align-content: start;
        min-inline-size: 0;
      }
      label {
        font-weight: 600;
      }
      textarea,
      input[type='text'] {
        font: inherit;
        color: ${token.colorText};
        background: ${token.colorBg};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        padding: ${token.space1} ${token.space2};
        inline-size: 100%;
        min-inline-size: 0;
      }
      textarea {
        resize: vertical;
      }
      [aria-invalid='true'] {
        border: 2px solid var(--_missing);
      }
      .help {
        margin: 0;
        font-size: ${token.fontSizeSmall};
        color: ${token.colorTextMuted};
      }
      .help.error {
        color: var(--_missing);
        font-weight: 600;
      }
      .checks {
        gap: ${token.space2};
      }
      .check-row {
        display: flex;
        gap: ${token.space2};
        align-items: flex-start;
      }
      .check-row input,
      .radio input {
        inline-size: 1.25rem;
        block-size: 1.25rem;
        margin: 0.15rem 0 0;
        flex: none;
      }
      .sub-field {
        display: grid;
        gap: ${token.space1};
        margin-inline-start: calc(1.25rem + ${token.space2});
        max-inline-size: 12rem;
      }
      .check {
        border-block-start: 1px solid ${token.colorBorder};
        padding-block-start: ${token.space2};
      }
      .check-title {
        margin: 0 0 ${token.space1};
        font-size: 1em;
      }
      .criteria,
      .phrasing {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: ${token.space1};
      }
      .phrasing {
        margin-block-start: ${token.space2};
      }
      .criterion,
      .phrasing li {
        display: flex;
        gap: ${token.space2};
        align-items: baseline;
      }
      .icon {
        flex: none;
        display: inline-grid;
        place-items: center;
        inline-size: 1.4em;
        block-size: 1.4em;
        border-radius: 50%;
        border: 2px solid currentColor;
        font-weight: 700;
        font-size: 0.85em;
        line-height: 1;
      }
      .criterion.met .icon {
        color: var(--_met);
      }
      .criterion.hint .icon,
      .phrasing .icon {
        color: var(--_hint);
      }
      .criterion.missing .icon {
        color: var(--_missing);
      }
      .crit-text {
        min-inline-size: 0;
      }
      .criterion .state {
        color: ${token.colorTextMuted};
      }
      .criterion .hint {
        display: block;
        font-size: ${token.fontSizeSmall};
      }
      .criterion .hint.inline {
        display: inline;
      }
      .criterion.met .hint {
        color: ${token.colorTextMuted};
      }
      .phrasing li {
        font-size: ${token.fontSizeSmall};
      }
      .actions,
      .add-row,
      .undo {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2};
        align-items: center;
      }
      .undo {
        padding: ${token.space2} ${token.space3};
        border: 2px solid ${token.colorAccent};
        border-radius: ${token.radius};
        background: ${token.colorBg};
      }
      .undo p {
        margin: 0;
        flex: 1 1 12rem;
        overflow-wrap: anywhere;
      }
      button {
        font: inherit;
        font-size: ${token.fontSizeSmall};
        min-block-size: 2.25rem;
        padding: ${token.space1} ${token.space3};
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        background: ${token.colorBg};
        color: ${token.colorText};
        cursor: pointer;
      }
      button.primary {
        background: ${token.colorAccent};
        border-color: ${token.colorAccent};
        color: ${token.colorAccentText};
        font-size: ${token.fontSize};
      }
      button.danger {
        color: ${token.colorDanger};
        border-color: ${token.colorDanger};
      }
      button.link {
        justify-self: start;
        border: none;
        background: none;
        padding: 0;
        min-block-size: 1.5rem;
        color: ${token.colorAccent};
        text-decoration: underline;
        text-align: start;
      }
      button:disabled {
        cursor: not-allowed;
        opacity: 0.55;
      }
      fieldset {
        border: 1px solid ${token.colorBorder};
        border-radius: ${token.radius};
        margin: 0;
        padding: ${token.space2} ${token.space3};
      }
      legend {
        font-weight: 600;
        padding: 0 ${token.space1};
      }
      .radios {
        display: flex;
        flex-wrap: wrap;
        gap: ${token.space2} ${token.space4};
      }
      .radio {
        display: flex;
        gap: ${token.space2};
        align-items: flex-start;
        font-weight: normal;
      }
      .achievement {
        display: grid;
        gap: ${token.space2};
      }
      .achievement.read p {
        margin: 0;
      }
      .note-text {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      @media (forced-colors: active) {
        .icon,
        .badge,
        .goal,
        .undo,
        button {
          border-color: CanvasText;
          forced-color-adjust: auto;
        }
        button.primary {
          border: 2px solid ButtonText;
        }
        button:disabled {
          color: GrayText;
          opacity: 1;
        }
      }
    `,
  ];
}
