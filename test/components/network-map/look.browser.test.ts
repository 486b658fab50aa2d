/**
 * Screenshots for people to look at (Chromium only; elsewhere the command resolves false):
 * sv and en, full width and 320 px, the large example, and the table view. Skipped in WebKit,
 * whose WebDriver cannot set the viewport.
 */
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../../src/components/network-map/index';
import type { SipNetworkMap } from '../../../src/components/network-map/index';
import { EXAMPLE_NOW, examplePlans } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';
import { settled, useLocale } from '../../helpers/element';

const draft = (plan: SipPlan): SipPlan => {
  const copy = structuredClone(plan);
  copy.status = 'draft';
  delete copy.lockedAt;
  copy.signatures = [];
  return copy;
};

async function shot(name: string, plan: SipPlan, width: number, locale: 'sv' | 'en', view: 'map' | 'table' = 'map') {
  await useLocale(locale);
  await setViewport({ width, height: 1000 });
  const el = await fixture<SipNetworkMap>(html`<sip-network-map .plan=${plan} now=${EXAMPLE_NOW} user="Maria Ek" view=${view}></sip-network-map>`);
  await settled(el);
  await new Promise((r) => setTimeout(r, 100));
  await settled(el);
  await executeServerCommand('sip-screenshot', { name });
  el.remove();
}

// @web/test-runner-commands cannot set the viewport through WebKitWebDriver.
const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

describe('network-map screenshots', () => {
  after(() => useLocale('sv'));
  it('sv and en, full width and 320 px, large, table', async function () {
    if (isWebKit) this.skip();
    this.timeout(120000);
    await shot('network-map-sv-full', draft(examplePlans.elderly), 1200, 'sv');
    await shot('network-map-en-full', draft(examplePlans.elderly), 1200, 'en');
    await shot('network-map-sv-320', draft(examplePlans.elderly), 320, 'sv');
    await shot('network-map-en-320', draft(examplePlans.child), 320, 'en');
    await shot('network-map-sv-large', draft(examplePlans.large), 1200, 'sv');
    await shot('network-map-en-table', examplePlans.psychiatry, 1200, 'en', 'table');
    await shot('network-map-sv-320-table', draft(examplePlans.elderly), 320, 'sv', 'table');
    await shot('network-map-en-320-table', draft(examplePlans.elderly), 320, 'en', 'table');
  });
});
