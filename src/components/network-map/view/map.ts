/** The drawing: the person, rings, sectors, the entries; the keyboard help below it. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { classMap } from 'lit/directives/class-map.js';
import { cellPath, radialLine, readingOrder, round, sectorLabelPath, truncate } from '../layout';
import type { NetworkMapActions } from '../types';
import { sectorName, type Vm } from './common';
import { renderMarkers } from './markers';

const keyOf = (item: { kind: 'entry' | 'group'; id: string }): string => (item.kind === 'entry' ? `e:${item.id}` : item.id);

export function renderMap(vm: Vm, a: NetworkMapActions): TemplateResult {
  const { layout, plan, uid } = vm;
  const { size, cx, cy, ringRadii } = layout;
  const keys = readingOrder(layout).map(keyOf);
  const focusKey = vm.focusKey && keys.includes(vm.focusKey) ? vm.focusKey : keys[0];
  const byId = new Map(plan.network.map((e) => [e.id, e]));
  const d = vm.drag;
  const person = truncate(plan.person.preferredName || plan.person.name, layout.centreRadius * 2 - 10, 12);
  const helpId = `${uid}-help`;
  const multi = layout.sectors.length > 1;
  // The <svg> itself is never a Tab stop (Chromium makes it one otherwise): the first stop is
  // an entry, where Page Up / Page Down and letters work.
  // Narrower than the smallest legible map: it scrolls sideways inside its own focusable region,
  // named by a visible caption (the element itself never scrolls sideways).
  const captionId = `${uid}-map-caption`;
  return html`${vm.narrow ? html`<p class="map-caption" id=${captionId}>${vm.title}</p>` : nothing}<div class=${classMap({ 'map-scroll': true, narrow: vm.narrow })} tabindex=${vm.narrow ? '0' : nothing} role=${vm.narrow ? 'region' : nothing} aria-labelledby=${vm.narrow ? captionId : nothing}>
      <svg
        class=${classMap({ map: true, dragging: !!d?.active })}
        part="map"
        viewBox="0 0 ${size} ${size}"
        role="group"
        tabindex="-1"
        aria-label=${vm.title}
        aria-describedby=${helpId}
        @keydown=${a.mapKeydown}
        @pointerdown=${a.pointerDown}
        @pointermove=${a.pointerMove}
        @pointerup=${a.pointerUp}
        @pointercancel=${a.pointerCancel}
        @click=${a.mapClick}
        @focusin=${a.mapFocus}
      >
        <title>${vm.title}</title>
        <g class="ground" aria-hidden="true">
          <circle class="disc" cx=${cx} cy=${cy} r=${round(ringRadii[3])}></circle>
          ${layout.sectors.map((s, i) => (i % 2 === 1 ? svg`<path class="tint" d=${cellPath(layout, s.id, 1) + cellPath(layout, s.id, 2) + cellPath(layout, s.id, 3)}></path>` : nothing))}
          ${[1, 2, 3].map((r) => svg`<circle class="ring" cx=${cx} cy=${cy} r=${round(ringRadii[r]!)}></circle>`)}
          <circle class="ring" cx=${cx} cy=${cy} r=${round(ringRadii[0])}></circle>
          ${multi ? layout.sectors.map((s) => svg`<path class="spoke" d=${radialLine(layout, s.start)}></path>`) : nothing}
          ${d?.active && d.target ? svg`<path class="drop" d=${cellPath(layout, d.target.sector, d.target.ring)}></path>` : nothing}
          ${layout.sectors.map((s) => {
            const p = sectorLabelPath(layout, s);
            const id = `${uid}-s${s.index}`;
            const text = truncate(sectorName(vm, s.id), p.length - 6, 12);
            return svg`<path id=${id} class="guide" d=${p.d}></path><text class="sector-label"><textPath href="#${id}" startOffset="50%" text-anchor="middle">${text.text}</textPath></text>`;
          })}
          ${layout.ringLabels.map((l) => svg`<circle class="ring-no" cx=${l.x} cy=${l.y} r="6.5"></circle><text class="ring-no-text" x=${l.x} y=${round(l.y + 3.5)} text-anchor="middle">${l.ring}</text>`)}
        </g>
        <g class="person" aria-hidden="true">
          <circle cx=${cx} cy=${cy} r=${round(layout.centreRadius)}></circle>
          <text x=${cx} y=${round(cy + 4)} text-anchor="middle">${person.text}</text>
        </g>
        ${renderMarkers(vm, focusKey)}
      </svg>
    </div>
    ${layout.overflow.length
      ? html`<p class="overflow">${msg('Får inte plats på kartan:', { id: 'network.overflow' })} ${layout.overflow.map(
          (id, i) => html`${i ? ', ' : ''}<button type="button" class="link" @click=${() => a.open(`e:${id}`, true)}>${byId.get(id)?.name}</button>`,
        )}</p>`
      : nothing}
    <p class="help" id=${helpId}>${vm.editable
      ? msg('Tangentbord: Tabb går till kartan. Page Up och Page Down (eller första bokstaven i ett namn) väljer person. Pil vänster och höger flyttar till föregående eller nästa sektor, pil upp flyttar närmare och pil ned längre ut. Enter öppnar uppgifterna, Delete tar bort. Med mus eller finger: dra en person till en annan sektor eller ring.', { id: 'network.help.edit' })
      : msg('Tangentbord: Tabb går till kartan. Page Up och Page Down (eller första bokstaven i ett namn) väljer person. Enter öppnar uppgifterna.', { id: 'network.help.read' })}</p>`;
}
