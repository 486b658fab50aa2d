/**
 * The editor's view: templates, texts and the SMART check, as functions of a `ViewContext`.
 * Loaded lazily with the goal operations (see lazy.ts), next to the base class's validator,
 * so a page pays for it only once a plan arrives.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { formatDate } from '../../shared/format';
import { getLocale } from '../../shared/i18n';
import type { Goal, GoalAchievementValue, SipPlan } from '../../model';
import { CRITERIA, checkGoal, goalName, type Criterion, type CriterionCode, type SmartResult } from './smart-check';
import { isIsoDate } from './dates';
import type { NewGoal, Row, TextField, ViewContext } from './types';

// The same values as the model's GOAL_ACHIEVEMENTS (the schema module would bring zod along).
const GOAL_ACHIEVEMENTS: readonly GoalAchievementValue[] = ['reached', 'partly', 'notReached', 'noLongerRelevant'];
const ICON: Record<'met' | 'hint' | 'missing', string> = { met: '✓', hint: '!', missing: '○' };

// ─── model of the view ─────────────────────────────────────────────────────

// Results by input: the overview, each card and the form validity all ask for the same goals on
// every render, and the text heuristics are regular expressions (slow in some engines).
const checked = new Map<string, SmartResult>();

/** The SMART check of a goal as the user sees it (with what they typed). */
export function check(ctx: ViewContext, goal: Goal): SmartResult {
  const { plan } = ctx;
  const m = ctx.merged(goal);
  const parent = goal.parentId ? plan.goals.find((g) => g.id === goal.parentId) : undefined;
  const parentDate = parent ? ctx.merged(parent).targetDate : undefined;
  const input = { text: m.text ?? '', measure: m.measure, targetDate: m.targetDate, acceptedAt: m.acceptedAt || undefined, realistic: m.realistic, achieved: !!goal.achievement };
  const person = plan.person;
  const key = JSON.stringify([input, parentDate, ctx.today, person.name, person.preferredName]);
  let result = checked.get(key);
  if (!result) {
    result = checkGoal(input, { today: ctx.today, person, parentTargetDate: parentDate });
    if (checked.size >= 500) checked.clear();
    checked.set(key, result);
  }
  return result;
}

function goalLabel(goal: Goal, number: string): string {
  if (goal.parentId) return msg(str`Delmål ${number}`, { id: 'goals.label.sub' });
  return goal.horizon === 'long' ? msg(str`Långsiktigt mål ${number}`, { id: 'goals.label.long' }) : msg(str`Kortsiktigt mål ${number}`, { id: 'goals.label.short' });
}

/** The goals in display order: each top-level goal followed by its sub-goals; the new goal last in its list. */
export function rows(ctx: ViewContext): Row[] {
  const { plan } = ctx;
  const out: Row[] = [];
  const top = plan.goals.filter((g) => g.parentId === undefined);
  const fresh = ctx.newGoal;
  const saved = (id: string) => plan.goals.some((g) => g.id === id);
  const freshGoal = (n: NewGoal): Goal => ({ id: n.id, horizon: n.horizon, ...(n.parentId ? { parentId: n.parentId } : {}), text: '' });
  const topList = fresh && !fresh.parentId && !saved(fresh.id) ? [...top, freshGoal(fresh)] : top;
  topList.forEach((goal, i) => {
    out.push({ goal, isNew: !saved(goal.id), label: goalLabel(goal, `${i + 1}`), depth: 0, siblingIndex: i, siblingCount: top.length });
    const subs = plan.goals.filter((g) => g.parentId === goal.id);
    const subList = fresh && fresh.parentId === goal.id && !saved(fresh.id) ? [...subs, freshGoal(fresh)] : subs;
    subList.forEach((sub, j) => {
      out.push({ goal: sub, isNew: !saved(sub.id), label: goalLabel(sub, `${i + 1}.${j + 1}`), depth: 1, siblingIndex: j, siblingCount: subs.length });
    });
  });
  return out;
}

