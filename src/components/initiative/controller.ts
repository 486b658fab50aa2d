/**
 * The initiative's edit actions: send (recordInitiative), answer for a receiver
 * (answerInitiative: acknowledge, or decline with whom to send it to instead) and send on to
 * the unit a decline points to (resendInitiative). Holds what is typed (it survives a new plan
 * from the host), the last error, focus after each step and the announcements — an overdue
 * answer is announced once, when it first shows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { OpResult, SipPlan } from '../../model';
import { isContentEditable, planStage } from '../../model/plan-stage';
import { addWorkingDays } from '../../model/working-days';
import { answerInitiative, recordInitiative, resendInitiative } from '../../model/operations/meetings';
import type { AnnouncerController } from '../../shared/announcer';
import type { FocusController } from '../../shared/focus';
import { getLocale } from '../../shared/i18n';
import {
  candidates,
  coveredIds,
  defaultSender,
  initiativeProblems,
  partyName,
  receiverRows,
  sendable,
  senderOptions,
  stockholmTime,
  type InitiativeProblem,
} from './answers';
import type { DeclineDraft, InitiativeActions, InitiativeViewModel } from './types';

type Operate = (plan: SipPlan, ctx: { by: string; now: string }) => OpResult;

/** What the controller reads from the element (closures, so no element state is public). */
export interface InitiativeEnv {
  plan(): SipPlan | undefined;
  now(): string;
  readonly(): boolean;
  party(): string | undefined;
  apply(operate: Operate): OpResult | undefined;
}

const NO_ERRORS: ReadonlySet<InitiativeProblem> = new Set();
const EMPTY_DECLINE: DeclineDraft = { redirect: '', other: '', note: '', tried: false };

export class InitiativeController implements ReactiveController {
  private reason = '';
  private chosen: readonly string[] = [];
  /** The sender chosen; undefined: the suggested one (the coordinator). */
  private sender: string | undefined;
  private tried = false;
  private declines = new Map<string, DeclineDraft>();
  private opError = '';
  /** Overdue answers already announced (each once). */
  private readonly announced = new Set<string>();
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: InitiativeEnv,
    private readonly announcer: AnnouncerController,
    private readonly focus: FocusController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Another plan (another person): drop what was typed and what was announced. */
  clear(): void {
    this.reason = '';
    this.chosen = [];
    this.sender = undefined;
    this.tried = false;
    this.declines = new Map();
    this.opError = '';
    this.announced.clear();
  }

  keyOf = (entryId: string): string => {
    let key = this.keys.get(entryId);
    if (!key) {
      key = `e${this.keys.size + 1}`;
      this.keys.set(entryId, key);
    }
    return key;
  };

  viewModel(plan: SipPlan): InitiativeViewModel {
    const now = this.env.now();
    const covered = coveredIds(plan, now);
    const sender = this.sender ?? defaultSender(plan);
    const list = candidates(plan, now, sender);
    const party = this.env.party() || undefined;
    const rows = receiverRows(plan, now, covered);
    const draft = { reason: this.reason, receivers: this.chosen, sender };
    return {
      plan,
      now,
      locale: getLocale(),
      stage: planStage(plan),
      readonly: this.env.readonly(),
      canEdit: !this.env.readonly() && isContentEditable(plan),
      party,
      candidates: list,
      senders: senderOptions(plan),
      rows,
      overdue: rows.filter((r) => r.state === 'overdue' && (!party || r.receiver.entryId === party)),
      draft,
      errors: this.tried ? new Set(initiativeProblems(draft, list)) : NO_ERRORS,
      declines: this.declines,
      dueIfSentNow: addWorkingDays(now, 1),
      opError: this.opError,
      keyOf: this.keyOf,
    };
  }

  /** Says which answers are overdue, once per receiver, when they first show. */
  announceOverdue(vm: Readonly<InitiativeViewModel>): void {
    const fresh = vm.overdue.filter((r) => !this.announced.has(r.receiver.entryId));
    if (fresh.length === 0) return;
    for (const r of vm.overdue) this.announced.add(r.receiver.entryId);
    const first = vm.overdue[0]!;
    const due = stockholmTime(first.receiver.dueAt ?? '', vm.locale);
    this.announcer.say(
      vm.overdue.length === 1
        ? msg(str`Försenat svar: ${first.name} skulle ha svarat senast ${due}.`, { id: 'initiative.announce.overdueOne' })
        : msg(str`${vm.overdue.length} svar är försenade: ${vm.overdue.map((r) => r.name).join(', ')}.`, { id: 'initiative.announce.overdueMany' }),
    );
  }

  private run(operate: Operate): boolean {
    const result = this.env.apply(operate);
    if (!result) return false;
    if (!result.ok) {
      this.opError = result.error.message;
      this.announcer.say(result.error.message);
      this.host.requestUpdate();
      return false;
    }
    this.opError = '';
    return true;
  }

