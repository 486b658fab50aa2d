import { defineElement } from '../../shared/define';
import { SipMeetingCircle, type SipMeetingEndDetail, type SipMeetingStateDetail, type SipSegmentChangeDetail } from './meeting-circle';

defineElement('sip-meeting-circle', SipMeetingCircle);

export { SipMeetingCircle };
export type { SipMeetingEndDetail, SipMeetingStateDetail, SipSegmentChangeDetail };
export type { MeetingClockState, ClockView, ClockStatus } from './clock';
export { DEFAULT_SHARES as MEETING_DEFAULT_SHARES } from './clock';
export { AUDIENCES as MEETING_AUDIENCES, type Audience as MeetingAudience } from './labels';

declare global {
  interface HTMLElementTagNameMap {
    'sip-meeting-circle': SipMeetingCircle;
  }
  interface HTMLElementEventMap {
    'sip-segment-change': CustomEvent<SipSegmentChangeDetail>;
    'sip-meeting-end': CustomEvent<SipMeetingEndDetail>;
    'sip-meeting-state': CustomEvent<SipMeetingStateDetail>;
  }
}
