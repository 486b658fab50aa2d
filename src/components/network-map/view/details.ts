/** The side panel: an entry's details (with its edit controls), a "+N" group's people, or the overview. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { ROLES, canConvene, type NetworkEntry } from '../../../model';
import * as label from '../../../shared/labels';
import * as term from '../../../shared/terms';
import { kindLabel, principalText, ringLabel} from '../labels';
import { roleName } from '../../../shared/plan-terms';
import type { NetworkMapActions } from '../types';
import { icon, sectorName, sectorOptions, type Vm } from './common';
import { renderForm } from './form';
import { renderOverview } from './legend';

const onEscape = (run: () => void) => (ev: KeyboardEvent) => {
  if (ev.key !== 'Escape') return;
  ev.preventDefault();
  run();
};

function renderDetails(vm: Vm, a: NetworkMapActions, e: NetworkEntry): TemplateResult {
  const contact = [e.contact?.phone, e.contact?.email, e.contact?.address].filter(Boolean).join(', ');
  const yes = label.yes();
  const no = label.no();
  return html`<section class="details" aria-labelledby="details-title" @keydown=${onEscape(a.closeDetails)}>
    <h3 id="details-title" tabindex="-1">${e.name}</h3>
    <dl>
      <dt>${label.type()}</dt><dd>${kindLabel(e.kind)}${e.relation ? html` (${e.relation})` : nothing}</dd>
      <dt>${term.principal()}</dt><dd>${principalText(e)}</dd>
      ${e.unit ? html`<dt>${label.unit()}</dt><dd>${e.unit}</dd>` : nothing}
      ${e.profession ? html`<dt>${msg('Yrke', { id: 'network.field.profession' })}</dt><dd>${e.profession}</dd>` : nothing}
      ${contact ? html`<dt>${msg('Kontakt', { id: 'network.field.contact' })}</dt><dd>${contact}</dd>` : nothing}
      <dt>${msg('Plats', { id: 'network.field.place' })}</dt><dd>${ringLabel(e.map.ring)}, ${sectorName(vm, e.map.sector)}</dd>
      <dt>${msg('Roller', { id: 'network.roles' })}</dt>
      <dd>${e.roles.length ? html`<ul class="inline">${e.roles.map((r) => html`<li>${icon(r)} ${roleName(r)}</li>`)}</ul>` : msg('Inga', { id: 'network.roles.noneForEntry' })}</dd>
      <dt>${msg('Inbjuden till mötet', { id: 'network.legend.invited' })}</dt><dd>${e.invited ? yes : no}</dd>
      <dt>${msg('Omfattas av samtycket', { id: 'network.field.covered' })}</dt><dd>${vm.covered.has(e.id) ? yes : no}</dd>
      <dt>${msg('Kan kalla till SIP', { id: 'network.field.canConvene' })}</dt><dd>${canConvene(e) ? yes : no}</dd>
    </dl>
    ${vm.editable
      ? html`<div class="edit-controls">
          <label class="check"><input type="checkbox" .checked=${!!e.invited} @change=${(ev: Event) => a.setInvited(e.id, (ev.target as HTMLInputElement).checked)} /> ${msg('Bjud in till mötet', { id: 'network.action.invite' })}</label>
          <fieldset>
            <legend>${msg('Roller', { id: 'network.roles' })}</legend>
            ${ROLES.map(
              (r) => html`<label class="check"><input type="checkbox" .checked=${e.roles.includes(r)} @change=${(ev: Event) => a.setRole(e.id, r, (ev.target as HTMLInputElement).checked)} /> ${icon(r)} ${roleName(r)}</label>`,
            )}
          </fieldset>
          <div class="place">
            <div class="field">
              <label for="d-sector">${msg('Sektor', { id: 'network.field.sector' })}</label>
              <select id="d-sector" @change=${(ev: Event) => a.move(e.id, (ev.target as HTMLSelectElement).value, e.map.ring)}>${sectorOptions(vm, e.map.sector)}</select>
            </div>
            <div class="field">
              <label for="d-ring">${msg('Ring', { id: 'network.field.ring' })}</label>
              <select id="d-ring" @change=${(ev: Event) => a.move(e.id, e.map.sector, Number((ev.target as HTMLSelectElement).value) as 1 | 2 | 3)}>
                ${[1, 2, 3].map((r) => html`<option value=${r} ?selected=${r === e.map.ring}>${ringLabel(r)}</option>`)}
              </select>
            </div>
          </div>
          <div class="button-row">
            <button type="button" @click=${() => a.startEdit(e.id)}>${msg('Ändra uppgifter', { id: 'network.action.edit' })}</button>
            <button type="button" class="danger" @click=${() => a.remove(e.id)}>${label.remove()}</button>
            <button type="button" @click=${a.closeDetails}>${label.close()}</button>
          </div>
        </div>`
      : html`<button type="button" @click=${a.closeDetails}>${label.close()}</button>`}
  </section>`;
}

function renderGroup(vm: Vm, a: NetworkMapActions, key: string): TemplateResult | undefined {
  const g = vm.layout.groups.find((x) => `group:${x.sector}:${x.ring}` === key);
  if (!g) return undefined;
  const byId = new Map(vm.plan.network.map((e) => [e.id, e]));
  return html`<section class="details" aria-labelledby="details-title" @keydown=${onEscape(a.closeDetails)}>
    <h3 id="details-title" tabindex="-1">${ringLabel(g.ring)}, ${sectorName(vm, g.sector)}</h3>
    <p>${msg(str`${g.ids.length} personer får inte plats på kartan här. Välj en för att se och ändra uppgifterna.`, { id: 'network.group.intro' })}</p>
    <ul class="group-list">
      ${g.ids.map((id) => {
        const e = byId.get(id);
        return e ? html`<li><button type="button" class="link" @click=${() => a.open(`e:${id}`, true)}>${e.name}</button></li>` : nothing;
      })}
    </ul>
    <button type="button" @click=${a.closeDetails}>${label.close()}</button>
  </section>`;
}

export function renderPanel(vm: Vm, a: NetworkMapActions): TemplateResult {
  if (vm.form) return renderForm(vm, a, vm.form);
  const sel = vm.selected;
  if (sel?.startsWith('group:')) {
    const group = renderGroup(vm, a, sel);
    if (group) return group;
  }
  const e = sel === undefined ? undefined : vm.plan.network.find((x) => x.id === sel);
  return e ? renderDetails(vm, a, e) : renderOverview(vm);
}
