import { defineElement } from '../../shared/define';
import { SipMeetingCircle, type MeetingOwner, type OwnedMeetingState, type SipMeetingEndDetail, type SipMeetingStateDetail, type SipSegmentChangeDetail } from './meeting-circle';

defineElement('sip-meeting-circle', SipMeetingCircle);

export { SipMeetingCircle };
export type { SipMeetingEndDetail, SipMeetingStateDetail, SipSegmentChangeDetail };
// The type of the element's public `state` getter, so a host can name what it reads.
export type { MeetingOwner, OwnedMeetingState };
export type { MeetingClockState, ClockView, ClockStatus } from './clock';
export { DEFAULT_SHARES as MEETING_DEFAULT_SHARES } from './clock';
export { AUDIENCES as MEETING_AUDIENCES, type Audience as MeetingAudience } from './labels';
export { newJoinCode as newMeetingJoinCode, joinLink as meetingJoinLink, readJoinLink as readMeetingJoinLink, type JoinCode as MeetingJoinCode } from './sync/join-code';
export { broadcastTransport, type SyncTransport, type SyncTransportFactory, type SyncStatus, type SyncRole } from './sync/transport';

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
