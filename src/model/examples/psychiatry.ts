/**
 * An adult (35) in psychiatric care with social services, the employment service
 * (Arbetsförmedlingen) and social insurance (Försäkringskassan) taking part (they cannot
 * convene). Consent first refused, later given. Active, with a follow-up
 * recorded. Fictitious people.
 */
import type { SipPlan } from '../schema';
import { activity, agenda, municipality, other, region } from './helpers';

const K = 'Uppsala kommun';
const R = 'Region Uppsala';
const by = 'Nora Sundberg, case manager';

export const psychiatry: SipPlan = {
  id: 'sip-psych-0003',
  version: 1,
  status: 'active',
  createdAt: '2026-06-15T10:00:00+02:00',
  updatedAt: '2026-11-04T11:30:00+01:00',
  person: {
    name: 'Amir Hosseini',
    preferredName: 'Amir',
    identity: { type: 'personnummer', value: '19910922-3710' },
    birthDate: '1991-09-22',
    guardians: [],
    language: 'svenska, persiska',
    interpreter: { needed: false, note: 'Vill ha skriftlig information på lätt svenska.' },
    adaptations: ['Påminnelse via sms dagen före möten'],
  },
  reason: 'Amir har insatser från psykiatrin, socialtjänsten och boendestöd och vill börja arbeta. Arbetsförmedlingen och Försäkringskassan behöver ingå för att planeringen ska hålla ihop.',
  currentSituation: 'Amir har en bipolär sjukdom som är stabil sedan i våras. Han bor i egen lägenhet med boendestöd. Han har sjukersättning på deltid och vill pröva arbete.',
  ongoingInterventions: 'Psykiatrisk öppenvård (läkare, case manager). Boendestöd två gånger i veckan. Ekonomiskt bistånd.',
  needs: 'Amir vill börja arbeta några timmar i veckan. Han behöver en kontakt som håller ihop planen, stöd i början på jobbet och hjälp att förstå hur lön och sjukersättning påverkar varandra.',
  ifWorse: 'Tidiga tecken: sover mindre än fem timmar, slutar svara i telefon. Då ringer boendestödet case manager samma dag. Amir har en egen krisplan hemma.',
  overallResponsible: { principal: region(R), entryId: 'psyk' },
  followUpDate: '2027-01-20',
  network: [
    { id: 'mina', kind: 'relative', name: 'Mina Hosseini', relation: 'syster', map: { sector: 'family', ring: 1 }, roles: [], invited: true },
    { id: 'mother', kind: 'relative', name: 'Parisa Hosseini', relation: 'mamma', map: { sector: 'family', ring: 2 }, roles: [] },
    { id: 'erik', kind: 'friend', name: 'Erik', relation: 'vän från gymmet', map: { sector: 'friends', ring: 2 }, roles: [] },
    { id: 'psyk', kind: 'unit', name: 'Allmänpsykiatrisk mottagning Uppsala', principal: region(R), map: { sector: 'region', ring: 1 }, roles: [], invited: true },
    { id: 'nora', kind: 'professional', name: 'Nora Sundberg', profession: 'Case manager, sjuksköterska', principal: region(R), unit: 'Allmänpsykiatrisk mottagning Uppsala', unitId: 'psyk', map: { sector: 'region', ring: 1 }, roles: ['coordinator', 'fixedCareContact'], invited: true },
    { id: 'dr', kind: 'professional', name: 'Helena Vik', profession: 'Psykiater', principal: region(R), unit: 'Allmänpsykiatrisk mottagning Uppsala', unitId: 'psyk', map: { sector: 'region', ring: 2 }, roles: ['responsibleDoctor'], invited: true },
    { id: 'boende', kind: 'unit', name: 'Boendestöd Centrum', principal: municipality(K), map: { sector: 'municipality', ring: 1 }, roles: [], invited: true },
    { id: 'socsek', kind: 'professional', name: 'Oskar Lund', profession: 'Socialsekreterare', principal: municipality(K), unit: 'Socialtjänsten vuxen', map: { sector: 'municipality', ring: 2 }, roles: ['meetingLeader'], invited: true },
    { id: 'af', kind: 'organisation', name: 'Arbetsförmedlingen Uppsala', principal: other('employment-service', 'Arbetsförmedlingen'), map: { sector: 'school-work', ring: 2 }, roles: [], invited: true },
    { id: 'af-handl', kind: 'professional', name: 'Jenny Ali', profession: 'Arbetsförmedlare', principal: other('employment-service', 'Arbetsförmedlingen'), unitId: 'af', map: { sector: 'school-work', ring: 2 }, roles: [], invited: true },
    { id: 'fk', kind: 'organisation', name: 'Försäkringskassan', principal: other('social-insurance', 'Försäkringskassan'), map: { sector: 'other', ring: 3 }, roles: [], invited: true },
    { id: 'po', kind: 'professional', name: 'Kim Ahlström', profession: 'Personligt ombud', principal: other('personal-ombudsman', 'PO Uppsala'), map: { sector: 'other', ring: 2 }, roles: [], invited: false },
  ],
  consents: [
    {
      id: 'consent-1',
      decision: 'refused',
      givenBy: [{ role: 'person', name: 'Amir Hosseini' }],
      form: 'oral',
      scope: { parties: [], subject: 'SIP med psykiatri och socialtjänst', questions: [], validFrom: '2026-05-20' },
      recordedBy: by,
      recordedAt: '2026-05-20T14:00:00+02:00',
      note: 'Amir vill vänta tills han mår bättre.',
    },
    {
      id: 'consent-2',
      decision: 'given',
      givenBy: [{ role: 'person', name: 'Amir Hosseini' }],
      form: 'written',
      scope: {
        parties: ['psyk', 'nora', 'dr', 'boende', 'socsek', 'af', 'af-handl', 'fk', 'mina'],
        subject: 'Vård, boendestöd, ekonomi och väg till arbete',
        questions: ['Hur kan Amir börja arbeta utan att må sämre?', 'Hur hänger ersättningarna ihop med arbetsträning?'],
        validFrom: '2026-06-15',
        validUntil: '2027-06-15',
      },
      recordedBy: by,
      recordedAt: '2026-06-15T10:30:00+02:00',
    },
  ],
  initiative: {
    at: '2026-06-15T11:00:00+02:00',
    initiatedBy: 'nora',
    reason: 'Amir vill börja arbeta; flera huvudmän och myndigheter berörs.',
    receivers: [
      { entryId: 'boende', sentAt: '2026-06-15T11:00:00+02:00', dueAt: '2026-06-16T11:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-06-15T15:00:00+02:00' } },
      { entryId: 'af', sentAt: '2026-06-15T11:00:00+02:00', dueAt: '2026-06-16T11:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-06-16T10:00:00+02:00' } },
    ],
  },
  meetings: [
    {
      id: 'meeting-1',
      start: '2026-07-02T13:00:00+02:00',
      end: '2026-07-02T14:30:00+02:00',
      place: 'Allmänpsykiatrisk mottagning, rum 3',
      form: 'inPerson',
      purpose: 'Första SIP-mötet',
      questions: [],
      participants: ['mina', 'nora', 'dr', 'boende', 'socsek', 'af-handl'],
      personAttends: true,
      leaderId: 'socsek',
      agenda: agenda({ opening: 10, situation: 15, needs: 40, summary: 15, closing: 10 }, { opening: 9, situation: 18, needs: 44, summary: 12, closing: 7 }),
      invitations: [],
      status: 'held',
    },
    {
      id: 'meeting-2',
      start: '2026-11-04T10:00:00+01:00',
      end: '2026-11-04T11:00:00+01:00',
      form: 'video',
      place: 'Videomöte (länk i kallelsen)',
      purpose: 'Uppföljning och revidering',
      questions: ['Hur har arbetsträningen gått?'],
      participants: ['nora', 'boende', 'socsek', 'af-handl', 'fk'],
      personAttends: true,
      leaderId: 'socsek',
      interpreter: { needed: false },
      agenda: agenda({ opening: 6, situation: 12, needs: 27, summary: 9, closing: 6 }, { opening: 5, situation: 10, needs: 30, summary: 10, closing: 5 }),
      invitations: [
        { entryId: 'fk', sentAt: '2026-10-14T09:00:00+02:00', dueAt: '2026-10-15T09:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-10-14T13:00:00+02:00' } },
        { entryId: 'af-handl', sentAt: '2026-10-14T09:00:00+02:00', dueAt: '2026-10-15T09:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-10-15T08:00:00+02:00' } },
      ],
      status: 'held',
    },
  ],
  goals: [
    { id: 'g-work', horizon: 'long', text: 'Jag vill ha ett arbete på halvtid som jag trivs med.', whatMatters: 'Att ha något att gå till och egna pengar.', measure: 'Anställning minst 50 % med eller utan lönestöd.', targetDate: '2027-12-31', acceptedAt: '2026-07-02', realistic: true },
    { id: 'g-practice', horizon: 'short', parentId: 'g-work', text: 'Jag vill arbetsträna tre förmiddagar i veckan på ett lager.', measure: 'Närvaro enligt arbetsträningsplatsen.', targetDate: '2027-03-31', acceptedAt: '2026-07-02', realistic: true, achievement: { value: 'partly', at: '2026-11-04', note: 'Två förmiddagar i veckan sedan oktober.', followUpId: 'followup-1' } },
    { id: 'g-stable', horizon: 'long', text: 'Jag vill må stabilt och känna igen tidiga tecken i tid.', measure: 'Inga akuta inläggningar; krisplanen används vid tidiga tecken.', targetDate: '2027-06-30', acceptedAt: '2026-07-02', realistic: true },
    { id: 'g-money', horizon: 'short', parentId: 'g-stable', text: 'Jag vill ha koll på min ekonomi varje månad.', measure: 'Räkningar betalda i tid; budget med boendestödet.', targetDate: '2027-01-31', acceptedAt: '2026-07-02', realistic: true, achievement: { value: 'reached', at: '2026-11-04', followUpId: 'followup-1' } },
  ],
  activities: [
    activity({ id: 'a-cm', title: 'Case management och krisplan', goalIds: ['g-stable'], principal: region(R), unit: 'Allmänpsykiatrisk mottagning', unitEntryId: 'psyk', personName: 'Nora Sundberg', personEntryId: 'nora', start: '2026-07-03', frequency: 'varannan vecka', status: 'ongoing', times: ['2026-07-02T15:00:00+02:00', '2026-07-03T09:00:00+02:00'], by }),
    activity({ id: 'a-med', title: 'Läkemedelsuppföljning (litium)', goalIds: ['g-stable'], principal: region(R), unit: 'Allmänpsykiatrisk mottagning', unitEntryId: 'psyk', personName: 'Helena Vik', personEntryId: 'dr', start: '2026-07-03', due: '2026-11-13', frequency: 'var tredje månad', status: 'ongoing', times: ['2026-07-02T15:00:00+02:00', '2026-07-03T09:00:00+02:00'], by }),
    activity({ id: 'a-ips', title: 'Arbetsträning med stöd (IPS)', goalIds: ['g-practice'], principal: other('employment-service', 'Arbetsförmedlingen'), unit: 'Arbetsförmedlingen Uppsala', unitEntryId: 'af', personName: 'Jenny Ali', personEntryId: 'af-handl', performer: { kind: 'organisation', entryId: 'af' }, start: '2026-09-01', due: '2027-03-31', frequency: 'tre förmiddagar i veckan', status: 'ongoing', times: ['2026-07-02T15:00:00+02:00', '2026-09-01T08:00:00+02:00'], by }),
    activity({ id: 'a-fk', title: 'Besked om vilande sjukersättning vid arbete', goalIds: ['g-work'], principal: other('social-insurance', 'Försäkringskassan'), unit: 'Försäkringskassan', unitEntryId: 'fk', personName: 'Handläggare, Försäkringskassan (namn meddelas)', start: '2026-11-05', due: '2026-11-19', status: 'planned', times: ['2026-11-04T11:00:00+01:00'], by }),
    activity({ id: 'a-home', title: 'Boendestöd: struktur i vardagen och budget', goalIds: ['g-money'], principal: municipality(K), unit: 'Boendestöd Centrum', unitEntryId: 'boende', personName: 'Lisa Grahn', performer: { kind: 'unit', entryId: 'boende' }, start: '2026-07-06', frequency: 'två gånger i veckan', status: 'done', times: ['2026-07-02T15:00:00+02:00', '2026-07-06T10:00:00+02:00', '2026-11-04T11:00:00+01:00'], by }),
    activity({ id: 'a-gym', title: 'Träna på gymmet med Erik', goalIds: ['g-stable'], principal: other('individual', 'Amir själv'), personName: 'Amir Hosseini', performer: { kind: 'person' }, start: '2026-08-01', frequency: 'två gånger i veckan', status: 'paused', times: ['2026-07-02T15:00:00+02:00', '2026-08-01T18:00:00+02:00', '2026-10-01T18:00:00+02:00'], by }),
  ],
  followUps: [
    {
      id: 'followup-1',
      date: '2026-11-04',
      meetingId: 'meeting-2',
      howItWent: 'Amir har arbetstränat två förmiddagar i veckan sedan oktober och mår stabilt. Budgeten fungerar.',
      helped: 'Samma kontaktperson på Arbetsförmedlingen; sms-påminnelser.',
      hindered: 'Osäkerhet om hur ersättningen påverkas; långa handläggningstider.',
      furtherCoordinationNeeded: true,
      decision: 'continue',
      recordedBy: by,
      recordedAt: '2026-11-04T11:20:00+01:00',
    },
  ],
  signatures: [
    { role: 'coordinator', by: 'Nora Sundberg', entryId: 'nora', at: '2026-07-03T09:00:00+02:00' },
    { role: 'person', by: 'Amir Hosseini', at: '2026-07-03T09:30:00+02:00' },
  ],
  lockedAt: '2026-07-03T09:00:00+02:00',
  changeLog: [
    { id: 'sip-psych-0003/v1/c1', type: 'consent.refused', by, at: '2026-05-20T14:00:00+02:00', target: { kind: 'consent', id: 'consent-1' }, summary: 'Nej till samtycke registrerat.' },
    { id: 'sip-psych-0003/v1/c2', type: 'consent.recorded', by, at: '2026-06-15T10:30:00+02:00', target: { kind: 'consent', id: 'consent-2' }, summary: 'Samtycke registrerat.' },
    { id: 'sip-psych-0003/v1/c3', type: 'plan.signed', by, at: '2026-07-03T09:00:00+02:00', summary: 'Planen signerad och låst.' },
    { id: 'sip-psych-0003/v1/c4', type: 'plan.followUp', by, at: '2026-11-04T11:20:00+01:00', target: { kind: 'followUp', id: 'followup-1' }, after: { date: '2026-11-04', decision: 'continue' }, summary: 'Uppföljning registrerad.' },
  ],
};
