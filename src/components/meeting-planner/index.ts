import { defineElement } from '../../shared/define';
import { SipMeetingPlanner } from './meeting-planner';

export { SipMeetingPlanner } from './meeting-planner';

defineElement('sip-meeting-planner', SipMeetingPlanner);

declare global {
  interface HTMLElementTagNameMap {
    'sip-meeting-planner': SipMeetingPlanner;
  }
}
