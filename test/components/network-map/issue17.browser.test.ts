/**
 * What users and a hostile host found in the network map (issue 17): where the first Tab stop
 * lands, principal told by colour alone, truncated names, focus ring, wrong property types, the
 * export file name, and reflow at 320 px. Interactions use real key presses.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/network-map/index';
import type { SipNetworkMap } from '../../../src/components/network-map/index';
import { EXAMPLE_NOW, examplePlans } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';
import { settled } from '../../helpers/element';
import { NetworkMapHarness } from './harness';

function draft(plan: SipPlan): SipPlan {
  const copy = structuredClone(plan);
  copy.status = 'draft';
  delete copy.lockedAt;
  copy.signatures = [];
  return copy;
}

async function mount(plan: SipPlan, width = 1000, attrs: { view?: string; filename?: string } = {}): Promise<NetworkMapHarness> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('sip-network-map') as SipNetworkMap;
  el.plan = plan;
  el.now = EXAMPLE_NOW;
  el.user = 'Maria Ek';
  if (attrs.view) el.setAttribute('view', attrs.view);
  if (attrs.filename) el.setAttribute('filename', attrs.filename);
  holder.append(el);
  await settled(el);
  await new Promise((r) => setTimeout(r, 50));
  await settled(el);
  return new NetworkMapHarness(el);
}

/** Catches the download link's file name and stops the download. */
function catchDownload(): { name: () => string | undefined; stop: () => void } {
  let name: string | undefined;
  const onClick = (e: Event) => {
    const a = e.target as HTMLAnchorElement;
    if (a instanceof HTMLAnchorElement && a.download) {
      name = a.download;
      e.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  return { name: () => name, stop: () => document.removeEventListener('click', onClick, true) };
}

describe('<sip-network-map> — issue 17', () => {
  it('the first Tab stop after the toolbar is an entry, where Page Down moves to the next one', async () => {
    const map = await mount(draft(examplePlans.elderly));
    map.button('Spara som PNG').focus();
    await map.press('Tab');
    const first = map.focusedKey();
    expect(String(first), 'focused after one Tab').to.match(/^(e:|group:)/);
    const y = window.scrollY;
    await map.press('PageDown');
    await settled(map.el);
    expect(String(map.focusedKey())).to.match(/^(e:|group:)/).and.not.equal(first);
    expect(window.scrollY, 'the page did not scroll').to.equal(y);
  });

  it('the principal is told by a letter as well as colour, on the markers and in the legend', async () => {
    const map = await mount(draft(examplePlans.elderly));
    const symbols = (['region', 'municipality', 'other'] as const).map((k) => map.legendSymbol(k));
    const letters = symbols.map((s) => s?.querySelector('text')?.textContent?.trim() ?? '');
    expect(letters.every((l) => l.length > 0), `legend letters ${JSON.stringify(letters)}`).to.equal(true);
    expect(new Set(letters).size).to.equal(3);
    const plan = examplePlans.elderly;
    for (const e of plan.network) {
      const badge = map.entry(e.id)?.querySelector('.principal text');
      if (!map.entry(e.id)) continue;
      const kind = e.principal?.kind;
      if (kind) expect(badge?.textContent, `${e.id} principal letter`).to.equal(letters[['region', 'municipality', 'other'].indexOf(kind)]);
      else expect(badge ?? null, `${e.id} has no principal`).to.equal(null);
    }
  });

  it('a truncated label: the accessible name is the full name, focus shows the full name', async () => {
    const plan = draft(examplePlans.elderly);
    const long = 'Margareta Lindqvist-Östergren Andersson';
    plan.network = plan.network.map((e) => (e.id === 'lars' ? { ...e, name: long } : e));
    const map = await mount(plan);
    const g = map.entry('lars')!;
    const short = g.querySelector<SVGTextElement>('text.label:not(.full)')!;
    expect(short.textContent!.endsWith('…'), 'the map shortens it').to.equal(true);
    expect(g.getAttribute('aria-label')).to.equal(long);
    expect(g.querySelector('title')!.textContent).to.contain(long);
    map.focusEntry('lars');
    await settled(map.el);
    const full = g.querySelector<SVGTextElement>('text.label.full')!;
    expect(full.textContent).to.equal(long);
    expect(getComputedStyle(full).display).to.not.equal('none');
    expect(getComputedStyle(short).display).to.equal('none');
  });

  it('"Lägg till" controls the form that is rendered; a focused entry has the kit\'s focus ring', async () => {
    const map = await mount(draft(examplePlans.elderly));
    const add = map.button('Lägg till i nätverket');
    add.focus();
    await map.press('Enter');
    await settled(map.el);
    expect(add.getAttribute('aria-expanded')).to.equal('true');
    const id = add.getAttribute('aria-controls');
    expect(id, 'aria-controls').to.be.a('string');
    expect(map.$(`#${id}`)?.localName).to.equal('form');
    map.button('Avbryt').focus();
    await map.press('Enter');
    await settled(map.el);
    const idAfter = add.getAttribute('aria-controls');
    if (idAfter) expect(map.$(`#${idAfter}`), 'aria-controls points at something rendered').to.exist;
    // The kit's ring: an outline in the focus width, not a red stroke of our own.
    map.focusEntry('eva');
    await map.press('PageDown');
    await map.press('PageUp');
    const focused = map.focused() as SVGGElement;
    const cs = getComputedStyle(focused);
    expect(cs.outlineStyle).to.equal('solid');
    expect(cs.outlineWidth).to.equal('3px');
  });

  it('sectors that are not an array are ignored (default sectors), never thrown', async () => {
    const map = await mount(draft(examplePlans.child));
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      for (const bad of ['family', 42, { id: 'x' }, null, [null, 7, { id: 5 }, 'friends']] as unknown[]) {
        map.el.sectors = bad as never;
        let thrown: unknown;
        await map.el.updateComplete.catch((e: unknown) => (thrown = e));
        await new Promise((r) => setTimeout(r, 20));
        expect(thrown, `sectors = ${JSON.stringify(bad)}`).to.equal(undefined);
        expect(map.$$('.sector-label').length, `sectors = ${JSON.stringify(bad)}`).to.be.greaterThan(0);
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('the export file name is neutral (the plan id), or what the host set', async () => {
    const map = await mount(draft(examplePlans.elderly));
    const caught = catchDownload();
    try {
      map.button('Spara som SVG').focus();
      await map.press('Enter');
      for (let i = 0; i < 40 && !caught.name(); i++) await new Promise((r) => setTimeout(r, 25));
      const name = caught.name()!;
      expect(name).to.match(/\.svg$/);
      expect(name.toLowerCase()).to.not.contain('karin').and.not.contain('lindqvist');
      expect(name).to.contain(examplePlans.elderly.id);
    } finally {
      caught.stop();
    }
    const named = await mount(draft(examplePlans.elderly), 1000, { filename: 'karta-2026' });
    const caught2 = catchDownload();
    try {
      named.button('Spara som SVG').focus();
      await named.press('Enter');
      for (let i = 0; i < 40 && !caught2.name(); i++) await new Promise((r) => setTimeout(r, 25));
      expect(caught2.name()).to.equal('karta-2026.svg');
    } finally {
      caught2.stop();
    }
  });

  it('at 320 px the table reflows: nothing wider than the element', async function () {
    const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium|Firefox/.test(navigator.userAgent);
    if (!isWebKit) await setViewport({ width: 360, height: 800 });
    const map = await mount(draft(examplePlans.elderly), 320, { view: 'table' });
    const right = map.el.getBoundingClientRect().right;
    const wide = map.$$('*').filter((n) => n.getBoundingClientRect().width > 0 && n.getBoundingClientRect().right > right + 1).map((n) => n.localName);
    expect(map.el.scrollWidth).to.be.at.most(map.el.clientWidth + 1);
    expect(wide).to.deep.equal([]);
    // Each row still names its field: the entry's name and the column heading are readable.
    expect(map.row('lars')!.textContent).to.contain('Lars Lindqvist');
    if (!isWebKit) await setViewport({ width: 1280, height: 1100 });
  });
});
