/**
 * The initiative's types: the contract between the element, its controller and its lazily loaded
 * view. Type-only (no runtime code), so the view never imports the element.
 */
import type { TemplateResult } from 'lit';
import type { PlanStage, SipPlan } from '../../model';
import type { Candidate, InitiativeProblem, ReceiverRow, SenderOption } from './answers';

/** The initiative being written (before it is sent). */
export interface InitiativeDraft {
  reason: string;
  /** Chosen receivers (network entry ids). */
  receivers: readonly string[];
  /** Who sends it: `person`, a guardian's, the representative's or a network entry's id. */
  sender: string;
}

/** A decline being written for one receiver. */
export interface DeclineDraft {
  /** A network entry id, `other` (free text in `other`), or '' (not chosen yet). */
  redirect: string;
  other: string;
  note: string;
  /** The user tried to send it (show what is missing). */
  tried: boolean;
}


/** Everything the view shows, read-only. Built on every render. */
export interface InitiativeViewModel {
  plan: SipPlan;
  now: string;
  locale: 'sv' | 'en';
  stage: PlanStage;
  readonly: boolean;
  /** Answers, sending and sending on are possible (not read-only, the plan's content is editable). */
  canEdit: boolean;
  /** The receiving unit's view: its entry id (only its own answer is shown). */
  party: string | undefined;
  candidates: readonly Candidate[];
  senders: readonly SenderOption[];
  rows: readonly ReceiverRow[];
  overdue: readonly ReceiverRow[];
  draft: InitiativeDraft;
  /** Problems with the draft, shown after a send attempt. */
  errors: ReadonlySet<InitiativeProblem>;
  declines: ReadonlyMap<string, DeclineDraft>;
  /** When the answer would be due if sent now (ISO). */
  dueIfSentNow: string;
  /** The last operation's error, localized ('' when none). */
  opError: string;
  /** A stable, id-safe key per network entry id (element ids, lookups). */
  keyOf(entryId: string): string;
}

/** What the view may ask for: every user action, by intent. */
export interface InitiativeActions {
  setReason(text: string): void;
  toggleReceiver(entryId: string, checked: boolean): void;
  setSender(id: string): void;
  send(): void;
  acknowledge(entryId: string): void;
  startDecline(entryId: string): void;
  setDecline(entryId: string, patch: Partial<DeclineDraft>): void;
  cancelDecline(entryId: string): void;
  confirmDecline(entryId: string): void;
  /** Sends the initiative on to the unit `entryId`'s decline points to. */
  forward(entryId: string): void;
}

/** The lazily loaded view: a template from the view model and the actions. */
export type InitiativeView = (vm: Readonly<InitiativeViewModel>, actions: InitiativeActions) => TemplateResult;
