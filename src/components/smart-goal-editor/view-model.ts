/**
 * The editor's view model: what the view and the controller compute from the read-only view
 * model — goal rows and labels, the SMART check as the user sees it, texts, form validity.
 * Pure functions (texts through `msg()`); loaded lazily with the view (see part.ts).
 */
import { msg, str } from '@lit/localize';
import { formatDate } from '../../shared/format';
import { getLocale } from '../../shared/i18n';
import type { Goal, GoalAchievementValue, SipPlan } from '../../model';
import { CRITERIA, checkGoal, goalName, type Criterion, type CriterionCode, type SmartResult } from './smart-check';
import { merged } from './drafts';
import type { GoalEditorViewModel, NewGoal, Row } from './types';

// The same values as the model's GOAL_ACHIEVEMENTS (the schema module would bring zod along).
export const GOAL_ACHIEVEMENTS: readonly GoalAchievementValue[] = ['reached', 'partly', 'notReached', 'noLongerRelevant'];

// ─── model of the view ─────────────────────────────────────────────────────

// Results by input: the overview, each card and the form validity all ask for the same goals on
// every render, and the text heuristics are regular expressions (slow in some engines).
const checked = new Map<string, SmartResult>();

/** The SMART check of a goal as the user sees it (with what they typed). */
export function check(vm: Readonly<GoalEditorViewModel>, goal: Goal): SmartResult {
  const { plan } = vm;
  const m = merged(vm.drafts, goal);
  const parent = goal.parentId ? plan.goals.find((g) => g.id === goal.parentId) : undefined;
  const parentDate = parent ? merged(vm.drafts, parent).targetDate : undefined;
  const input = { text: m.text ?? '', measure: m.measure, targetDate: m.targetDate, acceptedAt: m.acceptedAt || undefined, realistic: m.realistic, achieved: !!goal.achievement };
  const person = plan.person;
  const key = JSON.stringify([input, parentDate, vm.today, person.name, person.preferredName]);
  let result = checked.get(key);
  if (!result) {
    result = checkGoal(input, { today: vm.today, person, parentTargetDate: parentDate });
    if (checked.size >= 500) checked.clear();
    checked.set(key, result);
  }
  return result;
}

export function goalLabel(goal: Goal, number: string): string {
  if (goal.parentId) return msg(str`Delmål ${number}`, { id: 'goals.label.sub' });
  return goal.horizon === 'long' ? msg(str`Långsiktigt mål ${number}`, { id: 'goals.label.long' }) : msg(str`Kortsiktigt mål ${number}`, { id: 'goals.label.short' });
}

/** The goals in display order: each top-level goal followed by its sub-goals; the new goal last in its list. */
export function rows(vm: Readonly<GoalEditorViewModel>): Row[] {
  const { plan } = vm;
  const out: Row[] = [];
  const top = plan.goals.filter((g) => g.parentId === undefined);
  const fresh = vm.newGoal;
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

export function activityCount(plan: SipPlan, goalId: string): number {
  return plan.activities.filter((a) => a.status !== 'cancelled' && a.goalIds.includes(goalId)).length;
}

/** "Anna" → "Annas" / "Anna's"; Swedish names ending in s, x or z take no extra s. */
export function possessive(name: string): string {
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

export function stateName(state: 'met' | 'hint' | 'missing'): string {
  if (state === 'met') return msg('uppfyllt', { id: 'goals.state.met' });
  if (state === 'hint') return msg('kan bli bättre', { id: 'goals.state.hint' });
  return msg('saknas', { id: 'goals.state.missing' });
}

export function hintText(vm: Readonly<GoalEditorViewModel>, code: CriterionCode, goal: Goal, result: SmartResult): string {
  const { plan } = vm;
  const name = goalName(plan.person);
  const m = merged(vm.drafts, goal);
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
      const date = formatDate(parent ? merged(vm.drafts, parent).targetDate : undefined);
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

export function phrasingHints(result: SmartResult, name: string): string[] {
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
export function validity(vm: Readonly<GoalEditorViewModel>, required: boolean): Validity {
  const saved = rows(vm).filter((r) => !r.isNew);
  if (required && saved.length === 0) {
    return { flags: { valueMissing: true }, message: msg('Planen behöver minst ett mål.', { id: 'goals.validity.none' }), anchor: 'button[data-action=add]' };
  }
  if (vm.mode === 'follow-up') {
    const open = saved.filter((r) => !r.goal.achievement);
    if (open.length === 0) return { flags: {} };
    const count = open.length;
    return {
      flags: { customError: true },
      message: count === 1 ? msg(str`${open[0]!.label} är inte bedömt.`, { id: 'goals.validity.unjudgedOne' }) : msg(str`${count} mål är inte bedömda.`, { id: 'goals.validity.unjudgedMany' }),
      anchor: `[data-key="${vm.keyOf(open[0]!.goal.id)}"] input[type=radio]`,
    };
  }
  const failing = saved.map((row) => ({ row, result: check(vm, row.goal) })).filter((x) => x.result.missing.length > 0 || vm.textErrors.has(x.row.goal.id));
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
    anchor: `[data-key="${vm.keyOf(first.row.goal.id)}"] [data-criterion-field=${first.result.missing[0] ?? 'specific'}]`,
  };
}
