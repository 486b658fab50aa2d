/**
 * parsePlan (shape + invariants + guidance warnings) of the `large` example vs JSON.parse
 * of the same text. Goal: ours ≤ 3× baseline.
 */
import { parsePlan } from '../../src/model';
import { large } from '../../src/model/examples';

const text = JSON.stringify(large);

export default [
  {
    name: 'parsePlan(large) vs JSON.parse',
    ours: () => parsePlan(JSON.parse(text)),
    baseline: () => JSON.parse(text),
  },
];
