/** The follow-up's words for decisions and closure reasons: functions, so they follow the language at render time. */
import { msg } from '@lit/localize';
import type { ClosureReason, FollowUpDecision } from '../../../model';

export function decisionLabel(d: FollowUpDecision): string {
  switch (d) {
    case 'continue':
      return msg('Fortsätta med planen', { id: 'followUp.decision.continue' });
    case 'revise':
      return msg('Revidera planen (ny version)', { id: 'followUp.decision.revise' });
    case 'close':
      return msg('Avsluta planen', { id: 'followUp.decision.close' });
  }
}

export function reasonLabel(r: ClosureReason): string {
  switch (r) {
    case 'goalsMet':
      return msg('Målen är uppnådda', { id: 'followUp.reason.goalsMet' });
    case 'noLongerNeeded':
      return msg('Samordning behövs inte längre', { id: 'followUp.reason.noLongerNeeded' });
    case 'consentWithdrawn':
      return msg('Samtycket har återkallats', { id: 'followUp.reason.consentWithdrawn' });
  }
}
