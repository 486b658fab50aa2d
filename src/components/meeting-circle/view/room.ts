/**
 * The room view (presenter mode): for the shared screen. The circle large with the part names on
 * it, the time left readable across the room, the current part's prompt for everyone, the
 * meeting's purpose, questions and participants; the chair's controls in a slim bar at the end.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { MEETING_PARTS, formatClock } from '../clock';
import { partLabel } from '../labels';
import type { MeetingCircleView } from '../types';
import { renderCircle } from './circle';
import { renderEndAndDialogs, renderMainButtons, renderMoreButtons, renderPresenterButton } from './controls';
import { renderInfo, renderJoin } from './info';
import { renderSummary } from './parts';
import { renderTimes } from './times';

export const renderRoom: MeetingCircleView = (vm, a) => {
  const v = vm.clock;
  const ended = v.status === 'ended';
  return html`<div class="room" part="base">
    <h2 class="visually-hidden">${msg('Mötescirkel', { id: 'meeting.title' })}</h2>
    <div
      class="room-stage"
      role="group"
      aria-label=${msg('Mötescirkel och tid', { id: 'meeting.stage' })}
      tabindex=${vm.controls ? '0' : nothing}
    >
      <div class="dial">${renderCircle(v)}</div>
      ${renderTimes(v, vm.clockTime)}
    </div>
    <div class="room-side">
      ${ended
        ? renderSummary(v)
        : html`<section class="prompt" part="guide" aria-labelledby="prompt-heading">
            <h3 id="prompt-heading">
              ${v.status === 'idle'
                ? msg('Snart börjar mötet', { id: 'meeting.room.soon' })
                : msg(str`Nu: ${partLabel(v.part)} (del ${v.index + 1} av ${MEETING_PARTS.length})`, { id: 'meeting.room.now' })}
            </h3>
            <p>${vm.roomPrompt}</p>
            ${v.index < MEETING_PARTS.length - 1 && v.status !== 'idle'
              ? html`<p class="note">${msg(str`Sedan: ${partLabel(MEETING_PARTS[v.index + 1]!)}, ${formatClock(v.planned[v.index + 1]!)}`, { id: 'meeting.room.then' })}</p>`
              : nothing}
          </section>`}
      ${renderInfo(vm.info)} ${renderJoin(vm.sync)}
    </div>
    <div class="room-controls">
      ${vm.controls
        ? html`${renderMainButtons(vm, a)}
            <details class="room-more">
              <summary>${msg('Fler val', { id: 'meeting.room.more' })}</summary>
              ${renderMoreButtons(vm, a)}
            </details>
            ${renderEndAndDialogs(vm, a)}`
        : html`<div class="controls" part="controls">${renderPresenterButton(vm, a)}</div>`}
    </div>
    ${vm.stateProblem ? html`<div class="sip-alert" role="alert" part="alert"><p>${vm.stateProblem}</p></div>` : nothing}
  </div>`;
};
