/**
 * Runs before every browser test file (`testRunnerHtml` in web-test-runner.config.mjs).
 *
 * A failing assertion whose actual or expected value is a DOM node took the test page down
 * while the runner serialized the error, in every browser: the file then ended as "browser
 * disconnected", or sat until the runner's time limit, without the assertion's message. Here
 * such values become a short description of the node; the message, which already names the
 * node, is kept as chai wrote it.
 */
// chai itself, the instance @open-wc/testing re-exports; not @open-wc/testing, which would be
// evaluated here, before mocha exists, and so never register its fixture cleanup.
import * as chai from '@esm-bundle/chai';

function describeNode(node: Node): string {
  if (node instanceof Element) {
    const id = node.id ? `#${node.id}` : '';
    const classes = node.classList.length ? `.${[...node.classList].join('.')}` : '';
    return `<${node.localName}${id}${classes}>`;
  }
  return node.nodeName;
}

const plain = (value: unknown): unknown => (typeof Node !== 'undefined' && value instanceof Node ? describeNode(value) : value);

chai.use((c: Chai.ChaiStatic) => {
  const assert = c.Assertion.prototype.assert;
  c.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      if (error instanceof c.AssertionError) {
        const e = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
        e.actual = plain(e.actual);
        e.expected = plain(e.expected);
      }
      throw error;
    }
  };
});
