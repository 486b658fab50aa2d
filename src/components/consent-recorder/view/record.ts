/** The consent state box and one consent record (current and history). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, formatDateTime } from '../../../shared/format';
import type { ConsentRecord, ConsentState, NetworkEntry, SipPlan } from '../../../model';
import * as label from '../../../shared/labels';
import type { ConsentViewModel } from '../types';
import { expandable } from './long-text';
import { formText, giverText, partyText } from './texts';

const STATUS_ICON: Record<string, string> = { none: '○', active: '✓', expiring: '!', expired: '✕', refused: '✕', withdrawn: '✕', future: '…' };

function statusText(plan: SipPlan, state: ConsentState): { key: string; title: string; text: string } {
  const r = state.record;
  switch (state.status) {
    case 'active':
      return {
        key: 'active',
        title: state.until
          ? msg(str`Samtycke gäller till och med ${formatDate(state.until, 'long')}`, { id: 'consent.status.activeUntil' })
          : msg('Samtycke gäller tills vidare', { id: 'consent.status.activeOpen' }),
        text: msg('Bara de parter och ämnen som samtycket anger får dela information.', { id: 'consent.status.activeText' }),
      };
    case 'expiring':
      return {
        key: 'expiring',
        title:
          state.daysLeft === 0
            ? msg(str`Samtycket upphör snart – sista dagen är i dag, ${formatDate(state.until, 'long')}`, { id: 'consent.status.expiringToday' })
            : msg(str`Samtycket upphör snart – gäller till och med ${formatDate(state.until, 'long')} (${state.daysLeft ?? 0} dagar kvar)`, {
                id: 'consent.status.expiring',
              }),
        text: msg('Fråga personen om samtycket ska förnyas, till exempel vid uppföljningen.', { id: 'consent.status.expiringText' }),
      };
    case 'expired':
      return {
        key: 'expired',
        title: msg(str`Samtycket har upphört – det gällde till och med ${formatDate(state.until, 'long')}`, { id: 'consent.status.expired' }),
        text: msg('Ingen information får delas. Registrera ett nytt beslut för att fortsätta samordningen.', { id: 'consent.status.expiredText' }),
      };
    case 'refused':
      return {
        key: 'refused',
        title: msg(str`Samtycke har inte lämnats – nej registrerat ${formatDate(r?.recordedAt, 'long')}`, { id: 'consent.status.refused' }),
        text: msg('Ingen SIP får upprättas mot personens vilja. Personen kan ändra sig – registrera då ett nytt beslut.', { id: 'consent.status.refusedText' }),
      };
    case 'withdrawn':
      return {
        key: 'withdrawn',
        title: msg(str`Samtycket återkallades ${formatDate(r?.withdrawal?.at, 'long')}`, { id: 'consent.status.withdrawn' }),
        text:
          plan.status === 'voided'
            ? msg('Planen är makulerad. Samordningsansvarig ska informera alla parter.', { id: 'consent.status.withdrawnText' })
            : msg('Ingen information får delas.', { id: 'consent.status.withdrawnNoShare' }),
      };
    default:
      if (r && r.decision === 'given') {
        return {
          key: 'future',
          title: msg(str`Samtycke börjar gälla ${formatDate(r.scope.validFrom, 'long')}`, { id: 'consent.status.future' }),
          text: msg('Till dess får ingen information delas.', { id: 'consent.status.futureText' }),
        };
      }
      return {
        key: 'none',
        title: msg('Inget samtycke registrerat', { id: 'consent.status.none' }),
        text: msg('Utan personens samtycke kan ingen SIP upprättas. Dokumentera beslutet – både ja och nej.', { id: 'consent.status.noneText' }),
      };
  }
}

export function renderStatus(vm: Readonly<ConsentViewModel>): TemplateResult {
  const { plan, state } = vm;
  const s = statusText(plan, state);
  return html`<section class="status status-${s.key}" part="status" aria-labelledby="status-title">
    <h3 id="status-title" tabindex="-1"><span class="icon" aria-hidden="true">${STATUS_ICON[s.key]}</span> ${s.title}</h3>
    <p>${s.text}</p>
    ${state.record ? renderRecord(plan, state.record) : nothing}
    ${!vm.readonly && (plan.status === 'voided' || plan.status === 'closed')
      ? html`<p class="muted">
          ${plan.status === 'voided'
            ? msg('Planen är makulerad, så inget nytt beslut kan registreras i den. Ett nytt samtycke kräver en ny plan.', { id: 'consent.voided' })
            : msg('Planen är avslutad, så inget nytt beslut kan registreras i den.', { id: 'consent.closed' })}
        </p>`
      : nothing}
  </section>`;
}

/** The decision in a few words: the heading of an earlier decision. */
export function decisionText(r: ConsentRecord): string {
  const decided = formatDate(r.recordedAt, 'long');
  if (r.decision !== 'given') return msg(str`Nej till samtycke, ${decided}`, { id: 'consent.history.refused' });
  return r.withdrawal
    ? msg(str`Samtycke gavs ${decided}, senare återkallat`, { id: 'consent.history.withdrawn' })
    : msg(str`Samtycke gavs ${decided}`, { id: 'consent.history.given' });
}

