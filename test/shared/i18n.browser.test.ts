import { expect } from '@open-wc/testing';
import { getLocale, setLocale, toSipLocale } from '../../src/shared/i18n';
import { formatDate, formatNumber } from '../../src/shared/format';
import { getModelLocale } from '../../src/model/messages';
import { useLocale } from '../helpers/element';

describe('localization', () => {
  afterEach(() => useLocale('sv'));

  it('maps <html lang> values to our languages, Swedish when absent or unknown', () => {
    expect(toSipLocale('en')).to.equal('en');
    expect(toSipLocale('en-GB')).to.equal('en');
    expect(toSipLocale('EN-us')).to.equal('en');
    expect(toSipLocale('sv-SE')).to.equal('sv');
    expect(toSipLocale('')).to.equal('sv');
    expect(toSipLocale(null)).to.equal('sv');
    expect(toSipLocale('fi')).to.equal('sv');
    expect(toSipLocale('english')).to.equal('sv');
  });

  it('starts in Swedish on a page without lang', () => {
    expect(document.documentElement.lang).to.equal('');
    expect(getLocale()).to.equal('sv');
  });

  it('switches the elements and the model messages at run time', async () => {
    await setLocale('en');
    expect(getLocale()).to.equal('en');
    expect(getModelLocale()).to.equal('en');
    await setLocale('sv');
    expect(getLocale()).to.equal('sv');
    expect(getModelLocale()).to.equal('sv');
  });

  it('formats dates and numbers with Intl in the active language', async () => {
    expect(formatDate('2026-03-05', 'long')).to.equal('5 mars 2026');
    expect(formatNumber(1234.5)).to.match(/^1\s234,5$/);
    await useLocale('en');
    expect(formatDate('2026-03-05', 'long')).to.equal('5 March 2026');
    expect(formatNumber(1234.5)).to.equal('1,234.5');
  });

  it('reads a bare date as a calendar day in any time zone', () => {
    expect(formatDate('2026-01-01', 'short')).to.equal('2026-01-01');
  });
});
