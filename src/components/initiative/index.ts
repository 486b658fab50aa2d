import { defineElement } from '../../shared/define';
import { SipInitiative } from './initiative';

export { SipInitiative } from './initiative';
export type { AnswerState } from './answers';

defineElement('sip-initiative', SipInitiative);

declare global {
  interface HTMLElementTagNameMap {
    'sip-initiative': SipInitiative;
  }
}
