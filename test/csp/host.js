// A vendor's page script, bundled by scripts/csp-check.mjs through the package's `exports`
// (the built library) and served under a strict Content-Security-Policy. Plain JS so it does not
// need the built .d.ts files to typecheck.
import { setLocale } from 'sip-elements';
import { examplePlans } from 'sip-elements/examples';

const NAMES = ['consent-recorder', 'network-map', 'meeting-circle', 'smart-goal-editor', 'activity-status-list', 'initiative', 'meeting-planner', 'plan-document', 'follow-up'];
const host = document.getElementById('host');
const rendered = [];

function add(tag, setup) {
  const el = document.createElement(tag);
  el.addEventListener('sip-invalid', () => el.setAttribute('data-csp-invalid', ''));
  setup(el);
  host.append(el);
  rendered.push(el);
}

for (const name of NAMES) {
  const tag = `sip-${name}`;
  if (!customElements.get(tag)) continue;
  add(tag, (el) => {
    el.plan = examplePlans.elderly;
  });
}
// The meeting leader's stand-alone timer, without a plan.
if (customElements.get('sip-meeting-circle')) add('sip-meeting-circle', (el) => el.setAttribute('duration', '60'));

const settle = () => Promise.all(rendered.map((el) => el.updateComplete));
await settle();
// English loads lazily: a dynamic import() must pass script-src 'self' too.
await setLocale('en');
await settle();
document.body.setAttribute('data-csp-ready', String(rendered.length));
