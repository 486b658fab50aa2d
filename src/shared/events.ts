import type { Change, PlanIssue, SipPlan } from '../model';

/** `detail` of `sip-plan-change`: the new plan (a new object) and what changed, by whom, when. */
export interface SipPlanChangeDetail {
  plan: SipPlan;
  change: Change;
}

/** `detail` of `sip-invalid`: every problem found, each with its path and a localized message. */
export interface SipInvalidDetail {
  issues: PlanIssue[];
}

/**
 * `detail` of `sip-plan-revised` (plan document and follow-up): a new version was started. The
 * host stores both: the new draft and the old version, now voided and pointing at the new one.
 */
export interface SipPlanRevisedDetail {
  /** The new draft (the same object as in the `sip-plan-change` just before). */
  plan: SipPlan;
  /** The old version, now voided and pointing at the new one. */
  previous: SipPlan;
}

/**
 * Every event the elements fire, by name. Element modules add their own entries through
 * declaration merging, so `emit()` and `addEventListener()` are typed end to end.
 */
export interface SipEventMap {
  'sip-plan-change': SipPlanChangeDetail;
  'sip-invalid': SipInvalidDetail;
  'sip-plan-revised': SipPlanRevisedDetail;
}

/** Creates a `sip-*` event: it bubbles and is composed, so a host can listen on any ancestor. */
export function sipEvent<K extends keyof SipEventMap>(type: K, detail: SipEventMap[K], cancelable = false): CustomEvent<SipEventMap[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}

declare global {
  interface HTMLElementEventMap {
    'sip-plan-change': CustomEvent<SipPlanChangeDetail>;
    'sip-invalid': CustomEvent<SipInvalidDetail>;
  }
}
