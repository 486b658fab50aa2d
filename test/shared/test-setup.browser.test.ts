/**
 * The runner's setup (test/helpers/setup.ts): a failed assertion on a DOM node reaches the
 * report with its message, and carries a description of the node instead of the node, whose
 * serialization took the test page down before. And the setup must not keep @open-wc/testing
 * from removing each test's fixture (it did once, by loading it before mocha existed).
 */
import { expect, fixture, html } from '@open-wc/testing';

describe('failed assertions on DOM nodes', () => {
  it('carry a description of the node, and the message names it', async () => {
    const el = await fixture<HTMLDivElement>(html`<div id="card" class="row open"><p>x</p></div>`);
    let caught: (Error & { actual?: unknown; expected?: unknown }) | undefined;
    try {
      expect(el).to.equal(document.body);
    } catch (error) {
      caught = error as typeof caught;
    }
    expect(caught?.message).to.contain('<div id="card"');
    expect(caught?.actual).to.equal('<div#card.row.open>');
    expect(caught?.expected).to.equal('<body>');
  });

  it('a fixture is on the page during its test', async () => {
    await fixture(html`<p data-setup-probe>probe</p>`);
    expect(document.querySelectorAll('[data-setup-probe]').length).to.equal(1);
  });

  it('and gone in the next test', () => {
    expect(document.querySelectorAll('[data-setup-probe]').length).to.equal(0);
  });
});
