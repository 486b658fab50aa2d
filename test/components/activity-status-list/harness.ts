/**
 * The activity list as a user sees it: groups, activity cards, the status form, the undo bar.
 * Tests read as steps: `await list.openStatus('a-1'); await list.undo();`.
 */
import { Harness } from '../../helpers/harness';
import type { SipActivityStatusList } from '../../../src/components/activity-status-list/index';

export class ActivityListHarness extends Harness<SipActivityStatusList> {
  /** The card of activity `id`, or null when it is not shown. */
  rowOrNull(id: string): HTMLElement | null {
    return this.$(`li[data-id="${CSS.escape(id)}"]`);
  }

  row(id: string): HTMLElement {
    const row = this.rowOrNull(id);
    if (!row) throw new Error(`no activity ${id} shown`);
    return row;
  }

  /** The rendered activity cards. */
  rows(): HTMLElement[] {
    return this.$$('li.activity');
  }

  /** The activity titles in display order. */
  titles(): string[] {
    return this.$$('li.activity h4').map((h) => h.textContent!.trim());
  }

  /** The group headings ("Region Västmanland, Region · 1 insats"). */
  groupHeadings(): string[] {
    return this.$$('h3').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
  }

  /** The counters' text. */
  summary(): string {
    return this.$('[part=summary]')!.textContent!.replace(/\s+/g, ' ').trim();
  }

  /** A visible button of a row: `status` (status and comment), `edit`, `remove`. */
  button(id: string, action: 'status' | 'edit' | 'remove'): HTMLButtonElement | null {
    return this.row(id).querySelector<HTMLButtonElement>(`button[data-action=${action}]:not([hidden])`);
  }

  /** Opens the status form of activity `id` (by its button). */
  async openStatus(id: string): Promise<void> {
    const button = this.button(id, 'status');
    if (!button) throw new Error(`activity ${id} offers no status button`);
    button.click();
    await this.settled();
  }

  /** The values offered in the open status form's select ('' = no change). */
  statusOptions(): string[] {
    return this.$$<HTMLOptionElement>('#status-to option').map((o) => o.value);
  }

  /** Fills the open status form and saves it. */
  async submitStatus(to: string, comment = ''): Promise<void> {
    const select = this.$<HTMLSelectElement>('#status-to');
    if (select) select.value = to;
    this.$<HTMLTextAreaElement>('#status-note')!.value = comment;
    await this.click('.status-form button[type=submit]');
  }

  async remove(id: string): Promise<void> {
    this.button(id, 'remove')!.click();
    await this.settled();
  }

  /** The undo bar, if shown. */
  undoBar(): HTMLElement | null {
    return this.$('[part=undo]');
  }

  undoButton(): HTMLButtonElement | null {
    return this.$('[part=undo] button[data-action=undo]');
  }

  async undo(): Promise<void> {
    await this.click('[part=undo] button[data-action=undo]');
  }

  /** Whether later rows of a long list are still being rendered. */
  busy(): boolean {
    return this.$('.groups[aria-busy=true]') !== null;
  }

  /** Waits until every row of a long list is rendered (they come in steps after the first ones). */
  async allRendered(ms = 30_000): Promise<void> {
    const start = Date.now();
    while (this.busy()) {
      if (Date.now() - start > ms) throw new Error(`rows still rendering after ${ms} ms (${this.rows().length} so far)`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await this.settled();
  }
}
