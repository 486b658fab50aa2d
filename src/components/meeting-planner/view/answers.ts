/** Each participant's answer to the invitation: waiting, overdue (stands out), acknowledged, declined. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale } from '../../../shared/i18n';
import { answerCounts, type AnswerRow } from '../answers';
import { who } from '../people';
import { dueText } from '../labels';
import type { PlannerActions, PlannerViewModel } from '../types';

function stateText(vm: Readonly<PlannerViewModel>, row: AnswerRow): string {
  const locale = getLocale();
  const r = row.receiver;
  switch (row.state) {
    case 'acknowledged': {
      const at = dueText(r.answer?.at, locale);
      return r.answer?.attendee
        ? msg(str`Kvitterat ${at}. Kommer: ${r.answer.attendee}`, { id: 'meeting-planner.state.acknowledgedWho' })
        : msg(str`Kvitterat ${at}`, { id: 'meeting-planner.state.acknowledged' });
    }
    case 'declined': {
      const to = r.answer?.redirectTo ?? '';
      const name = vm.plan.network.some((e) => e.id === to) ? who(vm.plan, to) : to;
      return msg(str`Avböjt. Hänvisar till ${name}`, { id: 'meeting-planner.state.declined' });
    }
    case 'overdue':
      return msg(str`Svaret är försenat – skulle ha kommit ${dueText(r.dueAt, locale)}`, { id: 'meeting-planner.state.overdue' });
    default:
      return msg(str`Väntar på svar senast ${dueText(r.dueAt, locale)}`, { id: 'meeting-planner.state.waiting' });
  }
}

function row(vm: Readonly<PlannerViewModel>, a: PlannerActions, r: AnswerRow): TemplateResult {
  const id = r.receiver.entryId;
  const key = vm.keyOf(id);
  const name = who(vm.plan, id);
  const draft = vm.answerDrafts.get(id);
  const open = vm.canEdit && (r.state === 'waiting' || r.state === 'overdue');
  // Also set on the input as its name: IBM's checker does not follow a label inside a closed <details>.
  const redirectLabel = msg(str`Vem ska ${name} hänvisa till i stället?`, { id: 'meeting-planner.redirect' });
  return html`<li class="answer ${r.state}" part="answer" data-entry=${id} data-state=${r.state}>
    <p class="who"><strong>${name}</strong></p>
    <p class="state">${r.state === 'overdue' ? html`<span class="badge" aria-hidden="true">!</span> ` : nothing}${stateText(vm, r)}</p>
    ${open
      ? html`<div class="answer-controls">
          <div class="field">
            <label for="attendee-${key}">${msg(str`Vem kommer för ${name}? (valfritt)`, { id: 'meeting-planner.attendee' })}</label>
            <input id="attendee-${key}" type="text" .value=${draft?.attendee ?? ''} @input=${(e: Event) => a.answerInput(id, 'attendee', (e.target as HTMLInputElement).value)} />
          </div>
          <button type="button" class="primary" part="button" data-action="acknowledge" aria-label=${msg(str`Kvittera för ${name}`, { id: 'meeting-planner.acknowledge.for' })} @click=${() => a.acknowledge(id)}>
            ${msg('Kvittera', { id: 'meeting-planner.acknowledge' })}
          </button>
          <details class="decline">
            <summary>${msg(str`Avböjt – hänvisa vidare`, { id: 'meeting-planner.decline.open' })}</summary>
            <div class="field">
              <label for="redirect-${key}">${redirectLabel}</label>
              <input id="redirect-${key}" type="text" aria-label=${redirectLabel} .value=${draft?.redirect ?? ''} @input=${(e: Event) => a.answerInput(id, 'redirect', (e.target as HTMLInputElement).value)} />
            </div>
            <button type="button" part="button" data-action="decline" aria-label=${msg(str`Registrera avböjt för ${name}`, { id: 'meeting-planner.decline.for' })} @click=${() => a.decline(id)}>
              ${msg('Registrera avböjt', { id: 'meeting-planner.decline' })}
            </button>
          </details>
        </div>`
      : nothing}
  </li>`;
}

export function renderAnswers(vm: Readonly<PlannerViewModel>, a: PlannerActions): TemplateResult {
  const c = answerCounts(vm.rows);
  const total = vm.rows.length;
  const answered = c.acknowledged + c.declined;
  return html`<section class="card" part="answers" aria-labelledby="answers-heading">
    <h3 id="answers-heading" tabindex="-1">${msg('Svar på kallelsen', { id: 'meeting-planner.answers.heading' })}</h3>
    <p class="summary" data-summary>
      ${msg(str`${answered} av ${total} har svarat.`, { id: 'meeting-planner.answers.summary' })}
      ${c.overdue
        ? html`<strong class="overdue-count"
            >${c.overdue === 1 ? msg('1 svar är försenat.', { id: 'meeting-planner.answers.overdueOne' }) : msg(str`${c.overdue} svar är försenade.`, { id: 'meeting-planner.answers.overdue' })}</strong
          >`
        : nothing}
    </p>
    <p class="help">${msg('Varje deltagare kvitterar kallelsen inom en arbetsdag.', { id: 'meeting-planner.answers.help' })}</p>
    ${total ? html`<ul class="answers">${vm.rows.map((r) => row(vm, a, r))}</ul>` : nothing}
    ${vm.opError && !vm.booking ? html`<p class="field-error" role="alert">${vm.opError}</p>` : nothing}
  </section>`;
}
