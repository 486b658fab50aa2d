// What a running <sip-meeting-circle> costs once a second: the tick recomputes the view from the
// timestamps and the element re-renders the changed texts and the progress ring. The baseline
// is the same change done by hand on the element's own rendered DOM (the same text nodes and
// attribute), with the view computed the same way — so the ratio is the cost of Lit's update on
// top of the minimum DOM work a second of meeting needs.
import type { BrowserBench } from '../lib.mjs';
import '../../src/components/meeting-circle/index';
import type { SipMeetingCircle } from '../../src/components/meeting-circle/index';
import { createClock, formatClock, next, plannedFromShares, start, view } from '../../src/components/meeting-circle/clock';

const T0 = Date.UTC(2026, 10, 22, 8, 0, 0);
const M = 60_000;
const STATE = next(next(start(createClock(plannedFromShares(60)), T0), T0 + 6 * M), T0 + 15 * M);

let t = T0 + 20 * M;
let el: SipMeetingCircle;

async function mount(): Promise<void> {
  el = document.createElement('sip-meeting-circle');
  el.clock = () => t;
  el.state = STATE;
  document.body.append(el);
  await el.updateComplete;
}

/** Sets the text of the node Lit rendered, leaving Lit's markers alone (as Lit itself does). */
function setText(parent: Element, text: string): void {
  const node = [...parent.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE && (n as Text).data.trim() !== '');
  if (node) node.data = text;
}

const benches: BrowserBench[] = [
  {
    name: 'one second of a running meeting (re-render the time)',
    setup: mount,
    ours: async () => {
      t += 1000;
      el.requestUpdate();
      await el.updateComplete;
    },
    baseline: () => {
      t += 1000;
      const v = view(STATE, t);
      const root = el.shadowRoot!;
      setText(root.querySelector('.big')!, formatClock(v.partRemaining));
      setText(root.querySelector('.meeting-left .num')!, formatClock(v.meetingRemaining));
      setText(root.querySelector('.legend li.current .mins')!, `${formatClock(v.spent[v.index]!, 'down')} / `);
      const ring = root.querySelector('path.progress');
      ring?.setAttribute('d', ring.getAttribute('d') ?? '');
    },
    teardown: () => el.remove(),
  },
];

export default benches;
