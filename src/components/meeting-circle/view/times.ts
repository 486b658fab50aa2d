/** The time left of the part and the meeting, overrun and the projected end. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { MEETING_PARTS, formatClock, minutesOf, type ClockView } from '../clock';
import { partLabel } from '../labels';

export function renderTimes(v: ClockView, clockTime: (ms: number) => string): TemplateResult {
  const over = v.partOverrun > 0 && v.status !== 'ended';
  const ended = v.status === 'ended';
  return html`<div class="times ${over ? 'over' : ''}" part="time">
    <p class="now">
      <span class="step">${ended ? msg('Mötet är slut', { id: 'meeting.ended' }) : msg(str`Del ${v.index + 1} av ${MEETING_PARTS.length}`, { id: 'meeting.step' })}${v.status === 'paused'
          ? html` · <strong>${msg('Pausat', { id: 'meeting.paused' })}</strong>`
          : v.status === 'idle'
            ? html` · ${msg('Inte startat', { id: 'meeting.notStarted' })}`
            : nothing}</span>
      <strong>${ended ? msg(str`${minutesOf(v.elapsed)} min`, { id: 'meeting.minutes' }) : partLabel(v.part)}</strong>
    </p>
    ${ended
      ? nothing
      : html`<p>
            <span class="big num">${over ? `+${formatClock(v.partRemaining, 'down')}` : formatClock(v.partRemaining)}</span>
            <span class="label">${over ? msg('över tiden för delen', { id: 'meeting.partOverLabel' }) : msg('kvar av delen', { id: 'meeting.partLeft' })}</span>
          </p>
          ${over ? html`<p class="over-cue"><span aria-hidden="true">⚠</span> ${msg('Delen har gått över tiden', { id: 'meeting.partOverCue' })}</p>` : nothing}`}
    <p class="meeting-left">
      ${v.meetingOverrun > 0
        ? html`<span class="label">${msg('Mötet är över tiden med', { id: 'meeting.meetingOver' })}</span>
            <span class="num">${formatClock(v.meetingRemaining, 'down')}</span>`
        : ended
          ? html`<span class="label">${msg('Planerat', { id: 'meeting.plannedLabel' })}</span> <span class="num">${minutesOf(v.meetingPlanned)} min</span>`
          : html`<span class="label">${msg('Kvar av mötet', { id: 'meeting.meetingLeft' })}</span> <span class="num">${formatClock(v.meetingRemaining)}</span>`}
    </p>
    ${renderEnds(v, clockTime)}
  </div>`;
}

function renderEnds(v: ClockView, clockTime: (ms: number) => string): TemplateResult {
  const ext = v.extendedTotal > 0 ? html`<p class="extended">${msg(str`Förlängt med ${minutesOf(v.extendedTotal)} min – mötet blir lika mycket längre, senare delar behåller sin tid.`, { id: 'meeting.extendedNote' })}</p>` : nothing;
  if (v.plannedEndAt === undefined || v.projectedEndAt === undefined) {
    return html`<p class="ends">${msg(str`Planerat: ${minutesOf(v.meetingPlanned)} min`, { id: 'meeting.plannedTotal' })}</p>`;
  }
  const late = Math.round((v.projectedEndAt - v.plannedEndAt) / 60000);
  const planned = clockTime(v.plannedEndAt);
  const projected = clockTime(v.projectedEndAt);
  if (v.status === 'ended') {
    return html`<p class="ends">${msg(str`Planerat slut ${planned} · slutade ${projected}`, { id: 'meeting.endedAt' })}</p>`;
  }
  return html`<p class="ends">
      ${late > 0
        ? msg(str`Planerat slut ${planned} · beräknat slut ${projected} (${late} min sent)`, { id: 'meeting.endsLate' })
        : late < 0
          ? msg(str`Planerat slut ${planned} · beräknat slut ${projected} (${-late} min tidigt)`, { id: 'meeting.endsEarly' })
          : msg(str`Planerat slut ${planned} · beräknat slut ${projected}`, { id: 'meeting.endsOnTime' })}
    </p>
    ${ext}`;
}