function activityCount(plan: SipPlan, goalId: string): number {
  return plan.activities.filter((a) => a.status !== 'cancelled' && a.goalIds.includes(goalId)).length;
}

/** "Anna" → "Annas" / "Anna's"; Swedish names ending in s, x or z take no extra s. */
function possessive(name: string): string {
  if (getLocale() === 'en') return /s$/i.test(name) ? `${name}'` : `${name}'s`;
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

// ─── texts ──────────────────────────────────────────────────────────────────

export function criterionName(c: Criterion): string {
  switch (c) {
    case 'specific':
      return msg('Specifikt', { id: 'goals.criterion.specific' });
    case 'measurable':
      return msg('Mätbart', { id: 'goals.criterion.measurable' });
    case 'accepted':
      return msg('Accepterat', { id: 'goals.criterion.accepted' });
    case 'realistic':
      return msg('Realistiskt', { id: 'goals.criterion.realistic' });
    case 'timeBound':
      return msg('Tidsbestämt', { id: 'goals.criterion.timeBound' });
  }
}

function stateName(state: 'met' | 'hint' | 'missing'): string {
  if (state === 'met') return msg('uppfyllt', { id: 'goals.state.met' });
  if (state === 'hint') return msg('kan bli bättre', { id: 'goals.state.hint' });
  return msg('saknas', { id: 'goals.state.missing' });
}

function hintText(ctx: ViewContext, code: CriterionCode, goal: Goal, result: SmartResult): string {
  const { plan } = ctx;
  const name = goalName(plan.person);
  const m = ctx.merged(goal);
  switch (code) {
    case 'specific.met':
      return msg('Ett konkret resultat.', { id: 'goals.hint.specificMet' });
    case 'specific.empty':
      return msg(str`Skriv vad ${name} vill uppnå, med ${possessive(name)} egna ord.`, { id: 'goals.hint.specificEmpty' });
    case 'specific.short':
      return msg(str`Gör målet mer konkret: vad ska ${name} kunna göra?`, { id: 'goals.hint.specificShort' });
    case 'specific.activities':
      return msg(str`Beskriv resultatet för ${name}, inte insatserna – dem skriver ni som insatser.`, { id: 'goals.hint.specificActivities' });
    case 'specific.vague':
      return msg(str`Vad betyder det i vardagen? Skriv något ${name} ska kunna göra.`, { id: 'goals.hint.specificVague' });
    case 'measurable.met':
      return msg('Det finns ett mått.', { id: 'goals.hint.measurableMet' });
    case 'measurable.numberOnly': {
      const q = result.suggestedMeasure ?? '';
      return msg(str`Målet nämner ”${q}” – skriv i Mått hur ni ser att det är nått.`, { id: 'goals.hint.measurableNumber' });
    }
    case 'measurable.missing':
      return msg('Skriv hur ni ser att målet är nått, t.ex. hur ofta, hur långt eller hur mycket.', { id: 'goals.hint.measurableMissing' });
    case 'accepted.met':
      return m.acceptedAt
        ? msg(str`${name} godkände målet ${formatDate(m.acceptedAt)}.`, { id: 'goals.hint.acceptedMet' })
        : msg('Godkänt.', { id: 'goals.hint.acceptedMetNoDate' });
    case 'accepted.future':
      return msg('Datumet för godkännandet ligger i framtiden – kontrollera det.', { id: 'goals.hint.acceptedFuture' });
    case 'accepted.missing':
      return msg(str`Fråga ${name} om målet känns rätt och markera när ${name} har godkänt det.`, { id: 'goals.hint.acceptedMissing' });
    case 'realistic.met':
      return msg('Bedömt som realistiskt.', { id: 'goals.hint.realisticMet' });
    case 'realistic.no':
      return msg('Bedömt som inte realistiskt – gör målet mindre eller dela upp det i delmål.', { id: 'goals.hint.realisticNo' });
    case 'realistic.missing':
      return msg('Bedöm tillsammans om målet går att nå och markera det.', { id: 'goals.hint.realisticMissing' });
    case 'timeBound.met':
      return msg(str`Måldatum ${formatDate(m.targetDate)}.`, { id: 'goals.hint.timeBoundMet' });
    case 'timeBound.missing':
      return msg('Sätt ett måldatum.', { id: 'goals.hint.timeBoundMissing' });
    case 'timeBound.invalid':
      return msg('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-06-30.', { id: 'goals.hint.timeBoundInvalid' });
    case 'timeBound.past':
      return msg('Måldatumet har passerat – välj ett datum framåt i tiden.', { id: 'goals.hint.timeBoundPast' });
    case 'timeBound.afterParent': {
      const parent = plan.goals.find((g) => g.id === goal.parentId);
      const date = formatDate(parent ? ctx.merged(parent).targetDate : undefined);
      return msg(str`Delmålet ska nås före det långsiktiga målet (${date}).`, { id: 'goals.hint.timeBoundAfterParent' });
    }
  }
}

/** One sentence for the live region: how many criteria are met, what is missing, what could be better. */
export function checkSummary(result: SmartResult): string {
  if (result.allMet) return msg('Alla fem SMART-kriterier är uppfyllda.', { id: 'goals.summary.allMet' });
  const met = result.metCount;
  const missing = result.missing.map((c) => criterionName(c).toLowerCase()).join(', ');
  const hints = CRITERIA.filter((c) => result.criteria[c].state === 'hint')
    .map((c) => criterionName(c).toLowerCase())
    .join(', ');
  const parts = [msg(str`${met} av 5 SMART-kriterier uppfyllda.`, { id: 'goals.summary.count' })];
  if (missing) parts.push(msg(str`Saknas: ${missing}.`, { id: 'goals.summary.missing' }));
  if (hints) parts.push(msg(str`Kan bli bättre: ${hints}.`, { id: 'goals.summary.hints' }));
  return parts.join(' ');
}

export function achievementLabel(value: GoalAchievementValue): string {
  switch (value) {
    case 'reached':
      return msg('Uppnått', { id: 'goals.achievement.reached' });
    case 'partly':
      return msg('Delvis uppnått', { id: 'goals.achievement.partly' });
    case 'notReached':
      return msg('Inte uppnått', { id: 'goals.achievement.notReached' });
    case 'noLongerRelevant':
      return msg('Inte längre aktuellt', { id: 'goals.achievement.noLongerRelevant' });
  }
}

function phrasingHints(result: SmartResult, name: string): string[] {
  const hints: string[] = [];
  if (!result.phrasing.personPhrased) {
    hints.push(msg(str`Utgå från ${name}: börja med ”${name} vill …”, ”${name} ska …”, ”${name} får …” eller ”${name} kommer att …”.`, { id: 'goals.phrasing.person' }));
  }
  if (!result.phrasing.positive) {
    const word = result.phrasing.negativeWord ?? msg('inte', { id: 'goals.phrasing.not' });
    hints.push(msg(str`Formulera positivt: skriv vad ${name} vill i stället för ”${word}”.`, { id: 'goals.phrasing.positive' }));
  }
  return hints;
}

// ─── form validity ──────────────────────────────────────────────────────────

export interface Validity {
  flags: ValidityStateFlags;
  message?: string;
  /** Selector (inside the shadow root) of the control to focus when the form reports it. */
  anchor?: string;
}

/** The form validity: no goal (with `required`), a goal missing a SMART criterion, or (follow-up) not judged. */
export function validity(ctx: ViewContext, required: boolean): Validity {
  const saved = rows(ctx).filter((r) => !r.isNew);
  if (required && saved.length === 0) {
    return { flags: { valueMissing: true }, message: msg('Planen behöver minst ett mål.', { id: 'goals.validity.none' }), anchor: 'button[data-action=add]' };
  }
  if (ctx.mode === 'follow-up') {
    const open = saved.filter((r) => !r.goal.achievement);
    if (open.length === 0) return { flags: {} };
    const count = open.length;
    return {
      flags: { customError: true },
      message: count === 1 ? msg(str`${open[0]!.label} är inte bedömt.`, { id: 'goals.validity.unjudgedOne' }) : msg(str`${count} mål är inte bedömda.`, { id: 'goals.validity.unjudgedMany' }),
      anchor: `[data-key="${ctx.keyOf(open[0]!.goal.id)}"] input[type=radio]`,
    };
  }
  const failing = saved.map((row) => ({ row, result: check(ctx, row.goal) })).filter((x) => x.result.missing.length > 0 || ctx.textErrors.has(x.row.goal.id));
  if (failing.length === 0) return { flags: {} };
  const first = failing[0]!;
  const names = first.result.missing.map((c) => criterionName(c).toLowerCase()).join(', ');
  const label = first.row.label;
  return {
    flags: { customError: true },
    message:
      failing.length === 1
        ? msg(str`${label} uppfyller inte SMART – saknas: ${names}.`, { id: 'goals.validity.smartOne' })
        : msg(str`${failing.length} mål uppfyller inte SMART. ${label} saknar: ${names}.`, { id: 'goals.validity.smartMany' }),
    anchor: `[data-key="${ctx.keyOf(first.row.goal.id)}"] [data-criterion-field=${first.result.missing[0] ?? 'specific'}]`,
  };
}

// ─── templates ──────────────────────────────────────────────────────────────

/** The whole editor, for a valid plan. */
export function renderEditor(ctx: ViewContext, announcer: TemplateResult): TemplateResult {
  const { plan } = ctx;
  const list = rows(ctx);
  const followUp = ctx.mode === 'follow-up';
  const name = goalName(plan.person);
  return html`<section class="base" part="base" aria-labelledby="title">
    <header class="top">
      <h2 id="title">${followUp ? msg('Mål – uppföljning', { id: 'goals.title.followUp' }) : msg('Mål', { id: 'goals.title' })}</h2>
      ${renderOverview(ctx, list)}
    </header>
    ${renderStatusNote(ctx)}
    ${ctx.opError ? html`<p class="op-error" role="alert">${ctx.opError}</p>` : nothing}
    ${list.length === 0
      ? html`<p class="empty">
          ${ctx.canEdit
            ? msg(str`Inga mål ännu. Börja med frågan ”Vad är viktigt för dig?” och skriv målet med ${possessive(name)} egna ord.`, { id: 'goals.empty.edit' })
            : msg('Planen har inga mål.', { id: 'goals.empty.read' })}
        </p>`
      : html`<ol class="goals" aria-label=${msg('Mål', { id: 'goals.title' })}>
          ${renderRows(ctx, list.filter((r) => r.depth === 0), list)}
        </ol>`}
    ${renderUndo(ctx)}
    ${ctx.canEdit
      ? html`<div class="add-row">
          <button type="button" class="primary" part="button" data-action="add" @click=${() => ctx.startNew('long')}>
            ${msg('Lägg till långsiktigt mål', { id: 'goals.add.long' })}
          </button>
          <button type="button" part="button" data-action="add-short" @click=${() => ctx.startNew('short')}>
            ${msg('Lägg till kortsiktigt mål', { id: 'goals.add.short' })}
          </button>
        </div>`
      : nothing}
    ${announcer}
  </section>`;
}

function renderOverview(ctx: ViewContext, list: Row[]): TemplateResult {
  const { plan } = ctx;
  const saved = list.filter((r) => !r.isNew);
  const total = saved.length;
  if (total === 0) return html``;
  if (ctx.mode === 'follow-up') {
    const counts = GOAL_ACHIEVEMENTS.map((v) => ({ v, n: saved.filter((r) => r.goal.achievement?.value === v).length })).filter((x) => x.n > 0);
    const judged = saved.filter((r) => r.goal.achievement).length;
    return html`<p class="overview">
      ${msg(str`${judged} av ${total} mål bedömda`, { id: 'goals.overview.judged' })}${counts.length
        ? html`: ${counts.map((x) => `${achievementLabel(x.v).toLowerCase()} ${x.n}`).join(', ')}`
        : nothing}.
    </p>`;
  }
  const withoutActivities = saved.filter((r) => activityCount(plan, r.goal.id) === 0 && !plan.goals.some((g) => g.parentId === r.goal.id && activityCount(plan, g.id) > 0)).length;
  const smart = saved.filter((r) => check(ctx, r.goal).allMet).length;
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

function renderStatusNote(ctx: ViewContext): TemplateResult | typeof nothing {
  const { plan } = ctx;
  if (ctx.readonly) return nothing;
  if (ctx.mode === 'plan' && plan.status === 'active') {
    return html`<p class="note">${msg('Planen är signerad och låst. Målen ändras i en ny version av planen; måluppfyllelse registreras vid uppföljningen.', { id: 'goals.note.locked' })}</p>`;
  }
  if (plan.status === 'closed') return html`<p class="note">${msg('Planen är avslutad. Målen visas bara.', { id: 'goals.note.closed' })}</p>`;
  if (plan.status === 'voided') return html`<p class="note">${msg('Planen är makulerad. Målen visas bara.', { id: 'goals.note.voided' })}</p>`;
  return nothing;
}

function renderRows(ctx: ViewContext, list: Row[], all: Row[]): TemplateResult {
  return html`${repeat(
    list,
    (r) => r.goal.id,
    (r) => {
      const subs = r.depth === 0 ? all.filter((s) => s.depth === 1 && s.goal.parentId === r.goal.id) : [];
      return html`<li class="goal-item" data-key=${ctx.keyOf(r.goal.id)}>
        ${guard(cardDeps(ctx, r), () => renderGoal(ctx, r))}
        ${subs.length
          ? html`<ol class="subgoals" aria-label=${msg(str`Delmål till ${r.label}`, { id: 'goals.subList' })}>
              ${renderRows(ctx, subs, all)}
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
function cardDeps(ctx: ViewContext, r: Row): unknown[] {
  const { plan } = ctx;
  const g = r.goal;
  const parent = g.parentId ? plan.goals.find((x) => x.id === g.parentId) : undefined;
  return [
    g,
    ctx.draftOf(g.id),
    parent,
    parent ? ctx.draftOf(parent.id) : undefined,
    plan.goals.filter((x) => x.parentId === g.id).map((x) => x.id).join('|'),
    plan.activities,
    plan.person,
    plan.status,
    ctx.mode,
    ctx.canEdit,
    ctx.canJudge,
    ctx.today,
    ctx.textErrors.has(g.id),
    r.label,
    r.isNew,
    r.siblingIndex,
    r.siblingCount,
    getLocale(),
  ];
}

function renderGoal(ctx: ViewContext, r: Row): TemplateResult {
  const { goal } = r;
  const k = ctx.keyOf(goal.id);
  const result = check(ctx, goal);
  const followUp = ctx.mode === 'follow-up';
  return html`<article class="goal depth-${r.depth} ${r.isNew ? 'new' : ''}" part="goal" aria-labelledby="${k}-h">
    <header class="goal-head">
      <h3 id="${k}-h" tabindex="-1">${r.label}${r.isNew ? html` <span class="tag">${msg('(nytt, inte sparat)', { id: 'goals.newTag' })}</span>` : nothing}</h3>
      <div class="badges">
        ${followUp ? renderAchievementBadge(goal) : html`<span class="badge ${result.allMet ? 'ok' : ''}">${msg(str`SMART ${result.metCount}/5`, { id: 'goals.badge.smart' })}</span>`}
        ${r.isNew ? nothing : renderActivityBadge(ctx.plan, goal)}
      </div>
    </header>
    <div class="body">
      <div class="main">${ctx.canEdit ? renderFields(ctx, r, result) : renderReadFields(ctx, goal)}</div>
      <div class="side">${followUp ? renderAchievement(ctx, goal, k) : renderCheck(ctx, goal, result, k)}</div>
    </div>
    ${ctx.canEdit ? renderActions(ctx, r) : nothing}
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
        ? msg('1 insats', { id: 'goals.activities.one' })
        : msg(str`${own} insatser`, { id: 'goals.activities.many' });
  return html`<span class="badge acts ${none ? 'none' : ''}" part="activities">${none ? html`<span aria-hidden="true">! </span>` : nothing}${text}</span>`;
}

function renderAchievementBadge(goal: Goal): TemplateResult {
  const a = goal.achievement;
  return html`<span class="badge ${a ? `ach-${a.value}` : 'ach-none'}">${a ? achievementLabel(a.value) : msg('Inte bedömt', { id: 'goals.achievement.none' })}</span>`;
}

function renderFields(ctx: ViewContext, r: Row, result: SmartResult): TemplateResult {
  const { goal } = r;
  const id = goal.id;
  const k = ctx.keyOf(id);
  const m = ctx.merged(goal);
  const name = goalName(ctx.plan.person);
  const phrasing = phrasingHints(result, name);
  const textError = ctx.textErrors.has(id);
  const accepted = !!m.acceptedAt;
  const onInput = (field: TextField) => (e: Event) => ctx.onInput(id, field, (e.target as HTMLInputElement).value);
  const onChange = (field: TextField) => (e: Event) => ctx.onChange(id, field, (e.target as HTMLInputElement).value);
  const placeholder = msg('ÅÅÅÅ-MM-DD', { id: 'goals.field.datePlaceholder' });
  return html`<div class="fields">
    <div class="field wide">
      <label for="${k}-text">${msg(str`Målet, med ${possessive(name)} egna ord`, { id: 'goals.field.text' })}</label>
      <textarea
        id="${k}-text"
        data-field="text"
        data-criterion-field="specific"
        rows="2"
        aria-invalid=${textError ? 'true' : 'false'}
        aria-describedby="${textError || r.isNew ? `${k}-text-help ` : ''}${k}-c-specific${phrasing.length ? ` ${k}-phrasing` : ''}"
        .value=${live(m.text ?? '')}
        @input=${onInput('text')}
        @change=${onChange('text')}
      ></textarea>
      ${textError || r.isNew
        ? html`<p class="help ${textError ? 'error' : ''}" id="${k}-text-help">
            ${textError
              ? msg('Målet behöver en text. Den tidigare texten finns kvar i planen.', { id: 'goals.error.textEmpty' })
              : msg(str`Sparas när du lämnar fältet. Börja gärna med ”${name} vill …”.`, { id: 'goals.help.textNew' })}
          </p>`
        : nothing}
    </div>
    <div class="field wide">
      <label for="${k}-matters">${msg('Vad är viktigt för dig? (det målet kommer från)', { id: 'goals.field.whatMatters' })}</label>
      <textarea id="${k}-matters" data-field="whatMatters" rows="1" .value=${live(m.whatMatters ?? '')} @input=${onInput('whatMatters')} @change=${onChange('whatMatters')}></textarea>
    </div>
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
        ? html`<button type="button" class="link" part="button" data-action="use-measure" @click=${() => ctx.useMeasure(id, result.suggestedMeasure!)}>
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
          @change=${(e: Event) => ctx.onAccepted(id, (e.target as HTMLInputElement).checked)}
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
          @change=${(e: Event) => ctx.onRealistic(id, (e.target as HTMLInputElement).checked)}
        />
        <label for="${k}-realistic">${msg('Bedömt som realistiskt av alla', { id: 'goals.field.realistic' })}</label>
      </div>
    </div>
    <div class="field wide">
      <label for="${k}-disagreement">${msg('Om ni inte är överens: vad skiljer?', { id: 'goals.field.disagreement' })}</label>
      <textarea id="${k}-disagreement" data-field="disagreement" rows="1" .value=${live(m.disagreement ?? '')} @input=${onInput('disagreement')} @change=${onChange('disagreement')}></textarea>
    </div>
  </div>`;
}

function renderReadFields(ctx: ViewContext, goal: Goal): TemplateResult {
  const name = goalName(ctx.plan.person);
  const facts: [string, string][] = [];
  if (goal.whatMatters) facts.push([msg('Vad är viktigt för dig?', { id: 'goals.read.whatMatters' }), goal.whatMatters]);
  if (goal.measure) facts.push([msg('Mått', { id: 'goals.read.measure' }), goal.measure]);
  if (goal.targetDate) facts.push([msg('Måldatum', { id: 'goals.field.targetDate' }), formatDate(goal.targetDate)]);
  facts.push([msg('Godkänt av personen', { id: 'goals.read.accepted' }), goal.acceptedAt ? formatDate(goal.acceptedAt) : msg(str`Nej – inte godkänt av ${name}`, { id: 'goals.read.notAccepted' })]);
  facts.push([
    msg('Realistiskt', { id: 'goals.criterion.realistic' }),
    goal.realistic === true ? msg('Ja', { id: 'goals.read.yes' }) : goal.realistic === false ? msg('Nej', { id: 'goals.read.no' }) : msg('Inte bedömt', { id: 'goals.achievement.none' }),
  ]);
  if (goal.disagreement) facts.push([msg('Oenighet', { id: 'goals.read.disagreement' }), goal.disagreement]);
  return html`<p class="goal-text">${goal.text}</p>
    <dl class="facts">
      ${facts.map(([dt, dd]) => html`<div><dt>${dt}</dt><dd>${dd}</dd></div>`)}
    </dl>`;
}

function renderCheck(ctx: ViewContext, goal: Goal, result: SmartResult, k: string): TemplateResult {
  const phrasing = ctx.canEdit ? phrasingHints(result, goalName(ctx.plan.person)) : [];
  return html`<div class="check" part="check">
    <h4 class="check-title">${msg('SMART-kontroll', { id: 'goals.check.title' })}</h4>
    <ul class="criteria">
      ${CRITERIA.map((c) => {
        const r = result.criteria[c];
        return html`<li class="criterion ${r.state}" part="criterion" data-criterion=${c} data-state=${r.state} id="${k}-c-${c}">
          <span class="icon" aria-hidden="true">${ICON[r.state]}</span>
          <span class="crit-text"
            ><strong>${criterionName(c)}</strong> <span class="state">– ${stateName(r.state)}.</span>
            ${r.state === 'met' && !ctx.canEdit ? nothing : html`<span class="hint ${r.state === 'met' ? 'inline' : ''}">${hintText(ctx, r.code, goal, result)}</span>`}</span
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

function renderAchievement(ctx: ViewContext, goal: Goal, k: string): TemplateResult {
  const a = goal.achievement;
  const note = ctx.draftOf(goal.id).note ?? a?.note ?? '';
  if (!ctx.canJudge) {
    return html`<div class="achievement read">
      <p>
        <strong>${msg('Hur gick det?', { id: 'goals.achievement.legend' })}</strong>
        ${a ? `${achievementLabel(a.value)} (${formatDate(a.at)})` : msg('Inte bedömt', { id: 'goals.achievement.none' })}
      </p>
      ${a?.note ? html`<p class="note-text">${a.note}</p>` : nothing}
    </div>`;
  }
  return html`<div class="achievement">
    <fieldset>
      <legend>${msg('Hur gick det?', { id: 'goals.achievement.legend' })}</legend>
      <div class="radios">
        ${GOAL_ACHIEVEMENTS.map(
          (v) => html`<label class="radio ach-${v}">
            <input type="radio" name="${k}-ach" value=${v} .checked=${live(a?.value === v)} @change=${() => ctx.judge(goal.id, v)} />
            <span>${achievementLabel(v)}</span>
          </label>`,
        )}
      </div>
      ${a ? html`<p class="help">${msg(str`Bedömt ${formatDate(a.at)}.`, { id: 'goals.achievement.at' })}</p>` : nothing}
    </fieldset>
    <div class="field wide">
      <label for="${k}-note">${msg('Kommentar till bedömningen', { id: 'goals.achievement.note' })}</label>
      <textarea
        id="${k}-note"
        rows="2"
        data-field="note"
        aria-describedby=${a ? nothing : `${k}-note-help`}
        .value=${live(note)}
        @input=${(e: Event) => ctx.setNote(goal.id, (e.target as HTMLTextAreaElement).value)}
        @change=${(e: Event) => ctx.commitNote(goal.id, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${a ? nothing : html`<p class="help" id="${k}-note-help">${msg('Kommentaren sparas när du väljer hur det gick.', { id: 'goals.achievement.noteHelp' })}</p>`}
    </div>
  </div>`;
}

function renderActions(ctx: ViewContext, r: Row): TemplateResult {
  const { goal } = r;
  if (r.isNew) {
    return html`<div class="actions">
      <button type="button" part="button" data-action="cancel-new" @click=${() => ctx.cancelNew()}>${msg('Avbryt nytt mål', { id: 'goals.action.cancelNew' })}</button>
    </div>`;
  }
  const first = r.siblingIndex === 0;
  const last = r.siblingIndex === r.siblingCount - 1;
  const hidden = html`<span class="visually-hidden"> ${r.label}</span>`;
  const subs = ctx.plan.goals.filter((g) => g.parentId === goal.id).length;
  return html`<div class="actions">
    <button type="button" part="button" data-action="up" ?disabled=${first} @click=${() => ctx.move(goal.id, -1)}>
      <span aria-hidden="true">↑</span> ${msg('Flytta upp', { id: 'goals.action.up' })}${hidden}
    </button>
    <button type="button" part="button" data-action="down" ?disabled=${last} @click=${() => ctx.move(goal.id, 1)}>
      <span aria-hidden="true">↓</span> ${msg('Flytta ned', { id: 'goals.action.down' })}${hidden}
    </button>
    ${goal.horizon === 'long' && !goal.parentId
      ? html`<button type="button" part="button" data-action="add-sub" @click=${() => ctx.startNew('short', goal.id)}>
          ${msg('Lägg till delmål', { id: 'goals.action.addSub' })}<span class="visually-hidden"> ${msg(str`till ${r.label}`, { id: 'goals.action.addSubTo' })}</span>
        </button>`
      : nothing}
    <button type="button" class="danger" part="button" data-action="remove" @click=${() => ctx.remove(goal.id)}>
      ${subs > 0 ? msg(str`Ta bort (med ${subs} delmål)`, { id: 'goals.action.removeWithSubs' }) : msg('Ta bort', { id: 'goals.action.remove' })}${hidden}
    </button>
  </div>`;
}

function renderUndo(ctx: ViewContext): TemplateResult | typeof nothing {
  const u = ctx.undo;
  if (!u) return nothing;
  return html`<div class="undo" part="undo">
    <p>${u.label}</p>
    <button type="button" class="primary" part="button" data-action="undo" ?disabled=${!ctx.canEdit} @click=${() => ctx.restore()}>${msg('Ångra', { id: 'goals.action.undo' })}</button>
    <button type="button" part="button" data-action="dismiss-undo" @click=${() => ctx.dismissUndo()}>${msg('Stäng', { id: 'goals.action.dismiss' })}</button>
  </div>`;
}
