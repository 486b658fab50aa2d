/**
 * A child (11) with guardians, school, child and adolescent psychiatry (BUP) and social
 * services. A draft being prepared: consent from both guardians with the child's own view,
 * expiring soon relative to 2026-11-22; one meeting planned. Fictitious people.
 */
import type { SipPlan } from '../schema';
import { activity, agenda, municipality, other, region } from './helpers';

const K = 'Eskilstuna kommun';
const R = 'Region Sörmland';
const by = 'Johanna Lind, kurator';

export const child: SipPlan = {
  id: 'sip-child-0002',
  version: 1,
  status: 'draft',
  createdAt: '2026-10-20T13:00:00+02:00',
  updatedAt: '2026-11-12T10:00:00+01:00',
  person: {
    name: 'Elias Karlsson',
    preferredName: 'Elias',
    identity: { type: 'personnummer', value: '20150607-2469' },
    birthDate: '2015-06-07',
    minor: true,
    guardians: [
      { id: 'guardian-mother', name: 'Sara Karlsson', relation: 'mamma', contact: { phone: '070-222 33 44' }, networkEntryId: 'sara' },
      { id: 'guardian-father', name: 'Ali Karlsson', relation: 'pappa', contact: { phone: '070-555 66 77' }, networkEntryId: 'ali' },
    ],
    language: 'svenska',
    adaptations: ['Korta möten, max 60 minuter', 'Elias vill vara med i början och slutet av mötet'],
  },
  reason: 'Elias har svårt att gå till skolan sedan i våras. BUP utreder adhd. Skolan, BUP och socialtjänsten behöver göra en gemensam plan med familjen.',
  currentSituation: 'Elias går i årskurs 5 och har varit i skolan ungefär hälften av dagarna i höst. Han sover dåligt och blir lätt arg hemma. Han tycker om fotboll och att bygga med lego.',
  ongoingInterventions: 'Utredning på BUP. Samtal med skolkurator varannan vecka.',
  needs: 'Elias behöver en lugn start på skoldagen och en vuxen i skolan som han litar på. Han behöver sova bättre. Familjen behöver veta vad som händer med utredningen och få stöd hemma.',
  ifWorse: 'Om Elias inte kommer till skolan alls en hel vecka kontaktar mentor skolkuratorn, som kallar till ett extra möte.',
  overallResponsible: { principal: municipality(K), entryId: 'soc' },
  followUpDate: '2027-02-10',
  network: [
    { id: 'sara', kind: 'relative', name: 'Sara Karlsson', relation: 'mamma', map: { sector: 'family', ring: 1 }, roles: [], invited: true },
    { id: 'ali', kind: 'relative', name: 'Ali Karlsson', relation: 'pappa', map: { sector: 'family', ring: 1 }, roles: [], invited: true },
    { id: 'moa', kind: 'relative', name: 'Moa Karlsson', relation: 'storasyster', map: { sector: 'family', ring: 2 }, roles: [] },
    { id: 'farmor', kind: 'relative', name: 'Leila Karlsson', relation: 'farmor', map: { sector: 'family', ring: 2 }, roles: [] },
    { id: 'noah', kind: 'friend', name: 'Noah', relation: 'kompis i laget', map: { sector: 'friends', ring: 1 }, roles: [] },
    { id: 'ifk', kind: 'organisation', name: 'IFK Eskilstuna P15', principal: other('voluntary', 'IFK Eskilstuna'), map: { sector: 'friends', ring: 2 }, roles: [] },
    { id: 'school', kind: 'unit', name: 'Skiftingeskolan', principal: municipality(K), unit: 'Skiftingeskolan', map: { sector: 'school-work', ring: 1 }, roles: [], invited: true },
    { id: 'mentor', kind: 'professional', name: 'Petra Olsson', profession: 'Mentor, lärare åk 5', principal: municipality(K), unit: 'Skiftingeskolan', unitId: 'school', map: { sector: 'school-work', ring: 1 }, roles: [], invited: true },
    { id: 'kurator', kind: 'professional', name: 'Johanna Lind', profession: 'Skolkurator', principal: municipality(K), unit: 'Elevhälsan Skiftingeskolan', unitId: 'school', map: { sector: 'school-work', ring: 2 }, roles: ['coordinator', 'meetingLeader'], invited: true },
    { id: 'bup', kind: 'unit', name: 'BUP Eskilstuna', principal: region(R), unit: 'Barn- och ungdomspsykiatrin', map: { sector: 'region', ring: 2 }, roles: [], invited: true },
    { id: 'psykolog', kind: 'professional', name: 'David Strand', profession: 'Psykolog', principal: region(R), unit: 'BUP Eskilstuna', unitId: 'bup', map: { sector: 'region', ring: 2 }, roles: ['fixedCareContact'], invited: true },
    { id: 'soc', kind: 'unit', name: 'Socialtjänsten, barn och unga', principal: municipality(K), map: { sector: 'municipality', ring: 3 }, roles: [], invited: true },
    { id: 'handl', kind: 'professional', name: 'Rami Yousef', profession: 'Socialsekreterare', principal: municipality(K), unit: 'Socialtjänsten, barn och unga', unitId: 'soc', map: { sector: 'municipality', ring: 3 }, roles: [], invited: true },
  ],
  consents: [
    {
      id: 'consent-1',
      decision: 'given',
      givenBy: [
        { role: 'guardian', refId: 'guardian-mother', name: 'Sara Karlsson' },
        { role: 'guardian', refId: 'guardian-father', name: 'Ali Karlsson' },
      ],
      childView: 'Elias säger att det är okej att skolan och BUP pratar med varandra, men han vill inte att tränaren får veta något.',
      form: 'written',
      scope: {
        parties: ['school', 'mentor', 'kurator', 'bup', 'psykolog', 'soc', 'handl', 'sara', 'ali'],
        subject: 'Skolnärvaro, sömn och utredning',
        questions: ['Hur kan Elias komma till skolan fler dagar?', 'Vilket stöd behöver familjen hemma?'],
        validFrom: '2026-10-20',
        validUntil: '2026-12-15',
      },
      recordedBy: by,
      recordedAt: '2026-10-20T13:30:00+02:00',
    },
  ],
  initiative: {
    at: '2026-10-20T14:00:00+02:00',
    initiatedBy: 'kurator',
    reason: 'Hög frånvaro, pågående utredning på BUP och familjen behöver stöd.',
    receivers: [
      { entryId: 'bup', sentAt: '2026-10-20T14:00:00+02:00', dueAt: '2026-10-21T14:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-10-21T09:00:00+02:00' } },
      { entryId: 'soc', sentAt: '2026-10-20T14:00:00+02:00', dueAt: '2026-10-21T14:00:00+02:00' },
    ],
  },
  meetings: [
    {
      id: 'meeting-1',
      start: '2026-12-02T14:00:00+01:00',
      end: '2026-12-02T15:00:00+01:00',
      place: 'Skiftingeskolan, konferensrum Ugglan',
      form: 'inPerson',
      purpose: 'Göra en gemensam plan för Elias skolgång och familjens stöd.',
      questions: ['Hur kan Elias komma till skolan fler dagar?', 'Vilket stöd behöver familjen hemma?'],
      participants: ['sara', 'ali', 'mentor', 'kurator', 'psykolog', 'handl'],
      personAttends: true,
      leaderId: 'kurator',
      agenda: agenda({ opening: 8, situation: 12, needs: 25, summary: 9, closing: 6 }),
      invitations: [
        { entryId: 'sara', sentAt: '2026-11-10T09:00:00+01:00', dueAt: '2026-11-11T09:00:00+01:00', answer: { kind: 'acknowledged', at: '2026-11-10T18:00:00+01:00' } },
        { entryId: 'ali', sentAt: '2026-11-10T09:00:00+01:00', dueAt: '2026-11-11T09:00:00+01:00', answer: { kind: 'acknowledged', at: '2026-11-10T19:30:00+01:00' } },
        { entryId: 'mentor', sentAt: '2026-11-10T09:00:00+01:00', dueAt: '2026-11-11T09:00:00+01:00', answer: { kind: 'acknowledged', at: '2026-11-10T12:00:00+01:00' } },
        { entryId: 'psykolog', sentAt: '2026-11-10T09:00:00+01:00', dueAt: '2026-11-11T09:00:00+01:00' },
        { entryId: 'handl', sentAt: '2026-11-10T09:00:00+01:00', dueAt: '2026-11-11T09:00:00+01:00', answer: { kind: 'declined', at: '2026-11-11T08:00:00+01:00', redirectTo: 'soc', note: 'Ny handläggare utses, kontakta mottagningsgruppen.' } },
      ],
      status: 'planned',
    },
  ],
  goals: [
    { id: 'g-school', horizon: 'long', text: 'Elias vill gå i skolan varje dag och ha kompisar där.', whatMatters: 'Fotbollen på rasterna och att slippa känna sig dum.', measure: 'Närvaro minst 90 % under vårterminen.', targetDate: '2027-06-10', acceptedAt: '2026-11-05', realistic: true },
    { id: 'g-mornings', horizon: 'short', parentId: 'g-school', text: 'Elias får en lugn morgon och kommer till skolan till första lektionen fyra dagar i veckan.', measure: 'Mentor noterar ankomsttid varje dag.', targetDate: '2027-02-10', acceptedAt: '2026-11-05', realistic: true },
    { id: 'g-breaks', horizon: 'short', parentId: 'g-school', text: 'Elias vet vart han kan gå när det blir för mycket i klassrummet.', measure: 'Elias kan visa sin plats och använder den själv.', targetDate: '2026-12-18', acceptedAt: '2026-11-05' },
    { id: 'g-sleep', horizon: 'long', text: 'Elias sover gott och orkar träna fotboll två gånger i veckan.', measure: 'Sömndagbok: somnar före 21.30 fem kvällar av sju.', targetDate: '2027-04-30', realistic: true },
    { id: 'g-family', horizon: 'short', parentId: 'g-sleep', text: 'Familjen har färre bråk vid läggdags.', whatMatters: 'Sara och Ali vill att kvällarna ska bli lugnare.' },
  ],
  activities: [
    activity({ id: 'a-assess', title: 'Slutföra adhd-utredning och återkoppla till familjen', goalIds: ['g-school', 'g-sleep'], principal: region(R), unit: 'BUP Eskilstuna', unitEntryId: 'bup', personName: 'David Strand', personEntryId: 'psykolog', start: '2026-09-01', due: '2026-11-30', status: 'ongoing', times: ['2026-09-01T09:00:00+02:00', '2026-09-01T09:00:00+02:00'], by: 'David Strand' }),
    activity({ id: 'a-adapt', title: 'Anpassningar i klassrummet och en lugn plats', goalIds: ['g-breaks'], principal: municipality(K), unit: 'Skiftingeskolan', unitEntryId: 'school', personName: 'Petra Olsson', personEntryId: 'mentor', start: '2026-11-16', due: '2026-11-20', status: 'planned', times: ['2026-11-12T10:00:00+01:00'], by }),
    activity({ id: 'a-morning', title: 'Morgonrutin med bildschema', goalIds: ['g-mornings'], principal: other('individual', 'Föräldrar'), personName: 'Sara och Ali Karlsson', performer: { kind: 'relative', entryId: 'sara' }, start: '2026-12-03', frequency: 'skoldagar', status: 'planned', times: ['2026-11-12T10:00:00+01:00'], by }),
    activity({ id: 'a-parent', title: 'Föräldrastöd i grupp (ABC)', goalIds: ['g-family'], principal: municipality(K), unit: 'Socialtjänsten, familjestöd', unitEntryId: 'soc', personName: 'Rami Yousef', personEntryId: 'handl', start: '2027-01-15', due: '2027-03-31', frequency: 'en kväll i veckan', status: 'planned', times: ['2026-11-12T10:00:00+01:00'], by }),
    activity({ id: 'a-talks', title: 'Samtal med skolkurator', goalIds: ['g-school'], principal: municipality(K), unit: 'Elevhälsan', personName: 'Johanna Lind', personEntryId: 'kurator', start: '2026-09-07', frequency: 'varannan vecka', status: 'ongoing', times: ['2026-09-07T10:00:00+02:00', '2026-09-07T10:00:00+02:00'], by }),
  ],
  followUps: [],
  signatures: [],
  changeLog: [],
};
