/**
 * The consent recorder as a user sees it: the state box, the decision form, the renewal's
 * summary of changes, the history and the withdrawal dialog. Tests read as steps.
 */
import { Harness } from '../../helpers/harness';
import type { SipConsentRecorder } from '../../../src/components/consent-recorder/index';

export class ConsentHarness extends Harness<SipConsentRecorder> {
  /** The heading of the state box ("Samtycke gäller till och med …"). */
  statusTitle(): string {
    return this.$('#status-title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  form(): HTMLFormElement | null {
    return this.$<HTMLFormElement>('#consent-form');
  }

  /** "Registrera nytt beslut (förnya eller ändra)". */
  openForm(): Promise<void> {
    return this.click('#open-form');
  }

  /** The values of the checked boxes of a fieldset (`givers`, `parties`). */
  checked(field: 'givers' | 'parties'): string[] {
    return this.$$<HTMLInputElement>(`[data-field=${field}] input[type=checkbox]`)
      .filter((i) => i.checked)
      .map((i) => i.value);
  }

  /** Clicks the checkbox `value` of a fieldset. */
  async toggle(field: 'givers' | 'parties', value: string): Promise<void> {
    const box = this.$<HTMLInputElement>(`[data-field=${field}] input[value="${value}"]`);
    if (!box) throw new Error(`no ${field} checkbox ${value}`);
    box.click();
    await this.settled();
  }

  /** Chooses a radio (`decision`: given/refused, `form`: oral/written). */
  async choose(name: 'decision' | 'form', value: string): Promise<void> {
    this.$<HTMLInputElement>(`input[name=${name}][value=${value}]`)!.click();
    await this.settled();
  }

  /** Types into a text field by id (fires `input`). */
  async fill(id: string, text: string): Promise<void> {
    const field = this.$<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!field) throw new Error(`no #${id}`);
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await this.settled();
  }

  value(id: string): string {
    return this.$<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)?.value ?? '';
  }

  submit(): Promise<void> {
    return this.click('button[type=submit]');
  }

  /** The error messages shown at the fields. */
  errors(): string[] {
    return this.$$('.field-error').map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
  }

  /** The renewal's summary of changes (null when not a renewal). */
  changes(): HTMLElement | null {
    return this.$('[data-renewal-changes]');
  }

  /** The kinds of the listed changes (`partyRemoved`, `validUntil`, …). */
  changeKinds(): string[] {
    return this.$$('[data-renewal-changes] [data-change]').map((li) => li.dataset.change!);
  }

  dialog(): HTMLDialogElement | null {
    return this.$<HTMLDialogElement>('dialog#withdraw-dialog');
  }

  openWithdraw(): Promise<void> {
    return this.click('#withdraw');
  }

  confirmWithdraw(): Promise<void> {
    return this.click('dialog#withdraw-dialog [data-action=confirm]');
  }

  cancelWithdraw(): Promise<void> {
    return this.click('dialog#withdraw-dialog [data-action=confirm-cancel]');
  }

  /** The text a user sees laid out (closed disclosures and titles left out). */
  visibleText(): string {
    return (this.$('.base') as HTMLElement | null)?.innerText ?? '';
  }
}
