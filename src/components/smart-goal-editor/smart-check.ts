/**
 * The SMART check for one goal: pure, no DOM, no clock, no language. It returns stable codes;
 * the element turns them into localized hints.
 *
 * Alignment with the model: `goalGuidance()` in `src/model/invariants.ts` warns about the same
 * gaps. This check never says `met` where the model warns — where our heuristics would, the
 * criterion is lowered to `hint` — and its phrasing advice (start from the person, positive
 * wording) uses the model's own rules, so the editor and any host showing the model's warnings
 * never contradict each other. The rules are mirrored here rather than imported, so the element
 * does not load the validator up front; `smart-check.node.test.ts` compares every example with
 * `goalGuidance()` so the two cannot drift apart unnoticed.
 */
import type { Person } from '../../model/schema';
import { isIsoDate } from './dates';

export { isIsoDate };

export const CRITERIA = ['specific', 'measurable', 'accepted', 'realistic', 'timeBound'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** `met`: fulfilled; `hint`: something is there but it can be better; `missing`: nothing there. */
export type CriterionState = 'met' | 'hint' | 'missing';

export type CriterionCode =
  | 'specific.met'
  | 'specific.empty'
  | 'specific.short'
  | 'specific.activities'
  | 'specific.vague'
  | 'measurable.met'
  | 'measurable.numberOnly'
  | 'measurable.missing'
  | 'accepted.met'
  | 'accepted.future'
  | 'accepted.missing'
  | 'realistic.met'
  | 'realistic.no'
  | 'realistic.missing'
  | 'timeBound.met'
  | 'timeBound.missing'
  | 'timeBound.invalid'
  | 'timeBound.past'
  | 'timeBound.afterParent';

export interface CriterionResult {
  state: CriterionState;
  code: CriterionCode;
}

export interface PhrasingResult {
  /** The goal starts from the person (their name, "Jag", "I", "Vi", "We"). */
  personPhrased: boolean;
  /** No negative wording ("inte", "sluta", "not", "stop", …). */
  positive: boolean;
  /** The first negative word found, as written, for the hint. */
  negativeWord?: string;
}

export interface SmartResult {
  criteria: Record<Criterion, CriterionResult>;
  phrasing: PhrasingResult;
  /** How many of the five criteria are met. */
  metCount: number;
  /** All five criteria met. */
  allMet: boolean;
  /** Criteria with state `missing`, in SMART order. */
  missing: Criterion[];
  /** A number or frequency found in the text ("två gånger i veckan"), to offer as the measure. */
  suggestedMeasure?: string;
  /** A stable signature of the states, to tell whether a result changed. */
  signature: string;
}

/** What the check reads: the goal's fields, possibly as typed but not yet saved. */
export interface SmartGoalInput {
  text: string;
  measure?: string | undefined;
  /** As typed; an invalid date gives `timeBound.invalid`. */
  targetDate?: string | undefined;
  acceptedAt?: string | undefined;
  realistic?: boolean | undefined;
  /** Set when judged at follow-up: a passed target date is then no problem. */
  achieved?: boolean | undefined;
}

export interface SmartContext {
  /** Today, `YYYY-MM-DD`. */
  today: string;
  /** The person (for the names a goal may start with). */
  person: Pick<Person, 'name'> & Partial<Pick<Person, 'preferredName'>>;
  /** For a sub-goal: the long-term goal's target date. */
  parentTargetDate?: string | undefined;
}

// ─── number and frequency detection ─────────────────────────────────────────

const NUM_WORDS =
  'två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|fyrtio|femtio|hundra|' +
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred';
const NUM = `\\d+(?:[.,]\\d+)?|en|ett|one|a|an|half|halv|${NUM_WORDS}`;
const UNIT =
  'gång(?:er)?|timm(?:e|ar)|minut(?:er)?|sekund(?:er)?|kilometer|km|meter|m|dag(?:ar)?|veck(?:a|or)|månad(?:er)?|år|kilo|kg|steg|natt|nätter|kväll(?:ar)?|morgnar|kvart|' +
  'times?|hours?|minutes?|seconds?|kilomet(?:re|er)s?|met(?:re|er)s?|days?|weeks?|months?|years?|kilos?|steps?|nights?|evenings?|mornings?|miles?';
const PERIOD =
  '(?:\\s+(?:i|per|om|varje|a|per|each|every|in|a)\\s+(?:veckan|vecka|dagen|dag|månaden|månad|året|år|kvällen|morgonen|week|day|month|year|morning|evening|night))?';
const WITH_UNIT = new RegExp(`(?<![\\p{L}\\d])(?:${NUM})\\s+(?:${UNIT})${PERIOD}(?![\\p{L}])`, 'iu');
const FREQUENCY = new RegExp(
  '(?<![\\p{L}])(?:once|twice)(?:\\s+(?:a|per|each|every)\\s+(?:week|day|month|year))?(?![\\p{L}])|' +
    '(?<![\\p{L}])(?:dagligen|varje\\s+(?:dag|vecka|morgon|kväll|månad)|varannan\\s+(?:dag|vecka)|daily|weekly|monthly|every\\s+(?:day|week|morning|evening|month))(?![\\p{L}])',
  'iu',
);
const BARE_NUMBER = new RegExp(`(?<![\\p{L}\\d])(?:\\d+(?:[.,]\\d+)?\\s*%?|${NUM_WORDS})(?![\\p{L}\\d])`, 'iu');

/** The first number or frequency in `text` ("2 km", "en gång i veckan", "twice a week"), if any. */
export function findQuantity(text: string): string | undefined {
  // The earliest match wins ("twice a week", not "a week"); at the same place the longest.
  let best: RegExpExecArray | null = null;
  for (const re of [WITH_UNIT, FREQUENCY, BARE_NUMBER]) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best[0].length))) best = m;
  }
  return best ? best[0].trim() : undefined;
}

