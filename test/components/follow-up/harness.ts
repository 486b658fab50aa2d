/**
 * The follow-up as a user sees it: the checklist, the composed activity list and goal editor,
 * the record with its decision, the history. Tests read as steps:
 * `await round.comment('a-bp', 'Blodtrycket är stabilt.'); await round.decide('continue');`.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Harness } from '../../helpers/harness';
import { settled } from '../../helpers/element';
import type { SipFollowUp, SipPlanClosedDetail } from '../../../src/components/follow-up/index';
import type { SipPlanChangeDetail } from '../../../src/shared/events';
import type { SipPlan } from '../../../src/model';
import { EXAMPLE_NOW } from '../../../src/model/examples';
import type { SipActivityStatusList } from '../../../src/components/activity-status-list/index';
import type { SipSmartGoalEditor } from '../../../src/components/smart-goal-editor/index';
import { ActivityListHarness } from '../activity-status-list/harness';
import { GoalEditorHarness } from '../smart-goal-editor/harness';

export class FollowUpHarness extends Harness<SipFollowUp> {
  /** The element and the two it composes, rendered. */
  override async settled(): Promise<void> {
    await settled(this.el);
    for (const child of this.$$<HTMLElement & { updateComplete: Promise<boolean> }>('sip-activity-status-list, sip-smart-goal-editor')) await settled(child);
    await settled(this.el);
  }

  activities(): ActivityListHarness {
    const list = this.$<SipActivityStatusList>('sip-activity-status-list');
    if (!list) throw new Error('no activity list shown');
    return new ActivityListHarness(list);
  }

  goals(): GoalEditorHarness {
    const editor = this.$<SipSmartGoalEditor>('sip-smart-goal-editor');
    if (!editor) throw new Error('no goal editor shown');
    return new GoalEditorHarness(editor);
  }

  /** The checklist's summary line ("3 av 9 insatser saknar dokumentation …"). */
  checklistSummary(): string {
    return this.$('[data-summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** Responsible persons the checklist shows as not documented yet. */
  missingPeople(): string[] {
    return this.$$('.person.missing').map((p) => p.dataset.person ?? '');
  }

  /** The checklist's button to activity `id` (shown while it is not documented), or null. */
  goToButton(id: string): HTMLButtonElement | null {
    return this.$<HTMLButtonElement>(`.todo [data-activity="${CSS.escape(id)}"] button[data-action=go-to]`);
  }

  /** The ids of the activities the checklist lists as not documented, in its order. */
  undocumented(): string[] {
    return this.$$('.todo [data-activity]').map((li) => li.dataset.activity ?? '');
  }

  /** The banner's text. */
  banner(): string {
    return this.$('[part=banner]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** A record field's control (`date`, `howItWent`, `nextDate`, …). */
  field<T extends HTMLElement = HTMLInputElement>(name: string): T {
    const el = this.$<T>(`[data-field=${name}] :is(input, textarea, select)`);
    if (!el) throw new Error(`no ${name} field`);
    return el;
  }

  /** The error shown at a field, or ''. */
  fieldError(name: string): string {
    return this.$(`[data-field=${name}] .field-error`)?.textContent?.trim() ?? '';
  }

  /** A radio of a record field by value. */
  radio(name: string, value: string): HTMLInputElement {
    const el = this.$<HTMLInputElement>(`[data-field=${name}] input[type=radio][value="${value}"]`);
    if (!el) throw new Error(`no ${name}=${value} choice`);
    return el;
  }

  /** Focuses `control`, then presses Space (chooses a radio or checkbox, as a keyboard user does). */
  async choose(control: HTMLElement): Promise<void> {
    control.focus();
    await sendKeys({ press: ' ' });
    await this.settled();
  }

  /** Focuses the record field and types into it. */
  async typeInto(name: string, text: string): Promise<void> {
    const f = this.field<HTMLInputElement>(name);
    f.focus();
    f.select?.();
    await this.type(text);
    await this.settled();
  }

  submitButton(): HTMLButtonElement {
    return this.$<HTMLButtonElement>('.record button[type=submit]')!;
  }

  /** The banner's button that opens a draft's closure, or null. */
  closeDraftButton(): HTMLButtonElement | null {
    return this.$<HTMLButtonElement>('[data-action=close-draft]');
  }

  /** The open closure of a draft (its form), or null. */
  closeDraftForm(): HTMLElement | null {
    return this.$('.close-draft');
  }

  /** The confirm dialog of a draft's closure, or null. */
  closeDraftDialog(): HTMLDialogElement | null {
    return this.$<HTMLDialogElement>('dialog#close-draft-dialog');
  }

  /** The closure reasons offered, in order. */
  reasonsOffered(): string[] {
    return this.$$<HTMLInputElement>('[data-field=closeReason] input[type=radio]').map((r) => r.value);
  }

  /** Presses Tab until `matches` holds for the focused element (through shadow roots); fails after `max` presses. */
  async tabTo(what: string, matches: (el: Element | null) => boolean, max = 40): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (matches(this.focused())) return;
      await sendKeys({ press: 'Tab' });
    }
    if (!matches(this.focused())) throw new Error(`Tab never reached ${what}; focus is on ${this.focused()?.outerHTML.slice(0, 120)}`);
  }

  historyEntries(): string[] {
    return this.$$('.history .entry h4').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
  }
}

export interface MountedFollowUp {
  el: SipFollowUp;
  round: FollowUpHarness;
  /** Every `sip-plan-change` and `sip-plan-closed` the host heard, in order. */
  changes: CustomEvent<SipPlanChangeDetail>[];
  closed: CustomEvent<SipPlanClosedDetail>[];
  /** A button on the page just before the element, to Tab in from. */
  before: HTMLButtonElement;
}

/** Mounts `<sip-follow-up>` as a host does, listening above it (a composed element's change reaches the host once). */
export async function mountFollowUp(plan: SipPlan, o: { readonly?: boolean; user?: string } = {}): Promise<MountedFollowUp> {
  const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">Före</button></div>`);
  const el = document.createElement('sip-follow-up');
  el.now = EXAMPLE_NOW;
  el.user = o.user ?? 'Maria Ek';
  el.readonly = o.readonly ?? false;
  el.plan = plan;
  const changes: CustomEvent<SipPlanChangeDetail>[] = [];
  const closed: CustomEvent<SipPlanClosedDetail>[] = [];
  wrap.addEventListener('sip-plan-change', (e) => changes.push(e as CustomEvent<SipPlanChangeDetail>));
  wrap.addEventListener('sip-plan-closed', (e) => closed.push(e as CustomEvent<SipPlanClosedDetail>));
  wrap.append(el);
  const round = new FollowUpHarness(el);
  await round.settled();
  await round.settled();
  return { el, round, changes, closed, before: wrap.querySelector<HTMLButtonElement>('#before')! };
}
