/**
 * The demo journal as a host page, in an iframe: corrupted storage does not break it, focus after
 * "Starta ny version av planen" lands on the plan's status, the focus ring is visible (issue 17).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { examplePlans } from '../../src/model/examples';

const KEYS = ['sip-demo-plan', 'sip-demo-log', 'sip-demo-tab', 'sip-demo-language'];

async function openDemo(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
  const errors: string[] = [];
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await loaded;
  frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
  // The journal's module runs after load; wait until it has drawn the banner.
  const doc = frame.contentDocument!;
  for (let i = 0; i < 200 && !doc.querySelector('#plan-status')?.textContent; i++) await new Promise((r) => setTimeout(r, 25));
  (frame as HTMLIFrameElement & { errors: string[] }).errors = errors;
  return frame;
}

describe('demo journal', function () {
  this.timeout(60000);
  afterEach(() => {
    for (const key of KEYS) localStorage.removeItem(key);
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  for (const [name, plan, log] of [
    ['not JSON', '{"id": "broken', '[{"at":'],
    ['null', 'null', 'null'],
    ['wrong shapes', '{"id": 5, "network": "x"}', '[1, null, {"at": 5}, "x"]'],
    ['a log that is not a list', JSON.stringify(examplePlans.child), '{"length": 3}'],
  ] as const) {
    it(`starts with corrupted storage (${name})`, async () => {
      localStorage.setItem('sip-demo-plan', plan);
      localStorage.setItem('sip-demo-log', log);
      localStorage.setItem('sip-demo-tab', '{');
      const frame = await openDemo();
      const doc = frame.contentDocument!;
      expect(doc.querySelector('#plan-status')!.textContent, 'banner drawn').to.match(/version/);
      expect(doc.querySelector('#patient-name')!.textContent).to.not.equal('');
      const consent = doc.querySelector('sip-consent-recorder') as HTMLElement & { updateComplete: Promise<unknown> };
      await consent.updateComplete;
      expect(consent.shadowRoot!.childElementCount, 'an element renders').to.be.greaterThan(0);
      expect(doc.querySelectorAll('#change-log li').length).to.be.at.most(8);
    });
  }

  it('"Starta ny version av planen" (by keyboard): focus lands on the plan status, which names version 2', async () => {
    localStorage.setItem('sip-demo-plan', JSON.stringify(examplePlans.elderly));
    const frame = await openDemo();
    const doc = frame.contentDocument!;
    const revise = doc.querySelector<HTMLButtonElement>('#revise')!;
    expect(revise.hidden, 'offered for the active plan').to.equal(false);
    frame.focus();
    revise.focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 40 && !revise.hidden; i++) await new Promise((r) => setTimeout(r, 25));
    expect(revise.hidden, 'the button goes with the active plan').to.equal(true);
    expect(doc.activeElement?.id).to.equal('plan-status');
    expect(doc.activeElement!.textContent).to.match(/2$/);
  });

  it('the focus ring is the kit colour on the tabs, white on the dark app bar', async () => {
    const frame = await openDemo();
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    const sheet = [...doc.styleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
    expect(sheet).to.not.include('#f5b700');
    const tab = doc.querySelector<HTMLElement>('[role=tab][aria-selected=true]')!;
    frame.focus();
    tab.focus();
    await sendKeys({ press: 'ArrowRight' });
    const focused = doc.activeElement as HTMLElement;
    expect(focused.getAttribute('role')).to.equal('tab');
    expect(win.getComputedStyle(focused).outlineColor).to.equal('rgb(91, 43, 214)');
    const reset = doc.querySelector<HTMLElement>('#reset')!;
    doc.querySelector<HTMLElement>('#language')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(doc.activeElement).to.equal(reset);
    expect(win.getComputedStyle(reset).outlineColor).to.equal('rgb(255, 255, 255)');
  });
});
