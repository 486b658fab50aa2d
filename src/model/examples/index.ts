/**
 * Example plans (fictitious people, valid-checksum identity numbers). A separate entry so
 * elements do not bundle them unless a story, demo or test imports them.
 *
 * - `elderly`: seed 000's older person at home (active, signed)
 * - `child`: guardians, school, BUP, social services (draft, consent expiring)
 * - `psychiatry`: adult with the employment service and social insurance (active, followed up)
 * - `large`: 200 network entries, 50 goals, 300 activities (benchmarks, stress stories)
 *
 * Dates are chosen relative to 2026-11-22 ("today" in stories): some activities are overdue.
 */
import type { SipPlan } from '../schema';
import { child } from './child';
import { elderly } from './elderly';
import { large } from './large';
import { psychiatry } from './psychiatry';

export { child, elderly, large, psychiatry };

/** The reference "now" the examples were written against. */
export const EXAMPLE_NOW = '2026-11-22T10:00:00+01:00';

export const examplePlans = { elderly, child, psychiatry, large } as const satisfies Record<string, SipPlan>;
export type ExamplePlanName = keyof typeof examplePlans;
