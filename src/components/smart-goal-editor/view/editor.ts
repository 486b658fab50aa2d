/**
 * The whole editor for a valid plan: heading and overview, the goal list, the undo bar, the add
 * buttons. Loaded lazily (see part.ts); renders from the read-only view model and the actions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { getLocale } from '../../../shared/i18n';
import { planStage } from '../../../model/plan-stage';
import { undoBar } from '../../../shared/templates';
import { goalName } from '../smart-check';
import { draftOf } from '../drafts';
import { GOAL_ACHIEVEMENTS, achievementLabel, activityCount, check, possessive, rows } from '../view-model';
import type { GoalEditorActions, GoalEditorView, GoalEditorViewModel, Row } from '../types';
import { renderGoal } from './goal';

// ─── templates ──────────────────────────────────────────────────────────────

/** The whole editor, for a valid plan. */
export const renderEditor: GoalEditorView = (vm, actions) => {
  const { plan } = vm;
  const list = rows(vm);
  const followUp = vm.mode === 'follow-up';
  const name = goalName(plan.person);
  return html`<section class="base" part="base" aria-labelledby="title">
    <header class="top">
      <h2 id="title">${followUp ? msg('Mål – uppföljning', { id: 'goals.title.followUp' }) : msg('Mål', { id: 'goals.title' })}</h2>
      ${renderOverview(vm, list)}
    </header>
    ${renderStatusNote(vm)}
    ${vm.opError ? html`<p class="op-error" role="alert">${vm.opError}</p>` : nothing}
    ${vm.canEdit && list.length > 0
      ? html`<button type="button" class="link skip" part="button" data-action="skip-to-add" @click=${() => actions.skipToAdd()}>
          ${msg('Hoppa till Lägg till mål', { id: 'goals.skipToAdd' })}
        </button>`
      : nothing}
    ${list.length === 0
      ? html`<p class="empty">
          ${vm.canEdit
            ? msg(str`Inga mål ännu. Börja med frågan ”Vad är viktigt för dig?” och skriv målet med ${possessive(name)} egna ord.`, { id: 'goals.empty.edit' })
            : msg('Planen har inga mål.', { id: 'goals.empty.read' })}
        </p>`
      : html`<ol class="goals" aria-label=${msg('Mål', { id: 'goals.title' })}>
          ${renderRows(vm, actions, list.filter((r) => r.depth === 0), list)}
        </ol>`}
    ${undoBar(vm.undo, { onUndo: () => actions.undo(), onDismiss: () => actions.dismissUndo(), disabled: !vm.canEdit })}
    ${vm.canEdit
      ? html`<div class="add-row">
          <button type="button" class="primary" part="button" data-action="add" @click=${() => actions.startNew('long')}>
            ${msg('Lägg till långsiktigt mål', { id: 'goals.add.long' })}
          </button>
          <button type="button" part="button" data-action="add-short" @click=${() => actions.startNew('short')}>
            ${msg('Lägg till kortsiktigt mål', { id: 'goals.add.short' })}
          </button>
        </div>`
      : nothing}
  </section>`;
};

function renderOverview(vm: Readonly<GoalEditorViewModel>, list: Row[]): TemplateResult {
  const { plan } = vm;
  const saved = list.filter((r) => !r.isNew);
  const total = saved.length;
  if (total === 0) return html``;
  if (vm.mode === 'follow-up') {
    const counts = GOAL_ACHIEVEMENTS.map((v) => ({ v, n: saved.filter((r) => r.goal.achievement?.value === v).length })).filter((x) => x.n > 0);
    const judged = saved.filter((r) => r.goal.achievement).length;
    return html`<p class="overview">
      ${msg(str`${judged} av ${total} mål bedömda`, { id: 'goals.overview.judged' })}${counts.length
        ? html`: ${counts.map((x) => `${achievementLabel(x.v).toLowerCase()} ${x.n}`).join(', ')}`
        : nothing}.
    </p>`;
  }
  const withoutActivities = saved.filter((r) => activityCount(plan, r.goal.id) === 0 && !plan.goals.some((g) => g.parentId === r.goal.id && activityCount(plan, g.id) > 0)).length;
  const smart = saved.filter((r) => check(vm, r.goal).allMet).length;
  return html`<p class="overview">
    ${msg(str`${total} mål, ${smart} uppfyller SMART.`, { id: 'goals.overview.smart' })}
    ${withoutActivities > 0
      ? html`<span class="no-acts"
          >${withoutActivities === 1
            ? msg('1 mål har ingen insats.', { id: 'goals.overview.noActivitiesOne' })
            : msg(str`${withoutActivities} mål har ingen insats.`, { id: 'goals.overview.noActivitiesMany' })}</span
        >`
      : nothing}
  </p>`;
}

function renderStatusNote(vm: Readonly<GoalEditorViewModel>): TemplateResult | typeof nothing {
  const { plan } = vm;
  if (vm.readonly) return nothing;
  const stage = planStage(plan);
  if (vm.mode === 'plan' && stage === 'locked') {
    return html`<p class="note">${msg('Planen är signerad och låst. Målen ändras i en ny version av planen; måluppfyllelse registreras vid uppföljningen.', { id: 'goals.note.locked' })}</p>`;
  }
  if (vm.mode === 'plan' && stage === 'signed' && vm.canEdit) {
    return html`<p class="note">${msg('Planen är signerad men inte låst: målen kan ändras tills samordningsansvarig låser planen.', { id: 'goals.note.signed' })}</p>`;
  }
  if (plan.status === 'closed') return html`<p class="note">${msg('Planen är avslutad. Målen visas bara.', { id: 'goals.note.closed' })}</p>`;
  if (plan.status === 'voided') return html`<p class="note">${msg('Planen är makulerad. Målen visas bara.', { id: 'goals.note.voided' })}</p>`;
  return nothing;
}

function renderRows(vm: Readonly<GoalEditorViewModel>, actions: GoalEditorActions, list: Row[], all: Row[]): TemplateResult {
  return html`${repeat(
    list,
    (r) => r.goal.id,
    (r) => {
      const subs = r.depth === 0 ? all.filter((s) => s.depth === 1 && s.goal.parentId === r.goal.id) : [];
      return html`<li class="goal-item" data-key=${vm.keyOf(r.goal.id)}>
        ${guard(cardDeps(vm, r), () => renderGoal(vm, actions, r))}
        ${subs.length
          ? html`<ol class="subgoals" aria-label=${msg(str`Delmål till ${r.label}`, { id: 'goals.subList' })}>
              ${renderRows(vm, actions, subs, all)}
            </ol>`
          : nothing}
      </li>`;
    },
  )}`;
}

/**
 * What a goal card shows depends on, so a keystroke in one goal re-renders that card only (a
 * plan may have dozens). Drafts keep their identity until they change.
 */
function cardDeps(vm: Readonly<GoalEditorViewModel>, r: Row): unknown[] {
  const { plan } = vm;
  const g = r.goal;
  const parent = g.parentId ? plan.goals.find((x) => x.id === g.parentId) : undefined;
  return [
    g,
    draftOf(vm.drafts, g.id),
    parent,
    parent ? draftOf(vm.drafts, parent.id) : undefined,
    plan.goals.filter((x) => x.parentId === g.id).map((x) => x.id).join('|'),
    plan.activities,
    plan.person,
    plan.status,
    vm.mode,
    vm.noteErrors.has(g.id),
    vm.canEdit,
    vm.canJudge,
    vm.today,
    vm.textErrors.has(g.id),
    r.label,
    r.isNew,
    r.siblingIndex,
    r.siblingCount,
    getLocale(),
  ];
}
