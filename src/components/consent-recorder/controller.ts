/**
 * The consent recorder's edit actions: the decision draft (new, or a renewal starting from the
 * consent in force), adding parties, recording, withdrawing. Model operations do the work; their
 * errors become messages; focus and announcements follow. Knows nothing about templates.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { ConsentGiver, ConsentState, OpResult, SipPlan } from '../../model';
import { addNetworkEntry } from '../../model/operations/network';
import { consentState, partiesToNotify, recordConsent, withdrawConsent } from '../../model/operations/consent';
import { isContentEditable } from '../../model/plan-stage';
import type { AnnouncerController } from '../../shared/announcer';
import type { FocusController } from '../../shared/focus';
import { VALID, showsError, type FormValidity, type Interaction } from '../../shared/form-associated';
import { formatDate } from '../../shared/format';
import { openConfirm } from '../../shared/templates';
import {
  FIELD_ORDER,
  emptyDraft,
  giverOptions,
  isTouched,
  renewalBase,
  renewalChanges,
  renewalDraft,
  type Draft,
  type DraftField,
  type NewPartyKind,
  type WithdrawDraft,
  type WithdrawField,
} from './draft';
import { draftToRecord, newPartyEntry, validateDraft } from './record';
import type { ConsentActions, ConsentViewModel, Renewal, SipConsentWithdrawnDetail } from './types';
import { partiesFor } from '../../shared/parties';
import { changeText, changesTitle, errorText } from './view/texts';
import { WITHDRAW_DIALOG } from './view/withdraw';

/** What the controller reads from its element: closures over its protected state. */
export interface ConsentEnv {
  /** The validated plan (undefined while there is none or it is invalid). */
  plan(): SipPlan | undefined;
  today(): string;
  now(): string;
  user(): string;
  readonly(): boolean;
  disabled(): boolean;
  defaultMonths(): number;
  expiringDays(): number;
  interaction(): Interaction;
  markTouched(field: string): void;
  /** The user tried to save: every problem shows. */
  markSubmitted(): void;
  /** Applies a model operation: on success the element shows and emits the new plan. */
  apply(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined;
  withdrawn(detail: SipConsentWithdrawnDetail): void;
  renderRoot(): ParentNode;
}

/** Milliseconds of quiet before the renewal's changes are read out. */
const CHANGES_DELAY = 1200;

const NO_WITHDRAW: WithdrawDraft = { by: '', otherName: '', form: '', note: '' };

/** The consent state on `day` (the local calendar day of "now"). */
export function stateOn(plan: SipPlan, day: string, expiringDays: number): ConsentState {
  return consentState(plan, day, { expiringWithinDays: expiringDays > 0 ? expiringDays : 30 });
}

/** States in which the form opens by itself: nothing in force to renew or withdraw. */
function autoOpens(state: ConsentState): boolean {
  return state.status === 'none' || state.status === 'expired' || state.status === 'refused';
}

export class ConsentEditController implements ReactiveController {
  draft: Draft;
  /** What the draft starts from (empty, or the renewal); a form reset returns to it. */
  private base: Draft;
  private basePlan: SipPlan | undefined;
  private baseDay = '';
  private baseMonths = 0;
  formOpen: boolean | undefined;
  opError = '';
  newPartyName = '';
  newPartyKind: NewPartyKind = 'region';
  newPartyError = '';
  private newPartyCounter = 0;
  withdraw: WithdrawDraft = NO_WITHDRAW;
  private withdrawTried = false;
  private withdrawError = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: ConsentEnv,
    private readonly announcer: AnnouncerController,
    private readonly focus: FocusController,
  ) {
    host.addController(this);
    this.base = emptyDraft(undefined, '', 12);
    this.draft = this.base;
  }

  hostConnected(): void {}

  // ─── state ───────────────────────────────────────────────────────────────

  state(plan: SipPlan): ConsentState {
    return stateOn(plan, this.env.today(), this.env.expiringDays());
  }

  /** A decision can be recorded: not read-only, and the plan is neither closed nor voided. */
  canRecord(plan: SipPlan): boolean {
    return !this.env.readonly() && (plan.status === 'draft' || plan.status === 'active');
  }

  private canWithdraw(plan: SipPlan, state: ConsentState): boolean {
    const r = state.record;
    return this.canRecord(plan) && !!r && r.decision === 'given' && !r.withdrawal && state.status !== 'expired';
  }

  private formShown(plan: SipPlan, state: ConsentState): boolean {
    if (!this.canRecord(plan)) return false;
    return this.formOpen ?? autoOpens(state);
  }

