/**
 * Small templates both readers' documents share: a contact line, a person with role, a text
 * block that keeps the writer's line breaks, the banner, the signature block.
 * Every text is a Lit text binding, so markup in the plan prints as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Contact, SipPlan } from '../../../model';
import { formatDate, formatDateTime } from '../../../shared/format';
import type { Named } from '../document-model';
import type { PlanDocumentViewModel } from '../types';
import { closureReason, signatureRole, voidedReason } from './labels';

export function contactLine(c: Contact | undefined): TemplateResult | typeof nothing {
  if (!c) return nothing;
  const parts = [
    c.phone ? html`<span class="contact-item">${msg('Telefon', { id: 'document.contact.phone' })} ${c.phone}</span>` : nothing,
    c.email ? html`<span class="contact-item">${msg('E-post', { id: 'document.contact.email' })} ${c.email}</span>` : nothing,
    c.address ? html`<span class="contact-item">${msg('Adress', { id: 'document.contact.address' })} ${c.address}</span>` : nothing,
  ];
  return html`<span class="contact">${parts}</span>`;
}

/** A named person or unit: name, what they are, how to reach them. */
export function namedLine(n: Named): TemplateResult {
  return html`<span class="named"><span class="name">${n.name}</span>${n.detail ? html`<span class="detail">, ${n.detail}</span>` : nothing}${n.contact
      ? html`<br />${contactLine(n.contact)}`
      : nothing}</span>`;
}

/** A role and who holds it (or that nobody does yet). */
export function roleRow(label: string, people: readonly Named[], empty: string): TemplateResult {
  return html`<div class="row">
    <dt>${label}</dt>
    ${people.length ? people.map((p) => html`<dd>${namedLine(p)}</dd>`) : html`<dd class="missing">${empty}</dd>`}
  </div>`;
}

/** Free text as written: paragraphs at blank lines, line breaks kept (CSS), never markup. */
export function prose(text: string | undefined, empty: string): TemplateResult {
  const t = text?.trim();
  if (!t) return html`<p class="missing">${empty}</p>`;
  return html`${t.split(/\n\s*\n/).map((p) => html`<p class="prose">${p}</p>`)}`;
}

export function notWritten(): string {
  return msg('Inte ifyllt ännu.', { id: 'document.notWritten' });
}

/** Voided or closed: what happened, when, why and what replaced it. First thing on the page. */
export function banner(plan: SipPlan): TemplateResult | typeof nothing {
  if (plan.status === 'voided' && plan.voided) {
    const v = plan.voided;
    return html`<div class="banner" part="banner" role="note">
      <p class="banner-title">${msg(str`Den här versionen (${plan.version}) är makulerad sedan ${formatDate(v.at, 'long')}.`, { id: 'document.banner.voided' })}</p>
      <p>${voidedReason(v)}${v.note ? html` ${v.note}` : nothing}</p>
      <p>${msg('Använd inte den här versionen. Den gällande planen är den som ersatte den.', { id: 'document.banner.voidedUse' })}</p>
    </div>`;
  }
  if (plan.status === 'voided') {
    return html`<div class="banner" part="banner" role="note"><p class="banner-title">${msg(str`Den här versionen (${plan.version}) är makulerad.`, { id: 'document.banner.voidedBare' })}</p></div>`;
  }
  if (plan.status === 'closed' && plan.closure) {
    const c = plan.closure;
    return html`<div class="banner" part="banner" role="note">
      <p class="banner-title">${msg(str`Planen avslutades ${formatDate(c.at, 'long')}.`, { id: 'document.banner.closed' })}</p>
      <p>${closureReason(c.reason)}${c.note ? html` ${c.note}` : nothing}</p>
    </div>`;
  }
  if (plan.status === 'closed') {
    return html`<div class="banner" part="banner" role="note"><p class="banner-title">${msg('Planen är avslutad.', { id: 'document.banner.closedBare' })}</p></div>`;
  }
  return nothing;
}

/** The signatures given, then blank lines to sign on the printed copy for who has not signed. */
export function signatureBlock(vm: Readonly<PlanDocumentViewModel>, heading: string): TemplateResult {
  const { plan, doc } = vm;
  const coordinator = doc.coordinatorSignature;
  const given = doc.printedSignatures;
  const unsigned = vm.signers.filter((s) => !s.signedAt);
  return html`<section class="section signatures" aria-labelledby="sec-signatures">
    <h3 id="sec-signatures">${heading}</h3>
    <dl class="facts">
      ${coordinator
        ? html`<div class="row"><dt>${signatureRole(coordinator)}</dt><dd>${coordinator.by}, ${formatDateTime(coordinator.at)}</dd></div>`
        : html`<div class="row"><dt>${signatureRole({ role: 'coordinator' })}</dt><dd class="missing">${msg('Inte signerad ännu.', { id: 'document.notSigned' })}</dd></div>`}
      ${plan.lockedAt ? html`<div class="row"><dt>${msg('Låst', { id: 'document.lockedAt' })}</dt><dd>${formatDateTime(plan.lockedAt)}</dd></div>` : nothing}
      ${given.map(
        (s) => html`<div class="row"><dt>${signatureRole(s)}</dt><dd>${s.by}, ${formatDateTime(s.at)}${s.method === 'paper'
            ? html` (${msg('på papper', { id: 'document.method.paper' })})`
            : s.method === 'electronic'
              ? html` (${msg('elektroniskt', { id: 'document.method.electronic' })})`
              : nothing}</dd></div>`,
      )}
    </dl>
    <div class="sign-lines" part="signature-block">
      ${[...unsigned.map((s) => ({ role: signatureRole(s), name: s.name })), ...(coordinator ? [] : [{ role: signatureRole({ role: 'coordinator' }), name: doc.roles.coordinator?.name ?? '' }])].map(
        (s) => html`<div class="sign-line">
          <span class="line" aria-hidden="true"></span>
          <span class="sign-caption">${msg('Underskrift', { id: 'document.signature' })}: ${s.role}${s.name ? html` – ${s.name}` : nothing}</span>
          <span class="sign-date">${msg('Datum', { id: 'document.date' })}:</span>
        </div>`,
      )}
    </div>
  </section>`;
}
