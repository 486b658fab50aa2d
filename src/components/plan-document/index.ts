import { defineElement } from '../../shared/define';
import { SipPlanDocument } from './plan-document';

export { SipPlanDocument } from './plan-document';
export type { PlanDocumentReader, SipPrintRequestDetail, SipPlanRevisedDetail } from './plan-document';

defineElement('sip-plan-document', SipPlanDocument);

declare global {
  interface HTMLElementTagNameMap {
    'sip-plan-document': SipPlanDocument;
  }
}