  /** The consent a new decision starts from, with what the draft changes. */
  private renewal(plan: SipPlan, state: ConsentState): Renewal | undefined {
    const record = renewalBase(state.record);
    if (!record) return undefined;
    return { record, inForce: state.status === 'active' || state.status === 'expiring', changes: renewalChanges(plan, record, this.draft, this.env.today()) };
  }

  private baseDraft(plan: SipPlan | undefined): Draft {
    const day = this.env.today();
    const months = this.env.defaultMonths();
    const record = plan ? renewalBase(this.state(plan).record) : undefined;
    return plan && record ? renewalDraft(plan, record, day, months) : emptyDraft(plan, day, months);
  }

  /**
   * Called before every render: another plan (another person, or our own edit), another day or
   * another default validity starts a fresh draft — unless the user is entering one for the same person.
   */
  sync(plan: SipPlan | undefined): void {
    const day = this.env.today();
    const months = this.env.defaultMonths();
    if (plan === this.basePlan && day === this.baseDay && months === this.baseMonths) return;
    const samePerson = this.basePlan !== undefined && plan !== undefined && this.basePlan.id === plan.id;
    const keep = samePerson && this.baseDay !== '' && isTouched(this.draft, this.base);
    this.basePlan = plan;
    this.baseDay = day;
    this.baseMonths = months;
    this.base = this.baseDraft(plan);
    if (!keep) this.draft = this.base;
  }

  /** Something was entered: a decision chosen, or the draft differs from where it started. */
  private entered(): boolean {
    return this.draft.decision !== '' || isTouched(this.draft, this.base);
  }

  private errors(plan: SipPlan): Partial<Record<DraftField, ReturnType<typeof validateDraft>[DraftField]>> {
    return validateDraft(this.draft, plan, this.env.today(), this.env.user());
  }

  viewModel(plan: SipPlan): ConsentViewModel {
    const state = this.state(plan);
    const errors = this.errors(plan);
    const interaction = this.env.interaction();
    const shown = new Set(FIELD_ORDER.filter((f) => errors[f] && showsError(interaction, f)));
    const w = this.withdrawTried ? this.withdrawProblems() : {};
    return {
      plan,
      state,
      today: this.env.today(),
      now: this.env.now(),
      user: this.env.user(),
      readonly: this.env.readonly(),
      disabled: this.env.disabled(),
      canRecord: this.canRecord(plan),
      canAddParty: this.canRecord(plan) && isContentEditable(plan),
      canWithdraw: this.canWithdraw(plan, state),
      formShown: this.formShown(plan, state),
      formAutoOpen: autoOpens(state),
      canCancel: this.formOpen === true || this.entered(),
      defaultMonths: this.env.defaultMonths(),
      draft: this.draft,
      errors,
      shown,
      opError: this.opError,
      renewal: this.renewal(plan, state),
      newPartyName: this.newPartyName,
      newPartyKind: this.newPartyKind,
      newPartyError: this.newPartyError,
      withdraw: this.withdraw,
      withdrawErrors: new Set(Object.keys(w) as WithdrawField[]),
      withdrawError: this.withdrawError,
    };
  }

  // ─── form association ────────────────────────────────────────────────────

  /** The form value: JSON of the record being entered, or null when nothing is entered. */
  formValue(): string | null {
    const plan = this.env.plan();
    if (!plan || !this.canRecord(plan) || !this.entered()) return null;
    const record = { ...draftToRecord(this.draft, plan), recordedBy: this.env.user(), recordedAt: this.env.now() };
    const newParties = this.draft.newParties.filter((p) => this.draft.parties.includes(p.key)).map((p) => ({ key: p.key, entry: newPartyEntry(p) }));
    return JSON.stringify(newParties.length ? { ...record, newParties } : record);
  }

  /** The draft as a browser restores it (back/forward, autofill). */
  formState(): string {
    return JSON.stringify(this.draft);
  }

  restore(state: string): void {
    try {
      const restored = JSON.parse(state) as Partial<Draft> | null;
      if (restored && typeof restored === 'object') this.draft = { ...this.draft, ...restored };
    } catch {
      /* a state we cannot read is ignored */
    }
  }

  validity(required: boolean, anchor: (selector: string) => HTMLElement | undefined): FormValidity {
    const plan = this.env.plan();
    if (!plan) return VALID;
    if (this.formValue() !== null) {
      const errors = this.errors(plan);
      const field = FIELD_ORDER.find((f) => errors[f]);
      if (!field) return VALID;
      return { flags: { customError: true }, message: errorText(errors[field]!), anchor: anchor(fieldSelector(field)) };
    }
    const status = this.state(plan).status;
    if (required && status !== 'active' && status !== 'expiring') {
      return {
        flags: { valueMissing: true },
        message: msg('Registrera personens beslut om samtycke.', { id: 'consent.error.valueMissing' }),
        anchor: anchor('[data-field=decision] input, #open-form'),
      };
    }
    return VALID;
  }

