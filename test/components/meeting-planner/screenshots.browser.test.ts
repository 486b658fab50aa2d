/**
 * Screenshots for people to look at (Chromium only; elsewhere the command resolves false):
 * .screenshots/meeting-planner-<state>-<locale>-<width>.png, and the invitation letter as printed
 * (print media emulated): .screenshots/meeting-planner-letter-print-<locale>.png
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../../src/components/meeting-planner/index';
import type { SipMeetingPlanner } from '../../../src/components/meeting-planner/index';
import type { SipPlan } from '../../../src/model';
import { settled, useLocale } from '../../helpers/element';
import { describeScreenshots, shootInWindow } from '../../helpers/screenshots';
import { NOW, TUESDAY, emptyPlan, oneOverduePlan, preparedPlan, twoDaysPlan } from './fixtures';

const states: [string, () => SipPlan, string][] = [
  ['empty', emptyPlan, NOW],
  ['prepared', preparedPlan, NOW],
  ['overdue', oneOverduePlan, TUESDAY],
  ['two-days', twoDaysPlan, NOW],
];

async function mount(plan: SipPlan, now: string): Promise<SipMeetingPlanner> {
  fixtureCleanup();
  const el = await fixture<SipMeetingPlanner>(html`<sip-meeting-planner id="shot" .plan=${plan} .now=${now} user="Johanna Lind"></sip-meeting-planner>`);
  await settled(el);
  await settled(el);
  return el;
}

describeScreenshots(
  'meeting-planner screenshots',
  async (locale, width) => {
    for (const [name, plan, now] of states) {
      const el = await mount(plan(), now);
      const box = el.getBoundingClientRect();
      expect(el.scrollWidth, `${name} has no horizontal overflow at ${width}px`).to.be.at.most(Math.ceil(box.width) + 1);
      expect(document.documentElement.scrollWidth, `${name}: the page does not scroll sideways`).to.be.at.most(width);
      await executeServerCommand('sip-screenshot', { name: `meeting-planner-${name}-${locale}-${width}`, selector: '#shot' });
      if (width === 320) {
        // The answers part alone, readable at a glance: the element scrolled inside a window.
        const answers = el.shadowRoot!.querySelector<HTMLElement>('[part=answers], [part=booking]');
        await shootInWindow(el, `meeting-planner-${name}-${locale}-${width}-window`, { id: 'shot-window', height: 900, scrollTo: () => (answers ? answers.offsetTop - el.offsetTop : undefined) });
      }
    }
  },
  (locale) => {
    it(`prints only the invitation letter (${locale})`, async function () {
      this.timeout(60000);
      await useLocale(locale);
      await setViewport({ width: 800, height: 1100 });
      const el = await mount(oneOverduePlan(), TUESDAY);
      const letter = el.shadowRoot!.querySelector('article.letter')!;
      // What print hides: everything but the letter, and every control.
      const hidden = [...el.shadowRoot!.querySelectorAll('.screen-only, button')];
      expect(hidden.length).to.be.greaterThan(3);
      await executeServerCommand('sip-screenshot', { name: `meeting-planner-letter-print-${locale}`, media: 'print' });
      expect(letter.textContent).to.contain(locale === 'sv' ? 'Inbjudan' : 'Invitation');
    });
  },
);
