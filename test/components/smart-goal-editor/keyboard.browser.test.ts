/**
 * Issue 17, as a keyboard user and a host's scripts found the goal editor: typed text in the
 * form value before the field is left, a follow-up comment without an outcome, arrowing through
 * the outcomes, names of the follow-up controls, the way to "add a goal" past a long list.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/smart-goal-editor/index';
import type { SipSmartGoalEditor } from '../../../src/components/smart-goal-editor/index';
import type { SipPlanChangeDetail } from '../../../src/shared/events';
import type { Goal, SipPlan } from '../../../src/model';
import { deepActiveElement, settled, useLocale } from '../../helpers/element';
import { Harness } from '../../helpers/harness';
import { GoalEditorHarness } from './harness';
import { NOW, annaPlan, elderlyActive, elderlyDraft } from './fixtures';

async function mount(plan: SipPlan, mode = 'auto'): Promise<{ el: SipSmartGoalEditor; editor: GoalEditorHarness }> {
  const el = await fixture<SipSmartGoalEditor>(html`<sip-smart-goal-editor .plan=${plan} .now=${NOW} user="Maria Ek" mode=${mode}></sip-smart-goal-editor>`);
  await settled(el);
  return { el, editor: new GoalEditorHarness(el) };
}

function changes(el: Element): CustomEvent<SipPlanChangeDetail>[] {
  const list: CustomEvent<SipPlanChangeDetail>[] = [];
  el.addEventListener('sip-plan-change', (e) => list.push(e as CustomEvent<SipPlanChangeDetail>));
  return list;
}

const keys = new Harness(document.body);

describe('<sip-smart-goal-editor> keyboard and host scripts (issue 17)', () => {
  afterEach(() => useLocale('sv'));

  it('has the typed text in .value and FormData before the field is left; commit() saves it to the plan', async function () {
    this.timeout(120000);
    const form = await fixture<HTMLFormElement>(html`<form>
      <sip-smart-goal-editor name="goals" .plan=${annaPlan([{ id: 'g-1', horizon: 'long', text: 'Anna vill kunna gå ut.' }])} .now=${NOW} user="Maria Ek"></sip-smart-goal-editor>
    </form>`);
    const el = form.querySelector('sip-smart-goal-editor')!;
    await settled(el);
    const editor = new GoalEditorHarness(el);
    const events = changes(el);
    editor.field(0, 'measure').focus();
    await keys.type('Går ut varje dag');
    await settled(el);
    // Still in the field: nothing committed, but a scripted submit or autosave sees the text.
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('measure');
    expect(events.length).to.equal(0);
    expect((JSON.parse(el.value) as Goal[])[0]!.measure).to.equal('Går ut varje dag');
    expect((JSON.parse(new FormData(form).get('goals') as string) as Goal[])[0]!.measure).to.equal('Går ut varje dag');
    // A new goal being written is in the value too.
    await editor.addLongGoal();
    await keys.type('Anna vill kunna laga mat.');
    await settled(el);
    expect((JSON.parse(new FormData(form).get('goals') as string) as Goal[]).map((g) => g.text)).to.deep.equal(['Anna vill kunna gå ut.', 'Anna vill kunna laga mat.']);
    // commit() saves everything typed to the plan (one change per field, as leaving it would).
    const plan = el.commit();
    expect(plan?.goals.map((g) => [g.text, g.measure])).to.deep.equal([
      ['Anna vill kunna gå ut.', 'Går ut varje dag'],
      ['Anna vill kunna laga mat.', undefined],
    ]);
    expect(el.plan).to.equal(plan);
    expect(events.map((e) => e.detail.change.type)).to.deep.equal(['goal.edited', 'goal.added']);
    await settled(el);
    expect(editor.field(0, 'measure').value).to.equal('Går ut varje dag');
  });

  it('keeps a follow-up comment typed before an outcome, says an outcome is needed, and saves both once one is chosen', async function () {
    this.timeout(120000);
    const { el, editor } = await mount(elderlyActive());
    const events = changes(el);
    editor.field(0, 'note').focus();
    await keys.type('Bättre med rollatorn.');
    await keys.press('Tab');
    await settled(el);
    expect(events.length).to.equal(0);
    expect(editor.field(0, 'note').value).to.equal('Bättre med rollatorn.');
    const note = editor.field(0, 'note');
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    const error = editor.card(0).querySelector('.field-error');
    expect(error?.textContent).to.contain('Välj hur det gick');
    expect(note.getAttribute('aria-describedby')).to.contain(error!.id);
    await editor.announced('Välj hur det gick');
    // The host re-renders with an equal plan: the comment stays.
    el.plan = elderlyActive();
    await settled(el);
    expect(editor.field(0, 'note').value).to.equal('Bättre med rollatorn.');
    // Choosing an outcome saves the comment with it.
    editor.card(0).querySelector<HTMLInputElement>('input[type=radio][value=partly]')!.focus();
    await keys.press('Space');
    await settled(el);
    expect(events.length).to.equal(1);
    expect(events[0]!.detail.plan.goals[0]!.achievement).to.deep.include({ value: 'partly', note: 'Bättre med rollatorn.' });
    expect(editor.card(0).querySelector('.field-error')).to.equal(null);
  });

  it('saves one outcome for three arrow presses through the radios, when the group is left', async function () {
    this.timeout(120000);
    const { el, editor } = await mount(elderlyActive());
    const events = changes(el);
    editor.card(0).querySelector<HTMLInputElement>('input[type=radio]')!.focus();
    await keys.press('Space');
    await settled(el);
    expect(events.length, 'Space is a deliberate choice').to.equal(1);
    expect(events[0]!.detail.plan.goals[0]!.achievement!.value).to.equal('reached');
    await keys.press('ArrowRight', 3);
    await settled(el);
    expect(events.length, 'passing through with arrows saves nothing yet').to.equal(1);
    const checked = editor.card(0).querySelector<HTMLInputElement>('input[type=radio]:checked')!;
    expect(checked.value).to.equal('noLongerRelevant');
    expect((JSON.parse(el.value) as Goal[])[0]!.achievement!.value, 'the form value has the choice').to.equal('noLongerRelevant');
    await keys.press('Tab');
    await settled(el);
    expect(events.length, 'one change for the arrows').to.equal(2);
    expect(events[1]!.detail.plan.goals[0]!.achievement!.value).to.equal('noLongerRelevant');
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('note');
  });

  it('names each outcome group and comment box by its goal', async () => {
    const { editor } = await mount(elderlyActive());
    const legends = editor.$$('article.goal fieldset legend').map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    const notes = editor.$$<HTMLLabelElement>('label[for$=-note]').map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(legends.length).to.equal(7);
    expect(notes.length).to.equal(7);
    expect(new Set(legends).size, legends.join(' | ')).to.equal(7);
    expect(new Set(notes).size, notes.join(' | ')).to.equal(7);
    expect(legends[0]).to.contain('Hur gick det?').and.contain('Långsiktigt mål 1');
    expect(notes[1]).to.contain('Kommentar till bedömningen').and.contain('Delmål 1.1');
  });

  it('reaches "Lägg till långsiktigt mål" past seven goals in a few key presses', async function () {
    this.timeout(60000);
    const before = await fixture<HTMLDivElement>(html`<div>
      <button id="before">Före</button>
      <sip-smart-goal-editor .plan=${elderlyDraft()} .now=${NOW} user="Maria Ek"></sip-smart-goal-editor>
    </div>`);
    const el = before.querySelector('sip-smart-goal-editor')!;
    await settled(el);
    before.querySelector<HTMLButtonElement>('#before')!.focus();
    let presses = 0;
    const atAdd = () => deepActiveElement()?.getAttribute('data-action') === 'add';
    while (!atAdd() && presses < 100) {
      const skip = deepActiveElement()?.getAttribute('data-action') === 'skip-to-add';
      await keys.press(skip ? 'Enter' : 'Tab');
      presses++;
    }
    await settled(el);
    expect(atAdd()).to.equal(true);
    expect(presses, 'key presses from the control before the editor').to.be.at.most(3);
    await keys.press('Enter');
    await settled(el);
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('text');
    expect(new GoalEditorHarness(el).labels().at(-1)).to.contain('Långsiktigt mål 3');
  });
});
