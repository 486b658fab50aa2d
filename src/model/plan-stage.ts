/**
 * Where a plan is in its life (seed 001: the coordinator signs → staff may still edit → the
 * coordinator locks → printed). Zod-free and tiny, so an element can decide what to offer
 * without loading the operations.
 */
import type { SipPlan } from './schema';

/** `signed`: active, signed by the coordinator, not yet locked; `locked`: active and locked. */
export type PlanStage = 'draft' | 'signed' | 'locked' | 'closed' | 'voided';

export function planStage(plan: Pick<SipPlan, 'status' | 'lockedAt'>): PlanStage {
  if (plan.status === 'active') return plan.lockedAt === undefined ? 'signed' : 'locked';
  return plan.status;
}

/** Whether the plan's content (network, goals, activities, details) may be edited in place. */
export function isContentEditable(plan: Pick<SipPlan, 'status' | 'lockedAt'>): boolean {
  const stage = planStage(plan);
  return stage === 'draft' || stage === 'signed';
}
