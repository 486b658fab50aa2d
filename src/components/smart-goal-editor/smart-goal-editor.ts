import { html, type PropertyValues, type TemplateResult } from 'lit';
import { SipElement } from '../../shared/sip-element';
import { FormAssociated, NO_INTERACTION, VALID, showsError, type FormValidity, type FormValue } from '../../shared/form-associated';
import { LazyPart, lazyModule } from '../../shared/lazy-part';
import { FocusController } from '../../shared/focus';
import { UndoController } from '../../shared/undo';
import * as label from '../../shared/labels';
import { isoDay } from '../../shared/format';
import type { Goal, SipPlan } from '../../model';
import type { RemovedGoals } from '../../model/operations/restore';
import { isContentEditable, planStage } from '../../model/plan-stage';
import type { GoalEditController, GoalsPart } from './controller';
import { emptiedTexts, noteField, notesWithoutOutcome, textField, type Drafts } from './drafts';
import type { GoalEditorViewModel, SmartGoalEditorMode } from './types';
import { smartGoalEditorStyles } from './smart-goal-editor.styles';

export type { SmartGoalEditorMode } from './types';

// The view, its view model and the goal operations (which validate their result with the
// model's schemas and invariants) load lazily, next to the base class's validator, when the first
// plan arrives: a page pays for them only once there is a plan to show. See part.ts.
const goalsPart = lazyModule<GoalsPart>(() => import('./part'));

/** The base class with the kit's form association. */
const FormElement = FormAssociated(SipElement);

