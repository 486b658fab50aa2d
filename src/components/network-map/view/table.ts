/**
 * The same data and actions as a table. At narrow widths (a container query in the styles) every
 * row stacks into a card and each cell shows its column's name (`data-label`), so nothing
 * scrolls sideways at 320 px.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { canConvene } from '../../../model';
import * as label from '../../../shared/labels';
import * as term from '../../../shared/terms';
import { kindLabel, principalText} from '../labels';
import { roleName } from '../../../shared/plan-terms';
import type { NetworkMapActions } from '../types';
import { icon, layoutSectors, sectorName, sectorOptions, type Vm } from './common';

export function renderTable(vm: Vm, a: NetworkMapActions): TemplateResult {
  const { plan, uid, editable } = vm;
  const index = new Map(layoutSectors(vm).map((s, i) => [s, i]));
  const rows = [...plan.network].sort((x, y) => (index.get(x.map.sector) ?? 0) - (index.get(y.map.sector) ?? 0) || x.map.ring - y.map.ring || x.name.localeCompare(y.name));
  const yes = label.yes();
  const no = label.no();
  const col = {
    type: label.type(),
    principal: term.principal(),
    sector: msg('Sektor', { id: 'network.field.sector' }),
    ring: msg('Ring', { id: 'network.field.ring' }),
    roles: msg('Roller', { id: 'network.roles' }),
    invited: msg('Inbjuden', { id: 'network.table.invited' }),
    consent: term.consent(),
    convene: msg('Kan kalla', { id: 'network.table.convene' }),
    actions: msg('Åtgärder', { id: 'network.table.actions' }),
  };
  return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${uid}-caption">
    <table part="table">
      <caption id="${uid}-caption">${msg(str`Nätverket runt ${plan.person.name} (${plan.network.length})`, { id: 'network.table.caption' })}</caption>
      <thead>
        <tr>
          <th scope="col">${label.name()}</th>
          ${Object.values(col).map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (e) => html`<tr data-id=${e.id} class=${vm.selected === e.id ? 'selected' : ''}>
            <th scope="row">${e.name}</th>
            <td data-label=${col.type}>${kindLabel(e.kind)}${e.relation ? html`<br /><span class="muted">${e.relation}</span>` : nothing}</td>
            <td data-label=${col.principal}>${principalText(e)}</td>
            <td data-label=${col.sector}>
              ${editable
                ? html`<select aria-label=${msg(str`Sektor för ${e.name}`, { id: 'network.table.sectorFor' })} @change=${(ev: Event) => a.move(e.id, (ev.target as HTMLSelectElement).value, e.map.ring)}>
                    ${sectorOptions(vm, e.map.sector)}
                  </select>`
                : sectorName(vm, e.map.sector)}
            </td>
            <td data-label=${col.ring}>
              ${editable
                ? html`<select aria-label=${msg(str`Ring för ${e.name}`, { id: 'network.table.ringFor' })} @change=${(ev: Event) => a.move(e.id, e.map.sector, Number((ev.target as HTMLSelectElement).value) as 1 | 2 | 3)}>
                    ${[1, 2, 3].map((r) => html`<option value=${r} ?selected=${r === e.map.ring}>${r}</option>`)}
                  </select>`
                : e.map.ring}
            </td>
            <td data-label=${col.roles}>${e.roles.length ? html`<ul class="inline">${e.roles.map((r) => html`<li>${icon(r)} ${roleName(r)}</li>`)}</ul>` : ''}</td>
            <td data-label=${col.invited}>
              ${editable
                ? html`<input type="checkbox" aria-label=${msg(str`Bjud in ${e.name}`, { id: 'network.table.inviteFor' })} .checked=${!!e.invited} @change=${(ev: Event) => a.setInvited(e.id, (ev.target as HTMLInputElement).checked)} />`
                : e.invited
                  ? yes
                  : no}
            </td>
            <td data-label=${col.consent}>${vm.covered.has(e.id) ? msg('Omfattas', { id: 'network.table.covered' }) : msg('Omfattas inte', { id: 'network.table.notCovered' })}</td>
            <td data-label=${col.convene}>${canConvene(e) ? yes : no}</td>
            <td class="actions" data-label=${col.actions}>
              <button type="button" aria-label=${msg(str`Visa och ändra ${e.name}`, { id: 'network.table.openFor' })} @click=${() => a.open(`e:${e.id}`, true)}>${editable ? msg('Ändra', { id: 'network.table.edit' }) : msg('Visa', { id: 'network.table.show' })}</button>
              ${editable
                ? html`<button type="button" class="danger" aria-label=${msg(str`Ta bort ${e.name}`, { id: 'network.table.removeFor' })} @click=${() => a.remove(e.id)}>${label.remove()}</button>`
                : nothing}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