// ─── specific: outcome, not activities ──────────────────────────────────────

/**
 * Words for interventions and activities (what professionals do), not outcomes (what the person
 * gets to do). Stems, matched at the start of a word.
 */
const ACTIVITY_TERMS = [
  // sv
  'hemtjänst', 'hemsjukvård', 'insats', 'behandling', 'medicin', 'läkemedel', 'utredning', 'remiss',
  'samtal', 'besök', 'träffa', 'träffar', 'möte', 'kontakt med', 'få hjälp', 'hjälp med', 'hjälp av', 'stöd av', 'stöd från',
  'boendestöd', 'dagverksamhet', 'korttidsboende', 'ansöka', 'kurator', 'arbetsterapeut', 'fysioterapeut', 'sjukgymnast',
  'distriktssköterska', 'biståndshandläggare', 'handläggare', 'vårdcentral', 'trygghetslarm', 'matlåd', 'hjälpmedel',
  'rehabilitering', 'läkarbesök', 'provtagning', 'inskrivning',
  // en
  'home care', 'home help', 'intervention', 'treatment', 'medication', 'referral', 'assessment', 'appointment',
  'visit', 'meeting', 'session', 'contact with', 'get help', 'help with', 'help from', 'support from', 'apply for',
  'counsell', 'therapist', 'physiotherap', 'occupational therap', 'nurse', 'social worker', 'case manager', 'day centre',
  'day center', 'alarm', 'meals on wheels', 'rehabilitation',
];
const ACTIVITY = new RegExp(`(?<![\\p{L}])(?:${ACTIVITY_TERMS.map((t) => t.replace(/ /g, '\\s+')).join('|')})`, 'giu');

/** Words that describe what the person will be able to do or how life will be (an outcome). */
const OUTCOME =
  /(?<![\p{L}])(?:kunna|kan|klara|klarar|orka|orkar|själv|själva|självständig\p{L}*|känna\s+sig|vara\s+med|bo\s+kvar|be\s+able|able\s+to|can|manage|on\s+(?:her|his|their|my)\s+own|by\s+(?:herself|himself|themselves|myself)|independent\p{L}*|take\s+part|stay\s+at\s+home|keep\s+living)(?![\p{L}])/iu;

/** Well-being phrases that say too little on their own ("må bättre", "feel better"). */
const VAGUE =
  /(?<![\p{L}])(?:må\s+(?:bättre|bra)|bli\s+(?:bättre|frisk)|ha\s+det\s+(?:bättre|bra)|känna\s+sig\s+(?:bättre|bra)|feel\s+(?:better|good|well)|get\s+better|be\s+(?:happier|better|well|ok|okay)|do\s+better|have\s+a\s+better\s+life)(?![\p{L}])/iu;

function activityCount(text: string): number {
  const found = new Set<string>();
  for (const m of text.matchAll(ACTIVITY)) found.add(m[0].toLowerCase().replace(/\s+/g, ' '));
  return found.size;
}

function listLike(text: string): boolean {
  const separators = (text.match(/[,;\n•]|(?:^|\s)-\s/g) ?? []).length;
  return separators >= 2;
}

function specific(text: string, modelShort: boolean): CriterionResult {
  const t = text.trim();
  if (t === '') return { state: 'missing', code: 'specific.empty' };
  const activities = activityCount(t);
  const outcome = OUTCOME.test(t);
  if ((activities >= 1 && !outcome) || activities >= 3 || (activities >= 2 && listLike(t))) {
    return { state: 'hint', code: 'specific.activities' };
  }
  if (modelShort) return { state: 'hint', code: 'specific.short' };
  if (VAGUE.test(t) && !outcome && !findQuantity(t)) return { state: 'hint', code: 'specific.vague' };
  return { state: 'met', code: 'specific.met' };
}

// ─── dates ──────────────────────────────────────────────────────────────────

function timeBound(goal: SmartGoalInput, ctx: SmartContext): CriterionResult {
  const date = goal.targetDate?.trim();
  if (!date) return { state: 'missing', code: 'timeBound.missing' };
  if (!isIsoDate(date)) return { state: 'missing', code: 'timeBound.invalid' };
  if (ctx.parentTargetDate && isIsoDate(ctx.parentTargetDate) && date > ctx.parentTargetDate) {
    return { state: 'hint', code: 'timeBound.afterParent' };
  }
  if (date <= ctx.today && !goal.achieved) return { state: 'hint', code: 'timeBound.past' };
  return { state: 'met', code: 'timeBound.met' };
}

