/**
 * The list's types: the contract between the element, its controller and its lazily loaded
 * view. Type-only (no runtime code), so the view never imports the element.
 */
import type { TemplateResult } from 'lit';
import type { ActivityStatus } from '../../model/constants';
import type { NetworkEntry, SipPlan } from '../../model/schema';
import type { PlanStage } from '../../model/plan-stage';
import type { RemovedActivity } from '../../model/operations/restore';
import type { UndoEntry } from '../../shared/undo';
import type { FormErrors } from './form';
import type { ListQuery, ListView } from './list-view';

/** What the current user may do with this plan: nothing, statuses and comments, or everything. */
export type Caps = 'none' | 'status' | 'all';

/** The add / edit form on show. */
export type FormState = { mode: 'add' } | { mode: 'edit'; id: string };

/** What the undo bar offers: a removed activity to put back where it was. */
export type ActivityUndo = UndoEntry<RemovedActivity>;

/** The query as the toolbar changes it (the element's public properties of the same names). */
export interface QueryPatch {
  groupBy?: ListQuery['groupBy'];
  sortBy?: ListQuery['sortBy'];
  filterStatus?: ActivityStatus | '';
  filterPrincipal?: string;
  filterPerson?: string;
  filterOverdue?: boolean;
  search?: string;
}

/** Everything the view shows, read-only. Built by the element on every render. */
export interface ActivitiesViewModel {
  plan: SipPlan;
  /** Which activities show, in which groups, with which counts (list-view.ts). */
  list: ListView;
  /** The query as parsed (what the toolbar shows as chosen). */
  query: ListQuery;
  /** A filter or search is on. */
  queryActive: boolean;
  /** Raw principal / person filter values, shown even when no activity has them. */
  filterPrincipal: string;
  filterPerson: string;
  caps: Caps;
  /** Where the plan is in its life (draft, signed, locked, closed, voided). */
  stage: PlanStage;
  readonly: boolean;
  /** The language, so a row re-renders when it changes. */
  locale: string;
  /** The activity whose status form is open, if any; `statusRev` changes when that form must re-render. */
  statusFor: string | null;
  statusError: string;
  statusRev: number;
  historyOpen: ReadonlySet<string>;
  form: FormState | null;
  formErrors: FormErrors;
  formRev: number;
  undo: ActivityUndo | undefined;
  /** The last operation's error, localized ('' when none). */
  message: string;
  /** The plan's network by id (names for performers and the form's suggestions). */
  entries: ReadonlyMap<string, NetworkEntry>;
  /** How many rows (in display order) are rendered so far; the rest follow in idle time. */
  rowLimit: number;
}

/** What the view may ask for: every user action, by intent. */
export interface ActivitiesActions {
  setQuery(patch: QueryPatch): void;
  clearFilters(): void;
  openStatus(activityId: string): void;
  closeStatus(): void;
  /** Saves the status form: a new status (with the comment as its note), or only a comment. */
  submitStatus(activityId: string, to: ActivityStatus | '', comment: string): void;
  toggleHistory(activityId: string, open: boolean): void;
  remove(activityId: string): void;
  undo(): void;
  dismissUndo(): void;
  openForm(state: FormState): void;
  closeForm(): void;
  submitForm(data: FormData): void;
}

/** The lazily loaded view: a template from the view model and the actions. */
export type ActivitiesView = (vm: Readonly<ActivitiesViewModel>, actions: ActivitiesActions) => TemplateResult;
