// The stand-alone page for meeting leaders: the meeting circle without a plan, run from attributes.
import '../src/components/meeting-circle/index';
import { applyLanguage, demoLocale } from './demo-i18n';

const circle = document.querySelector('#circle')!;
const duration = document.querySelector<HTMLSelectElement>('#duration')!;
const audience = document.querySelector<HTMLSelectElement>('#audience')!;
duration.addEventListener('change', () => circle.setAttribute('duration', duration.value));
audience.addEventListener('change', () => circle.setAttribute('audience', audience.value));
document.querySelector<HTMLSelectElement>('#language')!.addEventListener('change', (e) => {
  void applyLanguage((e.target as HTMLSelectElement).value === 'en' ? 'en' : 'sv');
});
void applyLanguage(demoLocale());
