// Proves the harness works and measures lit itself: the same 1,000-row table through lit
// templates and through hand-written DOM calls. What elements pay on top of this is theirs.
import { html, render } from 'lit';
import type { BrowserBench } from '../lib.mjs';

interface Row {
  id: number;
  label: string;
  done: boolean;
}

const ROWS: Row[] = Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, label: `Aktivitet ${i + 1}`, done: i % 3 === 0 }));
const UPDATED: Row[] = ROWS.map((r, i) => (i % 10 === 0 ? { ...r, label: `${r.label} (ändrad)`, done: !r.done } : r));

const litTable = (rows: Row[]) => html`
  <table>
    <tbody>
      ${rows.map(
        (r) => html`<tr class=${r.done ? 'done' : ''}>
          <td>${r.id}</td>
          <td>${r.label}</td>
          <td><button type="button" aria-pressed=${r.done ? 'true' : 'false'}>Klar</button></td>
        </tr>`,
      )}
    </tbody>
  </table>
`;

function domTable(rows: Row[]): HTMLTableElement {
  const table = document.createElement('table');
  const body = table.appendChild(document.createElement('tbody'));
  for (const r of rows) {
    const tr = body.appendChild(document.createElement('tr'));
    tr.className = r.done ? 'done' : '';
    tr.appendChild(document.createElement('td')).textContent = String(r.id);
    tr.appendChild(document.createElement('td')).textContent = r.label;
    const button = tr.appendChild(document.createElement('td')).appendChild(document.createElement('button'));
    button.type = 'button';
    button.setAttribute('aria-pressed', r.done ? 'true' : 'false');
    button.textContent = 'Klar';
  }
  return table;
}

// The hand-written update touches only what changed, which is what lit's diffing does too.
function domUpdate(table: HTMLTableElement, rows: Row[]): void {
  const trs = table.tBodies[0]!.rows;
  rows.forEach((r, i) => {
    const tr = trs[i]!;
    const className = r.done ? 'done' : '';
    if (tr.className !== className) tr.className = className;
    const label = tr.cells[1]!;
    if (label.textContent !== r.label) label.textContent = r.label;
    const button = tr.cells[2]!.firstElementChild!;
    const pressed = r.done ? 'true' : 'false';
    if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
  });
}

let container: HTMLElement;
let table: HTMLTableElement;
const fresh = () => {
  container = document.body.appendChild(document.createElement('div'));
};
const clear = () => container.remove();

const benches: BrowserBench[] = [
  {
    name: 'lit: render 1,000 table rows',
    setup: fresh,
    ours: () => render(litTable(ROWS), container),
    baseline: () => {
      container.append(domTable(ROWS));
    },
    teardown: clear,
  },
  {
    name: 'lit: update every 10th of 1,000 rows',
    // Both sides start from the same rendered table, built untimed in setup.
    setup: () => {
      fresh();
      render(litTable(ROWS), container);
      table = container.querySelector('table')!;
    },
    ours: () => render(litTable(UPDATED), container),
    baseline: () => domUpdate(table, UPDATED),
    teardown: clear,
  },
];

export default benches;
