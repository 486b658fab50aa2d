/**
 * The goal editor as a user sees it: goal cards, their SMART check, the buttons on each card,
 * the undo bar. Tests read as steps: `await editor.removeGoal(0); await editor.undo();`.
 */
import { Harness } from '../../helpers/harness';
import type { SipSmartGoalEditor } from '../../../src/components/smart-goal-editor/index';

export type CardField = 'text' | 'whatMatters' | 'measure' | 'targetDate' | 'accepted' | 'acceptedAt' | 'realistic' | 'disagreement' | 'note';

export class GoalEditorHarness extends Harness<SipSmartGoalEditor> {
  /** The goal cards in display order. */
  cards(): HTMLElement[] {
    return this.$$('article.goal');
  }

  card(index: number): HTMLElement {
    const card = this.cards()[index];
    if (!card) throw new Error(`no goal card ${index}`);
    return card;
  }

  /** The headings of the cards ("Långsiktigt mål 1", "Delmål 1.1", …). */
  labels(): string[] {
    return this.$$('article.goal h3').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
  }

  /** The five SMART criteria of a card as `{ specific: 'met', … }`. */
  criteria(index: number): Record<string, string> {
    const out: Record<string, string> = {};
    for (const li of this.card(index).querySelectorAll<HTMLElement>('[data-criterion]')) out[li.dataset.criterion!] = li.dataset.state!;
    return out;
  }

  /** A field of a card (textarea, input). */
  field<T extends HTMLElement = HTMLTextAreaElement>(index: number, field: CardField): T {
    const el = this.card(index).querySelector<T>(`[data-field=${field}]`);
    if (!el) throw new Error(`card ${index} has no ${field} field`);
    return el;
  }

  /** A button of a card by its action (`up`, `down`, `remove`, `add-sub`, `use-measure`, `cancel-new`). */
  button(index: number, action: string): HTMLButtonElement {
    const el = this.card(index).querySelector<HTMLButtonElement>(`button[data-action=${action}]`);
    if (!el) throw new Error(`card ${index} has no ${action} button`);
    return el;
  }

  /** The activity badges' texts. */
  activityBadges(): string[] {
    return this.$$('[part=activities]').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
  }

  /** The undo bar, if shown. */
  undoBar(): HTMLElement | null {
    return this.$('[part=undo]');
  }

  async moveDown(index: number): Promise<void> {
    this.button(index, 'down').click();
    await this.settled();
  }

  async removeGoal(index: number): Promise<void> {
    this.button(index, 'remove').click();
    await this.settled();
  }

  async undo(): Promise<void> {
    await this.click('[part=undo] button[data-action=undo]');
  }

  /** Starts a new long-term goal (focus moves to its text). */
  async addLongGoal(): Promise<void> {
    await this.click('button[data-action=add]');
  }
}
