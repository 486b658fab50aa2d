/**
 * The follow-up's edit actions: the record's draft, its problems, and the model operations a
 * decision becomes — `recordFollowUp`, then for "revise" `startRevision` and for "close"
 * `closePlan` (which runs the withdrawal when the consent was withdrawn). Both steps are tried
 * on the plan first, so a refused closure records nothing. A draft plan (never in force, so no
 * follow-up to record) can only be closed: the closure part of the same draft, then a
 * confirmation, then `closePlan` alone. Statuses, comments and goal outcomes are the composed
 * elements' own; their changes come through `childChange`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { OpResult, SipPlan } from '../../model';
import type { AnnouncerController } from '../../shared/announcer';
import type { FocusController } from '../../shared/focus';
import type { SipPlanChangeDetail } from '../../shared/events';
import type { SipActivityStatusList } from '../activity-status-list/activity-status-list';
import { partiesFor } from '../../shared/parties';
import { formatDate } from '../../shared/format';
import { openConfirm } from '../../shared/templates';
import { closePlan, recordFollowUp, startRevision } from '../../model/operations/lifecycle';
import { closeIntent, closureProblems, emptyDraft, firstProblem, followUpIntent, isDirty, recordProblems, type RecordDraft, type RecordProblems } from './record';
import { CLOSE_DRAFT_DIALOG } from './view/close-draft';
import type { FollowUpActions, SipPlanClosedDetail, SipPlanRevisedDetail } from './types';

type Ctx = { by: string; now: string };

/** What the controller reads from its element: closures over its protected state. */
export interface FollowUpEnv {
  plan(): SipPlan | undefined;
  /** Applies a model operation: on success the element shows and emits the new plan. */
  apply(operate: (plan: SipPlan, ctx: Ctx) => OpResult): OpResult | undefined;
  /** Who acts and when, for a dry run of the steps a decision takes. */
  context(): Ctx;
  /** A plan a composed element made: show it and fire it as the element's own change. */
  adopt(detail: SipPlanChangeDetail): void;
  closed(detail: SipPlanClosedDetail): void;
  revised(detail: SipPlanRevisedDetail): void;
  today(): string;
  canRecord(): boolean;
  /** A draft plan can be closed: a draft, not read-only. */
  canCloseDraft(): boolean;
  /** The composed activity list, once rendered. */
  activityList(): SipActivityStatusList | null;
}

