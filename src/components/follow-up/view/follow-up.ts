/**
 * The follow-up: where the plan stands, the coordinator's checklist, the activities (the
 * activity list, grouped by principal: status and comments) and the goals (the goal editor in
 * its follow-up mode), the record with its decision, and the history.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { SipPlan } from '../../../model';
import { formatDate } from '../../../shared/format';
import * as term from '../../../shared/terms';
import type { FollowUpActions, FollowUpViewModel, FollowUpView } from '../types';
import { renderChecklist } from './checklist';
import { renderHistory } from './history';
import { renderRecord } from './record';
import { closeDraftButton, renderCloseDraft } from './close-draft';
import { reasonLabel } from './labels';

type Vm = Readonly<FollowUpViewModel>;

/** Who took part in the decision to close, and whether SIP-kollen was offered. */
function closureFacts(plan: SipPlan): TemplateResult {
  const c = plan.closure!;
  const names = [
    ...(c.personTookPart ? [`${plan.person.name} (${term.thePerson()})`] : []),
    ...(c.decidedWith ?? []).map((id) => plan.network.find((e) => e.id === id)?.name ?? id),
  ];
  return html`<p>
      ${names.length
        ? msg(str`Beslutet togs tillsammans med: ${names.join(', ')}.`, { id: 'followUp.banner.decidedWith' })
        : msg('Det är inte antecknat vilka som tog del i beslutet.', { id: 'followUp.banner.decidedWithNone' })}
      ${c.sipKollen?.offered ? msg('SIP-kollen har erbjudits.', { id: 'followUp.banner.sipKollen' }) : msg('SIP-kollen har inte erbjudits.', { id: 'followUp.banner.noSipKollen' })}
    </p>
    ${c.note ? html`<p>${c.note}</p>` : nothing}`;
}

/**
 * The banner: read-only (closed, voided), not followed up yet (draft, with the way to close it
 * unsigned), or when the next follow-up is.
 */
function status(vm: Vm, a: FollowUpActions): TemplateResult {
  const plan = vm.plan;
  let kind = 'ok';
  let text: string;
  if (plan.status === 'closed' && plan.closure) {
    kind = 'ended';
    text = msg(str`Planen avslutades ${formatDate(plan.closure.at)}: ${reasonLabel(plan.closure.reason)}. Den kan bara läsas.`, { id: 'followUp.banner.closed' });
  } else if (plan.status === 'voided') {
    kind = 'ended';
    const v = plan.voided;
    text =
      v?.replacedByVersion !== undefined
        ? msg(str`Den här versionen är makulerad och ersatt av version ${v.replacedByVersion}. Den kan bara läsas.`, { id: 'followUp.banner.revised' })
        : v?.reason === 'consentWithdrawn'
          ? msg('Planen är makulerad eftersom samtycket har återkallats. Den kan bara läsas.', { id: 'followUp.banner.withdrawn' })
          : msg('Planen är makulerad. Den kan bara läsas.', { id: 'followUp.banner.voided' });
  } else if (vm.stage === 'draft') {
    kind = 'waiting';
    text =
      plan.version > 1
        ? msg(str`Version ${plan.version} skrivs (revidering). Uppföljningen fortsätter när den nya versionen är signerad.`, { id: 'followUp.banner.revising' })
        : msg('Planen är ett utkast. Den följs upp när den är signerad.', { id: 'followUp.banner.draft' });
  } else {
    text = plan.followUpDate
      ? msg(str`Planerad uppföljning: ${formatDate(plan.followUpDate)}.`, { id: 'followUp.banner.next' })
      : msg('Ingen uppföljning är planerad.', { id: 'followUp.banner.noNext' });
  }
  return html`<div class="status status-${kind}" part="banner" role=${kind === 'ended' ? 'note' : 'none'}>
    <h2 id="status-title" tabindex="-1">${msg(str`Uppföljning – ${plan.person.name}`, { id: 'followUp.title' })}</h2>
    <p>${text}</p>
    ${plan.status === 'closed' && plan.closure ? closureFacts(plan) : nothing}
    ${vm.canCloseDraft && !vm.closingDraft ? closeDraftButton(vm, a) : nothing}
  </div>`;
}

export const renderFollowUp: FollowUpView = (vm: Vm, a: FollowUpActions) => {
  const plan = vm.plan;
  // The composed elements take the same plan, user and clock; they are read-only unless a follow-up can be recorded.
  const childReadonly = !vm.canRecord;
  const ended = plan.status === 'closed' || plan.status === 'voided';
  return html`<div class="base" part="base">
    ${status(vm, a)} ${vm.canCloseDraft && vm.closingDraft ? renderCloseDraft(vm, a) : nothing}
    ${ended || vm.stage === 'draft' ? nothing : renderChecklist(vm.checklist, a)}
    <sip-activity-status-list
      part="activities"
      group-by="principal"
      .plan=${plan}
      .user=${vm.user}
      .now=${vm.now}
      ?readonly=${childReadonly}
      @sip-plan-change=${a.childChange}
    ></sip-activity-status-list>
    <sip-smart-goal-editor part="goals" mode="follow-up" .plan=${plan} .user=${vm.user} .now=${vm.now} ?readonly=${childReadonly} @sip-plan-change=${a.childChange}></sip-smart-goal-editor>
    ${vm.canRecord ? renderRecord(vm, a) : nothing}
    ${renderHistory(plan)}
  </div>`;
};