  /** Back to where the draft started (a host form's reset, Cancel). */
  reset(): void {
    this.base = this.baseDraft(this.env.plan());
    this.baseDay = this.env.today();
    this.draft = this.base;
    this.opError = '';
    this.newPartyName = '';
    this.newPartyError = '';
    this.host.requestUpdate();
  }

  // ─── actions ─────────────────────────────────────────────────────────────

  private set(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
    this.opError = '';
    this.host.requestUpdate();
    this.announceChanges();
  }

  /** Reads out what a renewal changes, once the user pauses (and only when it changed). */
  private announceChanges(): void {
    this.announcer.sayLater(
      'renewal-changes',
      () => {
        const plan = this.env.plan();
        const r = plan && this.formShown(plan, this.state(plan)) ? this.renewal(plan, this.state(plan)) : undefined;
        if (!r) return undefined;
        return [changesTitle(r.inForce, r.changes.length), ...r.changes.map(changeText)].join(' ');
      },
      CHANGES_DELAY,
    );
  }

  private submit(): void {
    const plan = this.env.plan();
    if (!plan || this.env.disabled()) return;
    this.env.markSubmitted();
    const errors = this.errors(plan);
    const first = FIELD_ORDER.find((f) => errors[f]);
    if (first) {
      const count = Object.keys(errors).length;
      this.announcer.say(count === 1 ? msg('Formuläret har ett fel.', { id: 'consent.errors.one' }) : msg(str`Formuläret har ${count} fel.`, { id: 'consent.errors.many' }));
      this.focus.request(fieldSelector(first));
      return;
    }
    const draft = this.draft;
    const result = this.env.apply((current, ctx) => {
      let next = current;
      const ids: Record<string, string> = {};
      for (const party of draft.newParties) {
        if (!draft.parties.includes(party.key)) continue;
        const added = addNetworkEntry(next, { type: 'addNetworkEntry', entry: newPartyEntry(party) }, ctx);
        if (!added.ok) return added;
        next = added.plan;
        ids[party.key] = added.change.target?.id ?? next.network[next.network.length - 1]!.id;
      }
      return recordConsent(next, { type: 'recordConsent', record: draftToRecord(draft, current, ids) }, ctx);
    });
    if (!result) return;
    if (!result.ok) {
      this.opError = result.error.message;
      this.host.requestUpdate();
      return;
    }
    const state = this.state(result.plan);
    this.announcer.say(
      draft.decision === 'refused'
        ? msg('Nej till samtycke är registrerat.', { id: 'consent.done.refused' })
        : state.until
          ? msg(str`Samtycke registrerat. Det gäller till och med ${formatDate(state.until, 'long')}.`, { id: 'consent.done.given' })
          : msg('Samtycke registrerat.', { id: 'consent.done.givenOpen' }),
    );
    this.formOpen = undefined;
    this.basePlan = undefined;
    this.sync(result.plan);
    this.draft = this.base;
    this.newPartyName = '';
    this.newPartyError = '';
    this.focus.request('#status-title');
  }

  private addParty(): void {
    const name = this.newPartyName.trim();
    if (!name) {
      this.newPartyError = msg('Skriv namnet på parten.', { id: 'consent.newParty.error' });
      this.focus.request('#new-party-name');
      return;
    }
    this.newPartyCounter++;
    const key = `new-party:${this.newPartyCounter}`;
    this.newPartyName = '';
    this.newPartyError = '';
    this.set({ newParties: [...this.draft.newParties, { key, name, kind: this.newPartyKind }], parties: [...this.draft.parties, key] });
    this.announcer.say(msg(str`${name} tillagd och vald som part.`, { id: 'consent.newParty.added' }));
    this.focus.request('#new-party-name');
  }

  private withdrawProblems(): Partial<Record<WithdrawField, true>> {
    const w = this.withdraw;
    const errors: Partial<Record<WithdrawField, true>> = {};
    if (!w.by) errors.by = true;
    if (w.by === 'other' && !w.otherName.trim()) errors.otherName = true;
    if (!w.form) errors.form = true;
    return errors;
  }

