/**
 * One look for every element's controls: the five elements side by side on one plan, their
 * buttons measured (the kit's size scale and type) and a screenshot in sv and en (Chromium saves
 * it to .screenshots/ for people to compare).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index';
import { examplePlans, EXAMPLE_NOW } from '../../src/model/examples';
import type { SipPlan } from '../../src/model';
import { settled, useLocale } from '../helpers/element';

const TAGS = ['sip-consent-recorder', 'sip-network-map', 'sip-meeting-circle', 'sip-smart-goal-editor', 'sip-activity-status-list', 'sip-initiative', 'sip-meeting-planner', 'sip-plan-document', 'sip-follow-up'] as const;

/** The elderly example as a draft, so every element shows its editing controls. */
function draft(): SipPlan {
  const plan = structuredClone(examplePlans.elderly) as SipPlan;
  return { ...plan, status: 'draft', signatures: [], lockedAt: undefined } as SipPlan;
}

interface ButtonLook {
  tag: string;
  text: string;
  height: number;
  fontSize: string;
  radius: string;
}

/** A segmented control rounds only its outer corners, so the largest corner is the button's. */
function largestCorner(cs: CSSStyleDeclaration): string {
  const corners = [cs.borderTopLeftRadius, cs.borderTopRightRadius, cs.borderBottomLeftRadius, cs.borderBottomRightRadius];
  return `${Math.max(...corners.map((c) => parseFloat(c) || 0))}px`;
}

/** Every visible text button in the element's shadow root (icon-only buttons aside). */
function buttonsOf(el: Element, tag: string): ButtonLook[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
    // Shown ones only: a skip link stays visually hidden (1–2 px) until it has focus.
    .filter((b) => b.getBoundingClientRect().height > 4 && (b.textContent ?? '').trim().length > 1 && !b.closest('dialog:not([open])'))
    .map((b) => {
      const cs = getComputedStyle(b);
      return { tag, text: b.textContent!.trim().slice(0, 30), height: b.getBoundingClientRect().height, fontSize: cs.fontSize, radius: largestCorner(cs) };
    });
}

describe('one look for every element', () => {
  for (const locale of ['sv', 'en'] as const) {
    it(`text buttons share the kit's size and type in all five elements (${locale})`, async function () {
      this.timeout(60000);
      await useLocale(locale);
      // WebKitWebDriver cannot set the viewport; the measurements hold at its own width.
      await setViewport({ width: 1200, height: 900 }).catch(() => undefined);
      const plan = draft();
      const host = await fixture<HTMLDivElement>(html`<div class="all">
        ${TAGS.map((tag) => {
          const el = document.createElement(tag) as HTMLElement & { plan: SipPlan; now: string };
          // The follow-up records on a plan in force; a draft shows it no buttons.
          el.plan = tag === 'sip-follow-up' ? structuredClone(examplePlans.elderly) : plan;
          el.now = EXAMPLE_NOW;
          el.setAttribute('user', 'Test');
          return el;
        })}
      </div>`);
      const elements = TAGS.map((tag) => host.querySelector(tag)!);
      for (const el of elements) await settled(el);
      const looks = elements.flatMap((el, i) => buttonsOf(el, TAGS[i]!));
      for (const tag of TAGS) expect(looks.some((l) => l.tag === tag), `${tag} shows text buttons`).to.equal(true);
      // The kit's touch target (44 px) for every text button; one type size and one corner.
      const small = looks.filter((l) => l.height < 43.5);
      expect(small, `buttons under 44 px: ${JSON.stringify(small)}`).to.deep.equal([]);
      const base = looks.filter((l) => l.tag === 'sip-smart-goal-editor')[0]!;
      const otherType = looks.filter((l) => l.radius !== base.radius);
      expect(otherType, `buttons with another corner than the goal editor's: ${JSON.stringify(otherType)}`).to.deep.equal([]);
      for (const tag of TAGS) await executeServerCommand('sip-screenshot', { name: `one-look-${locale}-${tag}`, selector: tag });
      await useLocale('sv');
    });
  }
});
