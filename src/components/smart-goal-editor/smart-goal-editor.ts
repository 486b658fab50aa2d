import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { SipElement } from '../../shared/sip-element';
import { baseStyles, token } from '../../shared/tokens';
import { formatDate, isoDay } from '../../shared/format';
import { getLocale } from '../../shared/i18n';
import {
  GOAL_ACHIEVEMENTS,
  addGoal,
  editGoal,
  nextId,
  removeGoal,
  reorderGoal,
  setGoalAchievement,
  type Goal,
  type GoalAchievementValue,
  type GoalHorizon,
  type OpResult,
  type SipPlan,
} from '../../model';
import { CRITERIA, checkGoal, goalName, isIsoDate, type Criterion, type CriterionCode, type SmartResult } from './smart-check';
import { captureRemoval, resetGoals, restoreGoals, type RemovedGoals } from './operations';

/** Which view the editor shows. */
export type SmartGoalEditorMode = 'plan' | 'follow-up' | 'auto';

/** Text fields a user types into; committed on `change`, checked live on `input`. */
type TextField = 'text' | 'whatMatters' | 'measure' | 'targetDate' | 'acceptedAt' | 'disagreement';
/** In-progress values of one goal. `null` means "cleared". */
type Draft = Partial<Record<TextField, string>> & { realistic?: boolean | null; note?: string };

interface NewGoal {
  id: string;
  horizon: GoalHorizon;
  parentId?: string;
}

interface UndoEntry {
  removed: RemovedGoals;
  label: string;
}

interface Row {
  goal: Goal;
  /** Not in the plan yet: the goal being written. */
  isNew: boolean;
  label: string;
  depth: 0 | 1;
  siblingIndex: number;
  siblingCount: number;
}

