/**
 * The plan document as a user sees it: the coordinator's panel (fields, what is missing, sign,
 * lock, record a signature), the document's sections and activities.
 */
import { Harness } from '../../helpers/harness';
import type { SipPlanDocument } from '../../../src/components/plan-document/index';

export class PlanDocumentHarness extends Harness<SipPlanDocument> {
  /** The items of "what is missing before signing", as shown. */
  requirements(): string[] {
    return this.$$('.requirements li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  }

  /** The "go to the field" button of the missing part that is filled in at `fieldId`. */
  goToButton(fieldId: string): HTMLButtonElement | null {
    return this.$<HTMLButtonElement>(`.requirements button[data-goto="${fieldId}"]`);
  }

  /** The document's text (what prints), whitespace collapsed. */
  documentText(): string {
    return (this.$('.document')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Which signing step the panel shows: draft, signed, locked (or '' without the panel). */
  stage(): string {
    return this.$('.signing')?.dataset.stage ?? '';
  }

  /** Writes `text` into a core-text field and leaves it (the change saves it). */
  async write(field: 'reason' | 'currentSituation' | 'ongoingInterventions' | 'needs' | 'ifWorse' | 'followUpDate', text: string): Promise<void> {
    const control = this.$<HTMLTextAreaElement | HTMLInputElement>(`#${field}`);
    if (!control) throw new Error(`no #${field} in <${this.el.localName}>`);
    control.value = text;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settled();
  }

  /** Whether `selector` has focus inside the element. */
  hasFocus(selector: string): boolean {
    const f = this.focused();
    return !!f && f === this.$(selector);
  }
}
