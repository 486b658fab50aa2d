/**
 * Pictures of the initiative for people to look at (Chromium saves them to .screenshots/):
 * each state in sv and en, full width and 320 px — and at 320 px nothing scrolls sideways.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../../src/components/initiative/index';
import type { SipInitiative } from '../../../src/components/initiative/index';
import type { SipPlan } from '../../../src/model';
import { settled, useLocale } from '../../helpers/element';
import { AFTER_DUE, NOW, declinedAndForwarded, preparation, sent } from './fixtures';

const STATES: { name: string; plan: () => SipPlan; now?: string; party?: string; declineOpen?: string }[] = [
  { name: 'nothing-sent', plan: preparation },
  { name: 'overdue-decline-open', plan: () => sent(['sofia', 'geriatrik']), now: AFTER_DUE, declineOpen: 'geriatrik' },
  { name: 'forwarded', plan: declinedAndForwarded },
  { name: 'party', plan: () => sent(['sofia', 'geriatrik']), party: 'geriatrik' },
];

describe('<sip-initiative> screenshots', () => {
  after(() => useLocale('sv'));
  for (const locale of ['sv', 'en'] as const) {
    for (const width of [1000, 320]) {
      for (const s of STATES) {
        it(`${s.name}, ${locale}, ${width} px`, async function () {
          this.timeout(30000);
          await useLocale(locale);
          await setViewport({ width: Math.max(width + 40, 400), height: 900 }).catch(() => undefined);
          const wrap = await fixture<HTMLDivElement>(html`<div class="shot"></div>`);
          wrap.style.inlineSize = `${width}px`;
          wrap.style.padding = '8px';
          wrap.style.background = '#fff';
          const el = document.createElement('sip-initiative') as SipInitiative;
          el.now = s.now ?? NOW;
          el.user = 'Maria Ek';
          if (s.party) el.party = s.party;
          el.plan = s.plan();
          wrap.append(el);
          await settled(el);
          await settled(el);
          if (s.declineOpen) {
            el.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-entry="${s.declineOpen}"] [data-action=decline]`)!.click();
            await settled(el);
          }
          expect(el.shadowRoot!.querySelector('.base')).to.not.equal(null);
          if (width === 320) expect(el.scrollWidth, 'no sideways scroll at 320 px').to.be.at.most(el.clientWidth + 1);
          await executeServerCommand('sip-screenshot', { name: `initiative-${s.name}-${locale}-${width}`, selector: 'div.shot' });
        });
      }
    }
  }
});
