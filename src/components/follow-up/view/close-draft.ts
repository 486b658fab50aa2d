/**
 * Closing a draft plan, one that was never signed (the person no longer wants a SIP, the need
 * went away, the person moved, the consent was withdrawn): a secondary button in the banner
 * opens the closure part of the record only, and the kit's confirm dialog ends the plan.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { confirmDialog } from '../../../shared/templates';
import * as label from '../../../shared/labels';
import type { SipPlan } from '../../../model';
import type { FollowUpActions, FollowUpViewModel } from '../types';
import { decisionLabel, reasonLabel } from './labels';
import { closureFields, opErrorLine } from './record';

/** The dialog's id (opened with the kit's `openConfirm`). */
export const CLOSE_DRAFT_DIALOG = 'close-draft-dialog';

type Vm = Readonly<FollowUpViewModel>;

/** The action's name: a first version was never signed; a revision ends without its new version. */
function actionLabel(plan: SipPlan): string {
  return plan.version > 1
    ? msg('Avsluta utan ny version', { id: 'followUp.draftClose.openRevision' })
    : msg('Avsluta utan signerad plan', { id: 'followUp.draftClose.open' });
}

/** The banner's button that opens the closure (secondary: the draft's own work is elsewhere). */
export function closeDraftButton(vm: Vm, a: FollowUpActions): TemplateResult {
  return html`<div class="button-row">
    <button type="button" part="button" data-action="close-draft" @click=${a.openDraftClose}>${actionLabel(vm.plan)}</button>
  </div>`;
}

function dialog(vm: Vm, a: FollowUpActions): TemplateResult {
  const d = vm.draft;
  const withdrawn = d.closeReason === 'consentWithdrawn';
  const what = withdrawn
    ? msg('Samtycket registreras som återkallat och planen makuleras.', { id: 'followUp.draftClose.confirmWithdrawn' })
    : d.closeReason
      ? msg(str`Planen avslutas utan att ha signerats: ${reasonLabel(d.closeReason)}.`, { id: 'followUp.draftClose.confirmClose' })
      : '';
  return confirmDialog({
    id: CLOSE_DRAFT_DIALOG,
    title: msg('Avsluta planen?', { id: 'followUp.draftClose.confirmTitle' }),
    body: html`${what} ${msg('Den kan sedan bara läsas, och det går inte att ångra. Informera parterna i listan efteråt.', { id: 'followUp.draftClose.confirmAfter' })}`,
    confirmLabel: withdrawn ? msg('Makulera planen', { id: 'followUp.draftClose.void' }) : decisionLabel('close'),
    danger: true,
    onConfirm: a.confirmDraftClose,
  });
}

/** The closure of a draft: why, who took part, a note, SIP-kollen where a meeting was held, whom to tell. */
export function renderCloseDraft(vm: Vm, a: FollowUpActions): TemplateResult {
  const plan = vm.plan;
  return html`<section class="record close-draft" part="record" aria-labelledby="close-draft-title">
    <h3 id="close-draft-title" tabindex="-1">${actionLabel(plan)}</h3>
    <p class="help">
      ${plan.version > 1
        ? msg(str`Version ${plan.version} har inte signerats. Avsluta planen här om samordningen ska upphöra i stället för att fortsätta med en ny version.`, { id: 'followUp.draftClose.introRevision' })
        : msg('Planen har inte signerats. Avsluta den om personen inte längre vill ha en SIP, om behovet har upphört eller om personen har flyttat.', { id: 'followUp.draftClose.intro' })}
    </p>
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        a.askDraftClose();
      }}
    >
      ${closureFields(vm, a)} ${opErrorLine(vm)}
      <div class="button-row">
        <button type="submit" class="primary" part="button" data-action="ask-close-draft">${msg('Avsluta planen …', { id: 'followUp.draftClose.submit' })}</button>
        <button type="button" part="button" data-action="cancel-close-draft" @click=${a.cancelDraftClose}>${label.cancel()}</button>
      </div>
    </form>
    ${dialog(vm, a)}
  </section>`;
}
