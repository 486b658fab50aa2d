import { setLocale, type SipLocale } from '../src/index';

// The demo journal's own labels (the host's, not the library's), in both languages.
const TEXT: Record<SipLocale, Record<string, string>> = {
  sv: {
    language: 'Språk', reset: 'Återställ exempelplanen', meetingPage: 'Mötesledarens timer', identity: 'Personnummer',
    plan: 'Plan', coordinator: 'Samordningsansvarig', 'tab.consent': 'Samtycke', 'tab.network': 'Nätverkskarta',
    'tab.meeting': 'Möte', 'tab.goals': 'Mål', 'tab.activities': 'Insatser', log: 'Senaste ändringar',
    meetingTitle: 'Mötescirkel för SIP-möten', length: 'Möteslängd (min)', audience: 'Version', back: 'Till journalen',
    confirmReset: 'Återställa exempelplanen? Dina ändringar i demon försvinner.', none: '–', version: 'version',
    revise: 'Starta ny version av planen', reviseNote: 'Ny version startad i demon',
    'status.draft': 'utkast', 'status.active': 'aktiv (låst)', 'status.voided': 'makulerad', 'status.closed': 'avslutad',
    followTitle: 'Följ mötet', followPage: 'Deltagarens sida', newCode: 'Nytt möte att dela',
  },
  en: {
    language: 'Language', reset: 'Reset the example plan', meetingPage: "Meeting leader's timer", identity: 'Personal identity number',
    plan: 'Plan', coordinator: 'Coordinator', 'tab.consent': 'Consent', 'tab.network': 'Network map',
    'tab.meeting': 'Meeting', 'tab.goals': 'Goals', 'tab.activities': 'Activities', log: 'Recent changes',
    meetingTitle: 'Meeting circle for SIP meetings', length: 'Meeting length (min)', audience: 'Version', back: 'Back to the journal',
    confirmReset: 'Reset the example plan? Your changes in the demo will be lost.', none: '–', version: 'version',
    revise: 'Start a new version of the plan', reviseNote: 'New version started in the demo',
    'status.draft': 'draft', 'status.active': 'active (locked)', 'status.voided': 'voided', 'status.closed': 'closed',
    followTitle: 'Follow the meeting', followPage: "Participant's page", newCode: 'New meeting to share',
  },
};

const LANGUAGE_KEY = 'sip-demo-language';
let current: SipLocale = localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'sv';

export function t(key: string): string {
  return TEXT[current][key] ?? key;
}

export function demoLocale(): SipLocale {
  return current;
}

/** Applies a language to the page's own labels and to every sip-element. */
export async function applyLanguage(locale: SipLocale, onChange?: () => void): Promise<void> {
  current = locale;
  localStorage.setItem(LANGUAGE_KEY, locale);
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  const select = document.querySelector<HTMLSelectElement>('#language');
  if (select) select.value = locale;
  await setLocale(locale);
  onChange?.();
}
