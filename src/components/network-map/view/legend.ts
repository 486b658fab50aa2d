/** The panel's overview when nothing is selected: who holds which role, and the legend. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ROLES, type Principal } from '../../../model';
import { consentTick } from '../icons';
import { principalKindLabel} from '../labels';
import { roleName } from '../../../shared/plan-terms';
import { icon, principalBadge, type Vm } from './common';

/** A legend symbol as on the map: the marker in the principal's colour and its letter badge (not colour alone). */
function principalSymbol(kind: Principal['kind']): TemplateResult {
  return html`<svg viewBox="-8 -8 27 16" aria-hidden="true" class="sym wide p-${kind}" data-principal=${kind}><circle class="marker" r="5.5"></circle>${principalBadge(kind, 9, -4.5)}</svg>`;
}

export function renderOverview(vm: Vm): TemplateResult {
  const { plan, uid } = vm;
  const holders = ROLES.map((r) => ({ role: r, who: plan.network.filter((e) => e.roles.includes(r)) }));
  const invited = plan.network.filter((e) => e.invited).length;
  return html`<section class="overview" aria-labelledby="${uid}-roles">
      <h3 id="${uid}-roles">${msg('Roller', { id: 'network.roles' })}</h3>
      <ul class="roles">
        ${holders.map(
          (h) => html`<li>${icon(h.role)} <span>${roleName(h.role)}:</span> <strong>${h.who.length ? h.who.map((w) => w.name).join(', ') : msg('ingen', { id: 'network.roles.none' })}</strong></li>`,
        )}
      </ul>
      <p>${msg(str`${invited} av ${plan.network.length} ska bjudas in till mötet.`, { id: 'network.invitedCount' })}</p>
    </section>
    <details class="legend" open>
      <summary>${msg('Teckenförklaring', { id: 'network.legend' })}</summary>
      <ul>
        <li>${principalSymbol('region')} ${principalKindLabel('region')}</li>
        <li>${principalSymbol('municipality')} ${principalKindLabel('municipality')}</li>
        <li>${principalSymbol('other')} ${principalKindLabel('other')}</li>
        <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-none"><circle class="marker" r="5.5"></circle></svg> ${msg('Privatperson (närstående, vän)', { id: 'network.legend.privatePerson' })}</li>
        <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-none"><rect class="marker" x="-5" y="-5" width="10" height="10" rx="2"></rect></svg> ${msg('Fyrkant: verksamhet eller organisation', { id: 'network.legend.unit' })}</li>
        <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-none"><circle class="convene" r="7"></circle><circle class="marker" r="5.5"></circle></svg> ${msg('Ring runt: kan kalla till SIP', { id: 'network.legend.convene' })}</li>
        <li><svg viewBox="-8 -8 16 16" aria-hidden="true" class="sym p-none"><circle class="marker" r="5.5"></circle>${consentTick}</svg> ${msg('Bock: omfattas av samtycket', { id: 'network.legend.covered' })}</li>
        <li>${icon('invited')} ${msg('Inbjuden till mötet', { id: 'network.legend.invited' })}</li>
        ${ROLES.map((r) => html`<li>${icon(r)} ${roleName(r)}</li>`)}
        <li>${msg('Ring 1 är närmast personen, ring 3 längst bort.', { id: 'network.legend.rings' })}</li>
      </ul>
    </details>
    ${vm.covered.size === 0 ? html`<p class="note">${msg('Inget samtycke gäller just nu; ingen på kartan omfattas.', { id: 'network.noConsent' })}</p>` : nothing}`;
}
