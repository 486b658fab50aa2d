/** Earlier follow-ups, latest first: date, decision and the three answers, readable at a glance. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FollowUp, SipPlan } from '../../../model';
import { formatDate } from '../../../shared/format';
import * as label from '../../../shared/labels';
import * as term from '../../../shared/terms';
import { followUpsLatestFirst } from '../round';
import { decisionLabel } from './labels';

function answer(term: string, text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<div><dt>${term}</dt><dd>${text}</dd></div>` : nothing;
}

function entry(f: FollowUp): TemplateResult {
  const coordination = f.furtherCoordinationNeeded === undefined ? undefined : f.furtherCoordinationNeeded ? label.yes() : label.no();
  return html`<li class="entry" data-followup=${f.id}>
    <h4><span>${formatDate(f.date)}</span> <span class="decision decision-${f.decision}">${term.decision()}: ${decisionLabel(f.decision)}</span></h4>
    <dl>
      ${answer(msg('Hur har det gått?', { id: 'followUp.field.howItWent' }), f.howItWent)}
      ${answer(msg('Vad har hjälpt?', { id: 'followUp.field.helped' }), f.helped)}
      ${answer(msg('Vad har varit svårt eller hindrat?', { id: 'followUp.field.hindered' }), f.hindered)}
      ${answer(msg('Behövs samordning fortfarande?', { id: 'followUp.field.coordination' }), coordination)}
      ${f.sipKollen ? answer(msg('SIP-kollen erbjuden', { id: 'followUp.history.sipKollen' }), f.sipKollen.offered ? label.yes() : label.no()) : nothing}
    </dl>
    <p class="muted">${msg(str`Antecknat av ${f.recordedBy}.`, { id: 'followUp.history.by' })}</p>
  </li>`;
}

export function renderHistory(plan: SipPlan): TemplateResult {
  const list = followUpsLatestFirst(plan);
  return html`<section class="history" part="history" aria-labelledby="history-title">
    <h3 id="history-title">${msg(str`Tidigare uppföljningar (${list.length})`, { id: 'followUp.history.title' })}</h3>
    ${list.length
      ? html`<ol class="entries">${list.map(entry)}</ol>`
      : html`<p class="muted">${msg('Ingen uppföljning är gjord än.', { id: 'followUp.history.none' })}</p>`}
  </section>`;
}
