import { defineElement } from '../../shared/define';
import { SipConsentRecorder } from './consent-recorder';
import type { SipConsentWithdrawnDetail } from './types';

export { SipConsentRecorder } from './consent-recorder';
export type { SipConsentWithdrawnDetail, ConsentPartyToNotify } from './types';

defineElement('sip-consent-recorder', SipConsentRecorder);

declare global {
  interface HTMLElementTagNameMap {
    'sip-consent-recorder': SipConsentRecorder;
  }
  interface HTMLElementEventMap {
    'sip-consent-withdrawn': CustomEvent<SipConsentWithdrawnDetail>;
  }
}
