import * as z from 'zod/mini';
import { planSchema } from './schema';

/**
 * JSON Schema (draft 2020-12) of the plan as a host may send it (`io: 'input'`: arrays
 * with defaults are optional). Unknown properties are allowed everywhere, as in the model.
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://sip-elements.example/schema.json',
    title: 'SIP plan (samordnad individuell plan)',
  };
}
