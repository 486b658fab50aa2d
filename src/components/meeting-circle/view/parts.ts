/** The list of parts, the reader's guide for the current part, and the minutes after the end. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { MEETING_PARTS, actualMinutes, formatClock, minutesOf, type ClockView } from '../clock';
import type { PartGuide } from '../guide';
import { partLabel, type Audience } from '../labels';
import { partState } from './circle';

export function renderLegend(v: ClockView): TemplateResult {
  return html`<section aria-labelledby="legend-heading">
    <h3 id="legend-heading">${msg('Mötets delar', { id: 'meeting.parts' })}</h3>
    <ol class="legend" part="legend">
      ${MEETING_PARTS.map((part, i) => {
        const state = partState(v, i);
        const over = state === 'current' && v.partOverrun > 0;
        const planned = minutesOf(v.planned[i]!);
        const extended = minutesOf(v.extended[i]!);
        const spent = v.spent[i]!;
        const stateText =
          state === 'current'
            ? over
              ? msg('pågår, över tiden', { id: 'meeting.state.over' })
              : msg('pågår', { id: 'meeting.state.current' })
            : state === 'done'
              ? msg('klar', { id: 'meeting.state.done' })
              : '';
        return html`<li class="${state} ${over ? 'over' : ''}" aria-current=${state === 'current' ? 'step' : nothing}>
          <span>${i + 1}. ${partLabel(part)}</span>
          ${stateText ? html`<span class="visually-hidden">(${stateText})</span>` : nothing}
          <span class="mins"
            >${spent > 0 && v.status !== 'idle' ? `${formatClock(spent, 'down')} / ` : ''}${planned} min${extended > 0
              ? ` (${msg(str`varav +${extended} förlängt`, { id: 'meeting.extendedBy' })})`
              : ''}</span
          >
        </li>`;
      })}
    </ol>
  </section>`;
}

export function renderGuide(v: ClockView, audience: Audience, guide: PartGuide): TemplateResult {
  const heading =
    audience === 'chair'
      ? msg(str`Checklista för ordföranden: ${partLabel(v.part)}`, { id: 'meeting.guide.chair' })
      : msg(str`Din del nu: ${partLabel(v.part)}`, { id: 'meeting.guide.you' });
  return html`<section class="guide" part="guide" aria-labelledby="guide-heading">
    <h3 id="guide-heading">${heading}</h3>
    <ul>
      ${guide.tasks.map((t) => html`<li>${t}</li>`)}
    </ul>
    ${guide.question
      ? html`<p class="question"><span class="visually-hidden">${msg('Du får frågan:', { id: 'meeting.guide.asked' })} </span>${guide.question}</p>`
      : nothing}
  </section>`;
}

export function renderSummary(v: ClockView): TemplateResult {
  const actual = actualMinutes(v);
  return html`<section part="summary" aria-labelledby="summary-heading">
    <h3 id="summary-heading" tabindex="-1">${msg('Tid per del', { id: 'meeting.summary' })}</h3>
    <table aria-labelledby="summary-heading">
      <thead>
        <tr>
          <th scope="col">${msg('Del', { id: 'meeting.col.part' })}</th>
          <th scope="col" class="n">${msg('Planerat (min)', { id: 'meeting.col.planned' })}</th>
          <th scope="col" class="n">${msg('Faktiskt (min)', { id: 'meeting.col.actual' })}</th>
        </tr>
      </thead>
      <tbody>
        ${MEETING_PARTS.map(
          (p, i) => html`<tr>
            <th scope="row">${partLabel(p)}</th>
            <td class="n">${minutesOf(v.planned[i]!)}</td>
            <td class="n">${actual[p]}</td>
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${msg('Hela mötet', { id: 'meeting.col.total' })}</th>
          <td class="n">${minutesOf(v.meetingPlanned)}</td>
          <td class="n">${minutesOf(v.elapsed)}</td>
        </tr>
      </tfoot>
    </table>
  </section>`;
}
