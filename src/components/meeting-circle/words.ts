/**
 * What the circle says (to screen readers, through the live region) and the refusals of a stored
 * or given state it cannot use. Loaded with the view (`part.ts`), so the words are not in the
 * timer's initial load; the element waits for them when something changes before they are here.
 */
import { msg, str } from '@lit/localize';
import { MEETING_PARTS, minutesOf, type ClockView } from './clock';
import { partLabel } from './labels';
import type { MeetingPart } from '../../model/schema';

/** Why a stored or given state is refused (`empty` and `other-meeting` are not problems). */
export type RefusalReason = 'corrupt' | 'out-of-range' | 'too-large';

/** How the clock changed (the element computes it once, for its events as well). */
export interface ClockChange {
  started: boolean;
  ended: boolean;
  partChanged: boolean;
}

/** The announcement for a change from `before` to `after`, or undefined when there is nothing to say. */
export function changeWords(before: ClockView, after: ClockView, change: ClockChange, clockTime: (ms: number) => string): string | undefined {
  if (change.ended) return msg(str`Mötet är avslutat efter ${minutesOf(after.elapsed)} min.`, { id: 'meeting.say.ended' });
  if (before.status === 'ended' && after.status !== 'idle') return msg('Mötet fortsätter.', { id: 'meeting.say.reopened' });
  if (after.status === 'idle' && before.status !== 'idle') return msg('Mötet är återställt.', { id: 'meeting.say.reset' });
  if (change.partChanged) {
    const what = msg(str`Del ${after.index + 1} av ${MEETING_PARTS.length}: ${partLabel(after.part)}, ${minutesOf(after.planned[after.index]!)} min.`, { id: 'meeting.say.part' });
    return change.started ? `${msg('Mötet har börjat.', { id: 'meeting.say.started' })} ${what}` : what;
  }
  if (before.status === 'running' && after.status === 'paused') return msg('Pausat.', { id: 'meeting.say.paused' });
  if (before.status === 'paused' && after.status === 'running') return msg('Fortsätter.', { id: 'meeting.say.resumed' });
  const added = after.extendedTotal - before.extendedTotal;
  if (added > 0 && after.projectedEndAt !== undefined) {
    return msg(str`${partLabel(after.part)} förlängd med ${minutesOf(added)} min. Mötet slutar nu ${clockTime(after.projectedEndAt)}.`, { id: 'meeting.say.extended' });
  }
  return undefined;
}

/** The announcement when the meeting (`part` undefined) or a part has run over its time. */
export function overrunWords(part: MeetingPart | undefined): string {
  return part ? msg(str`${partLabel(part)} har gått över sin tid.`, { id: 'meeting.say.partOver' }) : msg('Mötet har gått över sin tid.', { id: 'meeting.say.meetingOver' });
}

/** Why a stored or given state is not used. */
export function refusalWords(reason: RefusalReason): string {
  if (reason === 'too-large') {
    return msg('Den sparade mötestiden är för stor för att vara ett möte och används inte.', { id: 'meeting.state.tooLarge' });
  }
  if (reason === 'out-of-range') {
    return msg('Den sparade mötestiden har tider som inte kan stämma och används inte.', { id: 'meeting.state.outOfRange' });
  }
  return msg('Den sparade mötestiden kunde inte läsas och används inte.', { id: 'meeting.state.corrupt' });
}
