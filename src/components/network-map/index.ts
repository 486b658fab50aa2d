import { defineElement } from '../../shared/define';
import { SipNetworkMap } from './network-map';

export { SipNetworkMap } from './network-map';
export type { NetworkMapView, SectorSpec } from './network-map';

defineElement('sip-network-map', SipNetworkMap);

declare global {
  interface HTMLElementTagNameMap {
    'sip-network-map': SipNetworkMap;
  }
}
