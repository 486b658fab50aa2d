/**
 * The preparation with the person before the SIP meeting (förmöte, seed 003): what matters to
 * them, how they see their situation, what they want it to be like, whom they would like as
 * coordinator and their own notes. Recorded on the plan so the meeting starts from it.
 *
 * Recording again replaces the fields given and keeps the rest (unknown fields too); an empty
 * text removes its field. Preparation happens before the plan is written, and a follow-up
 * meeting on an active plan is prepared the same way, so the lock policy is the meetings' one.
 */
import type { Preparation, SipPlan, Without } from '../schema';
import { parseEntity } from '../validator';
import { commit, guard, opError, run, type OpContext, type OpResult } from './common';

/** The texts of a preparation (the person's words). */
export const PREPARATION_FIELDS = ['whatMatters', 'situation', 'wishes', 'coordinatorWish', 'ownNotes'] as const;
export type PreparationField = (typeof PREPARATION_FIELDS)[number];

export interface RecordPreparationIntent {
  type: 'recordPreparation';
  preparation: Partial<Without<Preparation, 'recordedBy' | 'recordedAt'>>;
}

export function recordPreparation(plan: SipPlan, intent: RecordPreparationIntent, ctx: OpContext): OpResult {
  return run(() => {
    const g = guard(plan, ctx, 'active');
    if (g) return g;
    const input = intent.preparation;
    if (!input || typeof input !== 'object') return opError('intent.invalid', { detail: 'preparation' });
    const next: Record<string, unknown> = { ...(plan.preparation ?? {}) };
    for (const [k, v] of Object.entries(input)) {
      if (k === '__proto__' || k === 'recordedBy' || k === 'recordedAt') continue;
      if (v === undefined || (typeof v === 'string' && v.trim() === '')) delete next[k];
      else next[k] = typeof v === 'string' ? v.trim() : v;
    }
    next['recordedBy'] = ctx.by;
    next['recordedAt'] = ctx.now;
    const parsed = parseEntity<Preparation>('preparation', next);
    if (!parsed.success) return opError('intent.invalid', { detail: parsed.error.issues[0]?.path.join('.') ?? 'preparation' });
    return commit(plan, { ...plan, preparation: parsed.data }, ctx, {
      type: 'preparation.recorded',
      target: { kind: 'preparation', id: 'preparation' },
      before: plan.preparation,
      after: Object.fromEntries(PREPARATION_FIELDS.filter((f) => parsed.data[f] !== undefined).map((f) => [f, parsed.data[f]])),
    });
  });
}
