/** The chair's (and a reader's) circle: heading, circle and time, controls, guide, parts, minutes. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime } from '../../../shared/format';
import { audienceLabel } from '../labels';
import type { MeetingCircleView } from '../types';
import { renderCircle } from './circle';
import { renderControls, renderPresenterButton } from './controls';
import { renderFollow } from './follow';
import { renderInfo, renderJoin } from './info';
import { renderGuide, renderLegend, renderSummary } from './parts';
import { renderRoom } from './room';
import { renderTimes } from './times';

/** The chair's circle, the room view or the participant view, by the view model's mode. */
export const renderMeetingCircle: MeetingCircleView = (vm, a) =>
  vm.mode === 'follow' ? renderFollow(vm, a) : vm.mode === 'room' ? renderRoom(vm, a) : renderChair(vm, a);

const renderChair: MeetingCircleView = (vm, a) => {
  const v = vm.clock;
  return html`<div class="base" part="base">
    <div>
      <h2>${msg('Mötescirkel', { id: 'meeting.title' })}</h2>
      <p class="sub">
        ${msg(str`Version: ${audienceLabel(vm.audience)}`, { id: 'meeting.version' })}${vm.meetingStart
          ? html` · ${msg(str`Möte ${formatDateTime(vm.meetingStart)}`, { id: 'meeting.ofPlan' })}`
          : nothing}
      </p>
      ${vm.planWithoutMeeting
        ? html`<p class="note">${msg('Planen har inget möte att köra; tiden sparas inte i planen.', { id: 'meeting.noMeeting' })}</p>`
        : nothing}
      ${vm.controls ? nothing : html`<p class="note">${msg('Visningsläge: följer mötet men kan inte styra det.', { id: 'meeting.readonlyNote' })}</p>`}
    </div>
    ${vm.stateProblem
      ? html`<div class="sip-alert" role="alert" part="alert">
          <p>${vm.stateProblem}</p>
          ${vm.controls ? html`<button id="discard-state" part="button" @click=${a.discardState}>${msg('Börja om med en ny mötestid', { id: 'meeting.state.discard' })}</button>` : nothing}
        </div>`
      : nothing}
    <div
      class="stage"
      role="group"
      aria-label=${msg('Mötescirkel och tid', { id: 'meeting.stage' })}
      aria-describedby=${vm.controls ? 'shortcuts' : nothing}
      tabindex=${vm.controls ? '0' : nothing}
    >
      <div class="dial">${renderCircle(v)}</div>
      ${renderTimes(v, vm.clockTime)}
    </div>
    ${vm.controls ? renderControls(vm, a) : html`<div class="controls" part="controls">${renderPresenterButton(vm, a)}</div>`}
    <div class="columns">${renderGuide(v, vm.audience, vm.guide)} ${renderLegend(v)} ${renderInfo(vm.info)} ${renderJoin(vm.sync)}</div>
    ${v.status === 'ended' ? renderSummary(v) : nothing}
    ${vm.problem ? html`<p class="problem" role="alert">${vm.problem}</p>` : nothing}
  </div>`;
};
