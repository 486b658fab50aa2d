/** The meeting's purpose, questions and participants, and the participants' join link and QR code. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MeetingInfo, MeetingSync } from '../types';

export function renderInfo(info: MeetingInfo | undefined): TemplateResult | typeof nothing {
  if (!info || (!info.purpose && info.questions.length === 0 && info.participants.length === 0 && !info.personAttends)) return nothing;
  return html`<section class="info" part="info" aria-labelledby="info-heading">
    <h3 id="info-heading">${msg('Mötet', { id: 'meeting.info' })}</h3>
    ${info.purpose ? html`<p><strong>${msg('Syfte:', { id: 'meeting.info.purpose' })}</strong> ${info.purpose}</p>` : nothing}
    ${info.questions.length
      ? html`<h4>${msg('Frågor', { id: 'meeting.info.questions' })}</h4>
          <ol>
            ${info.questions.map((q) => html`<li>${q}</li>`)}
          </ol>`
      : nothing}
    ${info.participants.length || info.personAttends
      ? html`<h4>${msg('Deltagare', { id: 'meeting.info.participants' })}</h4>
          <ul class="people">
            ${info.personAttends ? html`<li>${msg('Personen själv', { id: 'meeting.info.person' })}</li>` : nothing}
            ${info.participants.map((n) => html`<li>${n}</li>`)}
          </ul>`
      : nothing}
  </section>`;
}

/** The QR code as one SVG path, module by module (no markup strings). */
function qrPath(modules: boolean[][]): string {
  let d = '';
  modules.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
  return d;
}

/** The chair's side: how the others join, and whether the clock is shared with other devices. */
export function renderJoin(sync: MeetingSync): TemplateResult | typeof nothing {
  if (!sync.active) return nothing;
  const join = sync.join;
  const state =
    sync.status === 'connected'
      ? msg('Deltagarna följer klockan.', { id: 'meeting.sync.sharing' })
      : sync.status === 'connecting'
        ? msg('Ansluter till servern för delning …', { id: 'meeting.sync.connecting' })
        : msg('Inte ansluten: deltagare på andra enheter ser inte ändringar nu.', { id: 'meeting.sync.chairOffline' });
  return html`<section class="join" part="join" aria-labelledby="join-heading">
    <h3 id="join-heading">${msg('Följ mötet på egen skärm', { id: 'meeting.join' })}</h3>
    ${join
      ? html`${join.qr
            ? html`<svg class="qr" viewBox="0 0 ${join.qr.length} ${join.qr.length}" role="img" aria-label=${msg('QR-kod med länken till mötet', { id: 'meeting.join.qr' })}>
                <rect width="100%" height="100%" fill="#fff"></rect>
                ${svg`<path d=${qrPath(join.qr)} fill="#000"></path>`}
              </svg>`
            : nothing}
          <p class="join-link"><a href=${join.link} target="_blank" rel="noopener">${msg('Länk för deltagarna', { id: 'meeting.join.link' })}</a></p>
          <p class="note">${msg('Skanna koden eller öppna länken och välj din version. Länken har inga personuppgifter; dela den bara med mötets deltagare.', { id: 'meeting.join.note' })}</p>`
      : nothing}
    <p class="note" role="status">${state}</p>
  </section>`;
}
