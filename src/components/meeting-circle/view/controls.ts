/**
 * The chair's controls. Ending the meeting is its own button, away from "Next part", and asks
 * first: on the last part "Next part" stays where it was and does nothing, so an extra Enter or
 * a double click cannot end the meeting.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg } from '@lit/localize';
import { confirmDialog, undoBar } from '../../../shared/templates';
import { MEETING_PARTS } from '../clock';
import type { MeetingActions, MeetingViewModel } from '../types';

/** Start/pause, previous, next and extending: what the chair presses during the meeting. */
export function renderMainButtons(vm: Readonly<MeetingViewModel>, a: MeetingActions): TemplateResult | typeof nothing {
  const { status, index } = vm.clock;
  if (status === 'ended') return nothing;
  const active = status === 'running' || status === 'paused';
  const last = index >= MEETING_PARTS.length - 1;
  const primary =
    status === 'idle'
      ? msg('Starta mötet', { id: 'meeting.start' })
      : status === 'running'
        ? msg('Pausa', { id: 'meeting.pause' })
        : msg('Fortsätt', { id: 'meeting.resume' });
  return html`<div class="controls" part="controls" role="group" aria-label=${msg('Styr mötet', { id: 'meeting.controls' })}>
      <button id="toggle" class="primary" part="button" @click=${a.toggle}>${primary}</button>
      <button id="previous" part="button" ?disabled=${!active || index === 0} @click=${a.previous}>
        <span aria-hidden="true">←</span> ${msg('Föregående del', { id: 'meeting.previous' })}
      </button>
      <button
        id="next"
        part="button"
        ?disabled=${!active}
        aria-disabled=${active && last ? 'true' : nothing}
        aria-describedby=${active && last ? 'last-part' : nothing}
        @click=${a.next}
      >
        ${msg('Nästa del', { id: 'meeting.next' })} <span aria-hidden="true">→</span>
      </button>
      <button id="extend1" part="button" ?disabled=${!active} @click=${() => a.extend(1)}>
        +1 min<span class="visually-hidden"> – ${msg('förläng delen', { id: 'meeting.extendPart' })}</span>
      </button>
      <button id="extend5" part="button" ?disabled=${!active} @click=${() => a.extend(5)}>
        +5 min<span class="visually-hidden"> – ${msg('förläng delen', { id: 'meeting.extendPart' })}</span>
      </button>
    </div>
    ${active && last ? html`<p id="last-part" class="note">${msg('Sista delen. Avsluta mötet med knappen ”Avsluta mötet”.', { id: 'meeting.lastPart' })}</p>` : nothing}`;
}

/** Ending, resetting, sound and presenter mode: away from "Next part". */
export function renderMoreButtons(vm: Readonly<MeetingViewModel>, a: MeetingActions): TemplateResult {
  const { status } = vm.clock;
  const active = status === 'running' || status === 'paused';
  return html`<div class="controls more" part="controls" role="group" aria-label=${msg('Fler val för mötet', { id: 'meeting.more' })}>
    ${active ? html`<button id="end" class="danger" part="button" @click=${a.askEnd}>${msg('Avsluta mötet', { id: 'meeting.end' })}</button>` : nothing}
    <button id="reset" part="button" ?disabled=${status === 'idle'} @click=${a.askReset}>${msg('Återställ', { id: 'meeting.reset' })}</button>
    <button id="sound" part="button" aria-pressed=${vm.sound ? 'true' : 'false'} @click=${a.toggleSound}>${msg('Ljud vid övertid', { id: 'meeting.sound' })}</button>
    ${renderPresenterButton(vm, a)}
  </div>`;
}

/** After the end (undo, save) and the three questions; dialogs stay outside anything that folds. */
export function renderEndAndDialogs(vm: Readonly<MeetingViewModel>, a: MeetingActions): TemplateResult {
  return html`${renderEnded(vm, a)} ${guard([vm.lang, vm.meetingStart !== undefined, a], () => renderDialogs(vm, a))}`;
}

