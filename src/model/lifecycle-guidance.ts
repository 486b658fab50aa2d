/**
 * Guidance (warnings, never errors) on the plan's timing:
 *
 * - `plan.writtenLate`: the coordinator signed the plan more than two working days after the
 *   meeting it came from (seed 001's routine: "Mål och aktivitetsplanen ska upprättas inom 2
 *   arbetsdagar efter mötet").
 * - `meeting.shortNotice`: a meeting was booked (its first invitation sent) less than three
 *   weeks ahead (seed 002: "god framförhållning, minst 3 veckor"), a hint only — urgent meetings
 *   are fine.
 */
import { issue, type PlanIssue } from './issues';
import type { SipPlan } from './schema';
import { workingDaysBetween } from './working-days';

const DAY = 86_400_000;
/** Days of notice the guidance asks for. */
export const NOTICE_DAYS = 21;
/** Working days after the meeting within which the plan is written. */
export const PLAN_WRITTEN_WITHIN_WORKING_DAYS = 2;

export function lifecycleGuidance(plan: SipPlan): PlanIssue[] {
  const out: PlanIssue[] = [];
  const s = plan.signatures.findIndex((x) => x.role === 'coordinator');
  const signedAt = s >= 0 ? Date.parse(plan.signatures[s]!.at) : NaN;
  if (!Number.isNaN(signedAt)) {
    // the meeting the plan came from: the last one (not cancelled) that started before signing
    let meeting: SipPlan['meetings'][number] | undefined;
    for (const m of plan.meetings) {
      const start = Date.parse(m.start);
      if (m.status === 'cancelled' || !(start <= signedAt)) continue;
      if (!meeting || start > Date.parse(meeting.start)) meeting = m;
    }
    if (meeting) {
      const days = workingDaysBetween(meeting.start, plan.signatures[s]!.at);
      if (days > PLAN_WRITTEN_WITHIN_WORKING_DAYS) out.push(issue('warning', ['signatures', s, 'at'], 'plan.writtenLate', { days }));
    }
  }
  plan.meetings.forEach((m, i) => {
    // An urgent meeting is booked at short notice on purpose: the notice hint is for planning ahead.
    if (m.status === 'cancelled' || m.urgent === true) return;
    let booked = NaN;
    for (const r of m.invitations) {
      const t = r.sentAt === undefined ? NaN : Date.parse(r.sentAt);
      if (!Number.isNaN(t) && !(t >= booked)) booked = t;
    }
    const start = Date.parse(m.start);
    if (Number.isNaN(booked) || Number.isNaN(start)) return;
    const days = Math.floor((start - booked) / DAY);
    if (days < NOTICE_DAYS) out.push(issue('warning', ['meetings', i, 'start'], 'meeting.shortNotice', { days: Math.max(0, days) }));
  });
  return out;
}