  private openWithdraw(): void {
    const plan = this.env.plan();
    const record = plan ? this.state(plan).record : undefined;
    const first = record?.givenBy[0];
    const key = first && plan ? (giverOptions(plan).find((o) => o.role === first.role && (first.refId === undefined || o.refId === first.refId))?.key ?? '') : '';
    this.withdraw = { ...NO_WITHDRAW, by: key };
    this.withdrawTried = false;
    this.withdrawError = '';
    this.host.requestUpdate();
    // Once rendered: open the kit's dialog, then focus who withdrew (a radio: Enter there does
    // nothing, so the rule that Enter never destroys still holds, and the fields come first).
    this.focus.request((root) => {
      openConfirm(root, WITHDRAW_DIALOG);
      return root.querySelector('input[name=withdraw-by]:checked') ?? root.querySelector('input[name=withdraw-by]');
    });
  }

  private confirmWithdraw(): boolean {
    const plan = this.env.plan();
    if (!plan) return true;
    this.withdrawTried = true;
    this.host.requestUpdate();
    const problems = this.withdrawProblems();
    const first = (['by', 'otherName', 'form'] as const).find((f) => problems[f]);
    if (first) {
      this.focus.request(`[data-wfield=${first}] input`);
      return false;
    }
    const w = this.withdraw;
    let by: ConsentGiver;
    if (w.by === 'other') by = { role: 'other', name: w.otherName.trim() };
    else {
      const option = giverOptions(plan).find((o) => o.key === w.by);
      by = option ? { role: option.role, name: option.name, ...(option.refId ? { refId: option.refId } : {}) } : { role: 'other' };
    }
    const consentId = this.state(plan).record?.id;
    const note = w.note.trim();
    const result = this.env.apply((current, ctx) =>
      withdrawConsent(current, { type: 'withdrawConsent', consentId, by, form: w.form === 'written' ? 'written' : 'oral', ...(note ? { note } : {}) }, ctx),
    );
    if (!result) return true;
    if (!result.ok) {
      this.withdrawError = result.error.message;
      return false;
    }
    const next = result.plan;
    const record = next.consents.find((c) => c.id === consentId);
    const ids = result.notify ?? partiesToNotify(plan);
    const parties = partiesFor(plan, ids);
    this.env.withdrawn({ consentId: consentId ?? '', withdrawal: record!.withdrawal!, parties, plan: next });
    this.announcer.say(
      parties.length
        ? msg(str`Samtycket är återkallat och planen makulerad. Informera: ${parties.map((p) => p.name).join(', ')}.`, { id: 'consent.done.withdrawn' })
        : msg('Samtycket är återkallat och planen makulerad.', { id: 'consent.done.withdrawnNone' }),
    );
    this.focus.request('#status-title');
    return true;
  }

  readonly actions: ConsentActions = {
    toggleForm: () => {
      const plan = this.env.plan();
      if (!plan) return;
      const open = !this.formShown(plan, this.state(plan));
      this.formOpen = open;
      this.host.requestUpdate();
      if (open) this.focus.request('[data-field=decision] input');
    },
    cancelForm: () => {
      this.reset();
      this.formOpen = undefined;
      this.focus.request((root) => root.querySelector('#open-form') ?? root.querySelector('[data-field=decision] input'));
    },
    set: (patch) => this.set(patch),
    toggle: (key, value, checked) => {
      const list = this.draft[key].filter((v) => v !== value);
      this.set({ [key]: checked ? [...list, value] : list });
    },
    touch: (field) => this.env.markTouched(field),
    selectInvited: () => {
      const plan = this.env.plan();
      if (!plan) return;
      const invited = plan.network.filter((e) => e.invited).map((e) => e.id);
      this.set({ parties: [...this.draft.parties, ...invited.filter((id) => !this.draft.parties.includes(id))] });
      this.announcer.say(msg(str`${invited.length} parter valda.`, { id: 'consent.parties.selectedInvited' }));
    },
    typeNewParty: (name) => {
      this.newPartyName = name;
      this.newPartyError = '';
      this.host.requestUpdate();
    },
    chooseNewPartyKind: (kind) => {
      this.newPartyKind = kind;
      this.host.requestUpdate();
    },
    addParty: () => this.addParty(),
    submit: () => this.submit(),
    openWithdraw: () => this.openWithdraw(),
    setWithdraw: (patch) => {
      this.withdraw = { ...this.withdraw, ...patch };
      this.host.requestUpdate();
    },
    confirmWithdraw: () => this.confirmWithdraw(),
    cancelWithdraw: () => {
      this.withdrawTried = false;
      this.withdrawError = '';
      this.focus.request('#withdraw');
    },
  };
}

/** The control of a field a host form's `reportValidity()` or a failed save focuses. */
function fieldSelector(field: DraftField): string {
  return `[data-field=${field}] input:not([disabled]), [data-field=${field}] textarea, [data-field=${field}] button`;
}
