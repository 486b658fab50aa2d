/**
 * The initiative as a user sees it: the start form, the receivers with their answers, the
 * decline form and sending on. Tests read as steps; the selectors live here.
 */
import { Harness } from '../../helpers/harness';
import type { SipInitiative } from '../../../src/components/initiative/index';

export class InitiativeHarness extends Harness<SipInitiative> {
  /** Focuses a control (as Tab would) and waits. */
  async focusOn(selector: string): Promise<void> {
    const target = this.$(selector);
    if (!target) throw new Error(`no ${selector} in <sip-initiative>`);
    target.focus();
    await this.settled();
  }

  /** Focuses `selector` and presses `key` on it. */
  async pressOn(selector: string, key: string): Promise<void> {
    await this.focusOn(selector);
    await this.press(key);
    await this.settled();
  }

  /** The receiver checkbox for network entry `id` in the start form. */
  receiverBox(id: string): HTMLInputElement | null {
    return this.$<HTMLInputElement>(`[data-field=receivers] input[value="${id}"]`);
  }

  /** Types the reason with real key presses. */
  async typeReason(text: string): Promise<void> {
    await this.focusOn('#initiative-reason');
    await this.type(text);
    await this.settled();
  }

  /** Checks a receiver with the space bar. */
  async chooseReceiver(id: string): Promise<void> {
    await this.pressOn(`[data-field=receivers] input[value="${id}"]`, 'Space');
  }

  /** Sends the form with Enter on its button. */
  send(): Promise<void> {
    return this.pressOn('form.start button[type=submit]', 'Enter');
  }

  row(id: string): HTMLElement | null {
    return this.$(`li.receiver[data-entry="${id}"]`);
  }

  /** The receivers in the order shown. */
  rowIds(): string[] {
    return this.$$('li.receiver').map((li) => li.dataset.entry!);
  }

  state(id: string): string | undefined {
    return this.row(id)?.dataset.state;
  }

  rowText(id: string): string {
    return (this.row(id)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** A button of a receiver's row (`acknowledge`, `decline`, `forward`, `confirm-decline`, `cancel-decline`). */
  rowButton(id: string, action: string): string {
    return `li.receiver[data-entry="${id}"] [data-action=${action}]`;
  }

  /** The decline form's select for receiver `id`. */
  redirectSelect(id: string): HTMLSelectElement | null {
    return this.row(id)?.querySelector('select') ?? null;
  }

  errors(): string[] {
    return this.$$('.field-error').map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
  }
}
