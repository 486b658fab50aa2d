/**
 * Export of the drawn map: a standalone SVG (computed styles inlined as presentation
 * attributes, serialized with XMLSerializer) and a PNG drawn from it on a canvas. The PNG path
 * loads the SVG through a Blob URL image — no data: URLs, no fetch — so it works under a strict
 * Content-Security-Policy (img-src blob:). Loaded on demand: nothing here runs until asked.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

// The properties that decide how the map looks; copied from the live element's computed style.
const PROPS = ['display', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'font-size', 'font-weight', 'font-family', 'paint-order', 'text-anchor'] as const;

/** Serializes the live `<svg>` with its look inlined; interactive attributes are dropped. */
export function serializeMap(live: SVGSVGElement, title: string): string {
  const clone = live.cloneNode(true) as SVGSVGElement;
  const liveEls = [live, ...live.querySelectorAll('*')];
  const cloneEls = [clone, ...clone.querySelectorAll('*')];
  liveEls.forEach((el, i) => {
    const copy = cloneEls[i];
    if (!copy) return;
    const cs = getComputedStyle(el);
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && !(p === 'text-anchor' && copy.hasAttribute('text-anchor'))) copy.setAttribute(p, v);
    }
    for (const a of ['tabindex', 'role', 'aria-label', 'aria-describedby', 'data-key', 'class', 'part']) copy.removeAttribute(a);
  });
  // Focus and selection highlights are for the screen, not the paper.
  for (const hit of clone.querySelectorAll('rect[width]')) if (hit.getAttribute('fill') === 'rgba(0, 0, 0, 0)') hit.remove();
  const size = live.viewBox.baseVal;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(size.width));
  clone.setAttribute('height', String(size.height));
  clone.removeAttribute('style');
  const titleEl = clone.querySelector('title') ?? clone.insertBefore(document.createElementNS(SVG_NS, 'title'), clone.firstChild);
  titleEl.textContent = title;
  // A white background so the PNG is not transparent.
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  clone.insertBefore(bg, titleEl.nextSibling);
  return new XMLSerializer().serializeToString(clone);
}

/** Draws SVG text onto a canvas and returns a PNG blob. */
export function svgToPng(svgText: string, size: number, scale = 2): Promise<Blob | undefined> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    const img = new Image();
    const done = (blob: Blob | undefined) => {
      URL.revokeObjectURL(url);
      resolve(blob);
    };
    img.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(size * scale);
        canvas.height = Math.round(size * scale);
        const ctx = canvas.getContext('2d');
        if (!ctx) return done(undefined);
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        canvas.toBlob((b) => done(b ?? undefined), 'image/png');
      } catch {
        done(undefined);
      }
    };
    img.onerror = () => done(undefined);
    img.src = url;
  });
}

/** Offers a blob as a download through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
