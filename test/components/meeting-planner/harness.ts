/** The meeting planner's steps, as a coordinator takes them; the selectors live here. */
import type { SipMeetingPlanner } from '../../../src/components/meeting-planner/index';
import { Harness } from '../../helpers/harness';

export class MeetingPlannerHarness extends Harness<SipMeetingPlanner> {
  /** A booking field's control (`date`, `start`, `end`, `place`, `purpose`, …). */
  field<T extends HTMLElement = HTMLInputElement>(name: string): T {
    const el = this.$<T>(`#book-${name}`);
    if (!el) throw new Error(`no booking field ${name}`);
    return el;
  }

  /** Sets a date or time control as a picker does (browsers type into these differently). */
  async pick(name: 'date' | 'start' | 'end', value: string): Promise<void> {
    const input = this.field(name);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    input.dispatchEvent(new FocusEvent('blur'));
    await this.settled();
  }

  /** Focuses a control by selector and types into it with real key presses. */
  async typeInto(selector: string, text: string): Promise<void> {
    const el = this.$(selector);
    if (!el) throw new Error(`no ${selector}`);
    el.focus();
    await this.type(text);
    await this.settled();
  }

  /** The error shown under a booking field, or ''. */
  error(name: string): string {
    return this.$(`#book-${name}-error`)?.textContent?.trim() ?? '';
  }

  /** The participant checkbox of a network entry, if it can be chosen. */
  participant(entryId: string): HTMLInputElement | null {
    return this.$<HTMLInputElement>(`#participants input[data-entry="${entryId}"]`);
  }

  /** The answer row of a network entry. */
  row(entryId: string): HTMLElement | null {
    return this.$(`li.answer[data-entry="${entryId}"]`);
  }

  /** The state of an entry's answer (`waiting`, `overdue`, `acknowledged`, `declined`). */
  state(entryId: string): string {
    return this.row(entryId)?.dataset['state'] ?? '';
  }

  /** The left-out list's entry ids. */
  leftOut(): string[] {
    return this.$$('[data-left-out]').map((li) => li.dataset['leftOut'] ?? '');
  }

  /** The short-notice hint's text, or ''. */
  shortNotice(): string {
    return this.$('[data-hint=short-notice]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
}
