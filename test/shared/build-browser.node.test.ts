// The browser build imports lit by relative URL into dist/browser/lit/, from files at any depth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LIT_PLACEHOLDER, litFile, relink } from '../../scripts/build-browser.mjs';

test("a lit specifier names its file in lit's own package layout", () => {
  assert.equal(litFile('lit'), 'index.js');
  assert.equal(litFile('lit/directive.js'), 'directive.js');
  assert.equal(litFile('lit/directives/repeat.js'), 'directives/repeat.js');
});

test('each output file gets the relative URL of the lit folder from where it sits', () => {
  const code = `import{a}from"${LIT_PLACEHOLDER}index.js";import{b}from"${LIT_PLACEHOLDER}directives/repeat.js";`;
  assert.equal(relink(code, 'sip-elements.js'), 'import{a}from"./lit/index.js";import{b}from"./lit/directives/repeat.js";');
  assert.equal(relink(code, 'chunks/part-X.js'), 'import{a}from"../lit/index.js";import{b}from"../lit/directives/repeat.js";');
  assert.equal(relink(code, 'a/b/c.js'), 'import{a}from"../../lit/index.js";import{b}from"../../lit/directives/repeat.js";');
});

test('code without lit imports is left as it is', () => {
  const code = 'import{x}from"./chunks/chunk-A.js";const s="lit";';
  assert.equal(relink(code, 'chunks/y.js'), code);
});
