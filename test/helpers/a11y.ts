/** The WCAG rule sets every element and story must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}
interface AxeApi {
  run(context: Element, options: object): Promise<{ violations: AxeViolation[] }>;
}

async function loadAxe(): Promise<AxeApi> {
  const w = window as unknown as { axe?: AxeApi };
  if (!w.axe) await import('axe-core/axe.min.js');
  if (!w.axe) throw new Error('axe-core did not load');
  return w.axe;
}

/** Runs axe (WCAG 2.0–2.2 A/AA) on `element` and returns readable violations (empty when clean). */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = await loadAxe();
  const result = await axe.run(element, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target) + (n.failureSummary ? ` ${n.failureSummary}` : '')).join('; ')}`,
  );
}
