import type { Activity, ActivityStatus, AgendaItem, MeetingPart, Principal, StatusEvent } from '../schema';

export const region = (name: string): Principal => ({ kind: 'region', name });
export const municipality = (name: string): Principal => ({ kind: 'municipality', name });
export const other = (kind: string, name: string, contractedBy?: 'region' | 'municipality'): Principal =>
  contractedBy ? { kind: 'other', other: kind, name, contractedBy } : { kind: 'other', other: kind, name };

/** Status history walking the machine from `planned` to `status`, one step per timestamp. */
export function history(status: ActivityStatus, times: string[], by: string): StatusEvent[] {
  const path: Record<ActivityStatus, ActivityStatus[]> = {
    planned: ['planned'],
    ongoing: ['planned', 'ongoing'],
    done: ['planned', 'ongoing', 'done'],
    paused: ['planned', 'ongoing', 'paused'],
    cancelled: ['planned', 'cancelled'],
  };
  return path[status].map((s, i) => ({ status: s, at: times[Math.min(i, times.length - 1)]!, by }));
}

export interface ActivitySpec {
  id: string;
  title: string;
  description?: string;
  goalIds: string[];
  principal: Principal;
  unit?: string;
  unitEntryId?: string;
  personName: string;
  personEntryId?: string;
  performer?: Activity['performer'];
  start?: string;
  due?: string;
  frequency?: string;
  status: ActivityStatus;
  times: string[];
  by: string;
}

export function activity(s: ActivitySpec): Activity {
  const a: Activity = {
    id: s.id,
    title: s.title,
    goalIds: s.goalIds,
    responsible: { principal: s.principal, personName: s.personName },
    status: s.status,
    statusHistory: history(s.status, s.times, s.by),
  };
  if (s.description) a.description = s.description;
  if (s.unit) a.responsible.unit = s.unit;
  if (s.unitEntryId) a.responsible.unitEntryId = s.unitEntryId;
  if (s.personEntryId) a.responsible.personEntryId = s.personEntryId;
  if (s.performer) a.performer = s.performer;
  if (s.start) a.start = s.start;
  if (s.due) a.due = s.due;
  if (s.frequency) a.frequency = s.frequency;
  return a;
}

export function agenda(planned: Record<MeetingPart, number>, actual?: Record<MeetingPart, number>): AgendaItem[] {
  return (['opening', 'situation', 'needs', 'summary', 'closing'] as const).map((part) =>
    actual ? { part, plannedMinutes: planned[part], actualMinutes: actual[part] } : { part, plannedMinutes: planned[part] },
  );
}
