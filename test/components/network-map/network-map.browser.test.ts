import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import '../../../src/components/network-map/index';
import type { SipNetworkMap } from '../../../src/components/network-map/index';
import { EXAMPLE_NOW, examplePlans } from '../../../src/model/examples';
import type { SipPlan } from '../../../src/model';
import type { SipPlanChangeDetail, SipInvalidDetail } from '../../../src/shared/events';
import { axeViolations } from '../../helpers/a11y';
import { deepActiveElement, deepFreeze, nextEvent, settled, shadowText, useLocale } from '../../helpers/element';

const ua = navigator.userAgent;
const isWebKit = /AppleWebKit/.test(ua) && !/Chrome|Chromium|Firefox/.test(ua);

/** Types text; WebKitWebDriver drops repeated letters and spaces in one `type`, so there key by key. */
async function typeText(text: string): Promise<void> {
  if (!isWebKit) return sendKeys({ type: text });
  for (const ch of text) await sendKeys({ type: ch });
}

/** Network edits need a draft plan; the signed examples get a draft copy. */
function draft(plan: SipPlan): SipPlan {
  const copy = structuredClone(plan);
  copy.status = 'draft';
  delete copy.lockedAt;
  copy.signatures = [];
  return copy;
}

async function mount(plan: unknown, extra: { readonly?: boolean; view?: 'map' | 'table' } = {}): Promise<SipNetworkMap> {
  const el = await fixture<SipNetworkMap>(
    html`<div style="width: 1000px"><sip-network-map .plan=${plan} now=${EXAMPLE_NOW} user="Maria Ek" ?readonly=${extra.readonly ?? false} view=${extra.view ?? 'map'}></sip-network-map></div>`,
  ).then((div) => div.querySelector('sip-network-map')!);
  await settled(el);
  await new Promise((r) => setTimeout(r, 50));
  await settled(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SipNetworkMap, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: SipNetworkMap, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const entryEl = (el: SipNetworkMap, id: string) => $<SVGGElement>(el, `[data-key="e:${id}"]`);

/** Collects every sip-plan-change. */
function changes(el: Element): CustomEvent<SipPlanChangeDetail>[] {
  const list: CustomEvent<SipPlanChangeDetail>[] = [];
  el.addEventListener('sip-plan-change', (e) => list.push(e as CustomEvent<SipPlanChangeDetail>));
  return list;
}

function buttonByText(el: SipNetworkMap, text: string): HTMLButtonElement {
  const b = $$<HTMLButtonElement>(el, 'button').find((x) => x.textContent!.trim() === text);
  if (!b) throw new Error(`no button "${text}"`);
  return b;
}

describe('<sip-network-map>', () => {
  afterEach(async () => {
    await useLocale('sv');
    if (!isWebKit) await resetMouse().catch(() => undefined);
  });

  it('draws the person, every entry with its name, roles, invited and consent, and passes axe', async () => {
    const el = await mount(draft(examplePlans.elderly));
    expect($(el, '.person text')!.textContent).to.equal('Karin');
    const placed = $$<SVGGElement>(el, '.entries [data-key^="e:"]');
    expect(placed.length).to.equal(examplePlans.elderly.network.length);
    const maria = entryEl(el, 'maria')!;
    // The accessible name is the name; the rest is the description (<title>, also the tooltip).
    expect(maria.getAttribute('aria-label')).to.equal('Maria Ek');
    const label = maria.querySelector('title')!.textContent!;
    expect(label).to.contain('Maria Ek').and.contain('Samordningsansvarig').and.contain('Fast vårdkontakt').and.contain('inbjuden').and.contain('omfattas av samtycket').and.contain('kan kalla till SIP');
    // Lars is not covered by the consent and is a relative (cannot convene).
    expect(entryEl(el, 'lars')!.querySelector('title')!.textContent).to.not.contain('omfattas').and.not.contain('kan kalla');
    // Roles with icon and text in the overview.
    expect(shadowText(el)).to.contain('Samordningsansvarig: Maria Ek');
    expect($$(el, 'ul.roles svg.icon').length).to.equal(4);
    // One tab stop in the map (roving tabindex).
    expect($$(el, '.entries [tabindex="0"]').length).to.equal(1);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps markers and labels apart in the browser too (real text boxes, large example)', async function () {
    // The large example's labels are measured as real text: WebKit late in a full run (its web
    // process grown large) has taken longer than mocha's 20 s default. A limit, not a timing check.
    this.timeout(90000);
    const el = await mount(draft(examplePlans.large));
    const svgEl = $<SVGSVGElement>(el, 'svg.map')!;
    const scale = svgEl.getBoundingClientRect().width / svgEl.viewBox.baseVal.width;
    const boxes = $$<SVGGElement>(el, '.entries .entry').map((g) => {
      const marker = g.querySelector('.marker')!.getBoundingClientRect();
      // Horizontal extent as drawn; vertically the glyphs' em box (Firefox's text box is the
      // whole line box, taller than the glyphs).
      const t = g.querySelector('text')!.getBoundingClientRect();
      const mid = marker.top + marker.height / 2;
      const text = new DOMRect(t.left, mid - 5.5 * scale, t.width, 11 * scale);
      return { key: g.dataset.key!, rects: [text, marker] };
    });
    expect(boxes.length).to.be.greaterThan(60);
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        for (const a of boxes[i]!.rects) for (const b of boxes[j]!.rects) if (overlap(a, b)) clashes.push(`${boxes[i]!.key} × ${boxes[j]!.key}`);
      }
    }
    expect(clashes).to.deep.equal([]);
    expect($$(el, '.entries .group').length).to.be.greaterThan(0);
  });

  it('keyboard only: adds an entry, then moves it to another ring and sector', async () => {
    const el = await mount(draft(examplePlans.child));
    const events = changes(el);
    // Tab: Map, Table, Add.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Lägg till i nätverket');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(deepActiveElement()?.id).to.equal('f-name');
    await typeText('Anna Mormor');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    await settled(el);
    expect(events.length).to.equal(1);
    const added = events[0]!.detail.plan.network.find((e) => e.name === 'Anna Mormor')!;
    expect(added.kind).to.equal('relative');
    expect(added.map).to.deep.equal({ sector: 'family', ring: 2 });
    expect(events[0]!.detail.change.type).to.equal('network.added');
    // Focus is on the new entry on the map.
    expect((deepActiveElement() as SVGGElement | null)?.dataset?.key).to.equal(`e:${added.id}`);
    await sendKeys({ press: 'ArrowUp' });
    await settled(el);
    await sendKeys({ press: 'ArrowRight' });
    await settled(el);
    expect(events.length).to.equal(3);
    const moved = events[2]!.detail.plan.network.find((e) => e.id === added.id)!;
    expect(moved.map).to.deep.equal({ sector: 'friends', ring: 1 });
    expect(events[2]!.detail.change.type).to.equal('network.moved');
    expect((deepActiveElement() as SVGGElement | null)?.dataset?.key).to.equal(`e:${added.id}`);
    await new Promise((r) => requestAnimationFrame(r));
    await settled(el);
    expect($(el, '[role=status]')!.textContent).to.equal('Anna Mormor flyttad till Ring 1, Vänner och fritid');
    // The innermost ring is the limit.
    await sendKeys({ press: 'ArrowUp' });
    expect(events.length).to.equal(3);
    // Enter opens the details; Escape goes back to the map.
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(deepActiveElement()?.id).to.equal('details-title');
    expect($(el, '#details-title')!.textContent).to.equal('Anna Mormor');
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect((deepActiveElement() as SVGGElement | null)?.dataset?.key).to.equal(`e:${added.id}`);
  });

  it('Page Down, Home and End walk the entries; letters jump to a name', async () => {
    const el = await mount(draft(examplePlans.elderly));
    entryEl(el, 'eva')!.focus();
    await sendKeys({ press: 'Home' });
    const first = (deepActiveElement() as SVGGElement).dataset.key;
    await sendKeys({ press: 'PageDown' });
    const second = (deepActiveElement() as SVGGElement).dataset.key;
    expect(second).to.not.equal(first);
    await sendKeys({ press: 'PageUp' });
    expect((deepActiveElement() as SVGGElement).dataset.key).to.equal(first);
    await sendKeys({ press: 'j' });
    expect((deepActiveElement() as SVGGElement).dataset.key).to.equal('e:jonas');
    expect($$(el, '.entries [tabindex="0"]').length).to.equal(1);
  });

  it('a pointer drags an entry to another sector and ring', async function () {
    if (isWebKit) {
      // WebKitWebDriver has no sendMouse support in @web/test-runner-commands.
      this.skip();
    }
    await setViewport({ width: 1280, height: 1100 });
    const el = await mount(draft(examplePlans.elderly));
    const events = changes(el);
    el.scrollIntoView();
    const svgEl = $<SVGSVGElement>(el, 'svg.map')!;
    const marker = entryEl(el, 'lars')!.querySelector('.marker')!.getBoundingClientRect();
    const from = { x: Math.round(marker.left + marker.width / 2), y: Math.round(marker.top + marker.height / 2) };
    // Aim at the middle of ring 3 in the "municipality" sector (bottom left).
    const layout = (el as unknown as { edits: { layout(p: SipPlan): import('../../../src/components/network-map/layout').Layout } }).edits.layout(el.plan!);
    const s = layout.sectors.find((x) => x.id === 'municipality')!;
    const r = (layout.ringRadii[2] + layout.ringRadii[3]) / 2;
    const pt = new DOMPoint(layout.cx + r * Math.cos(s.mid), layout.cy + r * Math.sin(s.mid)).matrixTransform(svgEl.getScreenCTM()!);
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from.x + 10, from.y + 10] });
    await sendMouse({ type: 'move', position: [Math.round(pt.x), Math.round(pt.y)] });
    await settled(el);
    expect($(el, '.drop'), 'drop target shown while dragging').to.exist;
    await sendMouse({ type: 'up' });
    await settled(el);
    expect(events.length).to.equal(1);
    expect(events[0]!.detail.plan.network.find((e) => e.id === 'lars')!.map).to.deep.equal({ sector: 'municipality', ring: 3 });
  });

  it('table view: the same data and actions (move, invite, roles, remove with undo)', async () => {
    const plan = draft(examplePlans.elderly);
    const el = await mount(plan);
    const events = changes(el);
    buttonByText(el, 'Tabell').click();
    await settled(el);
    expect($(el, 'table')).to.exist;
    expect($$(el, 'tbody tr').length).to.equal(plan.network.length);
    expect(await axeViolations(el)).to.deep.equal([]);
    const row = () => $<HTMLTableRowElement>(el, 'tr[data-id="lars"]')!;
    const ring = row().querySelector<HTMLSelectElement>('select[aria-label="Ring för Lars Lindqvist"]')!;
    ring.value = '1';
    ring.dispatchEvent(new Event('change'));
    await settled(el);
    expect(events.at(-1)!.detail.plan.network.find((e) => e.id === 'lars')!.map.ring).to.equal(1);
    const sector = row().querySelector<HTMLSelectElement>('select[aria-label="Sektor för Lars Lindqvist"]')!;
    sector.value = 'friends';
    sector.dispatchEvent(new Event('change'));
    await settled(el);
    expect(events.at(-1)!.detail.plan.network.find((e) => e.id === 'lars')!.map).to.deep.equal({ sector: 'friends', ring: 1 });
    row().querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await settled(el);
    expect(events.at(-1)!.detail.plan.network.find((e) => e.id === 'lars')!.invited).to.equal(true);
    // Roles from the details opened from the table.
    row().querySelector<HTMLButtonElement>('button[aria-label="Visa och ändra Lars Lindqvist"]')!.click();
    await settled(el);
    expect(deepActiveElement()?.id).to.equal('details-title');
    const meetingLeader = $$<HTMLLabelElement>(el, 'fieldset label').find((l) => l.textContent!.includes('Mötesledare'))!.querySelector('input')!;
    meetingLeader.click();
    await settled(el);
    expect(events.at(-1)!.detail.plan.network.find((e) => e.id === 'lars')!.roles).to.deep.equal(['meetingLeader']);
    expect(await axeViolations(el)).to.deep.equal([]);
    // Remove with undo.
    row().querySelector<HTMLButtonElement>('button[aria-label="Ta bort Lars Lindqvist"]')!.click();
    await settled(el);
    const removed = events.at(-1)!.detail.plan;
    expect(removed.network.some((e) => e.id === 'lars')).to.equal(false);
    expect(removed.network.find((e) => e.id === 'eva')!.knows).to.deep.equal([]);
    expect($(el, '.undo-bar')).to.exist;
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Ångra');
    buttonByText(el, 'Ångra').click();
    await settled(el);
    const restored = events.at(-1)!.detail.plan;
    const back = restored.network.find((e) => e.id === 'lars')!;
    expect(back.name).to.equal('Lars Lindqvist');
    expect(back.roles).to.deep.equal(['meetingLeader']);
    expect(back.map).to.deep.equal({ sector: 'friends', ring: 1 });
    expect(restored.network.find((e) => e.id === 'eva')!.knows).to.deep.equal(['lars']);
    expect($(el, '.undo-bar')).to.equal(null);
  });

  it('Delete on the map removes an entry; undo brings it back with every field', async () => {
    const plan = draft(examplePlans.elderly);
    const el = await mount(plan);
    const events = changes(el);
    entryEl(el, 'gunnel')!.focus();
    await sendKeys({ press: 'Delete' });
    await settled(el);
    expect(events.at(-1)!.detail.change.type).to.equal('network.removed');
    expect(entryEl(el, 'gunnel')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Enter' }); // focus is on "Ångra"
    await settled(el);
    const back = events.at(-1)!.detail.plan.network.find((e) => e.id === 'gunnel');
    expect(back).to.deep.equal(plan.network.find((e) => e.id === 'gunnel'));
  });

  it('undo of a removal puts back meeting participation and invitations (the model\'s capture and restore)', async () => {
    const plan = draft(examplePlans.elderly);
    plan.meetings = plan.meetings.map((m) =>
      m.id === 'meeting-2'
        ? { ...m, participants: ['eva', 'gunnel', ...m.participants.slice(1)], invitations: [...m.invitations, { entryId: 'gunnel', sentAt: '2026-11-12T09:00:00+01:00', dueAt: '2026-11-13T09:00:00+01:00' }] }
        : m,
    );
    const el = await mount(plan);
    const events = changes(el);
    entryEl(el, 'gunnel')!.focus();
    await sendKeys({ press: 'Delete' });
    await settled(el);
    const removed = events.at(-1)!.detail.plan.meetings.find((m) => m.id === 'meeting-2')!;
    expect(removed.participants).to.not.include('gunnel');
    await sendKeys({ press: 'Enter' }); // focus is on "Ångra"
    await settled(el);
    const after = events.at(-1)!.detail.plan;
    expect(events.at(-1)!.detail.change.type).to.equal('network.restored');
    const original = plan.meetings.find((m) => m.id === 'meeting-2')!;
    const back = after.meetings.find((m) => m.id === 'meeting-2')!;
    expect(back.participants).to.deep.equal(original.participants);
    expect(back.invitations).to.deep.equal(original.invitations);
    expect(after.network.map((e) => e.id)).to.deep.equal(plan.network.map((e) => e.id));
  });

  it('a signed plan that is not locked yet can still be edited (isContentEditable)', async () => {
    const signed = structuredClone(examplePlans.elderly);
    delete signed.lockedAt;
    const el = await mount(signed);
    expect(buttonByText(el, 'Lägg till i nätverket')).to.exist;
    expect(shadowText(el)).to.not.contain('Planen är signerad och låst');
  });

  it('an entry that is part of the record cannot be removed: the model says why', async () => {
    const el = await mount(draft(examplePlans.elderly));
    const events = changes(el);
    entryEl(el, 'maria')!.focus();
    await sendKeys({ press: 'Delete' });
    await settled(el);
    expect(events.length).to.equal(0);
    expect($(el, 'p.error[role=alert]')!.textContent!.length).to.be.greaterThan(0);
  });

  it('edits details through the form and keeps fields the model does not know', async () => {
    const plan = draft(examplePlans.elderly) as SipPlan & Record<string, unknown>;
    plan['x-host'] = { keep: true };
    plan.network = plan.network.map((e) => (e.id === 'jonas' ? { ...e, 'x-badge': 'OT-12' } : e));
    deepFreeze(plan);
    const el = await mount(plan);
    const events = changes(el);
    entryEl(el, 'jonas')!.focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    buttonByText(el, 'Ändra uppgifter').click();
    await settled(el);
    expect(await axeViolations(el)).to.deep.equal([]);
    const phone = $<HTMLInputElement>(el, '#f-phone')!;
    phone.focus();
    await typeText('021-555 00 00');
    expect(phone.value).to.equal('021-555 00 00');
    $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
    await settled(el);
    const next = events.at(-1)!.detail.plan as SipPlan & Record<string, unknown>;
    const jonas = next.network.find((e) => e.id === 'jonas')! as Record<string, unknown>;
    expect((jonas.contact as { phone?: string }).phone).to.equal('021-555 00 00');
    expect(jonas['x-badge']).to.equal('OT-12');
    expect(next['x-host']).to.deep.equal({ keep: true });
    expect(next).to.not.equal(plan);
    // The frozen input is untouched (it would have thrown otherwise) and still has no phone.
    expect(plan.network.find((e) => e.id === 'jonas')!.contact).to.equal(undefined);
    // Moving keeps them too.
    entryEl(el, 'jonas')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect((events.at(-1)!.detail.plan.network.find((e) => e.id === 'jonas') as Record<string, unknown>)['x-badge']).to.equal('OT-12');
  });

  it('readonly: no edit controls, keys do not move, table has no inputs; a signed plan is read-only with a note', async () => {
    const el = await mount(draft(examplePlans.elderly), { readonly: true });
    const events = changes(el);
    expect($$(el, 'button').some((b) => b.textContent!.includes('Lägg till'))).to.equal(false);
    entryEl(el, 'eva')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Delete' });
    await settled(el);
    expect(events.length).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect($(el, '.edit-controls')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
    el.view = 'table';
    await settled(el);
    expect($$(el, 'table select, table input').length).to.equal(0);
    expect(await axeViolations(el)).to.deep.equal([]);

    const signed = await mount(examplePlans.elderly);
    expect(shadowText(signed)).to.contain('Planen är signerad och låst');
    expect($$(signed, 'button').some((b) => b.textContent!.includes('Lägg till'))).to.equal(false);
  });

  it('shows names with markup as text', async () => {
    const plan = draft(examplePlans.child);
    plan.network = plan.network.map((e, i) => (i === 0 ? { ...e, name: '<img src=x onerror=alert(1)>' } : e));
    plan.person = { ...plan.person, name: '<b>Alva</b>', preferredName: '<script>x</script>' };
    const el = await mount(plan);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    const label = $$<SVGTextElement>(el, '.entries text').map((t) => t.textContent).find((t) => t!.startsWith('<img'));
    expect(label).to.match(/^<img/);
    expect($(el, '.person text')!.textContent).to.contain('<script>');
    el.view = 'table';
    await settled(el);
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(shadowText(el)).to.contain('<img src=x onerror=alert(1)>');
  });

  it('an invalid plan shows a localized alert and fires sip-invalid', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('sip-network-map');
    const invalid = nextEvent<SipInvalidDetail>(el, 'sip-invalid');
    el.plan = { id: 42, network: 'nej' } as never;
    holder.append(el);
    const event = await invalid;
    expect(event.detail.issues.length).to.be.greaterThan(0);
    await settled(el);
    expect($(el as SipNetworkMap, '[role=alert]')!.textContent).to.contain('Planen kan inte visas');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('speaks English after setLocale("en")', async () => {
    const el = await mount(draft(examplePlans.elderly));
    await useLocale('en');
    await settled(el);
    const text = shadowText(el);
    expect(text).to.contain('Add to the network').and.contain('Coordinator: Maria Ek').and.contain('Legend');
    expect($(el, '.sector-label textPath')!.textContent).to.equal('Family and relatives');
    expect(entryEl(el, 'maria')!.querySelector('title')!.textContent).to.contain('covered by the consent');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('exports SVG (serialized, with the names as text) and PNG', async () => {
    const el = await mount(draft(examplePlans.elderly));
    const text = await el.toSVG();
    expect(text.startsWith('<svg')).to.equal(true);
    expect(text).to.contain('xmlns="http://www.w3.org/2000/svg"').and.contain('Eva Lindqvist').and.contain('Nätverkskarta för Karin Lindqvist');
    expect(text).to.not.contain('tabindex');
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const png = await el.toPNG();
    expect(png, 'PNG blob').to.exist;
    expect(png!.type).to.equal('image/png');
    expect(png!.size).to.be.greaterThan(1000);
  });

  it('host-configured sectors with their own labels', async () => {
    const el = await fixture<SipNetworkMap>(
      html`<sip-network-map .plan=${draft(examplePlans.child)} .sectors=${[{ id: 'family', label: 'Hemma' }, 'school-work', 'friends', 'region', 'municipality', 'other']} now=${EXAMPLE_NOW}></sip-network-map>`,
    );
    await settled(el);
    const labels = $$(el, '.sector-label textPath').map((t) => t.textContent);
    expect(labels[0]).to.equal('Hemma');
    expect(labels[1]).to.equal('Skola eller arbete');
  });
});
