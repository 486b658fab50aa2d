import { expect, fixture, html as fhtml } from '@open-wc/testing';
import { html } from 'lit';
import { SipElement, localTimestamp } from '../../src/shared/sip-element';
import { defineElement } from '../../src/shared/define';
import { examplePlans } from '../../src/model/examples';
import { useLocale, nextEvent, shadowText, settled } from '../helpers/element';
import { axeViolations } from '../helpers/a11y';
import type { SipInvalidDetail } from '../../src/shared/events';

class TestHost extends SipElement {
  override render() {
    if (this.isInvalid) return this.renderInvalid();
    return html`<p>${this.validPlan ? 'ok' : 'empty'}</p>${this.renderAnnouncer()}`;
  }
}
defineElement('sip-test-host', TestHost);

describe('SipElement base', () => {
  afterEach(() => useLocale('sv'));

  it('renders a valid plan', async () => {
    const el = await fixture<TestHost>(fhtml`<sip-test-host .plan=${examplePlans.elderly}></sip-test-host>`);
    expect(shadowText(el)).to.equal('ok');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
  });

  it('shows a localized alert and fires sip-invalid for an invalid plan, without throwing', async () => {
    const el = document.createElement('sip-test-host') as TestHost;
    const invalid = nextEvent<SipInvalidDetail>(el, 'sip-invalid');
    el.plan = { id: 42, network: 'nope' } as never;
    document.body.append(el);
    const event = await invalid;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.issues.length).to.be.greaterThan(0);
    for (const issue of event.detail.issues) {
      expect(issue.path).to.be.an('array');
      expect(issue.message).to.be.a('string').and.not.equal('');
    }
    await settled(el);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('Planen kan inte visas');
    expect(await axeViolations(el)).to.deep.equal([]);

    await useLocale('en');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('The plan cannot be shown');
    el.remove();
  });

  it('never mutates a frozen input plan', async () => {
    const frozen = Object.freeze(structuredClone(examplePlans.elderly));
    const el = await fixture<TestHost>(fhtml`<sip-test-host .plan=${frozen}></sip-test-host>`);
    expect(shadowText(el)).to.equal('ok');
  });

  it('gives operations "now" in the user\'s time zone, so "today" is the local calendar day', () => {
    const date = new Date(2026, 10, 22, 0, 30, 15, 7); // 00:30 local time
    const stamp = localTimestamp(date);
    expect(stamp.slice(0, 10)).to.equal('2026-11-22');
    expect(stamp).to.match(/^2026-11-22T00:30:15\.007[+-]\d{2}:\d{2}$/);
    expect(Date.parse(stamp)).to.equal(date.getTime());
  });

  it('a plan given as the attribute (a framework rendering before definition) fires sip-invalid saying to set the property', async () => {
    const el = document.createElement('sip-test-host') as TestHost;
    const invalid = nextEvent<SipInvalidDetail>(el, 'sip-invalid');
    el.setAttribute('plan', '[object Object]');
    document.body.append(el);
    const event = await invalid;
    expect(event.detail.issues.map((i) => i.code)).to.deep.equal(['plan.attribute']);
    expect(event.detail.issues[0]!.message).to.contain('element.plan = plan');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('attributet plan');
    await useLocale('en');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('the property plan');

    // Once the property comes (the framework re-renders after definition), the plan shows.
    el.plan = examplePlans.elderly;
    await settled(el);
    expect(shadowText(el)).to.equal('ok');
    el.remove();
  });

  it('an attribute set after the first render is caught as well', async () => {
    const el = await fixture<TestHost>(fhtml`<sip-test-host></sip-test-host>`);
    expect(shadowText(el)).to.equal('empty');
    const invalid = nextEvent<SipInvalidDetail>(el, 'sip-invalid');
    el.setAttribute('plan', '{"id":"x"}');
    expect((await invalid).detail.issues[0]!.code).to.equal('plan.attribute');
  });

  it('a plan property set before the element is defined is applied on upgrade', async () => {
    const tag = 'sip-test-late-host';
    const el = document.createElement(tag) as TestHost;
    el.plan = examplePlans.elderly;
    document.body.append(el);
    defineElement(tag, class extends TestHost {});
    await settled(el);
    expect(shadowText(el)).to.equal('ok');
    expect(el.hasAttribute('plan')).to.equal(false);
    el.remove();
  });
});
