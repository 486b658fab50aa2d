// Storybook's docs as a reader sees them: Markdown tables render as tables (MDX with
// GitHub-flavoured Markdown, compiled by Storybook's own MDX compiler with the options
// .storybook/main.ts gives it), the Events guide lists every event the manifest has, and
// "Show code" gives a snippet that sets the plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mdxPluginOptions } from '../../.storybook/main';
import { eventRows } from '../../stories/events-table';
import { sourceWithPlan } from '../../stories/source';
import { examplePlans } from '../../src/model/examples';

type Loader = (this: { async: () => (err: unknown, out?: string) => void; getOptions: () => object; resourcePath: string }, content: string) => void;

/** MDX → JavaScript with Storybook's compiler (the webpack loader, called as webpack would). */
async function compileMdx(content: string, resourcePath = 'inline.mdx'): Promise<string> {
  const specifier: string = '@storybook/addon-docs/mdx-loader';
  const loader = ((await import(specifier)) as { default: Loader }).default;
  return new Promise((resolve, reject) => {
    loader.call({ async: () => (err, out) => (err ? reject(err as Error) : resolve(out ?? '')), getOptions: () => mdxPluginOptions, resourcePath }, content);
  });
}

test('a Markdown table in a docs page renders as a table', async () => {
  const code = await compileMdx('| event | when |\n|---|---|\n| `sip-plan-change` | every edit |\n');
  assert.match(code, /_components\.table|"table"/, 'no <table> in the compiled MDX (is remark-gfm in .storybook/main.ts?)');
  assert.doesNotMatch(code, /\| event \| when \|/, 'the table came out as text');
});

test('every docs page compiles, and its Markdown tables become tables', async () => {
  for (const file of readdirSync('stories').filter((f) => f.endsWith('.mdx'))) {
    const content = readFileSync(`stories/${file}`, 'utf8');
    const code = await compileMdx(content, `stories/${file}`);
    if (/^\|.*\|\s*\n\|[-:| ]+\|\s*$/m.test(content)) assert.match(code, /_components\.table|"table"/, `${file}: a table rendered as text`);
  }
});

test('the Events guide lists every event of every element, with its detail type', () => {
  assert.ok(existsSync('custom-elements.json'), 'run `npm run analyze` first');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Parameters<typeof eventRows>[0];
  const rows = eventRows(manifest);
  const fired = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).flatMap((d) => (d.events ?? []).map((e) => e.name))));
  assert.deepEqual(new Set(rows.map((r) => r.name)), fired);
  assert.ok(fired.has('sip-meeting-state'), 'an event the old hand-written table missed');
  for (const row of rows) {
    assert.match(row.detail, /^Sip\w+Detail$/, row.name);
    assert.ok(row.tags.length > 0 && row.description.length > 0, row.name);
  }
  assert.match(readFileSync('stories/events.mdx', 'utf8'), /eventRows\(manifest\)/, 'the guide renders the rows made from the manifest');
});

test('"Show code" sets the plan: an example by name, any other plan as JSON', () => {
  const markup = '<sip-network-map user="Karin Lind"></sip-network-map>';
  const example = sourceWithPlan(markup, 'sip-network-map', examplePlans.child);
  assert.match(example, /import \{ examplePlans \} from 'sip-elements\/examples';/);
  assert.match(example, /document\.querySelector\('sip-network-map'\)\.plan = examplePlans\.child;/);
  assert.match(example, /import 'sip-elements';/);

  const draft = { ...structuredClone(examplePlans.elderly), status: 'draft', signatures: [] };
  const snippet = sourceWithPlan(markup, 'sip-network-map', draft);
  const json = snippet.match(/\.plan = ([\s\S]*);\n<\/script>$/)?.[1];
  assert.ok(json, snippet.slice(0, 200));
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(draft)));
  assert.ok(snippet.startsWith(markup));

  assert.equal(sourceWithPlan('<p>no element</p>', 'sip-network-map', draft), '<p>no element</p>');
  assert.equal(sourceWithPlan(markup, 'sip-network-map', undefined), markup);
});
