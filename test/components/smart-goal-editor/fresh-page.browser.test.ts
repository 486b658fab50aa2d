/**
 * A fresh page: the plan validator has not loaded yet when the first plan arrives. This file
 * must stay on its own (each test file gets a new page), and nothing here may import the model's
 * parser before the first mount.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/smart-goal-editor/index';
import type { SipSmartGoalEditor } from '../../../src/components/smart-goal-editor/index';
import { settled } from '../../helpers/element';
import { Harness } from '../../helpers/harness';
import { GoalEditorHarness } from './harness';
import { NOW, annaPlan } from './fixtures';

const goals = () => [{ id: 'g-1', horizon: 'long' as const, text: 'Anna vill kunna gå ut.' }];

describe('<sip-smart-goal-editor> on a fresh page', () => {
  it('keeps the text being typed when the host re-sets an equal plan (issue 17)', async function () {
    this.timeout(120000);
    const el = await fixture<SipSmartGoalEditor>(html`<sip-smart-goal-editor .plan=${annaPlan(goals())} .now=${NOW} user="Maria Ek"></sip-smart-goal-editor>`);
    await settled(el);
    const editor = new GoalEditorHarness(el);
    editor.field(0, 'text').focus();
    const keys = new Harness(document.body);
    await keys.press('End');
    await keys.type(' själv');
    await settled(el);
    // A host that re-renders with the same plan (a new object, equal content, the same id).
    el.plan = annaPlan(goals());
    await settled(el);
    expect(editor.field(0, 'text').value).to.equal('Anna vill kunna gå ut. själv');
  });
});
