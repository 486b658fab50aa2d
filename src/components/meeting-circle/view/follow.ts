/**
 * The participant view: one reader's circle on their own phone, following the chair's clock.
 * Nothing of the plan is here — only the clock that travelled, and this reader's own version of
 * what to do now. Until the chair's clock has arrived (a wrong or missing code never brings it)
 * nothing of the meeting is shown.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { audienceLabel } from '../labels';
import type { MeetingCircleView, MeetingViewModel } from '../types';
import { renderCircle } from './circle';
import { renderGuide } from './parts';
import { renderTimes } from './times';

function connection(vm: Readonly<MeetingViewModel>): { text: string; warn: boolean } {
  const s = vm.sync;
  if (!s.active) return { text: msg('Länken saknar mötets kod. Be ordföranden om länken igen.', { id: 'meeting.follow.noCode' }), warn: true };
  if (s.status === 'disconnected') {
    return s.heard
      ? { text: msg('Inte ansluten. Tiden räknas vidare men ändringar syns inte förrän anslutningen är tillbaka.', { id: 'meeting.follow.offline' }), warn: true }
      : { text: msg('Inte ansluten. Försöker igen …', { id: 'meeting.follow.offlineWaiting' }), warn: true };
  }
  if (s.status === 'connecting') return { text: msg('Ansluter …', { id: 'meeting.follow.connecting' }), warn: false };
  if (!s.heard) return { text: msg('Väntar på mötet. Händer inget, kontrollera att länken är rätt.', { id: 'meeting.follow.waiting' }), warn: false };
  return { text: msg('Följer ordförandens klocka.', { id: 'meeting.follow.following' }), warn: false };
}

export const renderFollow: MeetingCircleView = (vm) => {
  const v = vm.clock;
  const c = connection(vm);
  const shown = vm.sync.active && vm.sync.heard;
  return html`<div class="follow" part="base">
    <div>
      <h2>${msg('Mötescirkel', { id: 'meeting.title' })}</h2>
      <p class="sub">${msg(str`Version: ${audienceLabel(vm.audience)}`, { id: 'meeting.version' })}</p>
      <p class="connection ${c.warn ? 'warn' : ''}" part="connection" role="status">${c.text}</p>
    </div>
    ${shown
      ? html`<div class="stage" role="group" aria-label=${msg('Mötescirkel och tid', { id: 'meeting.stage' })}>
            ${renderTimes(v, vm.clockTime)}
            <div class="dial">${renderCircle(v)}</div>
          </div>
          ${v.status === 'ended' ? nothing : renderGuide(v, vm.audience, vm.guide)}`
      : nothing}
  </div>`;
};
