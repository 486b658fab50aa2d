/**
 * The plan document's types: the contract between the element, its controller and its lazily
 * loaded view. Type-only (no runtime code), so the view never imports the element.
 */
import type { TemplateResult } from 'lit';
import type { PlanIssue, SipPlan } from '../../model';
import type { PlanDocument } from './document-model';

/** Who reads the document: staff (the full wording) or the person (plain, short, "you"). */
export type PlanDocumentReader = 'staff' | 'person';

/** The core texts a coordinator writes in this element (plan fields of `editPlanDetails`). */
export type DetailField = 'reason' | 'currentSituation' | 'ongoingInterventions' | 'needs' | 'ifWorse' | 'followUpDate';

/** How a signature on the printed copy was given. */
export type SignatureMethod = 'paper' | 'electronic';

/** A signer of the printed copy, as offered for recording: `person`, `guardian:<id>`, `legalRepresentative`. */
export interface PrintedSigner {
  key: string;
  name: string;
  role: 'person' | 'guardian' | 'legalRepresentative';
  guardianId?: string;
  signedAt?: string | undefined;
}

/** One thing missing before signing, and where it is filled in. */
export interface Requirement {
  issue: PlanIssue;
  /** The id of the field in this element that fills it, when it is here. */
  fieldId?: string;
  /** The element that edits it, when it is elsewhere (e.g. `sip-consent-recorder`). */
  element?: string;
}

/** Everything the view shows, read-only. Built by the element on every render. */
export interface PlanDocumentViewModel {
  /** The plan as shown: the party's restricted copy in a party view. */
  plan: SipPlan;
  doc: PlanDocument;
  reader: PlanDocumentReader;
  /** The party view's party id, when one was given. */
  party: string | undefined;
  /** Whom the party id names (a party view). */
  partyLabel: string | undefined;
  /** The core texts, the coordinator and the principal with overall responsibility can be edited. */
  canWrite: boolean;
  /** Sign, lock, record signatures, start a revision are offered. */
  canSign: boolean;
  /** Today, YYYY-MM-DD. */
  today: string;
  /** What keeps the plan from being signed (a draft), with where to fill it in. */
  requirements: readonly Requirement[];
  /** Model warnings shown where they matter (written late, a minor without the guardians' consent). */
  warnings: readonly PlanIssue[];
  /** What was typed but not saved yet, per field. */
  drafts: ReadonlyMap<DetailField, string>;
  /** Signers of the printed copy (person, guardians, legal representative). */
  signers: readonly PrintedSigner[];
  /** The signer and method chosen in the "record a signature" form. */
  signer: string;
  method: SignatureMethod;
  /** The last operation's error, localized ('' when none). */
  opError: string;
}

/** What the view may ask for: every user action, by intent. */
export interface PlanDocumentActions {
  input(field: DetailField, value: string): void;
  change(field: DetailField, value: string): void;
  setOverallResponsible(entryId: string): void;
  setCoordinator(entryId: string): void;
  goTo(requirement: Requirement): void;
  sign(): void;
  lock(): void;
  chooseSigner(key: string): void;
  chooseMethod(method: SignatureMethod): void;
  recordSignature(): void;
  startRevision(): void;
  print(): void;
}

/** A party view that may show nothing: the id names no one in the plan, or someone outside the consent. */
export interface NoAccessViewModel {
  access: 'none';
  reason: 'unknown' | 'outside';
  party: string;
}

/** The lazily loaded view: a template from the view model and the actions. */
export type PlanDocumentView = (vm: Readonly<PlanDocumentViewModel | NoAccessViewModel>, actions: PlanDocumentActions) => TemplateResult;
