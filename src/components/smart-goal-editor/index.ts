import { defineElement } from '../../shared/define';
import { SipSmartGoalEditor } from './smart-goal-editor';

export { SipSmartGoalEditor } from './smart-goal-editor';
export type { SmartGoalEditorMode } from './types';
export type { Criterion, CriterionState, CriterionCode, SmartResult, SmartGoalInput, SmartContext } from './smart-check';

defineElement('sip-smart-goal-editor', SipSmartGoalEditor);

declare global {
  interface HTMLElementTagNameMap {
    'sip-smart-goal-editor': SipSmartGoalEditor;
  }
}
