import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/smart-goal-editor/index';
import type { SipSmartGoalEditor } from '../../../src/components/smart-goal-editor/index';
import type { SipPlanChangeDetail, SipInvalidDetail } from '../../../src/shared/events';
import { goalGuidance, parsePlan, type Goal, type SipPlan } from '../../../src/model';
import { axeViolations } from '../../helpers/a11y';
import { deepActiveElement, deepFreeze, nextEvent, settled, shadowText, useLocale } from '../../helpers/element';
import { GoalEditorHarness } from './harness';
import { Harness } from '../../helpers/harness';
import { NOW, annaPlan, elderlyActive, elderlyDraft, elderlyFollowedUp, elderlySigned, failingPlan, markupPlan, subGoalsPlan } from './fixtures';

const USER = 'Maria Ek, distriktssköterska';

interface MountOptions {
  readonly?: boolean;
  mode?: string;
  announceDelay?: number;
}

async function mount(plan: unknown, o: MountOptions = {}): Promise<SipSmartGoalEditor> {
  const el = await fixture<SipSmartGoalEditor>(
    html`<sip-smart-goal-editor
      .plan=${plan as SipPlan}
      .now=${NOW}
      .user=${USER}
      ?readonly=${o.readonly ?? false}
      mode=${o.mode ?? 'auto'}
      .announceDelay=${o.announceDelay ?? 1000}
    ></sip-smart-goal-editor>`,
  );
  await settled(el);
  return el;
}

// Selectors live in the harness (harness.ts); these short forms keep the steps readable.
const editor = (el: SipSmartGoalEditor) => new GoalEditorHarness(el);
const $ = <T extends Element = HTMLElement>(el: SipSmartGoalEditor, sel: string) => editor(el).$<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: SipSmartGoalEditor, sel: string) => editor(el).$$<T>(sel);
const card = (el: SipSmartGoalEditor, index: number) => editor(el).card(index);
const states = (el: SipSmartGoalEditor, index: number) => editor(el).criteria(index);
const announcer = (el: SipSmartGoalEditor) => editor(el).liveRegion();
const announced = (el: SipSmartGoalEditor, text: string, ms?: number) => editor(el).announced(text, ms);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Collects every plan-change event fired on the element. */
function changes(el: Element): CustomEvent<SipPlanChangeDetail>[] {
  const list: CustomEvent<SipPlanChangeDetail>[] = [];
  el.addEventListener('sip-plan-change', (e) => list.push(e as CustomEvent<SipPlanChangeDetail>));
  return list;
}

const keys = new Harness(document.body);
const typeText = (text: string) => keys.type(text);
const press = (key: string, times = 1) => keys.press(key, times);

function smartWarnings(goal: Goal, plan: SipPlan): string[] {
  return goalGuidance(goal, plan)
    .map((w) => w.code)
    .filter((c) => c.startsWith('goal.smart.'));
}