// ─── the check ──────────────────────────────────────────────────────────────

// The model's guidance rules (src/model/invariants.ts, goalGuidance), mirrored.
const NEGATIVE_WORD = /(?:^|[^\p{L}])(inte|sluta|slutar|ej|aldrig|not|stop|never|don't|no longer)(?=$|[^\p{L}])/iu;
const SHORT = 15;

/** The names a goal may start with to count as phrased from the person (as the model has it). */
function personNames(person: SmartContext['person']): string[] {
  const names = ['jag', 'i', 'vi', 'we'];
  const first = person.name.trim().split(/\s+/)[0];
  if (first) names.push(first.toLowerCase());
  if (person.preferredName) names.push(person.preferredName.trim().toLowerCase());
  return names;
}

/** The model's guidance warning codes for this goal. */
function modelWarnings(goal: SmartGoalInput, ctx: SmartContext): Set<string> {
  const out = new Set<string>();
  const t = goal.text.trim();
  const firstWord = (t.split(/[\s,.:;!?]+/)[0] ?? '').toLowerCase();
  if (!personNames(ctx.person).includes(firstWord)) out.add('goal.notPersonPhrased');
  if (NEGATIVE_WORD.test(t)) out.add('goal.negative');
  if (t.length < SHORT) out.add('goal.smart.specific');
  if (!goal.measure || goal.measure.trim() === '') out.add('goal.smart.measurable');
  if (!goal.acceptedAt) out.add('goal.smart.accepted');
  if (goal.realistic !== true) out.add('goal.smart.realistic');
  const date = goal.targetDate?.trim();
  if (!date || !isIsoDate(date)) out.add('goal.smart.timeBound');
  return out;
}

const MODEL_CODE: Record<Criterion, string> = {
  specific: 'goal.smart.specific',
  measurable: 'goal.smart.measurable',
  accepted: 'goal.smart.accepted',
  realistic: 'goal.smart.realistic',
  timeBound: 'goal.smart.timeBound',
};

/** Checks one goal against SMART and the phrasing advice. Pure: the same input gives the same result. */
export function checkGoal(goal: SmartGoalInput, ctx: SmartContext): SmartResult {
  const text = goal.text ?? '';
  const warnings = modelWarnings(goal, ctx);
  const quantity = findQuantity(text);
  const measure = goal.measure?.trim() ?? '';

  const criteria: Record<Criterion, CriterionResult> = {
    specific: specific(text, warnings.has('goal.smart.specific')),
    measurable: measure
      ? { state: 'met', code: 'measurable.met' }
      : quantity
        ? { state: 'hint', code: 'measurable.numberOnly' }
        : { state: 'missing', code: 'measurable.missing' },
    accepted: !goal.acceptedAt
      ? { state: 'missing', code: 'accepted.missing' }
      : isIsoDate(goal.acceptedAt) && goal.acceptedAt > ctx.today
        ? { state: 'hint', code: 'accepted.future' }
        : { state: 'met', code: 'accepted.met' },
    realistic:
      goal.realistic === true
        ? { state: 'met', code: 'realistic.met' }
        : goal.realistic === false
          ? { state: 'missing', code: 'realistic.no' }
          : { state: 'missing', code: 'realistic.missing' },
    timeBound: timeBound(goal, ctx),
  };
  // Never contradict the model: where it warns, the criterion is at best a hint.
  for (const c of CRITERIA) {
    if (criteria[c].state === 'met' && warnings.has(MODEL_CODE[c])) criteria[c] = { state: 'hint', code: criteria[c].code };
  }

  const phrasing: PhrasingResult = {
    personPhrased: text.trim() === '' || !warnings.has('goal.notPersonPhrased'),
    positive: !warnings.has('goal.negative'),
  };
  if (!phrasing.positive) {
    const word = NEGATIVE_WORD.exec(text)?.[1];
    if (word) phrasing.negativeWord = word;
  }

  const metCount = CRITERIA.filter((c) => criteria[c].state === 'met').length;
  const result: SmartResult = {
    criteria,
    phrasing,
    metCount,
    allMet: metCount === CRITERIA.length,
    missing: CRITERIA.filter((c) => criteria[c].state === 'missing'),
    signature: CRITERIA.map((c) => criteria[c].code + ':' + criteria[c].state).join('|') + `|p${+phrasing.personPhrased}${+phrasing.positive}`,
  };
  if (quantity && !measure) result.suggestedMeasure = quantity;
  return result;
}

/** The name a goal should start with: the preferred name, else the first name. */
export function goalName(person: Pick<Person, 'name'> & Partial<Pick<Person, 'preferredName'>>): string {
  return person.preferredName?.trim() || person.name.trim().split(/\s+/)[0] || person.name;
}
