/**
 * Screenshots for people to look at (Chromium only; elsewhere the command resolves false):
 * .screenshots/follow-up-<state>-<locale>-<width>.png
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/follow-up/index';
import type { SipFollowUp } from '../../../src/components/follow-up/index';
import type { SipPlan } from '../../../src/model';
import { EXAMPLE_NOW, examplePlans } from '../../../src/model/examples';
import { describeScreenshots } from '../../helpers/screenshots';
import { FollowUpHarness } from './harness';

const closedPlan = (): SipPlan => ({
  ...structuredClone(examplePlans.elderly),
  status: 'closed',
  followUps: [{ id: 'followup-1', date: '2026-11-22', decision: 'close', furtherCoordinationNeeded: false, howItWent: 'Karin klarar sig med hemtjänsten.', recordedBy: 'Maria Ek', recordedAt: '2026-11-22T10:00:00+01:00' }],
  closure: { reason: 'goalsMet', at: '2026-11-22T10:05:00+01:00', by: 'Maria Ek', personTookPart: true },
});

async function shot(el: SipFollowUp, name: string, width: number): Promise<void> {
  const box = el.getBoundingClientRect();
  expect(box.width, `${name} fits ${width}px`).to.be.at.most(width);
  expect(el.scrollWidth, `${name} has no horizontal overflow at ${width}px`).to.be.at.most(Math.ceil(box.width) + 1);
  el.id = 'shot';
  await executeServerCommand('sip-screenshot', { name, selector: '#shot' });
  // The element's own parts alone (the composed list and editor have their own screenshots), readable at a glance.
  const own = document.createElement('style');
  own.textContent = '#shot::part(activities), #shot::part(goals) { display: none }';
  document.head.append(own);
  await executeServerCommand('sip-screenshot', { name: `${name}-own`, selector: '#shot' });
  own.remove();
}

describeScreenshots('follow-up screenshots', async (locale, width) => {
  const el = await fixture<SipFollowUp>(html`<sip-follow-up .plan=${structuredClone(examplePlans.elderly)} .now=${EXAMPLE_NOW} user="Maria Ek"></sip-follow-up>`);
  const h = new FollowUpHarness(el);
  await h.settled();
  await h.settled();
  await shot(el, `follow-up-round-${locale}-${width}`, width);
  // An incomplete "close": the closure's fields and their errors.
  await h.choose(h.radio('decision', 'close'));
  await h.choose(h.radio('closeReason', 'consentWithdrawn'));
  h.submitButton().click();
  await h.settled();
  await shot(el, `follow-up-close-errors-${locale}-${width}`, width);
  fixtureCleanup();
  const closed = await fixture<SipFollowUp>(html`<sip-follow-up .plan=${closedPlan()} .now=${EXAMPLE_NOW} user="Maria Ek"></sip-follow-up>`);
  await new FollowUpHarness(closed).settled();
  await new FollowUpHarness(closed).settled();
  await shot(closed, `follow-up-closed-${locale}-${width}`, width);
  fixtureCleanup();
  // A draft never signed: the banner's button, its closure (with errors), the confirmation.
  const draft = await fixture<SipFollowUp>(html`<sip-follow-up .plan=${structuredClone(examplePlans.child)} .now=${EXAMPLE_NOW} user="Maria Ek"></sip-follow-up>`);
  const d = new FollowUpHarness(draft);
  await d.settled();
  await d.settled();
  await shot(draft, `follow-up-draft-${locale}-${width}`, width);
  await d.click('[data-action=close-draft]');
  await d.choose(d.radio('closeReason', 'consentWithdrawn'));
  await d.click('[data-action=ask-close-draft]');
  await shot(draft, `follow-up-draft-close-${locale}-${width}`, width);
  await d.choose(d.radio('withdrawBy', 'guardian:guardian-mother'));
  await d.choose(d.radio('withdrawForm', 'written'));
  await d.click('[data-action=ask-close-draft]');
  expect(d.closeDraftDialog()!.open, 'the confirmation is open').to.equal(true);
  // The modal sits in the top layer over the viewport: shoot what the viewport shows.
  const viewport = Object.assign(document.createElement('div'), { id: 'viewport' });
  viewport.style.cssText = 'position: fixed; inset: 0; pointer-events: none';
  document.body.append(viewport);
  await executeServerCommand('sip-screenshot', { name: `follow-up-draft-confirm-${locale}-${width}`, selector: '#viewport' });
  viewport.remove();
  d.closeDraftDialog()!.close();
  fixtureCleanup();
});
