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

/** IBM's rule set the stories must pass: WCAG 2.2 A/AA as the Equal Access engine reads it. */
export const IBM_RULESET = 'WCAG_2_2';

/**
 * Results of IBM's engine set aside, each with why and where (a rule goes here only for a false
 * positive, and only where it is one).
 */
const IBM_FALSE_POSITIVES: { rule: string; why: string; where: (r: IbmResult, root: Element) => boolean }[] = [
  {
    rule: 'label_name_visible',
    why:
      'The engine reads an SVG <title> (a tooltip, not on screen) and aria-hidden text as the visible label, so a ' +
      'network map entry whose name is its label, whose <title> is its description and whose principal letter is an ' +
      'aria-hidden badge always fails. Set aside only inside an <svg>, and only when the visible text without those ' +
      'passes the same check (whole words of the name), as the ACT rule 2ee8b8 reads it.',
    where: (r, root) => {
      if (!r.path.dom.includes('/svg[')) return false;
      const el = byDomPath(root, r.path.dom);
      return !!el && labelInName(el);
    },
  },
];

/** The element an IBM result's path names (`/html[1]/…/x-el[1]/#document-fragment[1]/…`), through shadow roots. */
function byDomPath(root: Element, path: string): Element | undefined {
  // The engine counts <html> among the document's nodes (after the doctype): start below it.
  let node: ParentNode = root.ownerDocument.documentElement;
  for (const step of path.split('/').filter(Boolean).slice(1)) {
    const m = /^(.+)\[(\d+)\]$/.exec(step);
    if (!m) return undefined;
    const [, name, n] = m;
    if (name === '#document-fragment') {
      const shadow = (node as Element).shadowRoot;
      if (!shadow) return undefined;
      node = shadow;
      continue;
    }
    const next: Element | undefined = [...node.children].filter((c) => c.localName === name)[Number(n) - 1];
    if (!next) return undefined;
    node = next;
  }
  return node instanceof Element ? node : undefined;
}

/** The engine's label-in-name test (letters and digits only, whole words), without SVG <title> and aria-hidden text. */
function labelInName(el: Element): boolean {
  const norm = (t: string) => t.replace(/[^a-zA-Z0-9]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element) {
      const style = getComputedStyle(n);
      if (n.localName === 'title' || n.getAttribute('aria-hidden') === 'true' || style.display === 'none' || style.visibility === 'hidden') return;
    }
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.nodeValue ?? '');
    n.childNodes.forEach(walk);
  };
  walk(el);
  const visible = norm(parts.join(' '));
  const name = norm(el.getAttribute('aria-label') ?? '');
  return visible.length <= 1 || ` ${name} `.includes(` ${visible} `);
}

export interface IbmResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  path: { dom: string; aria: string };
  message: string;
  snippet: string;
}
interface IbmChecker {
  check(target: Node, rulesets: string[]): Promise<{ results: IbmResult[] }>;
}
interface IbmApi {
  Checker: new () => IbmChecker;
}

let ibmChecker: IbmChecker | undefined;
async function loadIbm(): Promise<IbmChecker> {
  const w = window as unknown as { ace_ibma?: IbmApi };
  // The window build registers `window.ace_ibma`; the engine has no ES module of its own.
  if (!w.ace_ibma) await import('accessibility-checker-engine/ace-window.js');
  if (!w.ace_ibma) throw new Error('accessibility-checker-engine did not load');
  ibmChecker ??= new w.ace_ibma.Checker();
  return ibmChecker;
}

/**
 * Runs IBM's Equal Access engine (which walks into shadow roots) on `element` and returns its
 * definite violations, readable (empty when clean). Potential violations and recommendations
 * need a person's judgement and are left to the manual review.
 */
export async function ibmViolations(element: Element): Promise<string[]> {
  const checker = await loadIbm();
  // The engine logs "Progress: n%" for every percent on pages over 10,000 nodes: kept out of the test output.
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith('Progress: '))) log.apply(console, args);
  };
  let report: { results: IbmResult[] };
  try {
    report = await checker.check(element, [IBM_RULESET]);
  } finally {
    console.log = log;
  }
  return report.results
    .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
    .filter((r) => !IBM_FALSE_POSITIVES.some((f) => f.rule === r.ruleId && f.where(r, element)))
    .map((r) => `${r.ruleId}: ${r.message} — ${r.path.dom} ${r.snippet}`);
}
