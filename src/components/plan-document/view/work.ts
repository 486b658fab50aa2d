/**
 * The coordinator's panel above the document (never printed): the core texts, the principal
 * with overall responsibility, the coordinator and the follow-up date; what is missing before
 * signing, each item taking you to its field or naming the element that edits it; sign, the
 * co-edit window, lock, signatures on the printed copy, a new version.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { canConvene, findCoordinator } from '../../../model/network-rules';
import { confirmDialog, fieldRow, openConfirm } from '../../../shared/templates';
import { formatDateTime } from '../../../shared/format';
import * as planTerm from '../../../shared/plan-terms';
import type { DetailField, PlanDocumentActions, PlanDocumentViewModel, Requirement, SignatureMethod } from '../types';
import { principalName, signatureRole } from './labels';

const TEXT_FIELDS: readonly DetailField[] = ['reason', 'currentSituation', 'ongoingInterventions', 'needs', 'ifWorse'];

export function fieldLabel(field: DetailField): string {
  switch (field) {
    case 'reason':
      return msg('Varför SIP behövs', { id: 'document.reason' });
    case 'currentSituation':
      return msg('Nuvarande situation', { id: 'document.currentSituation' });
    case 'ongoingInterventions':
      return msg('Pågående insatser', { id: 'document.ongoing' });
    case 'needs':
      return msg('Personens behov', { id: 'document.needs' });
    case 'ifWorse':
      return msg('Om det blir sämre', { id: 'document.ifWorse' });
    case 'followUpDate':
      return msg('Uppföljning', { id: 'document.followUpDate' });
  }
}

function textField(vm: Readonly<PlanDocumentViewModel>, a: PlanDocumentActions, field: DetailField): TemplateResult {
  const value = vm.drafts.get(field) ?? (vm.plan[field] as string | undefined) ?? '';
  return fieldRow({
    id: field,
    field,
    wide: true,
    label: fieldLabel(field),
    control: html`<textarea
      id=${field}
      rows="3"
      .value=${live(value)}
      @input=${(e: Event) => a.input(field, (e.target as HTMLTextAreaElement).value)}
      @change=${(e: Event) => a.change(field, (e.target as HTMLTextAreaElement).value)}
    ></textarea>`,
  });
}

function elementName(tag: string): string {
  switch (tag) {
    case 'sip-consent-recorder':
      return msg('samtyckesdelen', { id: 'document.where.consent' });
    case 'sip-activity-status-list':
      return msg('insatslistan', { id: 'document.where.activities' });
    case 'sip-smart-goal-editor':
      return msg('målen', { id: 'document.where.goals' });
    default:
      return tag;
  }
}

function requirementItem(vm: Readonly<PlanDocumentViewModel>, a: PlanDocumentActions, r: Requirement): TemplateResult {
  if (r.fieldId && vm.canWrite) {
    return html`<li><button type="button" class="link" part="button" data-goto=${r.fieldId} @click=${() => a.goTo(r)}>${r.issue.message}</button></li>`;
  }
  return html`<li>${r.issue.message}${r.element
      ? html` <span class="detail">${msg(str`Fylls i under ${elementName(r.element)}`, { id: 'document.where' })} (<code>${r.element}</code>).</span>`
      : nothing}</li>`;
}

function details(vm: Readonly<PlanDocumentViewModel>, a: PlanDocumentActions): TemplateResult {
  const { plan } = vm;
  const convening = plan.network.filter((e) => canConvene(e) && (e.kind === 'unit' || e.kind === 'organisation' || e.kind === 'professional'));
  const people = plan.network.filter((e) => canConvene(e) && e.kind === 'professional');
  const coordinator = findCoordinator(plan.network);
  const overallId = plan.overallResponsible?.entryId ?? '';
  const followUp = vm.drafts.get('followUpDate') ?? plan.followUpDate ?? '';
  return html`<fieldset class="details">
    <legend>${msg('Planens texter och ansvar', { id: 'document.work.details' })}</legend>
    ${TEXT_FIELDS.map((f) => textField(vm, a, f))}
    <div class="field-grid">
      ${fieldRow({
        id: 'overall',
        field: 'overall',
        label: msg('Huvudman med övergripande ansvar', { id: 'document.overall' }),
        control: html`<select id="overall" @change=${(e: Event) => a.setOverallResponsible((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!overallId}>${msg('Välj …', { id: 'document.choose' })}</option>
          ${convening.map((e) => html`<option value=${e.id} ?selected=${e.id === overallId}>${principalName(e.principal)} – ${e.name}</option>`)}
        </select>`,
      })}
      ${fieldRow({
        id: 'coordinator',
        field: 'coordinator',
        label: planTerm.roleName('coordinator'),
        control: html`<select id="coordinator" @change=${(e: Event) => a.setCoordinator((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!coordinator} disabled>${msg('Välj …', { id: 'document.choose' })}</option>
          ${people.map((e) => html`<option value=${e.id} ?selected=${e.id === coordinator?.id}>${e.name}${e.profession ? `, ${e.profession}` : ''}</option>`)}
        </select>`,
      })}
      ${fieldRow({
        id: 'followUpDate',
        field: 'followUpDate',
        label: msg('Datum för uppföljning', { id: 'document.work.followUpDate' }),
        help: msg('Skrivs ÅÅÅÅ-MM-DD.', { id: 'document.help.date' }),
        control: html`<input
          id="followUpDate"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          aria-describedby="followUpDate-help"
          .value=${live(followUp)}
          @input=${(e: Event) => a.input('followUpDate', (e.target as HTMLInputElement).value)}
          @change=${(e: Event) => a.change('followUpDate', (e.target as HTMLInputElement).value)}
        />`,
      })}
    </div>
  </fieldset>`;
}

function signing(vm: Readonly<PlanDocumentViewModel>, a: PlanDocumentActions): TemplateResult {
  const { plan, doc } = vm;
  const late = vm.warnings.filter((w) => w.code === 'plan.writtenLate');
  const lateNote = late.length ? html`<p class="warning" part="warning">${late.map((w) => w.message)}</p>` : nothing;
  if (doc.stage === 'draft') {
    return html`<div class="signing" data-stage="draft">
      <h4 id="requirements-title" tabindex="-1">
        ${vm.requirements.length
          ? msg(str`Det här saknas innan planen kan signeras (${vm.requirements.length})`, { id: 'document.work.missing' })
          : msg('Planen kan signeras', { id: 'document.work.ready' })}
      </h4>
      ${vm.requirements.length ? html`<ul class="requirements" part="requirements">${vm.requirements.map((r) => requirementItem(vm, a, r))}</ul>` : nothing}
      <p class="help">${msg('När samordnaren signerar blir planen synlig för parterna. Personalen som deltog kan sedan fortfarande ändra den tills den låses.', { id: 'document.work.signHelp' })}</p>
      <div class="button-row">
        <button type="button" class="primary" part="button" data-action="sign" @click=${() => a.sign()}>${msg('Signera planen', { id: 'document.work.sign' })}</button>
      </div>
    </div>`;
  }
  const signature = doc.coordinatorSignature;
  if (doc.stage === 'signed') {
    return html`<div class="signing" data-stage="signed">
      <h4 id="signing-title" tabindex="-1">${msg('Signerad – samredigering pågår', { id: 'document.work.coEdit' })}</h4>
      <p>
        ${signature ? msg(str`Signerad av ${signature.by}, ${formatDateTime(signature.at)}.`, { id: 'document.work.signedBy' }) : nothing}
        ${msg('Personalen som deltog kan fortfarande ändra planen. Lås den när alla är klara; sedan skrivs den ut och signeras av personen.', { id: 'document.work.coEditHelp' })}
      </p>
      ${lateNote}
      <div class="button-row">
        <button type="button" class="primary" part="button" data-action="lock" @click=${() => a.lock()}>${msg('Lås planen', { id: 'document.work.lock' })}</button>
        ${revisionButton()}
      </div>
      ${revisionDialog(a)}
    </div>`;
  }
  const unsigned = vm.signers.filter((s) => !s.signedAt);
  return html`<div class="signing" data-stage="locked">
    <h4 id="signing-title" tabindex="-1">${msg('Låst – skriv ut och samla underskrifter', { id: 'document.work.locked' })}</h4>
    <p>${plan.lockedAt ? msg(str`Låst ${formatDateTime(plan.lockedAt)}. Ändringar kräver en ny version.`, { id: 'document.work.lockedAt' }) : nothing}</p>
    ${lateNote}
    ${unsigned.length
      ? html`<fieldset class="record">
          <legend>${msg('Registrera en underskrift på den utskrivna planen', { id: 'document.work.record' })}</legend>
          <div class="field-grid">
            ${fieldRow({
              id: 'signer',
              label: msg('Vem signerade', { id: 'document.work.signer' }),
              control: html`<select id="signer" @change=${(e: Event) => a.chooseSigner((e.target as HTMLSelectElement).value)}>
                ${unsigned.map((s) => html`<option value=${s.key} ?selected=${s.key === vm.signer}>${signatureRole(s)}: ${s.name}</option>`)}
              </select>`,
            })}
            ${fieldRow({
              id: 'method',
              label: msg('Hur', { id: 'document.work.method' }),
              control: html`<select id="method" @change=${(e: Event) => a.chooseMethod((e.target as HTMLSelectElement).value as SignatureMethod)}>
                <option value="paper" ?selected=${vm.method === 'paper'}>${msg('På papper', { id: 'document.work.paper' })}</option>
                <option value="electronic" ?selected=${vm.method === 'electronic'}>${msg('Elektroniskt', { id: 'document.work.electronic' })}</option>
              </select>`,
            })}
          </div>
          <div class="button-row">
            <button type="button" class="primary" part="button" data-action="record-signature" @click=${() => a.recordSignature()}>${msg('Registrera underskrift', { id: 'document.work.recordButton' })}</button>
          </div>
        </fieldset>`
      : html`<p>${msg('Alla underskrifter är registrerade.', { id: 'document.work.allSigned' })}</p>`}
    <div class="button-row">${revisionButton()}</div>
    ${revisionDialog(a)}
  </div>`;
}

function revisionButton(): TemplateResult {
  return html`<button type="button" part="button" data-action="revise" @click=${(e: Event) => openConfirm((e.currentTarget as HTMLElement).getRootNode() as ParentNode, 'revise')}>
    ${msg('Starta en ny version', { id: 'document.work.revise' })}
  </button>`;
}

function revisionDialog(a: PlanDocumentActions): TemplateResult {
  return confirmDialog({
    id: 'revise',
    title: msg('Starta en ny version?', { id: 'document.work.reviseTitle' }),
    body: msg('Den här versionen makuleras och ersätts av ett nytt utkast med samma innehåll. Det nya utkastet ska signeras och låsas igen.', { id: 'document.work.reviseBody' }),
    confirmLabel: msg('Starta ny version', { id: 'document.work.reviseConfirm' }),
    onConfirm: () => a.startRevision(),
  });
}

export function renderWork(vm: Readonly<PlanDocumentViewModel>, a: PlanDocumentActions): TemplateResult {
  return html`<section class="work no-print" part="work" aria-labelledby="work-title">
    <h3 id="work-title" tabindex="-1">${msg('Skriv, signera och lås planen', { id: 'document.work.title' })}</h3>
    ${vm.opError ? html`<p class="op-error" role="alert">${vm.opError}</p>` : nothing}
    ${vm.canWrite ? details(vm, a) : nothing}
    ${vm.canSign ? signing(vm, a) : nothing}
  </section>`;
}
