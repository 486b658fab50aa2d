// The stand-alone page for meeting leaders: the meeting circle without a plan, run from attributes.
import { newMeetingJoinCode, meetingJoinLink, type MeetingJoinCode } from '../src/components/meeting-circle/index';
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

// Sharing: the meeting's join code lives in this browser (a host would keep it with its meeting),
// and the clock goes through the local sync server that `npm start` runs beside Vite.
const CODE_KEY = 'sip-demo-meeting-code';
function storedCode(): MeetingJoinCode {
  try {
    const code = JSON.parse(localStorage.getItem(CODE_KEY) ?? 'null') as MeetingJoinCode | null;
    if (code?.room && code.token) return code;
  } catch {
    // An unreadable code: make a new one.
  }
  const code = newMeetingJoinCode();
  localStorage.setItem(CODE_KEY, JSON.stringify(code));
  return code;
}
const SYNC_URL = `ws://${location.hostname}:1234`;
function share(code: MeetingJoinCode): void {
  circle.syncRoom = code.room;
  circle.syncToken = code.token;
  circle.syncUrl = SYNC_URL;
  document.querySelector<HTMLAnchorElement>('#follow-link')!.href = meetingJoinLink(new URL('./follow.html', location.href).href, code);
}
share(storedCode());
document.querySelector('#new-code')!.addEventListener('click', () => {
  localStorage.removeItem(CODE_KEY);
  share(storedCode());
});