  private plan(): SipPlan | undefined {
    return this.env.plan();
  }

  private due(): string {
    return stockholmTime(addWorkingDays(this.env.now(), 1), getLocale());
  }

  private send(): void {
    const plan = this.plan();
    if (!plan) return;
    const vm = this.viewModel(plan);
    const problems = initiativeProblems(vm.draft, vm.candidates);
    if (problems.length > 0) {
      this.tried = true;
      const first = problems[0]!;
      this.focus.request(first === 'receivers' ? '[data-field=receivers] input:not(:disabled)' : `#initiative-${first}`);
      return;
    }
    const receivers = sendable(vm.draft.receivers, vm.candidates);
    const due = this.due();
    if (!this.run((p, ctx) => recordInitiative(p, { type: 'recordInitiative', initiatedBy: vm.draft.sender, reason: vm.draft.reason.trim(), receivers }, ctx))) return;
    this.reason = '';
    this.chosen = [];
    this.sender = undefined;
    this.tried = false;
    this.announcer.say(msg(str`Initiativet skickades till ${receivers.length} mottagare. Svar senast ${due}.`, { id: 'initiative.announce.sent' }));
    this.focus.request('#receivers-title');
  }

  private answered(entryId: string): void {
    this.declines.delete(entryId);
    this.focus.request(this.env.party() ? '#party-answer' : `#row-${this.keyOf(entryId)}`);
  }

  private confirmDecline(entryId: string): void {
    const plan = this.plan();
    const d = this.declines.get(entryId) ?? EMPTY_DECLINE;
    const redirectTo = d.redirect === 'other' ? d.other.trim() : d.redirect;
    if (!plan) return;
    if (redirectTo === '') {
      this.declines = new Map(this.declines).set(entryId, { ...d, tried: true });
      this.focus.request(`#${d.redirect === 'other' ? 'other' : 'redirect'}-${this.keyOf(entryId)}`);
      return;
    }
    const note = d.note.trim();
    const answer = { kind: 'declined' as const, redirectTo, ...(note ? { note } : {}) };
    if (!this.run((p, ctx) => answerInitiative(p, { type: 'answerInitiative', entryId, answer }, ctx))) return;
    this.announcer.say(msg(str`${partyName(plan, entryId)} nekade och hänvisade till ${partyName(plan, redirectTo)}.`, { id: 'initiative.announce.declined' }));
    this.answered(entryId);
  }

  readonly actions: InitiativeActions = {
    setReason: (text) => {
      this.reason = text;
      this.host.requestUpdate();
    },
    toggleReceiver: (entryId, checked) => {
      this.chosen = checked ? [...this.chosen.filter((id) => id !== entryId), entryId] : this.chosen.filter((id) => id !== entryId);
      this.host.requestUpdate();
    },
    setSender: (id) => {
      this.sender = id;
      this.host.requestUpdate();
    },
    send: () => this.send(),
    acknowledge: (entryId) => {
      const plan = this.plan();
      if (!plan || !this.run((p, ctx) => answerInitiative(p, { type: 'answerInitiative', entryId, answer: { kind: 'acknowledged' } }, ctx))) return;
      this.announcer.say(msg(str`${partyName(plan, entryId)} har kvitterat initiativet.`, { id: 'initiative.announce.acknowledged' }));
      this.answered(entryId);
    },
    startDecline: (entryId) => {
      this.declines = new Map(this.declines).set(entryId, this.declines.get(entryId) ?? EMPTY_DECLINE);
      this.focus.request(`#redirect-${this.keyOf(entryId)}`);
    },
    setDecline: (entryId, patch) => {
      this.declines = new Map(this.declines).set(entryId, { ...(this.declines.get(entryId) ?? EMPTY_DECLINE), ...patch });
      this.host.requestUpdate();
    },
    cancelDecline: (entryId) => {
      const declines = new Map(this.declines);
      declines.delete(entryId);
      this.declines = declines;
      this.focus.request(`#decline-${this.keyOf(entryId)}`);
    },
    confirmDecline: (entryId) => this.confirmDecline(entryId),
    forward: (entryId) => {
      const plan = this.plan();
      if (!plan) return;
      const forward = receiverRows(plan, this.env.now()).find((r) => r.receiver.entryId === entryId)?.forward;
      if (forward?.kind !== 'ready') return;
      const target = forward.entry;
      const due = this.due();
      if (!this.run((p, ctx) => resendInitiative(p, { type: 'resendInitiative', receivers: [target.id] }, ctx))) return;
      this.announcer.say(msg(str`Initiativet skickades vidare till ${target.name}. Svar senast ${due}.`, { id: 'initiative.announce.forwarded' }));
      this.focus.request(`#row-${this.keyOf(target.id)}`);
    },
  };
}
