/**
 * Renders every story of every stories file, the way Storybook composes it (meta + story args,
 * render, decorators, locale global), and fails on a render error, a console error, an uncaught
 * exception, an empty render, a violation found by axe or by IBM's Equal Access engine (WCAG
 * 2.0–2.2 A/AA), or content wider than the element at 320 px (sideways scrolling, WCAG 1.4.10).
 *
 * The stories files are split over a few test files (`stories-N.browser.test.ts`), so each stays
 * well inside the test runner's per-file time limit as elements and stories are added.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { axeViolations, ibmViolations } from '../helpers/a11y';
import { useLocale } from '../helpers/element';
// Served by the `all-stories` plugin in web-test-runner.config.mjs: one loader per stories file.
// @ts-expect-error virtual module
import { storyModules } from '/__all-stories__.js';

type Decorator = (story: () => unknown, context: StoryContext) => unknown;
interface StoryContext {
  args: Record<string, unknown>;
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
  id: string;
  name: string;
  title: string;
  viewMode: 'story';
  argTypes: Record<string, unknown>;
  loaded: Record<string, unknown>;
}
interface Csf {
  args?: Record<string, unknown>;
  globals?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[];
  render?: (args: Record<string, unknown>, context: StoryContext) => unknown;
  name?: string;
  title?: string;
  tags?: string[];
  excludeStories?: string[] | RegExp;
  includeStories?: string[] | RegExp;
}

function isStoryExport(name: string, value: unknown, meta: Csf): boolean {
  if (name === 'default' || name === '__namedExportsOrder') return false;
  if (typeof value !== 'object' && typeof value !== 'function') return false;
  const ex = meta.excludeStories;
  if (Array.isArray(ex) && ex.includes(name)) return false;
  if (ex instanceof RegExp && ex.test(name)) return false;
  const inc = meta.includeStories;
  if (Array.isArray(inc) && !inc.includes(name)) return false;
  if (inc instanceof RegExp && !inc.test(name)) return false;
  return true;
}

const loaders = storyModules as Record<string, () => Promise<Record<string, unknown>>>;

/** Registers the smoke test for every `parts`-th stories file, starting at number `part` (1-based). */
export function runStories(part: number, parts: number): void {
  it('finds stories files', () => {
    expect(Object.keys(loaders).length, 'stories/*.stories.ts').to.be.greaterThan(0);
  });
  const mine = Object.entries(loaders).filter((_, i) => i % parts === part - 1);
  for (const [file, load] of mine) storiesOf(file, load);
}

function storiesOf(file: string, load: () => Promise<Record<string, unknown>>): void {
  describe(file, () => {
    let mod: Record<string, unknown>;
    before(async () => {
      mod = await load();
    });

    it('renders every story without errors, passes axe and IBM, and reflows at 320 px', async function () {
      this.timeout(300000);
      const meta = (mod.default ?? {}) as Csf;
      const failures: string[] = [];
      let count = 0;
      for (const [exportName, value] of Object.entries(mod)) {
        if (!isStoryExport(exportName, value, meta)) continue;
        const story = (typeof value === 'function' ? { render: value } : value) as Csf;
        if (story.tags?.includes('!test') || meta.tags?.includes('!test')) continue;
        count++;
        const label = `${meta.title ?? file} / ${story.name ?? exportName}`;
        const problems = await renderStory(meta, story, exportName);
        if (problems.length) failures.push(`${label}:\n  - ${problems.join('\n  - ')}`);
      }
      expect(count, `${file} exports stories`).to.be.greaterThan(0);
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  });
}

async function renderStory(meta: Csf, story: Csf, exportName: string): Promise<string[]> {
  const problems: string[] = [];
  const globals = { locale: 'sv', ...(meta.globals ?? {}), ...(story.globals ?? {}) };
  await useLocale(globals.locale === 'en' ? 'en' : 'sv');

  const onError = (e: ErrorEvent) => problems.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    originalError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);

  const root = document.createElement('div');
  root.id = 'storybook-root';
  document.body.append(root);
  try {
    const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
    const context: StoryContext = {
      args,
      globals,
      parameters: { ...(meta.parameters ?? {}), ...(story.parameters ?? {}) },
      id: exportName,
      name: story.name ?? exportName,
      title: meta.title ?? '',
      viewMode: 'story',
      argTypes: {},
      loaded: {},
    };
    const renderFn = story.render ?? meta.render;
    if (!renderFn) throw new Error('no render function');
    let storyFn = () => renderFn(args, context);
    for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
      const inner = storyFn;
      storyFn = () => decorator(inner, context);
    }
    const output = storyFn();
    if (output instanceof Node) root.append(output);
    else render(output as TemplateResult, root);

    // Let every element (and nested ones) finish its first render and any async work.
    const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('sip-'));
    for (const el of elements) await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    for (const el of elements) await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;

    if (elements.length === 0) problems.push('renders no sip-* element');
    for (const el of elements) {
      const shadow = el.shadowRoot;
      if (!shadow || shadow.childElementCount === 0) problems.push(`<${el.localName}> rendered nothing`);
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) problems.push(`<${el.localName}> has no size (${box.width}×${box.height})`);
    }
    problems.push(...(await axeViolations(root)).map((v) => `axe: ${v}`));
    problems.push(...(await ibmViolations(root)).map((v) => `ibm: ${v}`));
    problems.push(...(await reflowProblems(root, elements)));
  } catch (error) {
    problems.push(`render error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  } finally {
    console.error = originalError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    render(null, root);
    root.remove();
  }
  return problems;
}

/** At 320 px (a 320 px wide container; WebKit's driver cannot set the viewport) no element is wider than its box. */
async function reflowProblems(root: HTMLElement, elements: Element[]): Promise<string[]> {
  root.style.inlineSize = '320px';
  // Container queries and resize observers settle in the next frames; lit re-renders after them.
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  for (const el of elements) await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const problems: string[] = [];
  for (const el of [root, ...elements]) {
    if (el.scrollWidth > el.clientWidth) problems.push(`320 px: <${el.localName}> content is ${el.scrollWidth} px wide in ${el.clientWidth} px${tooWide(root)}`);
  }
  return problems;
}

/** Names the innermost parts (through shadow roots) that stick out on the right, to say what to fix. */
function tooWide(root: HTMLElement): string {
  const edge = root.getBoundingClientRect().right + 1;
  const out: string[] = [];
  const visit = (el: Element): boolean => {
    let childOut = false;
    for (const child of [...el.children, ...(el.shadowRoot ? [...el.shadowRoot.children] : [])]) childOut = visit(child) || childOut;
    const sticksOut = el.getBoundingClientRect().right > edge;
    if (sticksOut && !childOut && out.length < 3) out.push(`${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(el.getBoundingClientRect().width)} px`);
    return sticksOut || childOut;
  };
  visit(root);
  return out.length ? ` (sticking out: ${out.join(', ')})` : '';
}
