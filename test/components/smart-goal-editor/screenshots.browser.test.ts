/**
 * Screenshots for people to look at (Chromium only; elsewhere the command resolves false):
 * .screenshots/smart-goal-editor-<state>-<locale>-<width>.png
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/smart-goal-editor/index';
import type { SipSmartGoalEditor } from '../../../src/components/smart-goal-editor/index';
import type { SipPlan } from '../../../src/model';
import { settled } from '../../helpers/element';
import { describeScreenshots, shootInWindow } from '../../helpers/screenshots';
import { NOW, annaPlan, elderlyDraft, elderlyFollowedUp, elderlySigned, failingPlan, subGoalsPlan } from './fixtures';

const states: [string, () => SipPlan, boolean][] = [
  ['elderly', elderlyDraft, false],
  ['signed', elderlySigned, false],
  ['failing', failingPlan, false],
  ['subgoals', subGoalsPlan, false],
  ['followup', elderlyFollowedUp, false],
  ['readonly', elderlyFollowedUp, true],
  ['empty', annaPlan, false],
];

describeScreenshots('smart-goal-editor screenshots', async (locale, width) => {
  for (const [name, plan, readonly] of states) {
    const el = await fixture<SipSmartGoalEditor>(
      html`<sip-smart-goal-editor .plan=${plan()} .now=${NOW} user="Maria Ek" ?readonly=${readonly}></sip-smart-goal-editor>`,
    );
    await settled(el);
    const box = el.getBoundingClientRect();
    expect(box.width, `${name} fits ${width}px`).to.be.at.most(width);
    expect(el.scrollWidth, `${name} has no horizontal overflow at ${width}px`).to.be.at.most(Math.ceil(box.width) + 1);
    el.id = 'shot';
    await executeServerCommand('sip-screenshot', { name: `smart-goal-editor-${name}-${locale}-${width}`, selector: '#shot' });
    // The top part alone, readable at a glance.
    await shootInWindow(el, `smart-goal-editor-${name}-${locale}-${width}-top`, { id: 'shot-top', height: width < 400 ? 1600 : 1100 });
    fixtureCleanup();
  }
  // Writing a new goal, and the undo bar after a removal.
  const el = await fixture<SipSmartGoalEditor>(html`<sip-smart-goal-editor .plan=${subGoalsPlan()} .now=${NOW} user="Maria Ek"></sip-smart-goal-editor>`);
  await settled(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('article.goal button[data-action=remove]')!.click();
  await settled(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action=add]')!.click();
  await settled(el);
  const text = el.shadowRoot!.querySelector<HTMLTextAreaElement>('article.goal.new textarea[data-field=text]')!;
  text.value = 'Träffa kurator varje vecka';
  text.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settled(el);
  el.id = 'shot';
  await executeServerCommand('sip-screenshot', { name: `smart-goal-editor-writing-${locale}-${width}`, selector: '#shot' });
  fixtureCleanup();
  // The skip link while focused, and a follow-up comment waiting for an outcome.
  const skip = await fixture<SipSmartGoalEditor>(html`<sip-smart-goal-editor id="shot" .plan=${subGoalsPlan()} .now=${NOW} user="Maria Ek"></sip-smart-goal-editor>`);
  await settled(skip);
  skip.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action=skip-to-add]')!.focus();
  await executeServerCommand('sip-screenshot', { name: `smart-goal-editor-skip-${locale}-${width}`, selector: '#shot' });
  fixtureCleanup();
  const wait = await fixture<SipSmartGoalEditor>(html`<sip-smart-goal-editor id="shot" .plan=${elderlyFollowedUp()} .now=${NOW} user="Maria Ek"></sip-smart-goal-editor>`);
  await settled(wait);
  const note = wait.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[data-field=note]')!;
  note.value = 'Bättre med rollatorn.';
  note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  note.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(wait);
  await shootInWindow(wait, `smart-goal-editor-note-waiting-${locale}-${width}`, { id: 'shot-top', height: 700 });
  fixtureCleanup();
});
