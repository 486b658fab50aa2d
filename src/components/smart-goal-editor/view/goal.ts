/**
 * One goal's card: its fields (or read-only facts), its SMART check or follow-up judgement, and
 * its buttons. Part of the lazily loaded view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { formatDate } from '../../../shared/format';
import * as label from '../../../shared/labels';
import * as term from '../../../shared/terms';
import { describedBy, fieldRow } from '../../../shared/templates';
import type { Goal, SipPlan } from '../../../model';
import { CRITERIA, goalName, type SmartResult } from '../smart-check';
import { isIsoDate } from '../dates';
import { draftOf, merged } from '../drafts';
import { GOAL_ACHIEVEMENTS, achievementLabel, activityCount, check, criterionName, hintText, phrasingHints, possessive, stateName } from '../view-model';
import type { GoalEditorActions, GoalEditorViewModel, Row, TextField } from '../types';

const ICON: Record<'met' | 'hint' | 'missing', string> = { met: '✓', hint: '!', missing: '○' };

export function renderGoal(vm: Readonly<GoalEditorViewModel>, actions: GoalEditorActions, r: Row): TemplateResult {
  const { goal } = r;
  const k = vm.keyOf(goal.id);
  const result = check(vm, goal);
  const followUp = vm.mode === 'follow-up';
  return html`<article class="goal depth-${r.depth} ${r.isNew ? 'new' : ''}" part="goal" aria-labelledby="${k}-h">
    <header class="goal-head">
      <h3 id="${k}-h" tabindex="-1">${r.label}${r.isNew ? html` <span class="tag">${msg('(nytt, inte sparat)', { id: 'goals.newTag' })}</span>` : nothing}</h3>
      <div class="badges">
        ${followUp ? renderAchievementBadge(goal) : html`<span class="badge ${result.allMet ? 'ok' : ''}">${msg(str`SMART ${result.metCount}/5`, { id: 'goals.badge.smart' })}</span>`}
        ${r.isNew ? nothing : renderActivityBadge(vm.plan, goal)}
      </div>
    </header>
    <div class="body">
      <div class="main">${vm.canEdit ? renderFields(vm, actions, r, result) : renderReadFields(vm, goal)}</div>
      <div class="side">${followUp ? renderAchievement(vm, actions, r, k) : renderCheck(vm, goal, result, k)}</div>
    </div>
    ${vm.canEdit ? renderActions(vm, actions, r) : nothing}
  </article>`;
}

function renderActivityBadge(plan: SipPlan, goal: Goal): TemplateResult {
  const own = activityCount(plan, goal.id);
  const viaSubs = plan.goals.filter((g) => g.parentId === goal.id).reduce((n, g) => n + activityCount(plan, g.id), 0);
  const none = own === 0 && viaSubs === 0;
  const text =
    own === 0
      ? viaSubs > 0
        ? msg(str`Insatser via delmål: ${viaSubs}`, { id: 'goals.activities.viaSubs' })
        : msg('Ingen insats', { id: 'goals.activities.none' })
      : own === 1
        ? term.oneActivity()
        : msg(str`${own} insatser`, { id: 'goals.activities.many' });
  return html`<span class="badge acts ${none ? 'none' : ''}" part="activities">${none ? html`<span aria-hidden="true">! </span>` : nothing}${text}</span>`;
}

function renderAchievementBadge(goal: Goal): TemplateResult {
  const a = goal.achievement;
  return html`<span class="badge ${a ? `ach-${a.value}` : 'ach-none'}">${a ? achievementLabel(a.value) : msg('Inte bedömt', { id: 'goals.achievement.none' })}</span>`;
}

function renderFields(vm: Readonly<GoalEditorViewModel>, actions: GoalEditorActions, r: Row, result: SmartResult): TemplateResult {
  const { goal } = r;
  const id = goal.id;
  const k = vm.keyOf(id);
  const m = merged(vm.drafts, goal);
  const name = goalName(vm.plan.person);
  const phrasing = phrasingHints(result, name);
  const textError = vm.textErrors.has(id);
  const accepted = !!m.acceptedAt;
  const onInput = (field: TextField) => (e: Event) => actions.input(id, field, (e.target as HTMLInputElement).value);
  const onChange = (field: TextField) => (e: Event) => actions.change(id, field, (e.target as HTMLInputElement).value);
  const placeholder = msg('ÅÅÅÅ-MM-DD', { id: 'goals.field.datePlaceholder' });
  const text = {
    id: `${k}-text`,
    help: r.isNew && !textError ? msg(str`Sparas när du lämnar fältet. Börja gärna med ”${name} vill …”.`, { id: 'goals.help.textNew' }) : undefined,
    error: textError ? msg('Målet behöver en text. Den tidigare texten finns kvar i planen.', { id: 'goals.error.textEmpty' }) : undefined,
  };
  return html`<div class="fields">
    ${fieldRow({
      ...text,
      wide: true,
      label: msg(str`Målet, med ${possessive(name)} egna ord`, { id: 'goals.field.text' }),
      control: html`<textarea
        id="${k}-text"
        data-field="text"
        data-criterion-field="specific"
        rows="2"
        aria-invalid=${textError ? 'true' : 'false'}
        aria-describedby=${[describedBy(text), `${k}-c-specific`, phrasing.length ? `${k}-phrasing` : ''].filter(Boolean).join(' ')}
        .value=${live(m.text ?? '')}
        @input=${onInput('text')}
        @change=${onChange('text')}
      ></textarea>`,
    })}
    ${fieldRow({
      id: `${k}-matters`,
      wide: true,
      label: msg('Vad är viktigt för dig? (det målet kommer från)', { id: 'goals.field.whatMatters' }),
      control: html`<textarea id="${k}-matters" data-field="whatMatters" rows="1" .value=${live(m.whatMatters ?? '')} @input=${onInput('whatMatters')} @change=${onChange('whatMatters')}></textarea>`,
    })}
    <div class="field wide">
      <label for="${k}-measure">${msg('Mått – hur ser ni att målet är nått?', { id: 'goals.field.measure' })}</label>
      <textarea
        id="${k}-measure"
        rows="1"
        data-field="measure"
        data-criterion-field="measurable"
        aria-describedby="${k}-c-measurable"
        .value=${live(m.measure ?? '')}
        @input=${onInput('measure')}
        @change=${onChange('measure')}
      ></textarea>
      ${result.suggestedMeasure
        ? html`<button type="button" class="link" part="button" data-action="use-measure" @click=${() => actions.useMeasure(id, result.suggestedMeasure!)}>
            ${msg(str`Använd ”${result.suggestedMeasure}” som mått`, { id: 'goals.action.useMeasure' })}
          </button>`
        : nothing}
    </div>
    <div class="field">
      <label for="${k}-date">${msg('Måldatum', { id: 'goals.field.targetDate' })}</label>
      <input
        id="${k}-date"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        placeholder=${placeholder}
        data-field="targetDate"
        data-criterion-field="timeBound"
        aria-invalid=${result.criteria.timeBound.code === 'timeBound.invalid' ? 'true' : 'false'}
        aria-describedby="${k}-date-help ${k}-c-timeBound"
        .value=${live(m.targetDate ?? '')}
        @input=${onInput('targetDate')}
        @change=${onChange('targetDate')}
      />
      <p class="help" id="${k}-date-help">${msg('Skrivs ÅÅÅÅ-MM-DD.', { id: 'goals.help.date' })}</p>
    </div>
    <div class="field checks">
      <div class="check-row">
        <input
          id="${k}-accepted"
          type="checkbox"
          data-field="accepted"
          data-criterion-field="accepted"
          aria-describedby="${k}-c-accepted"
          .checked=${live(accepted)}
          @change=${(e: Event) => actions.setAccepted(id, (e.target as HTMLInputElement).checked)}
        />
        <label for="${k}-accepted">${msg(str`${name} har godkänt målet`, { id: 'goals.field.accepted' })}</label>
      </div>
      ${accepted
        ? html`<div class="sub-field">
            <label for="${k}-accepted-at">${msg('Godkänt den', { id: 'goals.field.acceptedAt' })}</label>
            <input
              id="${k}-accepted-at"
              type="text"
              inputmode="numeric"
              autocomplete="off"
              placeholder=${placeholder}
              data-field="acceptedAt"
              aria-invalid=${m.acceptedAt && !isIsoDate(m.acceptedAt) ? 'true' : 'false'}
              .value=${live(m.acceptedAt ?? '')}
              @input=${onInput('acceptedAt')}
              @change=${onChange('acceptedAt')}
            />
          </div>`
        : nothing}
      <div class="check-row">
        <input
          id="${k}-realistic"
          type="checkbox"
          data-field="realistic"
          data-criterion-field="realistic"
          aria-describedby="${k}-c-realistic"
          .checked=${live(m.realistic === true)}
          @change=${(e: Event) => actions.setRealistic(id, (e.target as HTMLInputElement).checked)}
        />
        <label for="${k}-realistic">${msg('Bedömt som realistiskt av alla', { id: 'goals.field.realistic' })}</label>
      </div>
    </div>
    ${fieldRow({
      id: `${k}-disagreement`,
      wide: true,
      label: msg('Om ni inte är överens: vad skiljer?', { id: 'goals.field.disagreement' }),
      control: html`<textarea id="${k}-disagreement" data-field="disagreement" rows="1" .value=${live(m.disagreement ?? '')} @input=${onInput('disagreement')} @change=${onChange('disagreement')}></textarea>`,
    })}
  </div>`;
}

function renderReadFields(vm: Readonly<GoalEditorViewModel>, goal: Goal): TemplateResult {
  const name = goalName(vm.plan.person);
  const facts: [string, string][] = [];
  if (goal.whatMatters) facts.push([label.whatMatters(), goal.whatMatters]);
  if (goal.measure) facts.push([msg('Mått', { id: 'goals.read.measure' }), goal.measure]);
  if (goal.targetDate) facts.push([msg('Måldatum', { id: 'goals.field.targetDate' }), formatDate(goal.targetDate)]);
  facts.push([msg('Godkänt av personen', { id: 'goals.read.accepted' }), goal.acceptedAt ? formatDate(goal.acceptedAt) : msg(str`Nej – inte godkänt av ${name}`, { id: 'goals.read.notAccepted' })]);
  facts.push([
    msg('Realistiskt', { id: 'goals.criterion.realistic' }),
    goal.realistic === true ? label.yes() : goal.realistic === false ? label.no() : msg('Inte bedömt', { id: 'goals.achievement.none' }),
  ]);
  if (goal.disagreement) facts.push([msg('Oenighet', { id: 'goals.read.disagreement' }), goal.disagreement]);
  return html`<p class="goal-text">${goal.text}</p>
    <dl class="facts">
      ${facts.map(([dt, dd]) => html`<div><dt>${dt}</dt><dd>${dd}</dd></div>`)}
    </dl>`;
}

function renderCheck(vm: Readonly<GoalEditorViewModel>, goal: Goal, result: SmartResult, k: string): TemplateResult {
  const phrasing = vm.canEdit ? phrasingHints(result, goalName(vm.plan.person)) : [];
  return html`<div class="check" part="check">
    <h4 class="check-title">${msg('SMART-kontroll', { id: 'goals.check.title' })}</h4>
    <ul class="criteria">
      ${CRITERIA.map((c) => {
        const r = result.criteria[c];
        return html`<li class="criterion ${r.state}" part="criterion" data-criterion=${c} data-state=${r.state} id="${k}-c-${c}">
          <span class="icon" aria-hidden="true">${ICON[r.state]}</span>
          <span class="crit-text"
            ><strong>${criterionName(c)}</strong> <span class="state">– ${stateName(r.state)}.</span>
            ${r.state === 'met' && !vm.canEdit ? nothing : html`<span class="hint ${r.state === 'met' ? 'inline' : ''}">${hintText(vm, r.code, goal, result)}</span>`}</span
          >
        </li>`;
      })}
    </ul>
    ${phrasing.length
      ? html`<ul class="phrasing" id="${k}-phrasing">
          ${phrasing.map((p) => html`<li><span class="icon" aria-hidden="true">✎</span><span>${p}</span></li>`)}
        </ul>`
      : nothing}
  </div>`;
}

function renderAchievement(vm: Readonly<GoalEditorViewModel>, actions: GoalEditorActions, r: Row, k: string): TemplateResult {
  const { goal } = r;
  const a = goal.achievement;
  const draft = draftOf(vm.drafts, goal.id);
  const note = draft.note ?? a?.note ?? '';
  const chosen = draft.achievement ?? a?.value;
  // Seven goals, seven groups: each is named by its goal, not only "How did it go?".
  const whose = html`<span class="visually-hidden"> – ${r.label}</span>`;
  if (!vm.canJudge) {
    return html`<div class="achievement read">
      <p>
        <strong>${msg('Hur gick det?', { id: 'goals.achievement.legend' })}</strong>
        ${a ? `${achievementLabel(a.value)} (${formatDate(a.at)})` : msg('Inte bedömt', { id: 'goals.achievement.none' })}
      </p>
      ${a?.note ? html`<p class="note-text">${a.note}</p>` : nothing}
    </div>`;
  }
  const noteError = vm.noteErrors.has(goal.id);
  const help = chosen ? undefined : msg('Kommentaren sparas när du väljer hur det gick.', { id: 'goals.achievement.noteHelp' });
  const error = noteError ? msg('Välj hur det gick för att spara kommentaren. Den finns kvar här tills dess.', { id: 'goals.achievement.noteNeedsOutcome' }) : undefined;
  const noteRow = { id: `${k}-note`, help: noteError ? undefined : help, error };
  return html`<div class="achievement">
    <fieldset
      class="outcome"
      @keydown=${(e: KeyboardEvent) => actions.outcomeKeyDown(goal.id, e.key)}
      @keyup=${(e: KeyboardEvent) => actions.outcomeKeyUp(goal.id, e.key)}
      @focusout=${(e: FocusEvent) => {
        if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) actions.leaveOutcomes(goal.id);
      }}
    >
      <legend>${msg('Hur gick det?', { id: 'goals.achievement.legend' })}${whose}</legend>
      <div class="radios">
        ${GOAL_ACHIEVEMENTS.map(
          (v) => html`<label class="radio ach-${v}">
            <input type="radio" name="${k}-ach" value=${v} .checked=${live(chosen === v)} @change=${() => actions.judge(goal.id, v)} />
            <span>${achievementLabel(v)}</span>
          </label>`,
        )}
      </div>
      ${a ? html`<p class="help">${msg(str`Bedömt ${formatDate(a.at)}.`, { id: 'goals.achievement.at' })}</p>` : nothing}
    </fieldset>
    ${fieldRow({
      ...noteRow,
      wide: true,
      label: html`${msg('Kommentar till bedömningen', { id: 'goals.achievement.note' })}${whose}`,
      control: html`<textarea
        id="${k}-note"
        rows="2"
        data-field="note"
        aria-invalid=${noteError ? 'true' : 'false'}
        aria-describedby=${describedBy(noteRow) ?? nothing}
        .value=${live(note)}
        @input=${(e: Event) => actions.typeNote(goal.id, (e.target as HTMLTextAreaElement).value)}
        @change=${(e: Event) => actions.commitNote(goal.id, (e.target as HTMLTextAreaElement).value)}
      ></textarea>`,
    })}
  </div>`;
}

function renderActions(vm: Readonly<GoalEditorViewModel>, actions: GoalEditorActions, r: Row): TemplateResult {
  const { goal } = r;
  if (r.isNew) {
    return html`<div class="actions">
      <button type="button" part="button" data-action="cancel-new" @click=${() => actions.cancelNew()}>${msg('Avbryt nytt mål', { id: 'goals.action.cancelNew' })}</button>
    </div>`;
  }
  const first = r.siblingIndex === 0;
  const last = r.siblingIndex === r.siblingCount - 1;
  const hidden = html`<span class="visually-hidden"> ${r.label}</span>`;
  const subs = vm.plan.goals.filter((g) => g.parentId === goal.id).length;
  return html`<div class="actions">
    <button type="button" part="button" data-action="up" ?disabled=${first} @click=${() => actions.move(goal.id, -1)}>
      <span aria-hidden="true">↑</span> ${msg('Flytta upp', { id: 'goals.action.up' })}${hidden}
    </button>
    <button type="button" part="button" data-action="down" ?disabled=${last} @click=${() => actions.move(goal.id, 1)}>
      <span aria-hidden="true">↓</span> ${msg('Flytta ned', { id: 'goals.action.down' })}${hidden}
    </button>
    ${goal.horizon === 'long' && !goal.parentId
      ? html`<button type="button" part="button" data-action="add-sub" @click=${() => actions.startNew('short', goal.id)}>
          ${msg('Lägg till delmål', { id: 'goals.action.addSub' })}<span class="visually-hidden"> ${msg(str`till ${r.label}`, { id: 'goals.action.addSubTo' })}</span>
        </button>`
      : nothing}
    <button type="button" class="danger" part="button" data-action="remove" @click=${() => actions.remove(goal.id)}>
      ${subs > 0 ? msg(str`Ta bort (med ${subs} delmål)`, { id: 'goals.action.removeWithSubs' }) : label.remove()}${hidden}
    </button>
  </div>`;
}