const ICON: Record<'met' | 'hint' | 'missing', string> = { met: '✓', hint: '!', missing: '○' };

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
  /** The plan as the host last set it (not one of our own edits): what a form reset returns to. */
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
    if (plan && this.hostGoals && JSON.stringify(this.hostGoals) !== JSON.stringify(plan.goals)) {
      this.apply((p, ctx) => resetGoals(p, this.hostGoals ?? [], ctx));
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

  override willUpdate(changed: PropertyValues<this>): void {
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

  private get effectiveMode(): SmartGoalEditorMode {
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
    return this.drafts.get(goalId) ?? {};
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

  private personName(plan: SipPlan): string {
    return goalName(plan.person);
  }

  private check(goal: Goal, plan: SipPlan): SmartResult {
    const m = this.merged(goal);
    const parent = goal.parentId ? plan.goals.find((g) => g.id === goal.parentId) : undefined;
    const parentDate = parent ? this.merged(parent).targetDate : undefined;
    return checkGoal(
      {
        text: m.text ?? '',
        measure: m.measure,
        targetDate: m.targetDate,
        acceptedAt: m.acceptedAt || undefined,
        realistic: m.realistic,
        achieved: !!goal.achievement,
      },
      { today: this.today(), person: plan.person, parentTargetDate: parentDate },
    );
  }

  /** The goals in display order: each top-level goal followed by its sub-goals; the new goal last in its list. */
  private rows(plan: SipPlan): Row[] {
    const rows: Row[] = [];
    const top = plan.goals.filter((g) => g.parentId === undefined);
    const fresh = this.newGoal;
    const freshGoal = (n: NewGoal): Goal => ({ id: n.id, horizon: n.horizon, ...(n.parentId ? { parentId: n.parentId } : {}), text: '' });
    const topList = fresh && !fresh.parentId ? [...top, freshGoal(fresh)] : top;
    topList.forEach((goal, i) => {
      const isNew = !!fresh && goal.id === fresh.id && !plan.goals.some((g) => g.id === goal.id);
      rows.push({ goal, isNew, label: this.goalLabel(goal, `${i + 1}`), depth: 0, siblingIndex: i, siblingCount: top.length });
      const subs = plan.goals.filter((g) => g.parentId === goal.id);
      const subList = fresh && fresh.parentId === goal.id ? [...subs, freshGoal(fresh)] : subs;
      subList.forEach((sub, j) => {
        const subNew = !!fresh && sub.id === fresh.id && !plan.goals.some((g) => g.id === sub.id);
        rows.push({ goal: sub, isNew: subNew, label: this.goalLabel(sub, `${i + 1}.${j + 1}`), depth: 1, siblingIndex: j, siblingCount: subs.length });
      });
    });
    return rows;
  }

  private goalLabel(goal: Goal, number: string): string {
    if (goal.parentId) return msg(str`Delmål ${number}`, { id: 'goals.label.sub' });
    return goal.horizon === 'long' ? msg(str`Långsiktigt mål ${number}`, { id: 'goals.label.long' }) : msg(str`Kortsiktigt mål ${number}`, { id: 'goals.label.short' });
  }

  private activityCount(plan: SipPlan, goalId: string): number {
    return plan.activities.filter((a) => a.status !== 'cancelled' && a.goalIds.includes(goalId)).length;
  }

  // ─── operations ──────────────────────────────────────────────────────────

  private apply(operate: Parameters<SipElement['applyOperation']>[0]): OpResult | undefined {
    const result = this.applyOperation(operate);
    if (result?.ok) {
      this.ownPlan = result.plan;
      // The base class validates (trusts) it on the next update; use it right away.
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
    const goal = plan?.goals.find((g) => g.id === goalId);
    // Remember how the check looked before typing started, so only a change is announced.
    if (plan && !this.announced.has(goalId)) {
      const base = goal ?? this.newGoalAsGoal();
      if (base) this.announced.set(goalId, this.check(base, plan).signature);
    }
    this.setDraft(goalId, { [field]: value });
    if (field === 'text' && value.trim() !== '' && this.textErrors.has(goalId)) {
      const next = new Set(this.textErrors);
      next.delete(goalId);
      this.textErrors = next;
    }
    this.scheduleLive(goalId);
  }

  private newGoalAsGoal(): Goal | undefined {
    const n = this.newGoal;
    return n ? { id: n.id, horizon: n.horizon, ...(n.parentId ? { parentId: n.parentId } : {}), text: '' } : undefined;
  }

  private scheduleLive(goalId: string): void {
    clearTimeout(this.liveTimer);
    this.liveGoal = goalId;
    this.liveTimer = setTimeout(() => this.announceCheck(), Math.max(0, this.announceDelay));
  }

  /** After a pause in typing: say the check's result once, if it changed. */
  private announceCheck(): void {
    const plan = this.validPlan;
    const goalId = this.liveGoal;
    if (!plan || !goalId) return;
    const row = this.rows(plan).find((r) => r.goal.id === goalId);
    if (!row) return;
    const result = this.check(row.goal, plan);
    if (this.announced.get(goalId) === result.signature) return;
    this.announced.set(goalId, result.signature);
    this.announce(`${row.label}: ${this.checkSummary(result)}`);
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
    const result = this.apply((p, ctx) => editGoal(p, { type: 'editGoal', goalId, patch: { [field]: next === '' ? undefined : next } }, ctx));
    if (result?.ok) this.clearDraft(goalId, [field]);
  }

  private onAccepted(goalId: string, checked: boolean): void {
    const draft = this.draftOf(goalId);
    const acceptedAt = checked ? (draft.acceptedAt && isIsoDate(draft.acceptedAt) ? draft.acceptedAt : this.today()) : '';
    this.commitFields(goalId, { acceptedAt }, checked ? msg('Markerat som godkänt av personen.', { id: 'goals.announce.accepted' }) : msg('Godkännandet borttaget.', { id: 'goals.announce.unaccepted' }));
  }

  private onRealistic(goalId: string, checked: boolean): void {
    this.commitFields(goalId, { realistic: checked ? true : null }, checked ? msg('Markerat som realistiskt.', { id: 'goals.announce.realistic' }) : msg('Bedömningen realistiskt borttagen.', { id: 'goals.announce.unrealistic' }));
  }

  /** A checkbox or a suggestion button: committed at once (kept as a draft for a goal not yet saved). */
  private commitFields(goalId: string, patch: Draft, announcement?: string): void {
    const plan = this.validPlan;
    if (!plan) return;
    const goal = plan.goals.find((g) => g.id === goalId);
    if (!goal) {
      this.setDraft(goalId, patch);
      return;
    }
    const p: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(patch)) p[k] = v === null || v === '' ? undefined : v;
    const result = this.apply((pl, ctx) => editGoal(pl, { type: 'editGoal', goalId, patch: p }, ctx));
    if (result?.ok) {
      this.clearDraft(goalId, Object.keys(patch) as (keyof Draft)[]);
      if (announcement) this.announceAfterCheck(goalId, announcement);
    }
  }

  /** Announces an action together with the check's new summary (and remembers it as said). */
  private announceAfterCheck(goalId: string, text: string): void {
    const plan = this.validPlan;
    const goal = plan?.goals.find((g) => g.id === goalId);
    if (!plan || !goal) return this.announce(text);
    const result = this.check(goal, plan);
    this.announced.set(goalId, result.signature);
    clearTimeout(this.liveTimer);
    this.announce(`${text} ${this.checkSummary(result)}`);
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
    const id = nextId('goal', plan.goals);
    this.newGoal = { id, horizon, ...(parentId ? { parentId } : {}) };
    this.pendingFocus = { goalId: id, selector: 'textarea[data-field=text]' };
  }

  private cancelNew(): void {
    const n = this.newGoal;
    if (!n) return;
    this.clearDraft(n.id, ['text', 'whatMatters', 'measure', 'targetDate', 'acceptedAt', 'realistic', 'disagreement']);
    this.newGoal = undefined;
    this.pendingFocus = { goalId: n.parentId ?? '', selector: n.parentId ? 'button[data-action=add-sub]' : 'button[data-action=add]' };
    this.announce(msg('Det nya målet togs bort innan det sparades.', { id: 'goals.announce.cancelled' }));
  }

  /** Saves the goal being written, with everything entered so far. */
  private commitNew(): void {
    const n = this.newGoal;
    const plan = this.validPlan;
    if (!n || !plan) return;
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
    const result = this.apply((p, ctx) => addGoal(p, { type: 'addGoal', goal }, ctx));
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
    const from = siblings.indexOf(goal);
    const to = from + delta;
    if (to < 0 || to >= siblings.length) return;
    const result = this.apply((p, ctx) => reorderGoal(p, { type: 'reorderGoal', goalId, toIndex: to }, ctx));
    if (!result?.ok) return;
    const edge = delta < 0 ? to === 0 : to === siblings.length - 1;
    const action = (delta < 0) !== edge ? 'up' : 'down';
    this.pendingFocus = { goalId, selector: `button[data-action=${action}]` };
    const position = to + 1;
    const count = siblings.length;
    this.announce(msg(str`Målet ”${excerpt(goal.text)}” flyttat till plats ${position} av ${count}.`, { id: 'goals.announce.moved' }));
  }

  private removeOne(goalId: string): void {
    const plan = this.validPlan;
    const goal = plan?.goals.find((g) => g.id === goalId);
    if (!plan || !goal) return;
    const removed = captureRemoval(plan, goalId);
    const result = this.apply((p, ctx) => removeGoal(p, { type: 'removeGoal', goalId, cascade: true }, ctx));
    if (!result?.ok) return;
    for (const { goal: g } of removed.goals) this.clearDraft(g.id, ['text', 'whatMatters', 'measure', 'targetDate', 'acceptedAt', 'realistic', 'disagreement', 'note']);
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
    const result = this.apply((p, ctx) => restoreGoals(p, entry.removed, ctx));
    if (!result?.ok) return;
    this.undo = undefined;
    const first = entry.removed.goals[0]!.goal;
    this.pendingFocus = { goalId: first.id, selector: this.canEdit ? 'textarea[data-field=text]' : 'h3' };
    this.announce(msg(str`Målet ”${excerpt(first.text)}” är tillbaka.`, { id: 'goals.announce.restored' }));
  }

  private judge(goalId: string, value: GoalAchievementValue): void {
    const plan = this.validPlan;
    const goal = plan?.goals.find((g) => g.id === goalId);
    if (!plan || !goal) return;
    const note = this.draftOf(goalId).note ?? goal.achievement?.note;
    const result = this.apply((p, ctx) =>
      setGoalAchievement(p, { type: 'setGoalAchievement', goalId, value, ...(note ? { note } : {}), ...(goal.achievement?.followUpId ? { followUpId: goal.achievement.followUpId } : {}) }, ctx),
    );
    if (result?.ok) {
      this.clearDraft(goalId, ['note']);
      this.announce(msg(str`Bedömning sparad: ${this.achievementLabel(value)}.`, { id: 'goals.announce.judged' }));
    }
  }

  private onNoteChange(goalId: string, note: string): void {
    const goal = this.validPlan?.goals.find((g) => g.id === goalId);
    this.setDraft(goalId, { note });
    if (!goal?.achievement) return;
    if ((goal.achievement.note ?? '') === note) return this.clearDraft(goalId, ['note']);
    const value = goal.achievement.value;
    const result = this.apply((p, ctx) =>
      setGoalAchievement(
        p,
        { type: 'setGoalAchievement', goalId, value, at: goal.achievement!.at, ...(note.trim() ? { note } : {}), ...(goal.achievement!.followUpId ? { followUpId: goal.achievement!.followUpId } : {}) },
        ctx,
      ),
    );
    if (result?.ok) this.clearDraft(goalId, ['note']);
  }

  // ─── form value and validity ────────────────────────────────────────────

  private syncForm(): void {
    const internals = this.internals;
    if (!internals) return;
    const plan = this.validPlan;
    internals.setFormValue(plan ? JSON.stringify(plan.goals) : null);
    if (!plan || this.readonly || this.disabled || plan.status === 'closed' || plan.status === 'voided') {
      internals.setValidity({});
      return;
    }
    const rows = this.rows(plan).filter((r) => !r.isNew);
    if (this.required && rows.length === 0) {
      const anchor = this.renderRoot.querySelector<HTMLElement>('button[data-action=add]') ?? undefined;
      internals.setValidity({ valueMissing: true }, msg('Planen behöver minst ett mål.', { id: 'goals.validity.none' }), anchor);
      return;
    }
    if (this.effectiveMode === 'follow-up') {
      const open = rows.filter((r) => !r.goal.achievement);
      if (open.length > 0) {
        const anchor = this.renderRoot.querySelector<HTMLElement>(`[data-key="${this.keyOf(open[0]!.goal.id)}"] input[type=radio]`) ?? undefined;
        const count = open.length;
        internals.setValidity(
          { customError: true },
          count === 1 ? msg(str`${open[0]!.label} är inte bedömt.`, { id: 'goals.validity.unjudgedOne' }) : msg(str`${count} mål är inte bedömda.`, { id: 'goals.validity.unjudgedMany' }),
          anchor,
        );
        return;
      }
      internals.setValidity({});
      return;
    }
    const failing = rows.map((r) => ({ row: r, result: this.check(r.goal, plan) })).filter((x) => x.result.missing.length > 0 || this.textErrors.has(x.row.goal.id));
    if (failing.length > 0) {
      const first = failing[0]!;
      const anchor =
        this.renderRoot.querySelector<HTMLElement>(`[data-key="${this.keyOf(first.row.goal.id)}"] [data-criterion-field=${first.result.missing[0] ?? 'specific'}]`) ?? undefined;
      const names = first.result.missing.map((c) => this.criterionName(c).toLowerCase()).join(', ');
      const label = first.row.label;
      const message =
        failing.length === 1
          ? msg(str`${label} uppfyller inte SMART – saknas: ${names}.`, { id: 'goals.validity.smartOne' })
          : msg(str`${failing.length} mål uppfyller inte SMART. ${label} saknar: ${names}.`, { id: 'goals.validity.smartMany' });
      internals.setValidity({ customError: true }, message, anchor);
      return;
    }
    internals.setValidity({});
  }

  // ─── text ────────────────────────────────────────────────────────────────

  private criterionName(c: Criterion): string {
    switch (c) {
      case 'specific':
        return msg('Specifikt', { id: 'goals.criterion.specific' });
      case 'measurable':
        return msg('Mätbart', { id: 'goals.criterion.measurable' });
      case 'accepted':
        return msg('Accepterat', { id: 'goals.criterion.accepted' });
      case 'realistic':
        return msg('Realistiskt', { id: 'goals.criterion.realistic' });
      case 'timeBound':
        return msg('Tidsbestämt', { id: 'goals.criterion.timeBound' });
    }
  }

  private stateName(state: 'met' | 'hint' | 'missing'): string {
    if (state === 'met') return msg('uppfyllt', { id: 'goals.state.met' });
    if (state === 'hint') return msg('kan bli bättre', { id: 'goals.state.hint' });
    return msg('saknas', { id: 'goals.state.missing' });
  }

  private hintText(code: CriterionCode, goal: Goal, plan: SipPlan, result: SmartResult): string {
    const name = this.personName(plan);
    switch (code) {
      case 'specific.met':
        return msg('Ett konkret resultat.', { id: 'goals.hint.specificMet' });
      case 'specific.empty':
        return msg(str`Skriv vad ${name} vill uppnå, med ${possessive(name)} egna ord.`, { id: 'goals.hint.specificEmpty' });
      case 'specific.short':
        return msg(str`Gör målet mer konkret: vad ska ${name} kunna göra?`, { id: 'goals.hint.specificShort' });
      case 'specific.activities':
        return msg(str`Beskriv resultatet för ${name}, inte insatserna – dem skriver ni som insatser.`, { id: 'goals.hint.specificActivities' });
      case 'specific.vague':
        return msg(str`Vad betyder det i vardagen? Skriv något ${name} ska kunna göra.`, { id: 'goals.hint.specificVague' });
      case 'measurable.met':
        return msg('Det finns ett mått.', { id: 'goals.hint.measurableMet' });
      case 'measurable.numberOnly': {
        const q = result.suggestedMeasure ?? '';
        return msg(str`Målet nämner ”${q}” – skriv i Mått hur ni ser att det är nått.`, { id: 'goals.hint.measurableNumber' });
      }
      case 'measurable.missing':
        return msg('Skriv hur ni ser att målet är nått, t.ex. hur ofta, hur långt eller hur mycket.', { id: 'goals.hint.measurableMissing' });
      case 'accepted.met':
        return goal.acceptedAt || this.merged(goal).acceptedAt
          ? msg(str`${name} godkände målet ${formatDate(this.merged(goal).acceptedAt)}.`, { id: 'goals.hint.acceptedMet' })
          : msg('Godkänt.', { id: 'goals.hint.acceptedMetNoDate' });
      case 'accepted.future':
        return msg('Datumet för godkännandet ligger i framtiden – kontrollera det.', { id: 'goals.hint.acceptedFuture' });
      case 'accepted.missing':
        return msg(str`Fråga ${name} om målet känns rätt och markera när ${name} har godkänt det.`, { id: 'goals.hint.acceptedMissing' });
      case 'realistic.met':
        return msg('Bedömt som realistiskt.', { id: 'goals.hint.realisticMet' });
      case 'realistic.no':
        return msg('Bedömt som inte realistiskt – gör målet mindre eller dela upp det i delmål.', { id: 'goals.hint.realisticNo' });
      case 'realistic.missing':
        return msg('Bedöm tillsammans om målet går att nå och markera det.', { id: 'goals.hint.realisticMissing' });
      case 'timeBound.met':
        return msg(str`Måldatum ${formatDate(this.merged(goal).targetDate)}.`, { id: 'goals.hint.timeBoundMet' });
      case 'timeBound.missing':
        return msg('Sätt ett måldatum.', { id: 'goals.hint.timeBoundMissing' });
      case 'timeBound.invalid':
        return msg('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-06-30.', { id: 'goals.hint.timeBoundInvalid' });
      case 'timeBound.past':
        return msg('Måldatumet har passerat – välj ett datum framåt i tiden.', { id: 'goals.hint.timeBoundPast' });
      case 'timeBound.afterParent': {
        const parent = plan.goals.find((g) => g.id === goal.parentId);
        const date = formatDate(parent ? this.merged(parent).targetDate : undefined);
        return msg(str`Delmålet ska nås före det långsiktiga målet (${date}).`, { id: 'goals.hint.timeBoundAfterParent' });
      }
    }
  }

  private checkSummary(result: SmartResult): string {
    if (result.allMet) return msg('Alla fem SMART-kriterier är uppfyllda.', { id: 'goals.summary.allMet' });
    const met = result.metCount;
    const missing = result.missing.map((c) => this.criterionName(c).toLowerCase()).join(', ');
    const hints = CRITERIA.filter((c) => result.criteria[c].state === 'hint')
      .map((c) => this.criterionName(c).toLowerCase())
      .join(', ');
    const parts = [msg(str`${met} av 5 SMART-kriterier uppfyllda.`, { id: 'goals.summary.count' })];
    if (missing) parts.push(msg(str`Saknas: ${missing}.`, { id: 'goals.summary.missing' }));
    if (hints) parts.push(msg(str`Kan bli bättre: ${hints}.`, { id: 'goals.summary.hints' }));
    return parts.join(' ');
  }

  private achievementLabel(value: GoalAchievementValue): string {
    switch (value) {
      case 'reached':
        return msg('Uppnått', { id: 'goals.achievement.reached' });
      case 'partly':
        return msg('Delvis uppnått', { id: 'goals.achievement.partly' });
      case 'notReached':
        return msg('Inte uppnått', { id: 'goals.achievement.notReached' });
      case 'noLongerRelevant':
        return msg('Inte längre aktuellt', { id: 'goals.achievement.noLongerRelevant' });
    }
  }

  // ─── render ──────────────────────────────────────────────────────────────

  override render(): TemplateResult | typeof nothing {
    if (this.isInvalid) return html`<div part="base">${this.renderInvalid()}${this.renderAnnouncer()}</div>`;
    const plan = this.validPlan;
    if (!plan) {
      return html`<div class="base" part="base"><p class="empty">${msg('Ingen plan att visa.', { id: 'goals.noPlan' })}</p>${this.renderAnnouncer()}</div>`;
    }
    const rows = this.rows(plan);
    const followUp = this.effectiveMode === 'follow-up';
    const name = this.personName(plan);
    return html`<section class="base" part="base" aria-labelledby="title">
      <header class="top">
        <h2 id="title">${followUp ? msg('Mål – uppföljning', { id: 'goals.title.followUp' }) : msg('Mål', { id: 'goals.title' })}</h2>
        ${this.renderOverview(plan, rows)}
      </header>
      ${this.renderStatusNote(plan)}
      ${this.opError ? html`<p class="op-error" role="alert">${this.opError}</p>` : nothing}
      ${rows.length === 0
        ? html`<p class="empty">
            ${this.canEdit
              ? msg(str`Inga mål ännu. Börja med frågan ”Vad är viktigt för dig?” och skriv målet med ${possessive(name)} egna ord.`, { id: 'goals.empty.edit' })
              : msg('Planen har inga mål.', { id: 'goals.empty.read' })}
          </p>`
        : html`<ol class="goals" aria-label=${msg('Mål', { id: 'goals.title' })}>
            ${this.renderRows(rows.filter((r) => r.depth === 0), rows, plan)}
          </ol>`}
      ${this.renderUndo()}
      ${this.canEdit
        ? html`<div class="add-row">
            <button type="button" class="primary" part="button" data-action="add" @click=${() => this.startNew('long')}>
              ${msg('Lägg till långsiktigt mål', { id: 'goals.add.long' })}
            </button>
            <button type="button" part="button" data-action="add-short" @click=${() => this.startNew('short')}>
              ${msg('Lägg till kortsiktigt mål', { id: 'goals.add.short' })}
            </button>
          </div>`
        : nothing}
      ${this.renderAnnouncer()}
    </section>`;
  }

  private renderOverview(plan: SipPlan, rows: Row[]): TemplateResult {
    const saved = rows.filter((r) => !r.isNew);
    const total = saved.length;
    if (total === 0) return html``;
    const withoutActivities = saved.filter((r) => this.activityCount(plan, r.goal.id) === 0 && !plan.goals.some((g) => g.parentId === r.goal.id && this.activityCount(plan, g.id) > 0)).length;
    if (this.effectiveMode === 'follow-up') {
      const counts = GOAL_ACHIEVEMENTS.map((v) => ({ v, n: saved.filter((r) => r.goal.achievement?.value === v).length })).filter((x) => x.n > 0);
      const judged = saved.filter((r) => r.goal.achievement).length;
      return html`<p class="overview">
        ${msg(str`${judged} av ${total} mål bedömda`, { id: 'goals.overview.judged' })}${counts.length
          ? html`: ${counts.map((x) => `${this.achievementLabel(x.v).toLowerCase()} ${x.n}`).join(', ')}`
          : nothing}.
      </p>`;
    }
    const smart = saved.filter((r) => this.check(r.goal, plan).allMet).length;
    return html`<p class="overview">
      ${msg(str`${total} mål, ${smart} uppfyller SMART.`, { id: 'goals.overview.smart' })}
      ${withoutActivities > 0
        ? html`<span class="no-acts">${withoutActivities === 1
            ? msg('1 mål har ingen insats.', { id: 'goals.overview.noActivitiesOne' })
            : msg(str`${withoutActivities} mål har ingen insats.`, { id: 'goals.overview.noActivitiesMany' })}</span>`
        : nothing}
    </p>`;
  }

  private renderStatusNote(plan: SipPlan): TemplateResult | typeof nothing {
    if (this.readonly) return nothing;
    if (this.effectiveMode === 'plan' && plan.status === 'active') {
      return html`<p class="note">${msg('Planen är signerad och låst. Målen ändras i en ny version av planen; måluppfyllelse registreras vid uppföljningen.', { id: 'goals.note.locked' })}</p>`;
    }
    if (plan.status === 'closed') return html`<p class="note">${msg('Planen är avslutad. Målen visas bara.', { id: 'goals.note.closed' })}</p>`;
    if (plan.status === 'voided') return html`<p class="note">${msg('Planen är makulerad. Målen visas bara.', { id: 'goals.note.voided' })}</p>`;
    return nothing;
  }

  private renderRows(list: Row[], all: Row[], plan: SipPlan): TemplateResult {
    return html`${repeat(
      list,
      (r) => r.goal.id,
      (r) => {
        const subs = r.depth === 0 ? all.filter((s) => s.depth === 1 && s.goal.parentId === r.goal.id) : [];
        return html`<li class="goal-item" data-key=${this.keyOf(r.goal.id)}>
          ${this.renderGoal(r, plan)}
          ${subs.length
            ? html`<ol class="subgoals" aria-label=${msg(str`Delmål till ${r.label}`, { id: 'goals.subList' })}>
                ${this.renderRows(subs, all, plan)}
              </ol>`
            : nothing}
        </li>`;
      },
    )}`;
  }

  private renderGoal(r: Row, plan: SipPlan): TemplateResult {
    const { goal } = r;
    const k = this.keyOf(goal.id);
    const result = this.check(goal, plan);
    const followUp = this.effectiveMode === 'follow-up';
    return html`<article class="goal depth-${r.depth} ${r.isNew ? 'new' : ''}" part="goal" aria-labelledby="${k}-h">
      <header class="goal-head">
        <h3 id="${k}-h" tabindex="-1">${r.label}${r.isNew ? html` <span class="tag">${msg('(nytt, inte sparat)', { id: 'goals.newTag' })}</span>` : nothing}</h3>
        <div class="badges">
          ${followUp ? this.renderAchievementBadge(goal) : html`<span class="badge ${result.allMet ? 'ok' : ''}">${msg(str`SMART ${result.metCount}/5`, { id: 'goals.badge.smart' })}</span>`}
          ${r.isNew ? nothing : this.renderActivityBadge(plan, goal)}
        </div>
      </header>
      ${this.canEdit ? this.renderFields(r, plan, result) : this.renderReadFields(goal, plan)}
      ${followUp ? this.renderAchievement(goal, k) : this.renderCheck(goal, plan, result, k)}
      ${this.canEdit ? this.renderActions(r) : nothing}
    </article>`;
  }

  private renderActivityBadge(plan: SipPlan, goal: Goal): TemplateResult {
    const own = this.activityCount(plan, goal.id);
    const viaSubs = plan.goals.filter((g) => g.parentId === goal.id).reduce((n, g) => n + this.activityCount(plan, g.id), 0);
    const none = own === 0 && viaSubs === 0;
    const text =
      own === 0
        ? viaSubs > 0
          ? msg(str`Insatser via delmål: ${viaSubs}`, { id: 'goals.activities.viaSubs' })
          : msg('Ingen insats', { id: 'goals.activities.none' })
        : own === 1
          ? msg('1 insats', { id: 'goals.activities.one' })
          : msg(str`${own} insatser`, { id: 'goals.activities.many' });
    return html`<span class="badge acts ${none ? 'none' : ''}" part="activities">${none ? html`<span aria-hidden="true">! </span>` : nothing}${text}</span>`;
  }

  private renderAchievementBadge(goal: Goal): TemplateResult {
    const a = goal.achievement;
    return html`<span class="badge ${a ? `ach-${a.value}` : 'none'}">${a ? this.achievementLabel(a.value) : msg('Inte bedömt', { id: 'goals.achievement.none' })}</span>`;
  }

  private renderFields(r: Row, plan: SipPlan, result: SmartResult): TemplateResult {
    const { goal } = r;
    const id = goal.id;
    const k = this.keyOf(id);
    const m = this.merged(goal);
    const name = this.personName(plan);
    const phrasingHints = this.phrasingHints(result, name);
    const textError = this.textErrors.has(id);
    const accepted = !!m.acceptedAt;
    const onInput = (field: TextField) => (e: Event) => this.onInput(id, field, (e.target as HTMLInputElement).value);
    const onChange = (field: TextField) => (e: Event) => this.onChange(id, field, (e.target as HTMLInputElement).value);
    return html`<div class="fields">
      <div class="field wide">
        <label for="${k}-text">${msg(str`Målet, med ${possessive(name)} egna ord`, { id: 'goals.field.text' })}</label>
        <textarea
          id="${k}-text"
          data-field="text"
          data-criterion-field="specific"
          rows="2"
          aria-invalid=${textError ? 'true' : 'false'}
          aria-describedby="${k}-text-help ${k}-c-specific${phrasingHints.length ? ` ${k}-phrasing` : ''}"
          .value=${live(m.text ?? '')}
          @input=${onInput('text')}
          @change=${onChange('text')}
        ></textarea>
        <p class="help ${textError ? 'error' : ''}" id="${k}-text-help">
          ${textError
            ? msg('Målet behöver en text. Den tidigare texten finns kvar i planen.', { id: 'goals.error.textEmpty' })
            : r.isNew
              ? msg(str`Sparas när du lämnar fältet. Börja gärna med ”${name} vill …”.`, { id: 'goals.help.textNew' })
              : msg(str`Börja gärna med ”${name} vill …”, ”${name} ska …”, ”${name} får …” eller ”${name} kommer att …”.`, { id: 'goals.help.text' })}
        </p>
      </div>
      <div class="field wide">
        <label for="${k}-matters">${msg('Vad är viktigt för dig? (det målet kommer från)', { id: 'goals.field.whatMatters' })}</label>
        <textarea id="${k}-matters" data-field="whatMatters" rows="2" .value=${live(m.whatMatters ?? '')} @input=${onInput('whatMatters')} @change=${onChange('whatMatters')}></textarea>
      </div>
      <div class="field">
        <label for="${k}-measure">${msg('Mått – hur ser ni att målet är nått?', { id: 'goals.field.measure' })}</label>
        <input
          id="${k}-measure"
          type="text"
          data-field="measure"
          data-criterion-field="measurable"
          aria-describedby="${k}-c-measurable"
          .value=${live(m.measure ?? '')}
          @input=${onInput('measure')}
          @change=${onChange('measure')}
        />
        ${result.suggestedMeasure
          ? html`<button type="button" class="link" part="button" data-action="use-measure" @click=${() => this.useSuggestedMeasure(id, result.suggestedMeasure!)}>
              ${msg(str`Använd ”${result.suggestedMeasure}” som mått`, { id: 'goals.action.useMeasure' })}
            </button>`
          : nothing}
      </div>
      <div class="field">
        <label for="${k}-date">${msg('Måldatum', { id: 'goals.field.targetDate' })}</label>
        <input
          id="${k}-date"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          placeholder=${msg('ÅÅÅÅ-MM-DD', { id: 'goals.field.datePlaceholder' })}
          data-field="targetDate"
          data-criterion-field="timeBound"
          aria-invalid=${result.criteria.timeBound.code === 'timeBound.invalid' ? 'true' : 'false'}
          aria-describedby="${k}-date-help ${k}-c-timeBound"
          .value=${live(m.targetDate ?? '')}
          @input=${onInput('targetDate')}
          @change=${onChange('targetDate')}
        />
        <p class="help" id="${k}-date-help">${msg('Skrivs ÅÅÅÅ-MM-DD.', { id: 'goals.help.date' })}</p>
      </div>
      <div class="field checks">
        <div class="check-row">
          <input
            id="${k}-accepted"
            type="checkbox"
            data-field="accepted"
            data-criterion-field="accepted"
            aria-describedby="${k}-c-accepted"
            .checked=${live(accepted)}
            @change=${(e: Event) => this.onAccepted(id, (e.target as HTMLInputElement).checked)}
          />
          <label for="${k}-accepted">${msg(str`${name} har godkänt målet`, { id: 'goals.field.accepted' })}</label>
        </div>
        ${accepted
          ? html`<div class="sub-field">
              <label for="${k}-accepted-at">${msg('Godkänt den', { id: 'goals.field.acceptedAt' })}</label>
              <input
                id="${k}-accepted-at"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                placeholder=${msg('ÅÅÅÅ-MM-DD', { id: 'goals.field.datePlaceholder' })}
                data-field="acceptedAt"
                aria-invalid=${m.acceptedAt && !isIsoDate(m.acceptedAt) ? 'true' : 'false'}
                .value=${live(m.acceptedAt ?? '')}
                @input=${onInput('acceptedAt')}
                @change=${onChange('acceptedAt')}
              />
            </div>`
          : nothing}
        <div class="check-row">
          <input
            id="${k}-realistic"
            type="checkbox"
            data-field="realistic"
            data-criterion-field="realistic"
            aria-describedby="${k}-c-realistic"
            .checked=${live(m.realistic === true)}
            @change=${(e: Event) => this.onRealistic(id, (e.target as HTMLInputElement).checked)}
          />
          <label for="${k}-realistic">${msg('Bedömt som realistiskt av alla', { id: 'goals.field.realistic' })}</label>
        </div>
      </div>
      <div class="field wide">
        <label for="${k}-disagreement">${msg('Om ni inte är överens: vad skiljer?', { id: 'goals.field.disagreement' })}</label>
        <textarea id="${k}-disagreement" data-field="disagreement" rows="2" .value=${live(m.disagreement ?? '')} @input=${onInput('disagreement')} @change=${onChange('disagreement')}></textarea>
      </div>
    </div>`;
  }

  private useSuggestedMeasure(goalId: string, measure: string): void {
    this.commitFields(goalId, { measure }, msg(str`Måttet ”${measure}” lades till.`, { id: 'goals.announce.measureUsed' }));
    this.pendingFocus = { goalId, selector: 'input[data-field=measure]' };
  }

  private phrasingHints(result: SmartResult, name: string): string[] {
    const hints: string[] = [];
    if (!result.phrasing.personPhrased) {
      hints.push(msg(str`Utgå från ${name}: börja med ”${name} vill …”, ”${name} ska …”, ”${name} får …” eller ”${name} kommer att …”.`, { id: 'goals.phrasing.person' }));
    }
    if (!result.phrasing.positive) {
      const word = result.phrasing.negativeWord ?? msg('inte', { id: 'goals.phrasing.not' });
      hints.push(msg(str`Formulera positivt: skriv vad ${name} vill i stället för ”${word}”.`, { id: 'goals.phrasing.positive' }));
    }
    return hints;
  }

  private renderReadFields(goal: Goal, plan: SipPlan): TemplateResult {
    const name = this.personName(plan);
    const rows: [string, string][] = [];
    if (goal.whatMatters) rows.push([msg('Vad är viktigt för dig?', { id: 'goals.read.whatMatters' }), goal.whatMatters]);
    if (goal.measure) rows.push([msg('Mått', { id: 'goals.read.measure' }), goal.measure]);
    if (goal.targetDate) rows.push([msg('Måldatum', { id: 'goals.field.targetDate' }), formatDate(goal.targetDate)]);
    rows.push([msg('Godkänt av personen', { id: 'goals.read.accepted' }), goal.acceptedAt ? formatDate(goal.acceptedAt) : msg(str`Nej – inte godkänt av ${name}`, { id: 'goals.read.notAccepted' })]);
    rows.push([
      msg('Realistiskt', { id: 'goals.criterion.realistic' }),
      goal.realistic === true ? msg('Ja', { id: 'goals.read.yes' }) : goal.realistic === false ? msg('Nej', { id: 'goals.read.no' }) : msg('Inte bedömt', { id: 'goals.achievement.none' }),
    ]);
    if (goal.disagreement) rows.push([msg('Oenighet', { id: 'goals.read.disagreement' }), goal.disagreement]);
    return html`<p class="goal-text">${goal.text}</p>
      <dl class="facts">
        ${rows.map(([dt, dd]) => html`<div><dt>${dt}</dt><dd>${dd}</dd></div>`)}
      </dl>`;
  }

  private renderCheck(goal: Goal, plan: SipPlan, result: SmartResult, k: string): TemplateResult {
    const name = this.personName(plan);
    const phrasing = this.canEdit ? this.phrasingHints(result, name) : [];
    return html`<div class="check" part="check">
      <h4 class="check-title">${msg('SMART-kontroll', { id: 'goals.check.title' })}</h4>
      <ul class="criteria">
        ${CRITERIA.map((c) => {
          const r = result.criteria[c];
          return html`<li class="criterion ${r.state}" part="criterion" data-criterion=${c} data-state=${r.state} id="${k}-c-${c}">
            <span class="icon" aria-hidden="true">${ICON[r.state]}</span>
            <span class="crit-text"
              ><strong>${this.criterionName(c)}</strong> <span class="state">– ${this.stateName(r.state)}.</span>
              ${r.state === 'met' && !this.canEdit ? nothing : html`<span class="hint">${this.hintText(r.code, goal, plan, result)}</span>`}</span
            >
          </li>`;
        })}
      </ul>
      ${phrasing.length
        ? html`<ul class="phrasing" id="${k}-phrasing">
            ${phrasing.map((p) => html`<li><span class="icon" aria-hidden="true">✎</span><span>${p}</span></li>`)}
          </ul>`
        : nothing}
    </div>`;
  }

  private renderAchievement(goal: Goal, k: string): TemplateResult {
    const a = goal.achievement;
    const can = this.canJudge;
    const note = this.draftOf(goal.id).note ?? a?.note ?? '';
    if (!can) {
      return html`<div class="achievement read">
        <p>
          <strong>${msg('Hur gick det?', { id: 'goals.achievement.legend' })}</strong>
          ${a ? `${this.achievementLabel(a.value)} (${formatDate(a.at)})` : msg('Inte bedömt', { id: 'goals.achievement.none' })}
        </p>
        ${a?.note ? html`<p class="note-text">${a.note}</p>` : nothing}
      </div>`;
    }
    return html`<div class="achievement">
      <fieldset>
        <legend>${msg('Hur gick det?', { id: 'goals.achievement.legend' })}</legend>
        <div class="radios">
          ${GOAL_ACHIEVEMENTS.map(
            (v) => html`<label class="radio ach-${v}">
              <input type="radio" name="${k}-ach" value=${v} .checked=${live(a?.value === v)} @change=${() => this.judge(goal.id, v)} />
              <span>${this.achievementLabel(v)}</span>
            </label>`,
          )}
        </div>
        ${a ? html`<p class="help">${msg(str`Bedömt ${formatDate(a.at)}.`, { id: 'goals.achievement.at' })}</p>` : nothing}
      </fieldset>
      <div class="field wide">
        <label for="${k}-note">${msg('Kommentar till bedömningen', { id: 'goals.achievement.note' })}</label>
        <textarea
          id="${k}-note"
          rows="2"
          data-field="note"
          aria-describedby=${a ? nothing : `${k}-note-help`}
          .value=${live(note)}
          @input=${(e: Event) => this.setDraft(goal.id, { note: (e.target as HTMLTextAreaElement).value })}
          @change=${(e: Event) => this.onNoteChange(goal.id, (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${a ? nothing : html`<p class="help" id="${k}-note-help">${msg('Kommentaren sparas när du väljer hur det gick.', { id: 'goals.achievement.noteHelp' })}</p>`}
      </div>
    </div>`;
  }

  private renderActions(r: Row): TemplateResult {
    const { goal } = r;
    if (r.isNew) {
      return html`<div class="actions">
        <button type="button" part="button" data-action="cancel-new" @click=${() => this.cancelNew()}>
          ${msg('Avbryt nytt mål', { id: 'goals.action.cancelNew' })}
        </button>
      </div>`;
    }
    const first = r.siblingIndex === 0;
    const last = r.siblingIndex === r.siblingCount - 1;
    const hidden = html`<span class="visually-hidden"> ${r.label}</span>`;
    const subs = this.validPlan?.goals.filter((g) => g.parentId === goal.id).length ?? 0;
    return html`<div class="actions">
      <button type="button" part="button" data-action="up" ?disabled=${first} @click=${() => this.move(goal.id, -1)}>
        <span aria-hidden="true">↑</span> ${msg('Flytta upp', { id: 'goals.action.up' })}${hidden}
      </button>
      <button type="button" part="button" data-action="down" ?disabled=${last} @click=${() => this.move(goal.id, 1)}>
        <span aria-hidden="true">↓</span> ${msg('Flytta ned', { id: 'goals.action.down' })}${hidden}
      </button>
      ${goal.horizon === 'long' && !goal.parentId
        ? html`<button type="button" part="button" data-action="add-sub" @click=${() => this.startNew('short', goal.id)}>
            ${msg('Lägg till delmål', { id: 'goals.action.addSub' })}${html`<span class="visually-hidden"> ${msg(str`till ${r.label}`, { id: 'goals.action.addSubTo' })}</span>`}
          </button>`
        : nothing}
      <button type="button" class="danger" part="button" data-action="remove" @click=${() => this.removeOne(goal.id)}>
        ${subs > 0 ? msg(str`Ta bort (med ${subs} delmål)`, { id: 'goals.action.removeWithSubs' }) : msg('Ta bort', { id: 'goals.action.remove' })}${hidden}
      </button>
    </div>`;
  }

  private renderUndo(): TemplateResult | typeof nothing {
    const u = this.undo;
    if (!u) return nothing;
    return html`<div class="undo" part="undo">
      <p>${u.label}</p>
      <button type="button" class="primary" part="button" data-action="undo" ?disabled=${!this.canEdit} @click=${() => this.restore()}>
        ${msg('Ångra', { id: 'goals.action.undo' })}
      </button>
      <button type="button" part="button" data-action="dismiss-undo" @click=${() => {
        this.undo = undefined;
        this.pendingFocus = { goalId: '', selector: 'button[data-action=add]' };
      }}>
        ${msg('Stäng', { id: 'goals.action.dismiss' })}
      </button>
    </div>`;
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
      @container (min-width: 40rem) {
        .fields {
          grid-template-columns: 1fr 1fr;
        }
        .field.wide {
          grid-column: 1 / -1;
        }
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

/** The start of a goal's text, for announcements and the undo bar. */
function excerpt(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/** "Anna" → "Annas" / "Anna's"; Swedish names ending in s, x or z take no extra s. */
function possessive(name: string): string {
  if (getLocale() === 'en') return /s$/i.test(name) ? `${name}'` : `${name}'s`;
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}
