/**
 * "Show code" for an element story: Storybook prints the element's attributes but not the `plan`
 * property, so a copied snippet would render an empty element. This adds the script that sets
 * it: an example plan by name when the story shows one unchanged, else the plan itself as JSON.
 */
import { isDeepStrictEqual } from './deep-equal';
import { examplePlans } from '../src/model/examples';

/** The expression that gives `plan` in a vendor's page, and what it needs imported. */
export function planExpression(plan: unknown): { expression: string; imports: string[] } {
  for (const [name, example] of Object.entries(examplePlans)) {
    if (isDeepStrictEqual(plan, example)) return { expression: `examplePlans.${name}`, imports: ["import { examplePlans } from 'sip-elements/examples';"] };
  }
  return { expression: JSON.stringify(plan, null, 2).replace(/\n/g, '\n  '), imports: [] };
}

/** `code` (the element's markup) with a module script that registers the elements and sets `plan`. */
export function sourceWithPlan(code: string, tag: string | undefined, plan: unknown): string {
  if (!tag || plan === undefined || !code.includes(`<${tag}`)) return code;
  const { expression, imports } = planExpression(plan);
  return [
    code.trim(),
    '<script type="module">',
    "  import 'sip-elements'; // registers the elements",
    ...imports.map((line) => `  ${line}`),
    `  document.querySelector('${tag}').plan = ${expression};`,
    '</script>',
  ].join('\n');
}
