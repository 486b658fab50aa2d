/**
 * The printed copy: each example plan printed to A4 PDF by Chromium (the `sip-pdf` server
 * command: `page.pdf()` with print media, text read back with pdfjs-dist) says who coordinates,
 * the fixed care contact, every activity with its responsible person and the follow-up date; a
 * party's copy leaves out the people the consent does not cover. Chromium only (the command
 * resolves false elsewhere, and the tests skip).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/components/plan-document/index';
import type { SipPlanDocument } from '../../../src/components/plan-document/index';
import { examplePlans, EXAMPLE_NOW } from '../../../src/model/examples';
import { entriesWithRole, findCoordinator } from '../../../src/model/network-rules';
import type { SipPlan } from '../../../src/model';
import { formatDate } from '../../../src/shared/format';
import { settled, useLocale } from '../../helpers/element';
import { elderlyLocked, elderlyVoided, elderlyWithUncoveredResponsible } from './fixtures';

const isChromium = /Chrome|Chromium/.test(navigator.userAgent);

async function mount(plan: SipPlan, attrs: Record<string, string> = {}): Promise<SipPlanDocument> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('sip-plan-document');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.now = EXAMPLE_NOW;
  el.plan = plan;
  host.append(el);
  await settled(el);
  await settled(el);
  return el;
}

/** Prints the page and returns the PDF's text per page, whitespace collapsed. */
async function printed(name: string): Promise<{ pages: string[]; all: string }> {
  if (!(await executeServerCommand('sip-pdf', { name }))) throw new Error('sip-pdf is Chromium only');
  // A long plan prints for longer than one server command may take: ask until it is done.
  let result: { pages?: string[]; pending?: boolean; error?: string };
  do result = (await executeServerCommand('sip-pdf-text', { name })) as typeof result;
  while (result.pending);
  if (!result.pages) throw new Error(result.error ?? 'no pages');
  const pages = result.pages.map((p) => p.replace(/\s+/g, ' ').trim());
  return { pages, all: pages.join(' ') };
}

describe('<sip-plan-document> printed to PDF', function () {
  this.timeout(120000);
  before(function () {
    if (!isChromium) this.skip();
  });
  afterEach(() => useLocale('sv'));

  for (const name of ['elderly', 'child', 'psychiatry', 'large'] as const) {
    for (const reader of ['staff', 'person'] as const) {
      it(`${name}, ${reader}: coordinator, fixed care contact, every activity with its responsible person, follow-up date`, async () => {
        const plan = examplePlans[name] as SipPlan;
        const el = await mount(plan, { reader, readonly: '' });
        const { pages, all } = await printed(`plan-document-${name}-${reader}-sv`);
        el.remove();
        expect(pages.length).to.be.greaterThan(0);
        expect(all).to.contain(findCoordinator(plan.network)!.name);
        for (const e of entriesWithRole(plan.network, 'fixedCareContact')) expect(all).to.contain(e.name);
        for (const a of plan.activities) {
          const at = all.indexOf(a.title);
          expect(at, `activity "${a.title}" printed`).to.be.greaterThan(-1);
          expect(all.slice(at, at + a.title.length + 400), `"${a.title}" with its responsible person`).to.contain(a.responsible.personName!);
        }
        expect(all).to.contain(formatDate(plan.followUpDate!, 'long'));
        if (plan.needs) {
          expect(all, "the person's needs, under their heading").to.contain(reader === 'person' ? 'Det här behöver du' : 'Personens behov');
          expect(all).to.contain(plan.needs);
        }
        // Name and version on every page (the frame's repeating header row).
        for (const [i, page] of pages.entries()) expect(page, `page ${i + 1}`).to.contain(`${plan.person.name} · SIP version ${plan.version}`);
        // No control prints.
        expect(all).to.not.contain('Skriv ut');
      });
    }
  }

  it('prints in English too', async () => {
    await useLocale('en');
    const plan = examplePlans.elderly as SipPlan;
    const el = await mount(plan, { readonly: '' });
    const staff = await printed('plan-document-elderly-staff-en');
    el.reader = 'person';
    await settled(el);
    const person = await printed('plan-document-elderly-person-en');
    el.remove();
    expect(staff.all).to.contain('Activities and responsibility');
    expect(staff.all).to.contain(formatDate(plan.followUpDate!, 'long'));
    expect(person.all).to.contain('Who to call');
    expect(person.all).to.contain('What you need').and.contain(plan.needs!);
    for (const a of plan.activities) expect(person.all).to.contain(a.title);
  });

  it("a party's copy leaves out the people the consent does not cover", async () => {
    const plan = elderlyWithUncoveredResponsible();
    const el = await mount(plan, { party: 'eva' });
    const { all } = await printed('plan-document-elderly-party-eva');
    el.remove();
    expect(all).to.contain('Begränsad kopia för Eva Lindqvist');
    // Covered people stay.
    expect(all).to.contain('Maria Ek');
    expect(all).to.contain('021-17 50 12');
    // Lars, Gunnel and the bridge club are outside the consent: no name, no number.
    for (const hidden of ['Lars Lindqvist', '073-765 43 21', 'Gunnel Ström', 'Västerås bridgeklubb']) expect(all, hidden).to.not.contain(hidden);
    // The activity Lars does stays, without his name.
    expect(all).to.contain('Skjuts till bridgen på tisdagar');
    expect(all).to.contain('Namnet visas inte i den här kopian.');
  });

  it("a locked plan prints lines for the person's signature; a voided one says so first", async () => {
    const locked = await mount(elderlyLocked());
    const a = await printed('plan-document-elderly-locked');
    locked.remove();
    expect(a.all).to.contain('Underskrift: Personen själv – Karin Lindqvist');
    expect(a.all).to.not.contain('Registrera underskrift');
    const voided = await mount(elderlyVoided());
    const b = await printed('plan-document-elderly-voided');
    voided.remove();
    expect(b.pages[0]!.indexOf('makulerad')).to.be.lessThan(b.pages[0]!.indexOf('Insatser och ansvar'));
    expect(b.pages[0]).to.contain('Ersatt av version 2.');
  });

  it('an unknown party prints nothing of the plan', async () => {
    const plan = examplePlans.elderly as SipPlan;
    const el = await mount(plan, { party: 'nobody' });
    const { all } = await printed('plan-document-elderly-party-unknown');
    el.remove();
    expect(all).to.contain('Planen visas inte');
    for (const text of ['Karin', 'Maria Ek', 'Läkemedelsgenomgång']) expect(all).to.not.contain(text);
  });
});
