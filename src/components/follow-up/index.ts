import { defineElement } from '../../shared/define';
import { SipFollowUp } from './follow-up';
import type { SipPlanClosedDetail, SipPlanRevisedDetail } from './types';

export { SipFollowUp } from './follow-up';
export type { SipPlanClosedDetail, SipPlanRevisedDetail, PartyToNotify } from './types';
export type { SipPlanChangeDetail, SipInvalidDetail } from '../../shared/events';

defineElement('sip-follow-up', SipFollowUp);

declare global {
  interface HTMLElementTagNameMap {
    'sip-follow-up': SipFollowUp;
  }
  interface HTMLElementEventMap {
    'sip-plan-closed': CustomEvent<SipPlanClosedDetail>;
    'sip-plan-revised': CustomEvent<SipPlanRevisedDetail>;
  }
}
