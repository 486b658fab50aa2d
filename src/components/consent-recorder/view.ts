/**
 * What <sip-consent-recorder> shows once it has a plan — the state box, the current decision,
 * the actions and the earlier decisions — with the model's consent state. Loaded lazily, next to
 * the base class's validator, when the first plan arrives: the element's initial load carries
 * neither these templates nor the model's consent operations (and the change log, messages and
 * invariant checks they bring). The editing views (`form-view.ts`) build on this module.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { token } from '../../shared/tokens';
import { formatDate, formatDateTime } from '../../shared/format';
import { consentState } from '../../model/operations/consent';
import type { ConsentGiver, ConsentRecord, ConsentState, NetworkEntry, SipPlan } from '../../model';
import { giverOptions } from './draft';
import * as label from '../../shared/labels';
import * as term from '../../shared/terms';

/** What the plan view reads from and calls on the element. */
export interface ConsentViewHost {
  readonly readonly: boolean;
  readonly disabled: boolean;
  readonly editable: boolean;
  isFormShown(state: ConsentState): boolean;
  canWithdraw(state: ConsentState): boolean;
  toggleForm: () => void;
  openWithdraw: () => void;
}

/** The parts the element renders itself into the plan view. */
export interface PlanViewParts {
  /** The decision form (or nothing). */
  form: TemplateResult | typeof nothing;
  /** The withdrawal dialog (or nothing). */
  dialog: TemplateResult | typeof nothing;
  /** The element's polite live region. */
  announcer: TemplateResult;
}

/** The consent state on `day` (the local calendar day of "now"). */
export function stateOn(plan: SipPlan, day: string, expiringDays: number): ConsentState {
  return consentState(plan, day, { expiringWithinDays: expiringDays > 0 ? expiringDays : 30 });
}

const STATUS_ICON: Record<string, string> = { none: '○', active: '✓', expiring: '!', expired: '✕', refused: '✕', withdrawn: '✕', future: '…' };

/** The element's content for a valid plan. */
export function renderPlan(v: ConsentViewHost, plan: SipPlan, state: ConsentState, parts: PlanViewParts): TemplateResult {
  const previous = plan.consents.slice(0, -1).reverse();
  return html`<div part="base" class="base">
    <h2 class="title">${term.consent()}</h2>
    ${renderStatus(v, plan, state)}
    ${renderActions(v, state)}
    ${parts.form}
    ${previous.length
      ? html`<section class="history" aria-labelledby="history-title">
          <h3 id="history-title">${msg(str`Tidigare beslut (${previous.length})`, { id: 'consent.history.title' })}</h3>
          <ol part="history">
            ${previous.map((r) => html`<li>${renderRecord(plan, r, true)}</li>`)}
          </ol>
        </section>`
      : nothing}
    ${parts.dialog}
    ${parts.announcer}
  </div>`;
}

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

function renderStatus(v: ConsentViewHost, plan: SipPlan, state: ConsentState): TemplateResult {
  const s = statusText(plan, state);
  return html`<section class="status status-${s.key}" part="status" aria-labelledby="status-title">
    <h3 id="status-title" tabindex="-1"><span class="icon" aria-hidden="true">${STATUS_ICON[s.key]}</span> ${s.title}</h3>
    <p>${s.text}</p>
    ${state.record ? renderRecord(plan, state.record, false) : nothing}
    ${!v.readonly && (plan.status === 'voided' || plan.status === 'closed')
      ? html`<p class="muted">
          ${plan.status === 'voided'
            ? msg('Planen är makulerad, så inget nytt beslut kan registreras i den. Ett nytt samtycke kräver en ny plan.', { id: 'consent.voided' })
            : msg('Planen är avslutad, så inget nytt beslut kan registreras i den.', { id: 'consent.closed' })}
        </p>`
      : nothing}
  </section>`;
}

