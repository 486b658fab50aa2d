// custom-elements.json as a vendor's tools read it (run `npm run analyze` first; the gate does).
// Checked against the source itself, through the TypeScript checker: every registered tag is
// there, events carry detail types a vendor can import, types name nothing a vendor cannot
// import (no "GroupBy"), internals (private, protected, `state: true`) are left out, paths point
// into dist/, and the file stays small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

interface Entry {
  name: string;
  kind?: string;
  type?: { text?: string };
  fieldName?: string;
  privacy?: string;
  static?: boolean;
  inheritedFrom?: { name: string; module?: string };
}
interface Declaration extends Entry {
  tagName?: string;
  customElement?: boolean;
  members?: Entry[];
  attributes?: Entry[];
  events?: Entry[];
  superclass?: { name: string; module?: string };
  mixins?: { name: string; module?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration?: { module?: string } }[] }[];
}

const FILE = 'custom-elements.json';
if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run \`npm run analyze\` first (npm test does)`);
const manifest = JSON.parse(readFileSync(FILE, 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ d, path: m.path })));

/** Tags registered in the source: `defineElement('sip-…', Class)` in an element folder's index.ts. */
function registeredTags(): Map<string, string> {
  const tags = new Map<string, string>();
  for (const folder of readdirSync('src/components')) {
    const index = `src/components/${folder}/index.ts`;
    if (!existsSync(index)) continue;
    for (const m of readFileSync(index, 'utf8').matchAll(/defineElement\(\s*'([a-z-]+)'\s*,\s*(\w+)\s*\)/g)) tags.set(m[1]!, m[2]!);
  }
  return tags;
}

// One program over the package's entries and the element modules.
const sourceOf = (path: string) => path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
const entries = ['src/index.ts', 'src/model/index.ts'];
const program = ts.createProgram([...entries, ...elements.map((e) => sourceOf(e.path))], {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
});
const checker = program.getTypeChecker();
/** Type names a vendor can write: the package's exports and the platform's globals. */
const importable = new Set<string>();
for (const file of entries) {
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(file)!);
  for (const e of symbol ? checker.getExportsOfModule(symbol) : []) importable.add(e.name);
}
const lib = program.getSourceFiles().find((f) => program.isSourceFileDefaultLibrary(f))!;
for (const g of checker.getSymbolsInScope(lib, ts.SymbolFlags.Type)) importable.add(g.name);

/** Names the element's class (and what it extends) keeps to itself. */
function internalNames(className: string, path: string): Set<string> {
  const names = new Set<string>();
  const source = program.getSourceFile(sourceOf(path))!;
  const cls = source.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === className)!;
  const type = checker.getTypeAtLocation(cls);
  for (const prop of checker.getPropertiesOfType(type)) {
    for (const decl of prop.declarations ?? []) {
      const flags = ts.getCombinedModifierFlags(decl);
      if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || prop.name.startsWith('#') || prop.name.startsWith('__')) names.add(prop.name);
    }
  }
  // Lit's internal reactive state: `static properties = { x: { state: true } }`.
  for (const m of readFileSync(sourceOf(path), 'utf8').matchAll(/^\s+(\w+): \{[^}]*\bstate: true/gm)) names.add(m[1]!);
  return names;
}

const unknownNames = (text = '') => (text.match(/\b[A-Z]\w*/g) ?? []).filter((n) => !importable.has(n));

test('every tag the source registers is in the manifest, with its class', () => {
  const tags = registeredTags();
  assert.ok(tags.size >= 5, `found ${tags.size} defineElement calls`);
  for (const [tag, className] of tags) {
    const found = elements.find((e) => e.d.tagName === tag);
    assert.ok(found, `${tag} is missing from ${FILE}`);
    assert.equal(found.d.name, className, tag);
  }
});

test('events carry detail types a vendor can import', () => {
  for (const { d } of elements) {
    assert.ok(d.events?.some((e) => e.name === 'sip-plan-change'), `${d.tagName} lists sip-plan-change`);
    for (const e of d.events ?? []) {
      const detail = e.type?.text?.match(/^CustomEvent<(\w+)>$/)?.[1];
      assert.ok(detail, `${d.tagName} ${e.name}: type is ${JSON.stringify(e.type?.text)}, not CustomEvent<Detail>`);
      assert.ok(importable.has(detail), `${d.tagName} ${e.name}: ${detail} is not exported by sip-elements`);
    }
  }
});

