/** The list's query values and their parsing from attributes: tiny, so the element shell can use them. */
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../model/constants';

export const GROUP_BY = ['principal', 'goal', 'none'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export const SORT_BY = ['due', 'status', 'title'] as const;
export type SortBy = (typeof SORT_BY)[number];

/** Parses a query value from an attribute or property, falling back to the default. */
export function parseGroupBy(value: unknown): GroupBy {
  return (GROUP_BY as readonly unknown[]).includes(value) ? (value as GroupBy) : 'principal';
}
export function parseSortBy(value: unknown): SortBy {
  return (SORT_BY as readonly unknown[]).includes(value) ? (value as SortBy) : 'due';
}
export function parseStatus(value: unknown): ActivityStatus | '' {
  return (ACTIVITY_STATUSES as readonly unknown[]).includes(value) ? (value as ActivityStatus) : '';
}
