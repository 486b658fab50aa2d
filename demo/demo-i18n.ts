import { setLocale, type SipLocale } from '../src/index';

// The demo journal's own labels (the host's, not the library's), in both languages.
const TEXT: Record<SipLocale, Record<string, string>> = {
  sv: {
    language: 'Språk', reset: 'Återställ exempelplanen', meetingPage: 'Mötesledarens timer', identity: 'Personnummer',
    plan: 'Plan', coordinator: 'Samordningsansvarig', 'tab.plan': 'Plan', 'tab.consent': 'Samtycke', 'tab.network': 'Nätverkskarta', 'tab.preparation': 'Förberedelse',
    'tab.meeting': 'Möte', 'tab.goals': 'Mål', 'tab.activities': 'Insatser', 'tab.followUp': 'Uppföljning', log: 'Senaste ändringar', tell: 'Informera om att planen har avslutats:', previousKept: 'Den makulerade versionen är sparad i journalen.',
    meetingTitle: 'Mötescirkel för SIP-möten', length: 'Möteslängd (min)', audience: 'Version', back: 'Till journalen',
    confirmReset: 'Återställa exempelplanen? Dina ändringar i demon försvinner.', none: '–', version: 'version',
    revise: 'Starta ny version av planen', reviseNote: 'Ny version startad i demon',
    'status.draft': 'utkast', 'status.active': 'aktiv (låst)', 'status.voided': 'makulerad', 'status.closed': 'avslutad',
    followTitle: 'Följ mötet', followPage: 'Deltagarens sida', newCode: 'Nytt möte att dela',
  },
  en: {
    language: 'Language', reset: 'Reset the example plan', meetingPage: "Meeting leader's timer", identity: 'Personal identity number',
    plan: 'Plan', coordinator: 'Coordinator', 'tab.plan': 'Plan', 'tab.consent': 'Consent', 'tab.network': 'Network map', 'tab.preparation': 'Preparation',
    'tab.meeting': 'Meeting', 'tab.goals': 'Goals', 'tab.activities': 'Activities', 'tab.followUp': 'Follow-up', log: 'Recent changes', tell: 'Tell these parties that the plan has ended:', previousKept: 'The voided version is kept in the journal.',
    meetingTitle: 'Meeting circle for SIP meetings', length: 'Meeting length (min)', audience: 'Version', back: 'Back to the journal',
    confirmReset: 'Reset the example plan? Your changes in the demo will be lost.', none: '–', version: 'version',
    revise: 'Start a new version of the plan', reviseNote: 'New version started in the demo',
    'status.draft': 'draft', 'status.active': 'active (locked)', 'status.voided': 'voided', 'status.closed': 'closed',
    followTitle: 'Follow the meeting', followPage: "Participant's page", newCode: 'New meeting to share',
  },
};

const LANGUAGE_KEY = 'sip-demo-language';
let current: SipLocale = stored() === 'en' ? 'en' : 'sv';

// Storage may be switched off (it then throws); the language then lasts for the page.
function stored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

export function t(key: string): string {
  return TEXT[current][key] ?? key;
}

export function demoLocale(): SipLocale {
  return current;
}

/** Applies a language to the page's own labels and to every sip-element. */
export async function applyLanguage(locale: SipLocale, onChange?: () => void): Promise<void> {
  current = locale;
  try {
    localStorage.setItem(LANGUAGE_KEY, locale);
  } catch {
    /* the choice lasts for this page */
  }
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  const select = document.querySelector<HTMLSelectElement>('#language');
  if (select) select.value = locale;
  await setLocale(locale);
  onChange?.();
}
