/**
 * The consent recorder's types: the contract between the element, its controller and its lazily
 * loaded view. Type-only (no runtime code), so the view never imports the element.
 */
import type { TemplateResult } from 'lit';
import type { PartyToNotify } from '../../shared/parties';
import type { ConsentRecord, ConsentState, SipPlan } from '../../model';
import type { Draft, DraftErrorCode, DraftField, NewPartyKind, RenewalChange, WithdrawDraft, WithdrawField } from './draft';

/** A party the coordinator must tell that consent was withdrawn and the plan voided (the kit's one shape). */
export type ConsentPartyToNotify = PartyToNotify;

/** `detail` of `sip-consent-withdrawn`. */
export interface SipConsentWithdrawnDetail {
  /** The consent record that was withdrawn. */
  consentId: string;
  /** Who withdrew it, when, how, and who recorded it. */
  withdrawal: NonNullable<ConsentRecord['withdrawal']>;
  /** The parties the coordinator must now tell (professionals, units, organisations). */
  parties: ConsentPartyToNotify[];
  /** The new, voided plan (the same object as in the `sip-plan-change` fired just before). */
  plan: SipPlan;
}

/** A renewal: the consent it starts from, and what the draft changes compared with it. */
export interface Renewal {
  record: ConsentRecord;
  /** The record is still in force (active or expiring), not ended. */
  inForce: boolean;
  changes: readonly RenewalChange[];
}

/** Everything the view shows, read-only. Built on every render. */
export interface ConsentViewModel {
  plan: SipPlan;
  state: ConsentState;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** Now, an ISO timestamp (shown as "recorded at"). */
  now: string;
  user: string;
  readonly: boolean;
  disabled: boolean;
  /** A decision can be recorded (not read-only; the plan is neither closed nor voided). */
  canRecord: boolean;
  /** New parties can be added to the network (the plan's content is editable). */
  canAddParty: boolean;
  canWithdraw: boolean;
  /** The decision form is shown. */
  formShown: boolean;
  /** The form opens by itself in this state (no consent, ended, refused): no toggle button. */
  formAutoOpen: boolean;
  /** The form shows a Cancel button (opened by the user, or something entered). */
  canCancel: boolean;
  defaultMonths: number;
  draft: Draft;
  /** Every problem with the draft, by field. */
  errors: Partial<Record<DraftField, DraftErrorCode>>;
  /** Fields whose problem shows now (the kit's one rule: after leaving the field, or on submit). */
  shown: ReadonlySet<DraftField>;
  /** The last operation's error, localized ('' when none). */
  opError: string;
  renewal: Renewal | undefined;
  newPartyName: string;
  newPartyKind: NewPartyKind;
  newPartyError: string;
  withdraw: WithdrawDraft;
  /** Withdrawal fields whose problem shows (after a confirm attempt). */
  withdrawErrors: ReadonlySet<WithdrawField>;
  withdrawError: string;
}

/** What the view may ask for: every user action, by intent. */
export interface ConsentActions {
  toggleForm(): void;
  cancelForm(): void;
  set(patch: Partial<Draft>): void;
  toggle(key: 'givers' | 'parties', value: string, checked: boolean): void;
  touch(field: DraftField): void;
  selectInvited(): void;
  typeNewParty(name: string): void;
  chooseNewPartyKind(kind: NewPartyKind): void;
  addParty(): void;
  submit(): void;
  openWithdraw(): void;
  setWithdraw(patch: Partial<WithdrawDraft>): void;
  /** Withdraws; false (the dialog stays open) while something is missing. */
  confirmWithdraw(): boolean;
  cancelWithdraw(): void;
}

/** The lazily loaded view: a template from the view model and the actions. */
export type ConsentView = (vm: Readonly<ConsentViewModel>, actions: ConsentActions) => TemplateResult;
