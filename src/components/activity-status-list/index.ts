import { defineElement } from '../../shared/define';
import { SipActivityStatusList } from './activity-status-list';

defineElement('sip-activity-status-list', SipActivityStatusList);

export { SipActivityStatusList };
export type { GroupBy, SortBy, ListQuery } from './list-view';
export type { SipPlanChangeDetail, SipInvalidDetail } from '../../shared/events';

declare global {
  interface HTMLElementTagNameMap {
    'sip-activity-status-list': SipActivityStatusList;
  }
}