describe('<sip-smart-goal-editor>', () => {
  afterEach(() => useLocale('sv'));

  it('writes a goal with the keyboard alone, from failing to passing all five criteria', async function () {
    this.timeout(120000);
    const plan = deepFreeze(annaPlan());
    const el = await mount(plan, { announceDelay: 100 });
    const events = changes(el);
    expect(shadowText(el)).to.contain('Inga mål ännu');

    // Tab into the element: the first stop is "add a long-term goal".
    await press('Tab');
    expect(deepActiveElement()?.getAttribute('data-action')).to.equal('add');
    await press('Enter');
    await settled(el);
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('text');
    expect(states(el, 0)).to.deep.equal({ specific: 'missing', measurable: 'missing', accepted: 'missing', realistic: 'missing', timeBound: 'missing' });

    // An activity, not an outcome, and not from Anna: a hint on S and on phrasing.
    await typeText('Träffa arbetsterapeut');
    await settled(el);
    expect(states(el, 0).specific).to.equal('hint');
    expect(card(el, 0).querySelector('.phrasing')?.textContent).to.contain('Anna vill');
    expect(events.length, 'nothing committed while typing').to.equal(0);

    await press('Backspace', 'Träffa arbetsterapeut'.length);
    await settled(el);
    expect(states(el, 0).specific).to.equal('missing');

    await typeText('Anna vill kunna gå till affären själv två gånger i veckan');
    await settled(el);
    expect(states(el, 0)).to.deep.equal({ specific: 'met', measurable: 'hint', accepted: 'missing', realistic: 'missing', timeBound: 'missing' });
    expect(card(el, 0).querySelector('.phrasing')).to.equal(null);
    await announced(el, '1 av 5');

    // Leaving the field saves the goal.
    await press('Tab');
    await settled(el);
    expect(events.length).to.equal(1);
    expect(events[0]!.detail.change.type).to.equal('goal.added');
    expect(events[0]!.detail.plan.goals[0]!.text).to.equal('Anna vill kunna gå till affären själv två gånger i veckan');
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('whatMatters');

    await typeText('Att få välja själv vad jag köper.');
    await press('Tab');
    await settled(el);
    expect(events.length).to.equal(2);
    expect(events[1]!.detail.plan.goals[0]!.whatMatters).to.equal('Att få välja själv vad jag köper.');
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('measure');

    await typeText('Handlar själv två gånger i veckan');
    await settled(el);
    expect(states(el, 0).measurable, 'live, before leaving the field').to.equal('met');
    expect(events.length).to.equal(2);
    await press('Tab');
    await settled(el);
    expect(events.length).to.equal(3);
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('targetDate');

    await typeText('2026-01-01');
    await settled(el);
    expect(states(el, 0).timeBound, 'a date in the past').to.equal('hint');
    await press('Backspace', 10);
    await typeText('2027-13');
    await settled(el);
    expect(states(el, 0).timeBound, 'not a date').to.equal('missing');
    await press('Backspace', 7);
    await typeText('2027-05-31');
    await settled(el);
    expect(states(el, 0).timeBound).to.equal('met');
    await press('Tab');
    await settled(el);
    expect(events.length).to.equal(4);
    expect(events[3]!.detail.plan.goals[0]!.targetDate).to.equal('2027-05-31');

    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('accepted');
    await press('Space');
    await settled(el);
    expect(states(el, 0).accepted).to.equal('met');
    expect(events.length).to.equal(5);
    expect(events[4]!.detail.plan.goals[0]!.acceptedAt).to.equal('2026-11-22');

    await press('Tab'); // the acceptance date
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('acceptedAt');
    await press('Tab');
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('realistic');
    await press('Space');
    await settled(el);
    expect(states(el, 0)).to.deep.equal({ specific: 'met', measurable: 'met', accepted: 'met', realistic: 'met', timeBound: 'met' });
    await announced(el, 'Alla fem SMART-kriterier är uppfyllda');

    expect(events.length).to.equal(6);
    const final = events[5]!.detail.plan;
    expect(parsePlan(final).ok).to.equal(true);
    const goal = final.goals[0]!;
    expect(goal).to.deep.include({
      horizon: 'long',
      text: 'Anna vill kunna gå till affären själv två gånger i veckan',
      whatMatters: 'Att få välja själv vad jag köper.',
      measure: 'Handlar själv två gånger i veckan',
      targetDate: '2027-05-31',
      acceptedAt: '2026-11-22',
      realistic: true,
    });
    expect(smartWarnings(goal, final), 'the model agrees').to.deep.equal([]);
    for (const e of events) {
      expect(e.bubbles && e.composed).to.equal(true);
      expect(e.detail.change.by).to.equal(USER);
    }
    expect(plan.goals, 'input not mutated').to.deep.equal([]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('announces the check calmly: after a pause, and only when the result changed', async function () {
    this.timeout(60000);
    const delay = 800;
    const el = await mount(annaPlan([{ id: 'g-1', horizon: 'long', text: 'Anna vill kunna gå ut.' }]), { announceDelay: delay });
    const said: string[] = [];
    new MutationObserver(() => {
      const t = announcer(el).textContent?.trim();
      if (t) said.push(t);
    }).observe(announcer(el), { childList: true, subtree: true, characterData: true });
    $<HTMLTextAreaElement>(el, 'textarea[data-field=text]')!.focus();
    await press('End');
    await typeText(' själv');
    await wait(delay + 600);
    expect(said, 'no change in the result: nothing said').to.deep.equal([]);
    await typeText(' 3 gånger');
    await wait(100);
    expect(said, 'not while typing').to.deep.equal([]);
    for (let i = 0; i < 60 && said.length === 0; i++) await wait(50);
    expect(said.length).to.equal(1);
    expect(said[0]).to.contain('Långsiktigt mål 1').and.contain('Kan bli bättre: mätbart');
    await typeText(' i veckan');
    await wait(delay + 700);
    expect(said.length, 'same result, said once').to.equal(1);
  });

  it('reorders goals with the keyboard and announces the move', async function () {
    this.timeout(60000);
    const el = await mount(subGoalsPlan());
    const events = changes(el);
    const down = card(el, 0).querySelector<HTMLButtonElement>('button[data-action=down]')!;
    expect(card(el, 0).querySelector<HTMLButtonElement>('button[data-action=up]')!.disabled).to.equal(true);
    down.focus();
    await press('Enter');
    await settled(el);
    expect(events.length).to.equal(1);
    expect(events[0]!.detail.change.type).to.equal('goal.reordered');
    expect(events[0]!.detail.plan.goals.filter((g) => !g.parentId).map((g) => g.id)).to.deep.equal(['g-friends', 'g-home']);
    await announced(el, 'flyttat till plats 2 av 2');
    // g-home is now last: focus moved to its "move up" button (down is disabled).
    const active = deepActiveElement() as HTMLButtonElement;
    expect(active.getAttribute('data-action')).to.equal('up');
    expect(active.closest('article')!.querySelector('textarea')!.value).to.contain('bo kvar hemma');
    // sub-goals moved along with their goal
    expect($$(el, 'article.goal h3').map((h) => h.textContent!.trim())).to.deep.equal(['Långsiktigt mål 1', 'Långsiktigt mål 2', 'Delmål 2.1', 'Delmål 2.2']);
    await press('Enter');
    await settled(el);
    expect(events[1]!.detail.plan.goals.map((g) => g.id)).to.deep.equal(['g-home', 'g-shop', 'g-stairs', 'g-friends']);

    // sub-goals move among their siblings
    const subDown = card(el, 1).querySelector<HTMLButtonElement>('button[data-action=down]')!;
    subDown.focus();
    await press('Enter');
    await settled(el);
    expect(events[2]!.detail.plan.goals.map((g) => g.id)).to.deep.equal(['g-home', 'g-stairs', 'g-shop', 'g-friends']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('removes a goal with its sub-goals and undoes it, by keyboard', async function () {
    this.timeout(60000);
    const original = deepFreeze(subGoalsPlan());
    const el = await mount(original);
    const events = changes(el);
    const remove = card(el, 0).querySelector<HTMLButtonElement>('button[data-action=remove]')!;
    expect(remove.textContent).to.contain('med 2 delmål');
    remove.focus();
    await press('Enter');
    await settled(el);
    expect(events.length).to.equal(1);
    const after = events[0]!.detail.plan;
    expect(after.goals.map((g) => g.id)).to.deep.equal(['g-friends']);
    expect(after.activities.map((a) => a.goalIds)).to.deep.equal([[], []]);
    expect(deepActiveElement()?.getAttribute('data-action')).to.equal('undo');
    expect($(el, '[part=undo]')!.textContent).to.contain('och 2 delmål togs bort');
    await announced(el, 'Du kan ångra');
    expect(await axeViolations(el)).to.deep.equal([]);

    await press('Enter');
    await settled(el);
    expect(events.length).to.equal(2);
    const restored = events[1]!.detail.plan;
    expect(restored.goals).to.deep.equal(original.goals);
    expect(restored.activities.map((a) => a.goalIds)).to.deep.equal(original.activities.map((a) => a.goalIds));
    expect(parsePlan(restored).ok).to.equal(true);
    expect($(el, '[part=undo]')).to.equal(null);
    expect((deepActiveElement() as HTMLTextAreaElement).value).to.contain('bo kvar hemma');
    await announced(el, 'är tillbaka');
  });

  it('adds a sub-goal and checks its date against the long-term goal', async function () {
    this.timeout(60000);
    const el = await mount(subGoalsPlan());
    const events = changes(el);
    // "Delmål 1.2" is dated after its long-term goal
    expect(states(el, 2).timeBound).to.equal('hint');
    expect(card(el, 2).textContent).to.contain('före det långsiktiga målet');
    card(el, 0).querySelector<HTMLButtonElement>('button[data-action=add-sub]')!.focus();
    await press('Enter');
    await settled(el);
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('text');
    expect(card(el, 3).textContent).to.contain('Delmål 1.3');
    await typeText('Anna vill kunna laga lunch själv.');
    await press('Tab');
    await settled(el);
    expect(events.length, 'saved on leaving the field').to.equal(1);
    const added = events[0]!.detail.plan.goals.find((g) => g.text === 'Anna vill kunna laga lunch själv.')!;
    expect(added, JSON.stringify(events[0]!.detail.plan.goals.map((g) => g.text))).to.not.equal(undefined);
    expect(added).to.deep.include({ horizon: 'short', parentId: 'g-home' });
    expect(events[0]!.detail.plan.goals.indexOf(added)).to.equal(4);
  });

  it('keeps the previous text when a goal text is emptied, and says why', async () => {
    const el = await mount(subGoalsPlan());
    const events = changes(el);
    const text = card(el, 0).querySelector<HTMLTextAreaElement>('textarea[data-field=text]')!;
    text.focus();
    text.select();
    await press('Backspace');
    await press('Tab');
    await settled(el);
    expect(events.length).to.equal(0);
    expect(text.getAttribute('aria-invalid')).to.equal('true');
    expect(card(el, 0).textContent).to.contain('Målet behöver en text');
  });

  it('offers the number in the text as the measure', async () => {
    const el = await mount(annaPlan([{ id: 'g-1', horizon: 'long', text: 'Anna vill kunna promenera 2 km varje dag.' }]));
    const events = changes(el);
    const use = card(el, 0).querySelector<HTMLButtonElement>('button[data-action=use-measure]')!;
    expect(use.textContent).to.contain('2 km varje dag');
    use.focus();
    await press('Enter');
    await settled(el);
    expect(events[0]!.detail.plan.goals[0]!.measure).to.equal('2 km varje dag');
    expect(states(el, 0).measurable).to.equal('met');
  });

  it('shows how many activities serve each goal; goals without stand out', async () => {
    const el = await mount(failingPlan());
    const badges = $$(el, '[part=activities]').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(badges).to.deep.equal(['1 insats', '1 insats', '1 insats', '! Ingen insats', '! Ingen insats', '! Ingen insats']);
    expect($(el, '.overview')!.textContent).to.contain('3 mål har ingen insats');
    const elderly = await mount(elderlyDraft());
    // g-home: one of its own; g-morning: four (its fifth, the cancelled fall-risk assessment, does not count)
    const texts = $$(elderly, '[part=activities]').map((b) => b.textContent!.trim());
    expect(texts[0]).to.equal('1 insats');
    expect(texts[1]).to.equal('4 insatser');
  });

  it('shows each failing criterion with a hint, and phrasing advice', async () => {
    const el = await mount(failingPlan());
    const crit = ['specific', 'measurable', 'accepted', 'realistic', 'timeBound'];
    for (let i = 0; i < 5; i++) {
      const s = states(el, i);
      for (const [j, c] of crit.entries()) expect(s[c], `goal ${i + 1} ${c}`).to.equal(i === j ? (c === 'timeBound' || c === 'specific' ? 'hint' : 'missing') : 'met');
    }
    const last = card(el, 5).querySelector('.phrasing')!.textContent!;
    expect(last).to.contain('Utgå från Anna').and.contain('i stället för ”Inte”');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('records achievement at follow-up by keyboard', async function () {
    this.timeout(60000);
    const el = await mount(elderlyActive());
    const events = changes(el);
    expect(shadowText(el)).to.contain('Mål – uppföljning').and.contain('0 av 7 mål bedömda');
    expect($(el, 'textarea[data-field=text]'), 'no goal editing on a locked plan').to.equal(null);
    const radios = card(el, 0).querySelectorAll<HTMLInputElement>('input[type=radio]');
    radios[0]!.focus();
    await press('Space');
    await settled(el);
    expect(events[0]!.detail.change.type).to.equal('goal.achievement');
    expect(events[0]!.detail.plan.goals[0]!.achievement).to.deep.equal({ value: 'reached', at: '2026-11-22' });
    // An arrow only passes to the next outcome; leaving the group saves the one it stopped at.
    await press('ArrowRight');
    await settled(el);
    expect(events.length).to.equal(1);
    await press('Tab');
    await settled(el);
    expect(events[1]!.detail.plan.goals[0]!.achievement!.value).to.equal('partly');
    expect(deepActiveElement()?.getAttribute('data-field')).to.equal('note');
    await typeText('Bättre, men inte hela vägen.');
    await press('Tab');
    await settled(el);
    expect(events[2]!.detail.plan.goals[0]!.achievement).to.deep.include({ value: 'partly', note: 'Bättre, men inte hela vägen.' });
    expect(shadowText(el)).to.contain('1 av 7 mål bedömda');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('takes part in a host form: value, validity with localized messages, reset', async function () {
    this.timeout(60000);
    const wrap = await fixture<HTMLFormElement>(html`<form>
      <sip-smart-goal-editor name="goals" .plan=${failingPlan()} .now=${NOW} user=${USER}></sip-smart-goal-editor>
      <button>Skicka</button>
    </form>`);
    const el = wrap.querySelector('sip-smart-goal-editor')!;
    await settled(el);
    expect(el.form).to.equal(wrap);
    expect(JSON.parse(new FormData(wrap).get('goals') as string).length).to.equal(6);
    expect(wrap.checkValidity()).to.equal(false);
    expect(el.validity!.customError).to.equal(true);
    // hints (S, T here) are advice; a missing criterion (M, A, R) makes the field invalid
    expect(el.validationMessage).to.equal('3 mål uppfyller inte SMART. Långsiktigt mål 2 saknar: mätbart.');
    await useLocale('en');
    await settled(el);
    expect(el.validationMessage).to.equal('3 goals do not meet SMART. Long-term goal 2 is missing: measurable.');

    // edit a goal, then reset: back to the goals the host gave
    const events = changes(el);
    const text = card(el, 0).querySelector<HTMLTextAreaElement>('textarea[data-field=text]')!;
    text.focus();
    await press('End');
    await typeText(' Extra.');
    await press('Tab');
    await settled(el);
    expect(events.length).to.equal(1);
    wrap.reset();
    await settled(el);
    expect(events.length).to.equal(2);
    expect(events[1]!.detail.plan.goals).to.deep.equal(failingPlan().goals);
    expect(card(el, 0).querySelector<HTMLTextAreaElement>('textarea[data-field=text]')!.value).to.equal(failingPlan().goals[0]!.text);

    // a plan whose goals all pass is valid; required without goals is not
    el.plan = annaPlan([{ id: 'g', horizon: 'long', text: 'Anna vill kunna gå till affären själv.', measure: 'Går själv', targetDate: '2027-05-01', acceptedAt: '2026-11-01', realistic: true }]);
    await settled(el);
    expect(el.checkValidity()).to.equal(true);
    el.required = true;
    el.plan = annaPlan();
    await settled(el);
    expect(el.validity!.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('The plan needs at least one goal.');
  });

  it('is read-only with the readonly attribute, and shows a locked plan read-only', async () => {
    const el = await mount(elderlyDraft(), { readonly: true });
    expect($$(el, 'textarea, input, button')).to.have.length(0);
    expect(shadowText(el)).to.contain('Jag vill kunna bo kvar hemma').and.contain('Specifikt');
    expect(el.checkValidity()).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
    const locked = await mount(elderlyActive(), { mode: 'plan' });
    expect($$(locked, 'textarea, input, button')).to.have.length(0);
    expect(shadowText(locked)).to.contain('signerad och låst');
  });

  it('mode auto: a signed plan that is not locked is still written (staff may edit it); a locked one is followed up', async function () {
    this.timeout(60000);
    const el = await mount(elderlySigned());
    const events = changes(el);
    expect(shadowText(el)).to.contain('signerad men inte låst').and.not.contain('Mål – uppföljning');
    expect($$(el, 'textarea[data-field=text]')).to.have.length(7);
    // Editing, removing and undoing go through the model's operations, which allow a signed plan.
    await editor(el).removeGoal(6);
    expect(events[0]!.detail.change.type).to.equal('goal.removed');
    await editor(el).undo();
    expect(events[1]!.detail.change.type).to.equal('goal.restored');
    expect(events[1]!.detail.plan.goals).to.deep.equal(elderlySigned().goals);
    const locked = await mount(elderlyActive());
    expect(shadowText(locked)).to.contain('Mål – uppföljning');
    expect($$(locked, 'textarea[data-field=text]')).to.have.length(0);
  });

  it('shows markup in goal texts as text', async () => {
    const plan = markupPlan();
    for (const readonly of [false, true]) {
      const el = await mount(plan, { readonly });
      expect($$(el, 'img, script, svg, b, i')).to.have.length(0);
      if (readonly) {
        expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)>').and.contain('<script>alert("x")</script>');
      } else {
        expect($<HTMLTextAreaElement>(el, 'textarea[data-field=text]')!.value).to.equal(plan.goals[0]!.text);
        expect($<HTMLTextAreaElement>(el, 'textarea[data-field=disagreement]')!.value).to.equal('"><svg onload=alert(2)>');
      }
    }
  });

  it('shows a localized alert and fires sip-invalid for an invalid plan', async () => {
    const el = document.createElement('sip-smart-goal-editor');
    const invalid = nextEvent<SipInvalidDetail>(el, 'sip-invalid');
    el.plan = { id: 'x', goals: 'nope' } as never;
    document.body.append(el);
    expect((await invalid).detail.issues.length).to.be.greaterThan(0);
    await settled(el);
    expect($(el, '[role=alert]')!.textContent).to.contain('Planen kan inte visas');
    expect(await axeViolations(el)).to.deep.equal([]);
    el.remove();
  });

  it('keeps unknown fields and never mutates the input', async function () {
    this.timeout(60000);
    const plan = elderlyDraft() as SipPlan & Record<string, unknown>;
    (plan as Record<string, unknown>)['x-host'] = { ref: 42 };
    (plan.goals[0] as Record<string, unknown>)['x-goal'] = 'keep me';
    const snapshot = JSON.stringify(plan);
    deepFreeze(plan);
    const el = await mount(plan);
    const events = changes(el);
    card(el, 0).querySelector<HTMLTextAreaElement>('textarea[data-field=measure]')!.focus();
    await press('End');
    await typeText(' Mer.');
    await press('Tab');
    await settled(el);
    const next = events[0]!.detail.plan as SipPlan & Record<string, unknown>;
    expect(next).to.not.equal(plan);
    expect(next['x-host']).to.deep.equal({ ref: 42 });
    expect((next.goals[0] as Record<string, unknown>)['x-goal']).to.equal('keep me');
    expect(next.goals[0]!.measure).to.match(/ Mer\.$/);
    expect(JSON.stringify(plan)).to.equal(snapshot);
    // move and remove keep them too
    card(el, 0).querySelector<HTMLButtonElement>('button[data-action=down]')!.click();
    await settled(el);
    expect((events[1]!.detail.plan.goals.find((g) => g.id === 'g-home') as Record<string, unknown>)['x-goal']).to.equal('keep me');
  });

  it('speaks English', async function () {
    this.timeout(60000);
    await useLocale('en');
    const el = await mount(failingPlan());
    expect(shadowText(el)).to.contain('Goals').and.contain('Long-term goal 1').and.contain('Specific').and.contain('Time-bound');
    expect(shadowText(el)).to.not.contain('Långsiktigt');
    expect(await axeViolations(el)).to.deep.equal([]);
    const f = await mount(elderlyFollowedUp());
    expect(shadowText(f)).to.contain('Goals – follow-up').and.contain('Partly reached');
    expect(await axeViolations(f)).to.deep.equal([]);
  });

  it('passes axe in every state', async function () {
    this.timeout(180000);
    for (const locale of ['sv', 'en'] as const) {
      await useLocale(locale);
      for (const [name, plan, o] of [
        ['empty', annaPlan(), {}],
        ['elderly', elderlyDraft(), {}],
        ['sub-goals', subGoalsPlan(), {}],
        ['follow-up', elderlyFollowedUp(), {}],
        ['read-only', elderlyFollowedUp(), { readonly: true }],
        ['markup', markupPlan(), {}],
      ] as const) {
        const el = await mount(plan, o);
        expect(await axeViolations(el), `${locale} ${name}`).to.deep.equal([]);
      }
      // a new goal being written
      const el = await mount(elderlyDraft());
      $<HTMLButtonElement>(el, 'button[data-action=add]')!.click();
      await settled(el);
      expect(await axeViolations(el), `${locale} new goal`).to.deep.equal([]);
    }
  });
});
