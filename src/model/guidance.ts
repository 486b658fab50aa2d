/**
 * Guidance warnings for one goal (person-phrased, positive, SMART). Its own module so the goal
 * editor can show them live without loading the other checks.
 */
import { issue, type IssuePath, type PlanIssue } from './issues';
import type { Goal, SipPlan } from './schema';

const NEGATIVE = /(^|[^\p{L}])(inte|sluta|slutar|ej|aldrig|not|stop|never|don't|no longer)(?=$|[^\p{L}])/iu;

/** The name(s) a goal may start with to count as phrased from the person. */
export function personNames(plan: SipPlan): string[] {
  const names = ['jag', 'i', 'vi', 'we'];
  const first = plan.person.name.trim().split(/\s+/)[0];
  if (first) names.push(first.toLowerCase());
  if (plan.person.preferredName) names.push(plan.person.preferredName.trim().toLowerCase());
  return names;
}

// The text up to the first space or punctuation: what `split(/[\s,.:;!?]+/)[0]` gives, without splitting the rest.
const FIRST_WORD = /^[^\s,.:;!?]*/;

/** Warnings for guidance gaps in one goal. Exported so the goal editor can show them live. */
export function goalGuidance(goal: Goal, plan: SipPlan, path: IssuePath = [], names: readonly string[] = personNames(plan)): PlanIssue[] {
  const out: PlanIssue[] = [];
  const t = goal.text.trim();
  const firstWord = FIRST_WORD.exec(t)![0].toLowerCase();
  if (!names.includes(firstWord)) out.push(issue('warning', [...path, 'text'], 'goal.notPersonPhrased'));
  if (NEGATIVE.test(t)) out.push(issue('warning', [...path, 'text'], 'goal.negative'));
  if (t.length < 15) out.push(issue('warning', [...path, 'text'], 'goal.smart.specific'));
  if (!goal.measure || goal.measure.trim() === '') out.push(issue('warning', [...path, 'measure'], 'goal.smart.measurable'));
  if (!goal.acceptedAt) out.push(issue('warning', [...path, 'acceptedAt'], 'goal.smart.accepted'));
  if (goal.realistic !== true) out.push(issue('warning', [...path, 'realistic'], 'goal.smart.realistic'));
  if (!goal.targetDate) out.push(issue('warning', [...path, 'targetDate'], 'goal.smart.timeBound'));
  return out;
}

