// The participant's page: the meeting circle following the chair's clock, in the reader's own
// version. The join code comes from the link's fragment; nothing about the person is needed here.
import { readMeetingJoinLink } from '../src/components/meeting-circle/index';
import { audienceLabel, toAudience } from '../src/components/meeting-circle/labels';
import { applyLanguage, demoLocale } from './demo-i18n';

const circle = document.querySelector('sip-meeting-circle')!;
const audience = document.querySelector<HTMLSelectElement>('#audience')!;
const AUDIENCE_KEY = 'sip-demo-follow-audience';
audience.value = toAudience(localStorage.getItem(AUDIENCE_KEY) ?? 'adult');
circle.setAttribute('audience', audience.value);
audience.addEventListener('change', () => {
  circle.setAttribute('audience', audience.value);
  localStorage.setItem(AUDIENCE_KEY, audience.value);
});

const join = () => {
  const code = readMeetingJoinLink(location.hash);
  circle.syncRoom = code?.room;
  circle.syncToken = code?.token;
  circle.syncUrl = `ws://${location.hostname}:1234`;
};
join();
window.addEventListener('hashchange', join);

const relabel = () => {
  for (const option of audience.options) option.text = audienceLabel(toAudience(option.value));
};
document.querySelector<HTMLSelectElement>('#language')!.addEventListener('change', (e) => {
  void applyLanguage((e.target as HTMLSelectElement).value === 'en' ? 'en' : 'sv').then(relabel);
});
void applyLanguage(demoLocale()).then(relabel);
