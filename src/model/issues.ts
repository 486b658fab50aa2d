import { modelMessage } from './messages';

export type IssuePath = (string | number)[];

/** One problem found by `parsePlan` or an invariant check. `message` is in the active model locale. */
export interface PlanIssue {
  path: IssuePath;
  code: string;
  message: string;
  severity: 'error' | 'warning';
}

export function issue(
  severity: 'error' | 'warning',
  path: IssuePath,
  code: string,
  params?: Record<string, string | number>,
): PlanIssue {
  return { path, code, message: modelMessage(code, params), severity };
}