export function renderShortcuts(): TemplateResult {
  return html`<p id="shortcuts" class="shortcuts">
    ${msg('Kortkommandon när fokus är i mötescirkeln:', { id: 'meeting.shortcuts' })}
    <kbd>${msg('Mellanslag', { id: 'meeting.key.space' })}</kbd> ${msg('starta, pausa, fortsätt', { id: 'meeting.key.spaceDoes' })} ·
    <kbd>←</kbd> ${msg('föregående del', { id: 'meeting.key.left' })} · <kbd>→</kbd> ${msg('nästa del', { id: 'meeting.key.right' })}.
    ${msg('På sista delen avslutas mötet bara med knappen ”Avsluta mötet”.', { id: 'meeting.key.endNote' })}
  </p>`;
}

export function renderControls(vm: Readonly<MeetingViewModel>, a: MeetingActions): TemplateResult {
  return html`${renderMainButtons(vm, a)} ${renderMoreButtons(vm, a)} ${renderEndAndDialogs(vm, a)} ${renderShortcuts()}`;
}

/** After the end: undo until the minutes are saved, and saving them to the plan. */
function renderEnded(vm: Readonly<MeetingViewModel>, a: MeetingActions): TemplateResult | typeof nothing {
  if (vm.clock.status !== 'ended') return nothing;
  return html`${undoBar(vm.undo, { onUndo: a.undoEnd, onDismiss: a.dismissUndo })}
    ${vm.canSave
      ? html`<div class="button-row">
          <button id="save" class="primary" part="button" @click=${a.save}>${msg('Spara tiden i planen', { id: 'meeting.saveMinutes' })}</button>
        </div>`
      : nothing}
    ${vm.saved ? html`<p class="note">${msg('Tiden per del är sparad i planen.', { id: 'meeting.saved' })}</p>` : nothing}`;
}

export function renderPresenterButton(vm: Readonly<MeetingViewModel>, a: MeetingActions): TemplateResult {
  return html`<button id="presenter" part="button" aria-pressed=${vm.presenter ? 'true' : 'false'} @click=${a.togglePresenter}>
    ${msg('Rumsvy', { id: 'meeting.roomView' })}
  </button>`;
}

/** The three questions. Their text changes only with the language; a tick does not re-render them. */
function renderDialogs(vm: Readonly<MeetingViewModel>, a: MeetingActions): TemplateResult {
  return html`${confirmDialog({
      id: 'end-confirm',
      title: msg('Avsluta mötet?', { id: 'meeting.endConfirm.title' }),
      body: vm.meetingStart !== undefined
        ? msg('Tiden stannar. Du kan ångra tills tiden är sparad i planen.', { id: 'meeting.endConfirm.bodyPlan' })
        : msg('Tiden stannar. Du kan ångra direkt efteråt.', { id: 'meeting.endConfirm.body' }),
      confirmLabel: msg('Avsluta mötet', { id: 'meeting.end' }),
      danger: true,
      onConfirm: a.end,
    })}
    ${confirmDialog({
      id: 'reset-confirm',
      title: msg('Återställa mötet?', { id: 'meeting.resetTitle' }),
      body: msg('Nollställa mötet? Tiden hittills går förlorad.', { id: 'meeting.confirmReset' }),
      confirmLabel: msg('Ja, återställ', { id: 'meeting.resetYes' }),
      danger: true,
      onConfirm: a.reset,
    })}
    ${confirmDialog({
      id: 'overwrite-confirm',
      title: msg('Skriva över mötets tid?', { id: 'meeting.overwrite.title' }),
      body: msg('Planen har redan tid per del för det här mötet. Den ersätts med tiden från cirkeln.', { id: 'meeting.overwrite.body' }),
      confirmLabel: msg('Skriv över', { id: 'meeting.overwrite.confirm' }),
      danger: true,
      onConfirm: a.overwrite,
    })}`;
}
