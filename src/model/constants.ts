/**
 * Constants and plain types of the model, free of zod, so that operations, invariants and
 * elements can import them without pulling the schemas (and zod) into a page's initial load.
 * `schema.ts` and the model index re-export everything here.
 */

/** A calendar date, `YYYY-MM-DD`. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A timestamp, ISO 8601 with `Z` or an offset, e.g. `2026-11-22T09:30:00Z`. */
export const TIMESTAMP_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a string starting with `YYYY-MM-DD` names a day that exists (no `02-30`, `02-29`
 * only in leap years). Cheap: digits and a month table, no Date.
 */
export function isRealDate(value: string): boolean {
  // Character codes read in place (no helper closure: this runs for every date in a plan).
  const year = (value.charCodeAt(0) - 48) * 1000 + (value.charCodeAt(1) - 48) * 100 + (value.charCodeAt(2) - 48) * 10 + (value.charCodeAt(3) - 48);
  const month = (value.charCodeAt(5) - 48) * 10 + (value.charCodeAt(6) - 48);
  const day = (value.charCodeAt(8) - 48) * 10 + (value.charCodeAt(9) - 48);
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  if (month === 2 && day === 29) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= MONTH_DAYS[month - 1]!;
}

export type IsoDate = string;
export type IsoTimestamp = string;

export const PRINCIPAL_KINDS = ['region', 'municipality', 'other'] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];

/** The common "other" principals; any other string is allowed too (with `name`). */
export const OTHER_PRINCIPALS = [
  'employment-service', // Arbetsförmedlingen
  'social-insurance', // Försäkringskassan
  'school', // skola (fristående or state); a municipal school is `municipality`
  'prison-probation', // Kriminalvården
  'voluntary', // frivilligorganisation
  'private-provider', // privat utförare (set contractedBy)
  'personal-ombudsman', // personligt ombud
  'individual', // the person or a relative doing an activity themselves
  'other',
] as const;
export type OtherPrincipal = (typeof OTHER_PRINCIPALS)[number];

export const NETWORK_KINDS = ['relative', 'friend', 'professional', 'unit', 'organisation'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const ROLES = ['coordinator', 'fixedCareContact', 'responsibleDoctor', 'meetingLeader'] as const;
export type Role = (typeof ROLES)[number];

/** Default network-map sectors; hosts may use other sector ids. */
export const DEFAULT_SECTORS = ['family', 'friends', 'school-work', 'municipality', 'region', 'other'] as const;
export type DefaultSector = (typeof DEFAULT_SECTORS)[number];

export const RINGS = [1, 2, 3] as const;
export type Ring = (typeof RINGS)[number];

export const MEETING_PARTS = ['opening', 'situation', 'needs', 'summary', 'closing'] as const;
export type MeetingPart = (typeof MEETING_PARTS)[number];

export const MEETING_FORMS = ['inPerson', 'video', 'phone'] as const;
export type MeetingForm = (typeof MEETING_FORMS)[number];

export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'done', 'paused', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const GOAL_ACHIEVEMENTS = ['reached', 'partly', 'notReached', 'noLongerRelevant'] as const;
export type GoalAchievementValue = (typeof GOAL_ACHIEVEMENTS)[number];

export const GOAL_HORIZONS = ['long', 'short'] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];

export const PLAN_STATUSES = ['draft', 'active', 'voided', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const CLOSURE_REASONS = ['goalsMet', 'noLongerNeeded', 'consentWithdrawn'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const CONSENT_GIVERS = ['person', 'guardian', 'legalRepresentative', 'other'] as const;
export type ConsentGiverRole = (typeof CONSENT_GIVERS)[number];

export const PERFORMER_KINDS = ['unit', 'person', 'relative', 'organisation'] as const;
export type PerformerKind = (typeof PERFORMER_KINDS)[number];

export const FOLLOW_UP_DECISIONS = ['continue', 'revise', 'close'] as const;
export type FollowUpDecision = (typeof FOLLOW_UP_DECISIONS)[number];


// Whitespace, control and format characters (zero-width space/joiners, bidi marks, BOM, soft
// hyphen), combining marks alone and the Hangul/Braille fillers all render as nothing.
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** Whether `value` shows at least one visible character (a name of only spaces or zero-width characters does not). */
export function hasVisibleText(value: string): boolean {
  return VISIBLE.test(value);
}
