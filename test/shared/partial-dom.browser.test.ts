// A vendor's unit tests run the elements in DOM emulations: jsdom has attachInternals but
// ElementInternals without setFormValue/setValidity; happy-dom has no attachInternals at all.
// The form element must render there as a plain element (no form value), never throw.
import { expect } from '@open-wc/testing';
import '../../src/components/smart-goal-editor/index';
import { examplePlans } from '../../src/model/examples';
import type { SipSmartGoalEditor } from '../../src/components/smart-goal-editor/index';
import { settled } from '../helpers/element';

async function renderWith(attachInternals: unknown): Promise<SipSmartGoalEditor> {
  const original = HTMLElement.prototype.attachInternals;
  (HTMLElement.prototype as { attachInternals?: unknown }).attachInternals = attachInternals;
  try {
    const el = document.createElement('sip-smart-goal-editor') as SipSmartGoalEditor;
    el.plan = examplePlans.elderly;
    el.required = true;
    document.body.append(el);
    await settled(el);
    return el;
  } finally {
    HTMLElement.prototype.attachInternals = original;
  }
}

describe('form element in a partial DOM', () => {
  it('renders without ElementInternals (happy-dom): valid, no form', async () => {
    const el = await renderWith(undefined);
    expect(el.shadowRoot!.textContent!.trim().length).to.be.greaterThan(20);
    expect(el.form).to.equal(null);
    expect(el.checkValidity()).to.equal(true);
    el.remove();
  });

  it('renders with an ElementInternals that lacks setFormValue and setValidity (jsdom)', async () => {
    const el = await renderWith(function (this: HTMLElement) {
      return { form: null, shadowRoot: this.shadowRoot };
    });
    expect(el.shadowRoot!.textContent!.trim().length).to.be.greaterThan(20);
    expect(el.checkValidity()).to.equal(true);
    expect(el.reportValidity()).to.equal(true);
    el.remove();
  });
});
