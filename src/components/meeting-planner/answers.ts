/**
 * The invitations of a meeting as rows: who, and where their answer stands (waiting, overdue,
 * acknowledged, declined). Pure; the overdue rule is the model's `isAnswerOverdue`, passed in.
 */
import type { Meeting, Receiver } from '../../model/schema';

export type AnswerState = 'waiting' | 'overdue' | 'acknowledged' | 'declined';

export interface AnswerRow {
  receiver: Receiver;
  state: AnswerState;
}

export function answerRows(meeting: Meeting, now: string, isOverdue: (r: Receiver, now: string) => boolean): AnswerRow[] {
  return meeting.invitations.map((receiver) => ({
    receiver,
    state: receiver.answer ? receiver.answer.kind : isOverdue(receiver, now) ? 'overdue' : 'waiting',
  }));
}

/** Counts per state, for the summary line. */
export function answerCounts(rows: readonly AnswerRow[]): Record<AnswerState, number> {
  const counts: Record<AnswerState, number> = { waiting: 0, overdue: 0, acknowledged: 0, declined: 0 };
  for (const r of rows) counts[r.state]++;
  return counts;
}
