import { defineElement } from '../../shared/define';
import { SipConsentRecorder, type SipConsentWithdrawnDetail } from './consent-recorder';

export { SipConsentRecorder } from './consent-recorder';
export type { SipConsentWithdrawnDetail, ConsentPartyToNotify } from './consent-recorder';

defineElement('sip-consent-recorder', SipConsentRecorder);

declare global {
  interface HTMLElementTagNameMap {
    'sip-consent-recorder': SipConsentRecorder;
  }
  interface HTMLElementEventMap {
    'sip-consent-withdrawn': CustomEvent<SipConsentWithdrawnDetail>;
  }
}