const NO_DRAFTS: Drafts = new Map();

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
 * Text is committed to the plan on `change` (leaving a field), never on every keystroke; the
 * form `value` has it as it is typed. Call `commit()` to save what is typed before reading
 * `plan` (an autosave, a scripted submit). Typing fires the text fields' own `input` events.
 *
 * `mode="follow-up"` records achievement at follow-up (reached, partly, not reached, no longer
 * relevant) with a note; an outcome passed through with the arrow keys is saved when the group
 * is left (or with Space / Enter), so each choice is one change. Without `mode` (or `auto`), the
 * goals are written while the plan's content is editable (a draft, or signed but not yet locked:
 * staff may still edit), and followed up once the coordinator has locked the plan; a closed or
 * voided plan that was locked shows its follow-up, one never locked its goals, both read-only.
 *
 * It is a form-associated custom element: inside a host `<form>` its value (under `name`) is
 * the JSON of the plan's goals with what is typed but not yet saved; it is invalid while a goal
 * misses a SMART criterion (planning) or lacks an achievement (follow-up), with a localized
 * message; with `required`, also while there is no goal. A form reset puts the goals back as the
 * host last set them.
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
 * @csspart undo - The bar offering to undo a removal (the kit's undo bar).
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
export class SipSmartGoalEditor extends FormElement {
  static override properties = {
    ...FormElement.properties,
    mode: { type: String, reflect: true },
    announceDelay: { type: Number, attribute: 'announce-delay' },
  };

  static override styles = smartGoalEditorStyles;

  /** `plan` (write and check goals), `follow-up` (judge achievement), or `auto`/unset: follow-up once the plan was locked, else plan. */
  declare mode: SmartGoalEditorMode | undefined;
  /** Milliseconds of quiet after typing before the live region sums up the check (default 1000). */
  declare announceDelay: number;

  private readonly lazy = new LazyPart(this, goalsPart);
  private readonly focuser = new FocusController(this);
  private readonly undoer = new UndoController<RemovedGoals>(this);
  /** The edit actions; they come with the lazily loaded part (nothing to edit before a plan shows). */
  private edits: GoalEditController | undefined;

  /** The goals as the host last set the plan (not one of our own edits): what a form reset returns to. */
  private hostGoals: readonly Goal[] | undefined;
  private ownPlan: SipPlan | undefined;
  /** The validated plan the last update saw, and its id: a new one from the host is a reset point. */
  private seenPlan: SipPlan | undefined;
  private lastPlanId: string | undefined;
  private readonly keys = new Map<string, string>();

  constructor() {
    super();
    this.mode = undefined;
    this.announceDelay = 1000;
  }

  // ─── state the controller reads ─────────────────────────────────────────

  private controller(part: GoalsPart): GoalEditController {
    this.edits ??= new part.GoalEditController(
      this,
      {
        plan: () => this.validPlan,
        part: () => this.lazy.value,
        viewModel: (plan) => this.viewModel(plan),
        apply: (operate) => this.applyOwn(operate),
        markTouched: (field) => this.markTouched(field),
        announceDelay: () => this.announceDelay,
        today: () => this.today(),
        canEdit: () => this.canEdit,
      },
      this.announcer,
      this.focuser,
      this.undoer,
    );
    return this.edits;
  }

  private today(): string {
    return isoDay(this.currentTime());
  }

  private applyOwn(operate: Parameters<SipElement['applyOperation']>[0]): ReturnType<SipElement['applyOperation']> {
    const result = this.applyOperation(operate);
    if (result?.ok) {
      this.ownPlan = result.plan;
      // The base class trusts it on the next update; use it right away.
      this.validPlan = result.plan;
    }
    return result;
  }

  /**
   * `auto`: goals are written until the coordinator locks the plan (a signed plan is still open
   * to staff edits, so it stays in planning), and followed up from then on.
   */
  private get effectiveMode(): 'plan' | 'follow-up' {
    if (this.mode === 'plan' || this.mode === 'follow-up') return this.mode;
    // Locked now, or locked before it was closed or voided (a draft or signed plan has no lock).
    return this.validPlan?.lockedAt !== undefined ? 'follow-up' : 'plan';
  }

  /** Goals can be written and changed (planning view of an editable plan, not read-only). */
  private get canEdit(): boolean {
    const plan = this.validPlan;
    return !this.readonly && !this.disabled && this.effectiveMode === 'plan' && !!plan && isContentEditable(plan);
  }

  /** Achievement can be recorded (follow-up view of a plan that is not closed or voided). */
  private get canJudge(): boolean {
    const plan = this.validPlan;
    const stage = plan && planStage(plan);
    return !this.readonly && !this.disabled && this.effectiveMode === 'follow-up' && (stage === 'draft' || stage === 'signed' || stage === 'locked');
  }

  /** A stable, id-safe key per goal id, for element ids and lookups. */
  private keyOf = (goalId: string): string => {
    let key = this.keys.get(goalId);
    if (!key) {
      key = `g${this.keys.size + 1}`;
      this.keys.set(goalId, key);
    }
    return key;
  };

  private viewModel(plan: SipPlan): GoalEditorViewModel {
    const drafts = this.edits?.drafts ?? NO_DRAFTS;
    return {
      plan,
      mode: this.effectiveMode,
      canEdit: this.canEdit,
      canJudge: this.canJudge,
      readonly: this.readonly,
      today: this.today(),
      newGoal: this.edits?.newGoal,
      undo: this.undoer.entry,
      opError: this.edits?.opError ?? '',
      textErrors: new Set(emptiedTexts(drafts, plan.goals).filter((id) => showsError(this.interaction, textField(id)))),
      noteErrors: new Set(notesWithoutOutcome(drafts, plan.goals).filter((id) => showsError(this.interaction, noteField(id)))),
      drafts,
      keyOf: this.keyOf,
    };
  }

  // ─── form association (the kit's mixin calls these) ─────────────────────

  /**
   * The form value: JSON of the plan's goals with what is typed but not saved yet (as `commit()`
   * would save it), so a scripted submit or an autosave never misses the text being typed.
   */
  protected formValue(): FormValue {
    const plan = this.validPlan;
    if (!plan) return { value: null };
    const e = this.edits;
    const part = this.lazy.value;
    return { value: JSON.stringify(e && part ? part.withDrafts(plan.goals, e.drafts, e.newGoal, this.today()) : plan.goals) };
  }

  protected formValidity(): FormValidity {
    const plan = this.validPlan;
    const part = this.lazy.value;
    if (!plan || !part || plan.status === 'closed' || plan.status === 'voided') return VALID;
    const v = part.validity(this.viewModel(plan), this.required);
    if (!v.message) return VALID;
    return { flags: v.flags, message: v.message, anchor: (v.anchor && this.renderRoot.querySelector<HTMLElement>(v.anchor)) || undefined };
  }

  protected override formReset(): void {
    this.edits?.reset(this.readonly ? undefined : this.hostGoals);
  }

  /**
   * Saves what is typed or chosen but not saved yet (as leaving each field would, one
   * `sip-plan-change` per field) and returns the plan. For a host that reads `plan` while the
   * user may still be in a field: an autosave, a scripted submit. An emptied goal text, a date
   * that is not a date and a comment without an outcome stay as typed (the editor shows why).
   */
  commit(): SipPlan | undefined {
    if (!this.readonly && !this.disabled) this.edits?.commitAll();
    return this.validPlan;
  }

  // ─── lifecycle ───────────────────────────────────────────────────────────

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan) this.lazy.ensure();
    super.willUpdate(changed);
    // Compared by what is shown, not by `changed`: the first plan becomes valid in an update of
    // its own, once the validator has loaded (no `plan` change then).
    const plan = this.validPlan;
    const waiting = !plan && this.plan !== undefined && this.plan !== null && !this.isInvalid;
    if (plan === this.seenPlan || waiting) return;
    this.seenPlan = plan;
    if (plan && plan === this.ownPlan) return;
    // A plan from the host: the reset point for a form. Another plan drops what was typed; the
    // same plan again (a host re-rendering) keeps it.
    this.hostGoals = plan?.goals;
    if (!plan || plan.id !== this.lastPlanId) {
      this.edits?.clear();
      this.undoer.clear();
      this.interaction = NO_INTERACTION;
    }
    this.lastPlanId = plan?.id;
  }

  // ─── render ──────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    if (this.isInvalid) return html`<div part="base">${this.renderInvalid()}${this.announcer.render()}</div>`;
    const plan = this.validPlan;
    if (!plan) {
      return html`<div class="base" part="base">${this.plan ? '' : html`<p class="empty">${label.noPlanToShow()}</p>`}${this.announcer.render()}</div>`;
    }
    return html`${this.lazy.render({
      ready: (part) => part.view(this.viewModel(plan), this.controller(part).actions),
      loading: () => html`<div class="base" part="base"></div>`,
    })}${this.announcer.render()}`;
  }
}
