/** The whole view of a valid plan: toolbar, map or table, side panel, undo bar. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { undoBar } from '../../../shared/templates';
import type { NetworkMapRender } from '../types';
import { renderPanel } from './details';
import { FORM_ID } from './form';
import { renderMap } from './map';
import { renderTable } from './table';

export const renderNetworkMap: NetworkMapRender = (vm, a): TemplateResult => {
  const adding = vm.form?.mode === 'add';
  return html`
    <div class="toolbar" part="toolbar">
      <div class="views" role="group" aria-label=${msg('Visa som', { id: 'network.view.label' })}>
        <button type="button" aria-pressed=${vm.view !== 'table' ? 'true' : 'false'} @click=${() => a.setView('map')}>${msg('Karta', { id: 'network.view.map' })}</button>
        <button type="button" aria-pressed=${vm.view === 'table' ? 'true' : 'false'} @click=${() => a.setView('table')}>${msg('Tabell', { id: 'network.view.table' })}</button>
      </div>
      ${vm.editable
        ? html`<button type="button" class="primary" data-action="add" aria-expanded=${adding ? 'true' : 'false'} aria-controls=${adding ? FORM_ID : nothing} @click=${a.openAdd}>${msg('Lägg till i nätverket', { id: 'network.add' })}</button>`
        : nothing}
      <span class="spacer"></span>
      <button type="button" @click=${() => a.download('svg')}>${msg('Spara som SVG', { id: 'network.export.svg' })}</button>
      <button type="button" @click=${() => a.download('png')}>${msg('Spara som PNG', { id: 'network.export.png' })}</button>
    </div>
    ${!vm.editable ? html`<p class="note">${vm.lockedText}</p>` : nothing}
    ${vm.error ? html`<p class="error" role="alert">${vm.error}</p>` : nothing}
    <div class=${vm.view === 'table' ? 'body table-view' : 'body'}>
      <div class="main">${vm.view === 'table' ? renderTable(vm, a) : renderMap(vm, a)}</div>
      <div class="panel" part="panel">${renderPanel(vm, a)}</div>
    </div>
    ${undoBar(vm.undo, { onUndo: a.undo, onDismiss: a.dismissUndo })}
  `;
};