function list(items: readonly string[]): TemplateResult {
  return html`<ul class="plain-list">
    ${items.map((t) => html`<li>${expandable(t)}</li>`)}
  </ul>`;
}

export function renderRecord(plan: SipPlan, r: ConsentRecord): TemplateResult {
  const byId = new Map(plan.network.map((e) => [e.id, e]));
  const parties = r.scope.parties.map((id) => byId.get(id)).filter((e): e is NetworkEntry => !!e);
  const period = r.scope.validUntil
    ? msg(str`${formatDate(r.scope.validFrom)} – ${formatDate(r.scope.validUntil)}`, { id: 'consent.record.period' })
    : msg(str`från ${formatDate(r.scope.validFrom)}, tills vidare`, { id: 'consent.record.periodOpen' });
  return html`<dl class="record" part="record">
    <div>
      <dt>${r.decision === 'given' ? msg('Lämnat av', { id: 'consent.record.givenBy' }) : msg('Beslut av', { id: 'consent.record.decidedBy' })}</dt>
      <dd>${expandable(`${r.givenBy.map((g) => giverText(g, plan)).join('; ')}, ${formText(r.form)}`)}</dd>
    </div>
    ${r.childView ? html`<div><dt>${msg('Barnets egen inställning', { id: 'consent.record.childView' })}</dt><dd class="quote">${expandable(r.childView)}</dd></div>` : nothing}
    ${r.decision === 'given' || parties.length
      ? html`<div>
          <dt>${msg('Parter som får utbyta information', { id: 'consent.record.parties' })}</dt>
          <dd>${parties.length ? list(parties.map(partyText)) : msg('inga angivna', { id: 'consent.record.noParties' })}</dd>
        </div>`
      : nothing}
    ${r.scope.subject ? html`<div><dt>${msg('Gäller', { id: 'consent.record.subject' })}</dt><dd>${expandable(r.scope.subject)}</dd></div>` : nothing}
    ${r.scope.questions.length
      ? html`<div>
          <dt>${msg('Frågor', { id: 'consent.record.questions' })}</dt>
          <dd>${list(r.scope.questions)}</dd>
        </div>`
      : nothing}
    ${r.decision === 'given' ? html`<div><dt>${msg('Giltighet', { id: 'consent.record.validity' })}</dt><dd>${period}</dd></div>` : nothing}
    ${r.note ? html`<div><dt>${label.note()}</dt><dd>${expandable(r.note)}</dd></div>` : nothing}
    <div>
      <dt>${msg('Registrerat', { id: 'consent.record.recorded' })}</dt>
      <dd>${expandable(msg(str`${formatDateTime(r.recordedAt)} av ${r.recordedBy}`, { id: 'consent.record.recordedBy' }))}</dd>
    </div>
    ${r.withdrawal
      ? html`<div>
          <dt>${msg('Återkallat', { id: 'consent.record.withdrawn' })}</dt>
          <dd>
            ${expandable(
              msg(str`${formatDateTime(r.withdrawal.at)} av ${giverText(r.withdrawal.by, plan)}, ${formText(r.withdrawal.form)}; registrerat av ${r.withdrawal.recordedBy}`, {
                id: 'consent.record.withdrawnBy',
              }),
            )}
            ${r.withdrawal.note ? html`<br />${expandable(r.withdrawal.note)}` : nothing}
          </dd>
        </div>`
      : nothing}
  </dl>`;
}

/** Earlier decisions, newest first: a heading per decision, its details below, a rule between. */
export function renderHistory(plan: SipPlan): TemplateResult | typeof nothing {
  const previous = plan.consents.slice(0, -1).reverse();
  if (!previous.length) return nothing;
  return html`<section class="history" aria-labelledby="history-title">
    <h3 id="history-title">${msg(str`Tidigare beslut (${previous.length})`, { id: 'consent.history.title' })}</h3>
    <ol part="history" class="history-list">
      ${previous.map((r) => html`<li class="history-entry"><h4>${decisionText(r)}</h4>${renderRecord(plan, r)}</li>`)}
    </ol>
  </section>`;
}
