/** The meeting circle's steps, as a chair takes them; the selectors live here. */
import type { SipMeetingCircle } from '../../../src/components/meeting-circle/index';
import { Harness } from '../../helpers/harness';

export class MeetingCircleHarness extends Harness<SipMeetingCircle> {
  /** "End the meeting" and the dialog's confirm. */
  async endMeeting(): Promise<void> {
    await this.settled();
    await this.click('#end');
    await this.click('dialog#end-confirm [data-action=confirm]');
  }

  /** "Save the time in the plan". */
  async save(): Promise<void> {
    await this.settled();
    await this.click('#save');
  }

  /** The overwrite question's confirm. */
  confirmOverwrite(): Promise<void> {
    return this.click('dialog#overwrite-confirm [data-action=confirm]');
  }

  /** The undo bar's Undo. */
  undo(): Promise<void> {
    return this.click('[data-action=undo]');
  }

  /** Opens a confirm dialog's state: is it showing? */
  dialogOpen(id: string): boolean {
    return this.$<HTMLDialogElement>(`dialog#${id}`)?.open ?? false;
  }

  /** The refused-state message, if any. */
  alertText(): string {
    return this.$('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
}
