/**
 * Seed 000's older person at home: many units at once, relatives carrying much of the
 * coordination, goals in her own words ("Vad är viktigt för dig?"). Fictitious person;
 * the personnummer passes the checksum but belongs to no one we know of.
 * Signed and active; relative to 2026-11-22 some activities are overdue.
 */
import type { SipPlan } from '../schema';
import { activity, agenda, municipality, other, region } from './helpers';

const K = 'Västerås stad';
const R = 'Region Västmanland';
const by = 'Maria Ek, distriktssköterska';

export const elderly: SipPlan = {
  id: 'sip-elderly-0001',
  version: 1,
  status: 'active',
  createdAt: '2026-09-08T09:00:00+02:00',
  updatedAt: '2026-10-07T15:10:00+02:00',
  person: {
    name: 'Karin Lindqvist',
    preferredName: 'Karin',
    identity: { type: 'personnummer', value: '19380314-2383' },
    birthDate: '1938-03-14',
    guardians: [],
    language: 'svenska',
    interpreter: { needed: false },
    adaptations: ['Hörselslinga eller tydligt tal – nedsatt hörsel på vänster öra', 'Möten hemma hos Karin, helst förmiddag'],
    contact: { phone: '021-12 34 56', address: 'Björkvägen 12, 722 14 Västerås' },
  },
  reason:
    'Karin har insatser från vårdcentral, hemtjänst, kommunal rehab och geriatrisk mottagning. Hon har vårdats på sjukhus två gånger i höstas efter fall. Dottern Eva samordnar i dag mycket själv och det tar hårt på henne.',
  currentSituation:
    'Karin bor ensam i lägenhet med hiss. Hon har diabetes typ 2, hjärtsvikt och inkontinens. Hon blir yr på morgonen och har fallit två gånger. Hon sover dåligt på grund av smärta i höften. Hemtjänst kommer morgon och kväll.',
  ongoingInterventions:
    'Hemtjänst morgon och kväll (dusch två gånger i veckan). Diabetessköterska på vårdcentralen var tredje månad. Trygghetslarm. Matdistribution fem dagar i veckan.',
  needs:
    'Karin vill bo kvar hemma och känna sig trygg. Hon behöver hjälp så att hon inte faller igen och mindre ont i höften så att hon kan sova. Eva behöver slippa hålla ihop allt själv.',
  ifWorse:
    'Vid ökad yrsel, nytt fall eller förvirring: ring vårdcentralen (dagtid) eller 1177. Hemtjänsten kontaktar distriktssköterskan samma dag. Eva meddelas alltid.',
  overallResponsible: { principal: region(R), entryId: 'vc-kungsgarden' },
  followUpDate: '2026-12-03',
  network: [
    { id: 'eva', kind: 'relative', name: 'Eva Lindqvist', relation: 'dotter', contact: { phone: '070-123 45 67' }, map: { sector: 'family', ring: 1 }, roles: [], invited: true, knows: ['lars'] },
    { id: 'lars', kind: 'relative', name: 'Lars Lindqvist', relation: 'son', contact: { phone: '073-765 43 21' }, map: { sector: 'family', ring: 2 }, roles: [], invited: false },
    { id: 'gunnel', kind: 'friend', name: 'Gunnel Ström', relation: 'granne och bridgevän', map: { sector: 'friends', ring: 1 }, roles: [], invited: false },
    { id: 'bridge', kind: 'organisation', name: 'Västerås bridgeklubb', principal: other('voluntary', 'Västerås bridgeklubb'), map: { sector: 'friends', ring: 2 }, roles: [] },
    { id: 'vc-kungsgarden', kind: 'unit', name: 'Vårdcentralen Kungsgärdet', principal: region(R), unit: 'Vårdcentralen Kungsgärdet', contact: { phone: '021-17 50 00' }, map: { sector: 'region', ring: 1 }, roles: [] },
    { id: 'maria', kind: 'professional', name: 'Maria Ek', profession: 'Distriktssköterska', principal: region(R), unit: 'Vårdcentralen Kungsgärdet', unitId: 'vc-kungsgarden', contact: { phone: '021-17 50 12', email: 'maria.ek@example.org' }, map: { sector: 'region', ring: 1 }, roles: ['coordinator', 'fixedCareContact'], invited: true, knows: ['ahmed', 'sofia'] },
    { id: 'ahmed', kind: 'professional', name: 'Ahmed Haddad', profession: 'Läkare, specialist i allmänmedicin', principal: region(R), unit: 'Vårdcentralen Kungsgärdet', unitId: 'vc-kungsgarden', map: { sector: 'region', ring: 2 }, roles: ['responsibleDoctor'], invited: true },
    { id: 'geriatrik', kind: 'unit', name: 'Geriatriska mottagningen, Västmanlands sjukhus', principal: region(R), map: { sector: 'region', ring: 3 }, roles: [], invited: false },
    { id: 'hemtjanst', kind: 'unit', name: 'Hemtjänst Norr', principal: other('private-provider', 'Omsorgshuset AB', 'municipality'), unit: 'Hemtjänst Norr', contact: { phone: '021-39 00 00' }, map: { sector: 'municipality', ring: 1 }, roles: [], invited: true },
    { id: 'sofia', kind: 'professional', name: 'Sofia Berg', profession: 'Biståndshandläggare', principal: municipality(K), unit: 'Äldreomsorgens myndighetsutövning', map: { sector: 'municipality', ring: 2 }, roles: ['meetingLeader'], invited: true },
    { id: 'jonas', kind: 'professional', name: 'Jonas Nyberg', profession: 'Arbetsterapeut', principal: municipality(K), unit: 'Kommunal rehab Norr', map: { sector: 'municipality', ring: 2 }, roles: [], invited: true },
    { id: 'lina', kind: 'professional', name: 'Lina Holm', profession: 'Fysioterapeut', principal: municipality(K), unit: 'Kommunal rehab Norr', map: { sector: 'municipality', ring: 3 }, roles: [], invited: false },
  ],
  consents: [
    {
      id: 'consent-1',
      decision: 'given',
      givenBy: [{ role: 'person', name: 'Karin Lindqvist' }],
      form: 'written',
      scope: {
        parties: ['vc-kungsgarden', 'maria', 'ahmed', 'geriatrik', 'hemtjanst', 'sofia', 'jonas', 'lina', 'eva'],
        subject: 'Samordning av vård och omsorg i hemmet efter fall och sjukhusvistelser',
        questions: ['Hur kan Karin känna sig säker på morgonen?', 'Hur kan Karin sova bättre?', 'Hur kan Eva avlastas?'],
        validFrom: '2026-09-10',
        validUntil: '2027-09-10',
      },
      recordedBy: by,
      recordedAt: '2026-09-10T10:20:00+02:00',
      note: 'Karin vill inte att Lars får planen förrän hon själv pratat med honom.',
    },
  ],
  initiative: {
    at: '2026-09-10T11:00:00+02:00',
    initiatedBy: 'maria',
    reason: 'Två inläggningar efter fall på kort tid; många aktörer; dottern bär samordningen.',
    receivers: [
      { entryId: 'sofia', sentAt: '2026-09-10T11:00:00+02:00', dueAt: '2026-09-11T11:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-09-10T14:32:00+02:00' } },
      { entryId: 'geriatrik', sentAt: '2026-09-10T11:00:00+02:00', dueAt: '2026-09-11T11:00:00+02:00', answer: { kind: 'declined', at: '2026-09-11T08:05:00+02:00', redirectTo: 'ahmed', note: 'Ansvarig läkare på vårdcentralen deltar; vi bistår med utlåtande.' } },
    ],
  },
  meetings: [
    {
      id: 'meeting-1',
      start: '2026-10-07T09:30:00+02:00',
      end: '2026-10-07T11:00:00+02:00',
      place: 'Hemma hos Karin, Björkvägen 12',
      form: 'inPerson',
      purpose: 'Upprätta en samordnad plan så att Karin kan bo kvar hemma tryggt.',
      questions: ['Hur kan Karin känna sig säker på morgonen?', 'Vem gör vad vid nästa fall?'],
      participants: ['eva', 'maria', 'ahmed', 'hemtjanst', 'sofia', 'jonas'],
      personAttends: true,
      leaderId: 'sofia',
      interpreter: { needed: false },
      agenda: agenda(
        { opening: 10, situation: 15, needs: 40, summary: 15, closing: 10 },
        { opening: 12, situation: 22, needs: 38, summary: 12, closing: 6 },
      ),
      invitations: [
        { entryId: 'eva', sentAt: '2026-09-15T10:00:00+02:00', dueAt: '2026-09-16T10:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-09-15T12:00:00+02:00' } },
        { entryId: 'ahmed', sentAt: '2026-09-15T10:00:00+02:00', dueAt: '2026-09-16T10:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-09-16T09:10:00+02:00', note: 'Deltar via video.' } },
        { entryId: 'hemtjanst', sentAt: '2026-09-15T10:00:00+02:00', dueAt: '2026-09-16T10:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-09-15T16:40:00+02:00' } },
        { entryId: 'sofia', sentAt: '2026-09-15T10:00:00+02:00', dueAt: '2026-09-16T10:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-09-15T10:30:00+02:00' } },
        { entryId: 'jonas', sentAt: '2026-09-15T10:00:00+02:00', dueAt: '2026-09-16T10:00:00+02:00', answer: { kind: 'acknowledged', at: '2026-09-16T08:00:00+02:00' } },
      ],
      status: 'held',
    },
    {
      id: 'meeting-2',
      start: '2026-12-03T10:00:00+01:00',
      end: '2026-12-03T11:00:00+01:00',
      place: 'Hemma hos Karin, Björkvägen 12',
      form: 'inPerson',
      purpose: 'Uppföljning av Karins plan.',
      questions: ['Hur har det gått?', 'Vad har hjälpt och vad har hindrat?'],
      participants: ['eva', 'maria', 'hemtjanst', 'sofia', 'jonas'],
      personAttends: true,
      leaderId: 'sofia',
      agenda: agenda({ opening: 6, situation: 12, needs: 27, summary: 9, closing: 6 }),
      invitations: [
        { entryId: 'eva', sentAt: '2026-11-12T09:00:00+01:00', dueAt: '2026-11-13T09:00:00+01:00', answer: { kind: 'acknowledged', at: '2026-11-12T10:00:00+01:00' } },
        { entryId: 'hemtjanst', sentAt: '2026-11-12T09:00:00+01:00', dueAt: '2026-11-13T09:00:00+01:00', answer: { kind: 'declined', at: '2026-11-13T08:30:00+01:00', redirectTo: 'Gruppledare Anna Ruiz, Hemtjänst Norr' } },
        { entryId: 'sofia', sentAt: '2026-11-12T09:00:00+01:00', dueAt: '2026-11-13T09:00:00+01:00' },
        { entryId: 'jonas', sentAt: '2026-11-12T09:00:00+01:00', dueAt: '2026-11-13T09:00:00+01:00', answer: { kind: 'acknowledged', at: '2026-11-12T13:15:00+01:00' } },
      ],
      status: 'planned',
    },
  ],
  goals: [
    { id: 'g-home', horizon: 'long', text: 'Jag vill kunna bo kvar hemma och klara vardagen tryggt.', whatMatters: 'Att få bo kvar i min lägenhet nära Eva och bridgeklubben.', measure: 'Inga oplanerade sjukhusinläggningar under ett år; Karin skattar tryggheten minst 4 av 5.', targetDate: '2027-09-30', acceptedAt: '2026-10-07', realistic: true },
    { id: 'g-morning', horizon: 'short', parentId: 'g-home', text: 'Jag vill kunna stiga upp själv på morgonen utan att känna mig yr och osäker.', whatMatters: 'Att inte vara rädd för att ramla när jag går upp.', measure: 'Inga fall på morgonen; yrsel högst en morgon per vecka enligt Karins dagbok.', targetDate: '2027-01-31', acceptedAt: '2026-10-07', realistic: true },
    { id: 'g-shop', horizon: 'short', parentId: 'g-home', text: 'Jag vill kunna gå till affären och småhandla själv utan att bli utmattad.', whatMatters: 'Att få välja själv vad jag köper.', measure: 'Karin handlar själv på ICA Björken minst en gång i veckan.', targetDate: '2027-03-31', acceptedAt: '2026-10-07', realistic: true },
    { id: 'g-shower', horizon: 'short', parentId: 'g-home', text: 'Jag vill kunna duscha själv när jag vill.', measure: 'Karin duschar själv med hjälpmedel, hemtjänst finns i närheten.', targetDate: '2027-02-28', acceptedAt: '2026-10-07', realistic: true, disagreement: 'Hemtjänsten bedömer att tillsyn behövs tills duschpallen och greppen är på plats; Karin vill börja direkt.' },
    { id: 'g-life', horizon: 'long', text: 'Jag vill kunna spela bridge en gång i veckan och fika med medspelarna utan att besväras av diabetes och inkontinens.', whatMatters: 'Bridgen och vännerna är det roligaste jag har.', measure: 'Karin deltar i bridgen minst tre tisdagar av fyra.', targetDate: '2027-06-30', acceptedAt: '2026-10-07', realistic: true },
    { id: 'g-sleep', horizon: 'short', parentId: 'g-life', text: 'Jag vill kunna sova gott utan smärta.', measure: 'Karin sover minst sex timmar de flesta nätter och skattar smärtan högst 3 av 10.', targetDate: '2026-12-31', acceptedAt: '2026-10-07', realistic: true },
    { id: 'g-baptism', horizon: 'short', parentId: 'g-life', text: 'Jag vill kunna vara med på mitt barnbarnsbarns dop i februari.', measure: 'Karin är med på dopet i Badelunda kyrka.', targetDate: '2027-02-14', acceptedAt: '2026-10-07' },
  ],
  activities: [
    activity({ id: 'a-meds', title: 'Läkemedelsgenomgång', description: 'Fördjupad genomgång med fokus på blodtrycksmediciner och yrsel.', goalIds: ['g-morning'], principal: region(R), unit: 'Vårdcentralen Kungsgärdet', unitEntryId: 'vc-kungsgarden', personName: 'Ahmed Haddad', personEntryId: 'ahmed', performer: { kind: 'unit', entryId: 'vc-kungsgarden' }, start: '2026-10-12', due: '2026-10-30', status: 'done', times: ['2026-10-07T11:00:00+02:00', '2026-10-14T08:30:00+02:00', '2026-10-28T15:00:00+01:00'], by }),
    activity({ id: 'a-bp', title: 'Blodtryck liggande och stående', goalIds: ['g-morning'], principal: region(R), unit: 'Vårdcentralen Kungsgärdet', unitEntryId: 'vc-kungsgarden', personName: 'Maria Ek', personEntryId: 'maria', start: '2026-10-12', due: '2026-11-15', frequency: 'en gång i veckan', status: 'ongoing', times: ['2026-10-07T11:00:00+02:00', '2026-10-12T09:00:00+02:00'], by }),
    activity({ id: 'a-rehab', title: 'Balansträning i hemmet', goalIds: ['g-morning', 'g-shop'], principal: municipality(K), unit: 'Kommunal rehab Norr', personName: 'Lina Holm', personEntryId: 'lina', performer: { kind: 'unit', name: 'Kommunal rehab Norr' }, start: '2026-10-19', due: '2027-01-31', frequency: 'två gånger i veckan', status: 'ongoing', times: ['2026-10-07T11:00:00+02:00', '2026-10-19T10:00:00+02:00'], by }),
    activity({ id: 'a-aids', title: 'Duschpall och stödhandtag i badrummet', goalIds: ['g-shower'], principal: municipality(K), unit: 'Kommunal rehab Norr', personName: 'Jonas Nyberg', personEntryId: 'jonas', start: '2026-10-14', due: '2026-11-06', status: 'planned', times: ['2026-10-07T11:00:00+02:00'], by }),
    activity({ id: 'a-shower', title: 'Stöd vid dusch tills hjälpmedlen är på plats', goalIds: ['g-shower'], principal: other('private-provider', 'Omsorgshuset AB', 'municipality'), unit: 'Hemtjänst Norr', unitEntryId: 'hemtjanst', personName: 'Anna Ruiz, gruppledare', performer: { kind: 'unit', entryId: 'hemtjanst' }, start: '2026-10-08', frequency: 'tisdag och fredag', status: 'ongoing', times: ['2026-10-07T11:00:00+02:00', '2026-10-08T07:45:00+02:00'], by }),
    activity({ id: 'a-pain', title: 'Smärtlindring och sömn – uppföljning', goalIds: ['g-sleep'], principal: region(R), unit: 'Vårdcentralen Kungsgärdet', personName: 'Ahmed Haddad', personEntryId: 'ahmed', start: '2026-10-15', due: '2026-11-20', status: 'ongoing', times: ['2026-10-07T11:00:00+02:00', '2026-10-15T13:00:00+02:00'], by }),
    activity({ id: 'a-diary', title: 'Karin för dagbok över yrsel och sömn', goalIds: ['g-morning', 'g-sleep'], principal: other('individual', 'Karin själv'), personName: 'Karin Lindqvist', performer: { kind: 'person' }, start: '2026-10-08', due: '2026-12-03', frequency: 'varje morgon', status: 'ongoing', times: ['2026-10-07T11:00:00+02:00', '2026-10-08T08:00:00+02:00'], by }),
    activity({ id: 'a-bridge', title: 'Skjuts till bridgen på tisdagar', goalIds: ['g-life'], principal: other('individual', 'Närstående'), personName: 'Eva Lindqvist', personEntryId: 'eva', performer: { kind: 'relative', entryId: 'eva' }, start: '2026-10-13', frequency: 'varje tisdag', status: 'ongoing', times: ['2026-10-07T11:00:00+02:00', '2026-10-13T13:00:00+02:00'], by }),
    activity({ id: 'a-incont', title: 'Utprovning av inkontinenshjälpmedel', goalIds: ['g-life'], principal: region(R), unit: 'Vårdcentralen Kungsgärdet', personName: 'Maria Ek', personEntryId: 'maria', start: '2026-10-20', due: '2026-11-10', status: 'paused', times: ['2026-10-07T11:00:00+02:00', '2026-10-20T10:00:00+02:00', '2026-10-27T10:00:00+01:00'], by }),
    activity({ id: 'a-geri', title: 'Geriatrisk bedömning av fallrisk', goalIds: ['g-morning'], principal: region(R), unit: 'Geriatriska mottagningen', unitEntryId: 'geriatrik', personName: 'Ahmed Haddad (remitterande)', personEntryId: 'ahmed', start: '2026-10-10', due: '2026-10-31', status: 'cancelled', times: ['2026-10-07T11:00:00+02:00', '2026-10-29T09:00:00+01:00'], by }),
    activity({ id: 'a-relief', title: 'Anhörigstöd och avlösning för Eva', goalIds: ['g-home'], principal: municipality(K), unit: 'Anhörigcentrum', personName: 'Sofia Berg', personEntryId: 'sofia', start: '2026-11-01', due: '2026-11-30', status: 'planned', times: ['2026-10-07T11:00:00+02:00'], by }),
  ],
  followUps: [],
  signatures: [
    { role: 'coordinator', by: 'Maria Ek', entryId: 'maria', at: '2026-10-07T15:00:00+02:00' },
    { role: 'person', by: 'Karin Lindqvist', at: '2026-10-07T15:05:00+02:00' },
  ],
  lockedAt: '2026-10-07T15:00:00+02:00',
  changeLog: [
    { id: 'sip-elderly-0001/v1/c1', type: 'consent.recorded', by, at: '2026-09-10T10:20:00+02:00', target: { kind: 'consent', id: 'consent-1' }, summary: 'Samtycke registrerat.' },
    { id: 'sip-elderly-0001/v1/c2', type: 'plan.signed', by, at: '2026-10-07T15:00:00+02:00', target: { kind: 'plan', id: 'sip-elderly-0001' }, before: { status: 'draft' }, after: { status: 'active', version: 1 }, summary: 'Planen signerad och låst.' },
  ],
};
