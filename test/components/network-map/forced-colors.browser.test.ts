/**
 * Forced colours (Windows High Contrast) do not touch SVG `fill` and `stroke`, so every painted
 * shape of the map needs its own rule under `@media (forced-colors: active)`. The test runner
 * cannot emulate that media feature, so this reads the element's style sheets instead: every
 * shape or text that paints a colour in normal mode must be matched by a forced-colours rule
 * that sets the same property. (The look itself was checked by eye with DevTools emulation.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/network-map/index';
import type { SipNetworkMap } from '../../../src/components/network-map/index';
import { EXAMPLE_NOW, examplePlans } from '../../../src/model/examples';
import { settled } from '../../helpers/element';

function forcedRules(root: ShadowRoot): CSSStyleRule[] {
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!).filter(Boolean)];
  const out: CSSStyleRule[] = [];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.conditionText ?? rule.media.mediaText)) {
        for (const inner of rule.cssRules) if (inner instanceof CSSStyleRule) out.push(inner);
      }
    }
  }
  return out;
}

/** Browsers that know the media feature (WebKit may not); elsewhere there is nothing to check. */
const knowsForcedColors = () => matchMedia('(forced-colors: none)').matches || matchMedia('(forced-colors: active)').matches;

const painted = (value: string) => value !== 'none' && value !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(value);

describe('network-map in forced colours', () => {
  it('every painted shape and text of the map and legend has a forced-colours fill and stroke', async function () {
    if (!knowsForcedColors()) this.skip();
    const el = await fixture<SipNetworkMap>(html`<sip-network-map .plan=${examplePlans.elderly} now=${EXAMPLE_NOW}></sip-network-map>`);
    await settled(el);
    await new Promise((r) => setTimeout(r, 50));
    await settled(el);
    const root = el.shadowRoot!;
    const rules = forcedRules(root);
    expect(rules.length, 'forced-colours rules').to.be.greaterThan(0);
    const shapes = [...root.querySelectorAll<SVGElement>('svg circle, svg path, svg rect, svg text')].filter(
      (s) => !s.closest('.off') && !s.classList.contains('off'),
    );
    expect(shapes.length).to.be.greaterThan(20);
    const missing: string[] = [];
    for (const shape of shapes) {
      const cs = getComputedStyle(shape);
      for (const prop of ['fill', 'stroke'] as const) {
        if (!painted(cs.getPropertyValue(prop))) continue;
        if (!rules.some((r) => r.style.getPropertyValue(prop) && shape.matches(r.selectorText))) {
          missing.push(`${shape.tagName}.${shape.getAttribute('class') ?? ''} ${prop}`);
        }
      }
    }
    expect([...new Set(missing)]).to.deep.equal([]);
  });

  it('the pressed view toggle opts out of the backplate and uses Highlight / HighlightText', async function () {
    if (!knowsForcedColors() || !CSS.supports('forced-color-adjust', 'none')) this.skip();
    const el = await fixture<SipNetworkMap>(html`<sip-network-map .plan=${examplePlans.elderly} now=${EXAMPLE_NOW}></sip-network-map>`);
    await settled(el);
    await new Promise((r) => setTimeout(r, 50));
    await settled(el);
    const pressed = el.shadowRoot!.querySelector('button[aria-pressed="true"]')!;
    // The last matching rule wins (the kit's control styles come first and set \`auto\` for every button).
    const rule = forcedRules(el.shadowRoot!).findLast((r) => pressed.matches(r.selectorText) && r.style.getPropertyValue('forced-color-adjust'));
    expect(rule, 'rule for the pressed toggle').to.exist;
    expect(rule!.style.getPropertyValue('forced-color-adjust')).to.equal('none');
    expect(rule!.style.getPropertyValue('color').toLowerCase()).to.equal('highlighttext');
  });
});