function renderRecord(plan: SipPlan, r: ConsentRecord, compact: boolean): TemplateResult {
  const byId = new Map(plan.network.map((e) => [e.id, e]));
  const parties = r.scope.parties.map((id) => byId.get(id)).filter((e): e is NetworkEntry => !!e);
  const period = r.scope.validUntil
    ? msg(str`${formatDate(r.scope.validFrom)} – ${formatDate(r.scope.validUntil)}`, { id: 'consent.record.period' })
    : msg(str`från ${formatDate(r.scope.validFrom)}, tills vidare`, { id: 'consent.record.periodOpen' });
  return html`<dl class="record" part="record">
    ${compact
      ? html`<div>
          <dt>${term.decision()}</dt>
          <dd>
            ${r.decision === 'given' ? msg('Samtycke gavs', { id: 'consent.record.given' }) : msg('Samtycke gavs inte (nej)', { id: 'consent.record.refused' })}
            ${r.withdrawal ? html` – ${msg('senare återkallat', { id: 'consent.record.laterWithdrawn' })}` : nothing}
          </dd>
        </div>`
      : nothing}
    <div>
      <dt>${r.decision === 'given' ? msg('Lämnat av', { id: 'consent.record.givenBy' }) : msg('Beslut av', { id: 'consent.record.decidedBy' })}</dt>
      <dd>${r.givenBy.map((g) => giverText(g, plan)).join('; ')}, ${formText(r.form)}</dd>
    </div>
    ${r.childView ? html`<div><dt>${msg('Barnets egen inställning', { id: 'consent.record.childView' })}</dt><dd class="quote">${r.childView}</dd></div>` : nothing}
    ${r.decision === 'given' || parties.length
      ? html`<div>
          <dt>${msg('Parter som får utbyta information', { id: 'consent.record.parties' })}</dt>
          <dd>
            ${parties.length
              ? html`<ul class="inline-list">
                  ${parties.map((e) => html`<li>${partyText(e)}</li>`)}
                </ul>`
              : msg('inga angivna', { id: 'consent.record.noParties' })}
          </dd>
        </div>`
      : nothing}
    ${r.scope.subject ? html`<div><dt>${msg('Gäller', { id: 'consent.record.subject' })}</dt><dd>${r.scope.subject}</dd></div>` : nothing}
    ${r.scope.questions.length
      ? html`<div>
          <dt>${msg('Frågor', { id: 'consent.record.questions' })}</dt>
          <dd>
            <ul class="inline-list">
              ${r.scope.questions.map((q) => html`<li>${q}</li>`)}
            </ul>
          </dd>
        </div>`
      : nothing}
    ${r.decision === 'given' ? html`<div><dt>${msg('Giltighet', { id: 'consent.record.validity' })}</dt><dd>${period}</dd></div>` : nothing}
    ${r.note ? html`<div><dt>${label.note()}</dt><dd>${r.note}</dd></div>` : nothing}
    <div>
      <dt>${msg('Registrerat', { id: 'consent.record.recorded' })}</dt>
      <dd>${msg(str`${formatDateTime(r.recordedAt)} av ${r.recordedBy}`, { id: 'consent.record.recordedBy' })}</dd>
    </div>
    ${r.withdrawal
      ? html`<div>
          <dt>${msg('Återkallat', { id: 'consent.record.withdrawn' })}</dt>
          <dd>
            ${msg(str`${formatDateTime(r.withdrawal.at)} av ${giverText(r.withdrawal.by, plan)}, ${formText(r.withdrawal.form)}; registrerat av ${r.withdrawal.recordedBy}`, {
              id: 'consent.record.withdrawnBy',
            })}
            ${r.withdrawal.note ? html`<br />${r.withdrawal.note}` : nothing}
          </dd>
        </div>`
      : nothing}
  </dl>`;
}

function renderActions(v: ConsentViewHost, state: ConsentState): TemplateResult | typeof nothing {
  if (!v.editable) return nothing;
  const shown = v.isFormShown(state);
  const withdraw = v.canWithdraw(state);
  const autoOpen = state.status === 'none' || state.status === 'expired' || state.status === 'refused';
  if (autoOpen && !withdraw) return nothing;
  return html`<div class="actions">
    ${autoOpen
      ? nothing
      : html`<button
          type="button"
          part="button"
          id="open-form"
          class="secondary"
          aria-expanded=${shown ? 'true' : 'false'}
          aria-controls="consent-form"
          ?disabled=${v.disabled}
          @click=${v.toggleForm}
        >
          ${msg('Registrera nytt beslut (förnya eller ändra)', { id: 'consent.action.renew' })}
        </button>`}
    ${withdraw
      ? html`<button type="button" part="button" id="withdraw" class="danger" ?disabled=${v.disabled} @click=${v.openWithdraw}>
          ${msg('Återkalla samtycke…', { id: 'consent.action.withdraw' })}
        </button>`
      : nothing}
  </div>`;
}

