// The stand-alone page for meeting leaders: the meeting circle without a plan, run from attributes.
import '../src/components/meeting-circle/index';
import { audienceLabel, toAudience } from '../src/components/meeting-circle/labels';
import { applyLanguage, demoLocale } from './demo-i18n';

const circle = document.querySelector('sip-meeting-circle')!;
const duration = document.querySelector<HTMLSelectElement>('#duration')!;
const audience = document.querySelector<HTMLSelectElement>('#audience')!;
duration.addEventListener('change', () => circle.setAttribute('duration', duration.value));
audience.addEventListener('change', () => circle.setAttribute('audience', audience.value));
// The versions' names come from the element's own strings, so the picker speaks its language.
const relabel = () => {
  for (const option of audience.options) option.text = audienceLabel(toAudience(option.value));
};
document.querySelector<HTMLSelectElement>('#language')!.addEventListener('change', (e) => {
  void applyLanguage((e.target as HTMLSelectElement).value === 'en' ? 'en' : 'sv').then(relabel);
});
void applyLanguage(demoLocale()).then(relabel);

// A meeting restored from storage keeps its own length; show that length in the picker.
void circle.updateComplete.then(() => {
  const state = circle.state;
  if (state.startedAt === undefined) return;
  const minutes = String(Math.round(state.planned.reduce((a, b) => a + b, 0) / 60_000));
  if ([...duration.options].some((o) => o.value === minutes || o.text === minutes)) {
    duration.value = minutes;
    circle.setAttribute('duration', minutes);
  }
});