test('attribute and property types name only what a vendor can import (values spelled out)', () => {
  for (const { d } of elements) {
    for (const entry of [...(d.attributes ?? []), ...(d.members ?? []).filter((m) => m.kind === 'field')]) {
      assert.deepEqual(unknownNames(entry.type?.text), [], `${d.tagName} ${entry.name}: ${entry.type?.text}`);
    }
  }
  // The case that was wrong: a list's group-by named its alias instead of its values.
  const list = elements.find((e) => e.d.tagName === 'sip-activity-status-list')?.d;
  const groupBy = list?.attributes?.find((a) => a.name === 'group-by')?.type?.text ?? '';
  assert.match(groupBy, /^'\w+'( \| '\w+')+$/);
});

test('only the public API is listed (no private, protected or internal state)', () => {
  for (const { d, path } of elements) {
    const internal = internalNames(d.name, path);
    assert.ok(internal.size > 0, `${d.tagName}: the source declares internals (the check would see them)`);
    for (const m of [...(d.members ?? []), ...(d.attributes ?? [])]) {
      assert.ok(!internal.has(m.fieldName ?? m.name), `${d.tagName} lists internal ${m.name}`);
      assert.ok(!m.privacy || m.privacy === 'public', `${d.tagName} lists ${m.privacy} ${m.name}`);
      assert.ok(!m.static, `${d.tagName} lists static ${m.name}`);
    }
    assert.ok(!d.attributes?.some((a) => a.name === 'plan'), `${d.tagName}: plan is a property, not an attribute`);
  }
});

test('paths point at the package (dist/*.js) built from existing sources, and the file is small', () => {
  const refs: string[] = [];
  for (const m of manifest.modules) {
    refs.push(m.path);
    for (const d of m.declarations ?? []) {
      for (const r of [d.superclass, ...(d.mixins ?? []), ...[...(d.members ?? []), ...(d.attributes ?? []), ...(d.events ?? [])].map((x) => x.inheritedFrom)]) if (r?.module) refs.push(r.module);
    }
    for (const e of m.exports ?? []) if (e.declaration?.module) refs.push(e.declaration.module);
  }
  for (const r of refs) {
    assert.match(r, /^dist\/.+\.js$/, r);
    assert.ok(existsSync(sourceOf(r)), `${r}: no ${sourceOf(r)} builds it`);
  }
  // Per element, so the budget holds as elements join: 340 kB for five when every internal
  // module was listed (68 kB each); elements and their bases only are about 13 kB each.
  const size = readFileSync(FILE).length;
  const tags = elements.length;
  assert.ok(tags >= 5 && size / tags < 16_000, `${FILE} is ${size} bytes for ${tags} elements (was 340 kB for five with every internal module)`);
});

test("editors' data (VS Code html.customData, JetBrains web-types) has every tag, its attributes and values", () => {
  const vscode = JSON.parse(readFileSync('vscode.html-custom-data.json', 'utf8')) as { tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] };
  const webTypes = JSON.parse(readFileSync('web-types.json', 'utf8')) as { contributions: { html: { elements: { name: string; attributes: { name: string }[]; js?: { events?: { name: string; type?: string }[] } }[] } } };
  for (const { d } of elements) {
    const tag = vscode.tags.find((t) => t.name === d.tagName);
    assert.ok(tag, `VS Code data lacks ${d.tagName}`);
    assert.deepEqual(tag.attributes.map((a) => a.name).sort(), (d.attributes ?? []).map((a) => a.name).sort(), d.tagName);
    const element = webTypes.contributions.html.elements.find((e) => e.name === d.tagName);
    assert.ok(element, `web-types lacks ${d.tagName}`);
    assert.ok(element.js?.events?.some((e) => e.name === 'sip-plan-change' && e.type === 'CustomEvent<SipPlanChangeDetail>'), `web-types: ${d.tagName} sip-plan-change`);
  }
  const groupBy = vscode.tags.find((t) => t.name === 'sip-activity-status-list')?.attributes.find((a) => a.name === 'group-by');
  assert.deepEqual(groupBy?.values?.map((v) => v.name).sort(), ['goal', 'none', 'principal']);
  // Shipped, and found by JetBrains IDEs through package.json.
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[]; 'web-types'?: string };
  assert.equal(pkg['web-types'], './web-types.json');
  for (const file of ['vscode.html-custom-data.json', 'web-types.json']) assert.ok(pkg.files.includes(file), `package.json files lacks ${file}`);
});
