/**
 * Two copies of the library on one page (two bundles, each with its own @lit/localize): the
 * language is one for both, whichever copy sets it (issue 17).
 */
import { expect } from '@open-wc/testing';
import { getLocale, localeReady, setLocale } from '../../src/shared/i18n';
import '../../src/components/activity-status-list';
import { examplePlans } from '../../src/model/examples';
import { settled, shadowText, useLocale } from '../helpers/element';

interface Library {
  setLocale(locale: string): Promise<void>;
  getLocale(): string;
  localeReady(): Promise<void>;
}

describe('two copies of the library on one page', () => {
  let second: Library;
  before(async () => {
    // @ts-expect-error virtual module served by web-test-runner.config.mjs
    second = (await import('/__second-copy__.js')) as Library;
  });
  afterEach(() => useLocale('sv'));

  it("the second copy's setLocale translates the first copy's elements, and the other way round", async () => {
    const el = document.createElement('sip-activity-status-list') as HTMLElement & { plan: unknown };
    el.plan = examplePlans.elderly;
    document.body.append(el);
    try {
      await settled(el);
      expect(shadowText(el)).to.include('Insatser');
      await second.setLocale('en');
      await localeReady();
      await settled(el);
      expect(getLocale(), 'first copy').to.equal('en');
      expect(second.getLocale(), 'second copy').to.equal('en');
      expect(shadowText(el)).to.include('Activities');
      expect(shadowText(el)).not.to.include('Insatser');

      await setLocale('sv');
      await second.localeReady();
      await settled(el);
      expect(second.getLocale(), 'second copy').to.equal('sv');
      expect(shadowText(el)).to.include('Insatser');
    } finally {
      el.remove();
    }
  });
});