export class FollowUpController implements ReactiveController {
  draft: RecordDraft;
  /** A save was tried: problems show from then on. */
  tried = false;
  opError = '';
  /** The closure of a draft plan is open (the draft's closure fields are what it shows). */
  closingDraft = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: FollowUpEnv,
    private readonly announcer: AnnouncerController,
    private readonly focus: FocusController,
  ) {
    host.addController(this);
    this.draft = emptyDraft(env.today());
  }

  hostConnected(): void {}

  /** The problems to show now. */
  problems(): RecordProblems {
    if (!this.tried) return {};
    return this.closingDraft ? closureProblems(this.draft) : recordProblems(this.draft, this.env.today());
  }

  /** Another plan arrived: what was typed for the old one goes. */
  clear(): void {
    this.draft = emptyDraft(this.env.today());
    this.tried = false;
    this.opError = '';
    this.closingDraft = false;
  }

  /** Whether anything is typed that a new plan would drop. */
  dirty(): boolean {
    return isDirty(this.draft, this.env.today());
  }

  private set(patch: Partial<RecordDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.opError = '';
    this.host.requestUpdate();
  }

  /** Runs `steps` on the plan without showing anything; the results, or the first error. */
  private dryRun(plan: SipPlan, ctx: Ctx, steps: ((p: SipPlan) => OpResult)[]): { results: Extract<OpResult, { ok: true }>[] } | { error: string } {
    const results: Extract<OpResult, { ok: true }>[] = [];
    let current = plan;
    for (const step of steps) {
      const r = step(current);
      if (!r.ok) return { error: r.error.message };
      results.push(r);
      current = r.plan;
    }
    return { results };
  }

  private submit(): void {
    const plan = this.env.plan();
    if (!plan || !this.env.canRecord()) return;
    const today = this.env.today();
    const d = this.draft;
    const problems = recordProblems(d, today);
    const first = firstProblem(problems);
    this.tried = true;
    if (first) {
      this.announcer.say(msg('Beslutet saknar uppgifter. Se felen vid fälten.', { id: 'followUp.error.summary' }));
      this.focus.request(`[data-field=${first}] :is(input, textarea, select)`);
      this.host.requestUpdate();
      return;
    }
    const ctx = this.env.context();
    const steps: ((p: SipPlan) => OpResult)[] = [(p) => recordFollowUp(p, followUpIntent(d, today), ctx)];
    if (d.decision === 'revise') steps.push((p) => startRevision(p, { type: 'startRevision', ...(d.revisionNote.trim() ? { note: d.revisionNote.trim() } : {}) }, ctx));
    if (d.decision === 'close') steps.push((p) => closePlan(p, closeIntent(p, d, today), ctx));
    const run = this.dryRun(plan, ctx, steps);
    if ('error' in run) return this.showOpError(run.error);
    // Each step is its own change (the host's log shows both), applied as tried.
    for (const r of run.results) this.env.apply(() => r);
    const last = run.results[run.results.length - 1]!;
    const decision = d.decision;
    this.clear();
    if (decision === 'continue') {
      this.announcer.say(msg(str`Uppföljningen är sparad. Nästa uppföljning ${formatDate(d.nextDate)}.`, { id: 'followUp.done.continue' }));
    } else if (decision === 'revise' && last.previous) {
      this.env.revised({ plan: last.plan, previous: last.previous });
      this.announcer.say(msg(str`Uppföljningen är sparad. Version ${last.plan.version} är påbörjad som utkast.`, { id: 'followUp.done.revise' }));
    } else if (decision === 'close') {
      this.closed(plan, last, d.closeReason);
    }
    this.focus.request('#status-title');
  }

  /** The plan ended: the host hears whom to tell (from the plan before it ended), and so does the user. */
  private closed(before: SipPlan, result: Extract<OpResult, { ok: true }>, reason: RecordDraft['closeReason']): void {
    const parties = partiesFor(before, result.notify ?? []);
    this.env.closed({ reason: reason as SipPlanClosedDetail['reason'], parties, plan: result.plan });
    this.announcer.say(
      parties.length
        ? msg(str`Planen är avslutad. Informera: ${parties.map((p) => p.name).join(', ')}.`, { id: 'followUp.done.closed' })
        : msg('Planen är avslutad.', { id: 'followUp.done.closedNone' }),
    );
  }

  /** Opens the closure of a draft plan; focus goes to its heading. */
  private openDraftClose(): void {
    if (!this.env.canCloseDraft()) return;
    this.closingDraft = true;
    this.tried = false;
    this.opError = '';
    this.focus.request('#close-draft-title');
  }

  /** Leaves the closure of a draft; what was chosen in it goes, focus back on the button that opened it. */
  private cancelDraftClose(): void {
    this.clear();
    this.focus.request('[data-action=close-draft]');
  }

  /** The closure of a draft as the model takes it, tried on the plan: the result or the error. */
  private tryDraftClose(): OpResult | undefined {
    const plan = this.env.plan();
    if (!plan || !this.env.canCloseDraft()) return undefined;
    const ctx = this.env.context();
    return closePlan(plan, closeIntent(plan, this.draft, this.env.today()), ctx);
  }

  /** Checks the closure of a draft; complete and accepted by the model, it asks for confirmation. */
  private askDraftClose(): void {
    this.tried = true;
    const first = firstProblem(closureProblems(this.draft));
    if (first) {
      this.announcer.say(msg('Avslutet saknar uppgifter. Se felen vid fälten.', { id: 'followUp.draftClose.errorSummary' }));
      this.focus.request(`[data-field=${first}] input`);
      return;
    }
    const r = this.tryDraftClose();
    if (!r) return;
    if (!r.ok) return this.showOpError(r.error.message);
    this.opError = '';
    // Once rendered, the kit's dialog opens on its Cancel button: Enter there never ends the plan.
    this.focus.request((root) => {
      openConfirm(root, CLOSE_DRAFT_DIALOG);
      return root.querySelector(`#${CLOSE_DRAFT_DIALOG} [data-action=confirm-cancel]`);
    });
  }

  /** Confirmed: the plan closes (or is voided, for a withdrawn consent) as one change. */
  private confirmDraftClose(): boolean {
    const plan = this.env.plan();
    const r = this.tryDraftClose();
    if (!plan || !r) return true;
    if (!r.ok) {
      this.showOpError(r.error.message);
      return true;
    }
    this.env.apply(() => r);
    const reason = this.draft.closeReason;
    this.clear();
    this.closed(plan, r, reason);
    this.focus.request('#status-title');
    return true;
  }

  private showOpError(message: string): void {
    this.opError = message;
    this.announcer.say(message);
    this.focus.request('#record-error');
  }

  readonly actions: FollowUpActions = {
    set: (patch) => this.set(patch),
    toggleDecidedWith: (entryId, checked) => {
      const ids = this.draft.decidedWith.filter((id) => id !== entryId);
      this.set({ decidedWith: checked ? [...ids, entryId] : ids });
    },
    submit: () => this.submit(),
    openDraftClose: () => this.openDraftClose(),
    cancelDraftClose: () => this.cancelDraftClose(),
    askDraftClose: () => this.askDraftClose(),
    confirmDraftClose: () => this.confirmDraftClose(),
    goToActivity: (id) => void this.env.activityList()?.focusActivity(id),
    childChange: (event) => {
      // The composed element's own event stays inside; the host hears it from this element.
      event.stopPropagation();
      this.env.adopt(event.detail);
    },
  };
}
