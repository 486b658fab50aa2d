import { defineElement } from '../../shared/define';
import { SipSmartGoalEditor } from './smart-goal-editor';

export { SipSmartGoalEditor } from './smart-goal-editor';
export type { SmartGoalEditorMode } from './smart-goal-editor';
export { checkGoal, CRITERIA, type Criterion, type CriterionState, type CriterionCode, type SmartResult, type SmartGoalInput, type SmartContext } from './smart-check';

defineElement('sip-smart-goal-editor', SipSmartGoalEditor);

declare global {
  interface HTMLElementTagNameMap {
    'sip-smart-goal-editor': SipSmartGoalEditor;
  }
}
