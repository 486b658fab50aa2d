import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN_DEFAULTS } from '../../src/shared/tokens';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(rgb(a).map(linear)), luminance(rgb(b).map(linear))].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// How people with each kind of colour vision deficiency see a (linear) colour: Machado et al. 2009, severity 1.
const VISION: Record<string, number[][]> = {
  typical: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
function lab(hex: string, vision: number[][]): number[] {
  const c = rgb(hex).map(linear);
  const [r, g, b] = vision.map((row) => Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047);
  const y = f(0.2126 * r! + 0.7152 * g! + 0.0722 * b!);
  const z = f((0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
/** CIE76 colour difference as seen with `vision` (about 2.3 is just noticeable; the old focus red was 2–11 from the danger red). */
const difference = (a: string, b: string, vision: number[][]) => Math.hypot(...lab(a, vision).map((v, i) => v - lab(b, vision)[i]!));

test('the focus ring is 3:1 against the page and the surfaces (WCAG 1.4.11)', () => {
  const focus = TOKEN_DEFAULTS['color-focus'];
  for (const bg of [TOKEN_DEFAULTS['color-bg'], TOKEN_DEFAULTS['color-surface']]) {
    assert.ok(contrast(focus, bg) >= 3, `${focus} on ${bg}: ${contrast(focus, bg).toFixed(2)}:1`);
  }
});

test('the focus ring is not the danger red, nor the accent, for typical and colour-blind vision (issue 17)', () => {
  const focus = TOKEN_DEFAULTS['color-focus'];
  for (const [name, vision] of Object.entries(VISION)) {
    // Far from the danger red (a ring must not read as an error); clearly apart from the accent blue of selected items.
    for (const [other, least] of [['color-danger', 40], ['color-accent', 15]] as const) {
      const d = difference(focus, TOKEN_DEFAULTS[other], vision);
      assert.ok(d >= least, `${name}: focus ${focus} vs ${other} ${TOKEN_DEFAULTS[other]} differ by ΔE ${d.toFixed(1)}`);
    }
  }
});
