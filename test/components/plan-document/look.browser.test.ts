/**
 * Screenshots for people to look at (Chromium writes .screenshots/plan-document-*.png): the
 * coordinator's draft and the person's version, Swedish and English, full width and 320 px —
 * and at 320 px nothing is wider than the element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../../src/components/plan-document/index';
import { EXAMPLE_NOW, examplePlans } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';
import { settled, useLocale } from '../../helpers/element';
import { draftWithGaps } from './fixtures';

describe('<sip-plan-document> looks', () => {
  afterEach(() => useLocale('sv'));
  for (const locale of ['sv', 'en'] as const) {
    for (const width of [1000, 320]) {
      for (const [name, plan, reader] of [
        ['draft', draftWithGaps(), 'staff'],
        ['person', examplePlans.elderly as SipPlan, 'person'],
      ] as const) {
        it(`${name}, ${locale}, ${width} px`, async function () {
          this.timeout(30000);
          await useLocale(locale);
          await setViewport({ width: width + 40, height: 900 }).catch(() => undefined);
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          host.style.inlineSize = `${width}px`;
          const el = document.createElement('sip-plan-document');
          el.setAttribute('reader', reader);
          el.now = EXAMPLE_NOW;
          el.plan = plan;
          host.append(el);
          await settled(el);
          await settled(el);
          const right = el.getBoundingClientRect().right;
          const wide = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => n.getBoundingClientRect().right > right + 1 && !n.closest('dialog:not([open])')).map((n) => n.localName + '.' + (n as HTMLElement).className);
          expect(wide, 'nothing wider than the element').to.deep.equal([]);
          await executeServerCommand('sip-screenshot', { name: `plan-document-${name}-${locale}-${width}` });
        });
      }
    }
  }
});
