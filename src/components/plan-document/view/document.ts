/**
 * The whole element for a valid plan: the print button, the voided/closed banner, the party
 * note, the coordinator's panel, and the document itself in a frame whose header row repeats
 * on every printed page (name, version, status).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { NoAccessViewModel, PlanDocumentActions, PlanDocumentView, PlanDocumentViewModel } from '../types';
import { formatDate } from '../../../shared/format';
import { stageLabel } from './labels';
import { banner } from './parts';
import { renderPerson } from './person';
import { renderStaff } from './staff';
import { renderWork } from './work';

function noAccess(vm: Readonly<NoAccessViewModel>): TemplateResult {
  return html`<div class="base" part="base">
    <div class="sip-alert" role="alert" part="alert">
      <h2>${msg('Planen visas inte', { id: 'document.noAccess.title' })}</h2>
      <p>
        ${vm.reason === 'unknown'
          ? msg(str`Parten ”${vm.party}” finns inte i planen. Kontrollera vem kopian är till.`, { id: 'document.noAccess.unknown' })
          : msg(str`Parten ”${vm.party}” omfattas inte av det samtycke som gäller nu och får inte ta del av planen.`, { id: 'document.noAccess.outside' })}
      </p>
    </div>
  </div>`;
}

function identity(vm: Readonly<PlanDocumentViewModel>): string {
  const id = vm.plan.person.identity;
  return id && vm.reader === 'staff' ? id.value : '';
}

function header(vm: Readonly<PlanDocumentViewModel>): TemplateResult {
  const { plan, doc } = vm;
  const person = vm.reader === 'person';
  return html`<header class="doc-head">
    <h2 id="doc-title">
      <span class="doc-kind">${person ? msg('Din samordnade individuella plan (SIP)', { id: 'document.person.title' }) : msg('Samordnad individuell plan (SIP)', { id: 'document.title' })}</span>
      <span class="doc-name">${plan.person.name}</span>
    </h2>
    <p class="doc-meta">
      ${identity(vm) ? html`<span>${identity(vm)}</span>` : nothing}
      <span>${msg(str`Version ${plan.version}`, { id: 'document.version' })}</span>
      <span>${stageLabel(doc.stage)}</span>
      ${plan.followUpDate ? html`<span>${msg(str`Uppföljning ${formatDate(plan.followUpDate)}`, { id: 'document.meta.followUp' })}</span>` : nothing}
    </p>
  </header>`;
}

function restrictedNote(vm: Readonly<PlanDocumentViewModel>): TemplateResult | typeof nothing {
  if (vm.party === undefined) return nothing;
  const who = vm.partyLabel ?? vm.party;
  return html`<p class="restricted" part="restricted" role="note">
    ${vm.doc.restricted
      ? msg(str`Begränsad kopia för ${who}: den visar bara det som samtycket tillåter. Personer utanför samtycket nämns inte.`, { id: 'document.restricted' })
      : msg(str`Kopia för ${who}.`, { id: 'document.copyFor' })}
  </p>`;
}

export const renderDocument: PlanDocumentView = (vm, actions: PlanDocumentActions) => {
  if ('access' in vm) return noAccess(vm);
  const running = `${vm.plan.person.name} · ${msg(str`SIP version ${vm.plan.version}`, { id: 'document.running' })} · ${stageLabel(vm.doc.stage)}`;
  return html`<div class="base" part="base" data-reader=${vm.reader}>
    <div class="toolbar no-print">
      <button type="button" part="button" data-action="print" @click=${() => actions.print()}>${msg('Skriv ut', { id: 'document.print' })}</button>
    </div>
    ${banner(vm.plan)} ${restrictedNote(vm)} ${vm.canWrite || vm.canSign ? renderWork(vm, actions) : nothing}
    <article class="document" part="document" aria-labelledby="doc-title">
      <table class="frame" role="presentation">
        <thead>
          <tr>
            <td><p class="running" aria-hidden="true">${running}</p></td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              ${header(vm)} ${vm.reader === 'person' ? renderPerson(vm) : renderStaff(vm)}
            </td>
          </tr>
        </tbody>
      </table>
    </article>
  </div>`;
};