export function roleText(role: ConsentGiver['role'], detail?: string): string {
  if (role === 'person') return term.thePerson();
  if (role === 'guardian') return detail ? msg(str`vårdnadshavare, ${detail}`, { id: 'consent.role.guardianRelation' }) : msg('vårdnadshavare', { id: 'consent.role.guardian' });
  if (role === 'legalRepresentative') {
    if (detail === 'godMan') return msg('god man', { id: 'consent.role.godMan' });
    if (detail === 'forvaltare') return msg('förvaltare', { id: 'consent.role.forvaltare' });
    return msg('ställföreträdare', { id: 'consent.role.representative' });
  }
  return msg('annan person', { id: 'consent.role.other' });
}

function giverText(giver: ConsentGiver, plan: SipPlan): string {
  const option = giverOptions(plan).find((o) => o.role === giver.role && (giver.refId === undefined || o.refId === giver.refId));
  const name = giver.name ?? option?.name ?? '';
  const role = roleText(giver.role, giver.role === 'person' ? undefined : option?.detail);
  return name ? `${name} (${role})` : role;
}

function formText(form: 'oral' | 'written'): string {
  return form === 'oral' ? msg('muntligt', { id: 'consent.form.oral' }) : msg('skriftligt', { id: 'consent.form.written' });
}

export function partyText(entry: NetworkEntry): string {
  const extra = [entry.unit, entry.relation, entry.profession, entry.principal?.name].find((t) => t && t.trim() && t !== entry.name);
  return extra ? `${entry.name}, ${extra}` : entry.name;
}

/** Styles of the plan view, adopted by the element when this module loads. */
export const viewStyles = css`
  h3 {
    font-size: 1.05em;
    margin: 0 0 ${token.space2};
  }
  .status {
    --_c: ${token.colorBorder};
    border: 1px solid ${token.colorBorder};
    border-inline-start: 0.5rem solid var(--_c);
    border-radius: ${token.radius};
    background: ${token.colorSurface};
    padding: ${token.space3} ${token.space4};
  }
  .status-active {
    --_c: var(--sip-consent-recorder-ok, ${token.colorSuccess});
  }
  .status-expiring {
    --_c: var(--sip-consent-recorder-warning, ${token.colorWarning});
  }
  .status-expired,
  .status-refused,
  .status-withdrawn {
    --_c: var(--sip-consent-recorder-danger, ${token.colorDanger});
  }
  .status h3 {
    display: flex;
    gap: ${token.space2};
    align-items: baseline;
  }
  .status h3:focus {
    outline: none;
  }
  .status h3:focus-visible {
    outline: ${token.focusWidth} solid ${token.colorFocus};
  }
  .icon {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    background: var(--_c);
    color: ${token.colorBg};
    font-size: 0.9em;
  }
  .record {
    display: grid;
    gap: ${token.space1};
    margin: ${token.space2} 0 0;
  }
  .record > div {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: ${token.space2};
  }
  .record dt {
    font-weight: 600;
  }
  .record dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .quote {
    font-style: italic;
  }
  .inline-list {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token.space2};
  }
  button {
    font: inherit;
    padding: ${token.space2} ${token.space4};
    border-radius: ${token.radius};
    border: 2px solid ${token.colorAccent};
    cursor: pointer;
    min-block-size: 2.75rem;
  }
  button.primary {
    background: ${token.colorAccent};
    color: ${token.colorAccentText};
  }
  button.secondary {
    background: ${token.colorBg};
    color: ${token.colorAccent};
  }
  button.danger {
    background: ${token.colorBg};
    color: var(--sip-consent-recorder-danger, ${token.colorDanger});
    border-color: var(--sip-consent-recorder-danger, ${token.colorDanger});
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .history ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: ${token.space3};
  }
  .history li {
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    padding: ${token.space3};
  }
  @container (max-width: 30rem) {
    .record > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  @media (forced-colors: active) {
    .status {
      border-color: CanvasText;
    }
    .icon {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
