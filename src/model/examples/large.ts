/**
 * A large plan for benchmarks and stress stories: 200 network entries, 50 goals
 * (10 long-term with 4 sub-goals each), 300 activities with varied statuses and dates.
 * Generated deterministically from indices (no randomness), so every run is identical.
 */
import { DEFAULT_SECTORS } from '../constants';
import type { Activity, Goal, NetworkEntry, SipPlan } from '../schema';
import { activity, municipality, other, region } from './helpers';

const K = 'Exempelstad kommun';
const R = 'Region Exempel';
const by = 'Samordnare Exempel';

const FIRST = ['Anna', 'Erik', 'Maja', 'Omar', 'Sara', 'Johan', 'Fatima', 'Nils', 'Elin', 'Ali', 'Ida', 'Karl', 'Hanna', 'Leo', 'Noor', 'Olle'];
const LAST = ['Andersson', 'Berg', 'Carlsson', 'Dahl', 'Ek', 'Falk', 'Gustafsson', 'Holm', 'Isaksson', 'Jonsson', 'Lund', 'Nilsson'];
const PROFESSIONS = ['Sjuksköterska', 'Läkare', 'Arbetsterapeut', 'Fysioterapeut', 'Biståndshandläggare', 'Socialsekreterare', 'Undersköterska', 'Kurator'];
const TITLES = ['Hembesök', 'Läkemedelsgenomgång', 'Träning', 'Samtal', 'Hjälpmedel', 'Uppföljning', 'Stöd i vardagen', 'Bedömning', 'Provtagning', 'Information'];
const STATUSES = ['planned', 'ongoing', 'done', 'paused', 'cancelled', 'ongoing', 'planned'] as const;

function name(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date `days` after 2026-06-01 (UTC), `YYYY-MM-DD`. */
function day(days: number): string {
  const d = new Date(Date.UTC(2026, 5, 1 + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function entry(i: number): NetworkEntry {
  const id = `n${i}`;
  const ring = ((i % 3) + 1) as 1 | 2 | 3;
  const sector = DEFAULT_SECTORS[i % DEFAULT_SECTORS.length]!;
  switch (sector) {
    case 'family':
      return { id, kind: 'relative', name: name(i), relation: ['dotter', 'son', 'syster', 'bror', 'barnbarn'][i % 5], map: { sector, ring }, roles: [], invited: i % 4 === 0 };
    case 'friends':
      return { id, kind: 'friend', name: name(i), relation: 'vän', map: { sector, ring }, roles: [] };
    case 'school-work':
      return { id, kind: 'organisation', name: `Arbetsplats ${i}`, principal: other('employment-service', 'Arbetsförmedlingen'), map: { sector, ring }, roles: [], invited: i % 2 === 0 };
    case 'municipality':
      return { id, kind: 'professional', name: name(i), profession: PROFESSIONS[i % PROFESSIONS.length], principal: municipality(K), unit: `Kommunal enhet ${i % 10}`, map: { sector, ring }, roles: [], invited: i % 3 === 0, contact: { phone: `021-${100000 + i}` } };
    case 'region':
      return { id, kind: 'professional', name: name(i), profession: PROFESSIONS[(i + 1) % PROFESSIONS.length], principal: region(R), unit: `Vårdenhet ${i % 10}`, map: { sector, ring }, roles: [], invited: i % 3 === 0, contact: { email: `person${i}@example.org` } };
    default:
      return { id, kind: 'unit', name: `Organisation ${i}`, principal: other('voluntary', `Förening ${i}`), map: { sector, ring }, roles: [] };
  }
}

function buildNetwork(): NetworkEntry[] {
  const network = Array.from({ length: 200 }, (_, i) => entry(i));
  // roles: a region professional coordinates; others hold the care roles
  network[4] = { ...network[4]!, roles: ['coordinator', 'fixedCareContact'] };
  network[10] = { ...network[10]!, roles: ['responsibleDoctor'] };
  network[3] = { ...network[3]!, roles: ['meetingLeader'] };
  return network;
}

function buildGoals(): Goal[] {
  const goals: Goal[] = [];
  for (let l = 0; l < 10; l++) {
    goals.push({
      id: `g${l}`,
      horizon: 'long',
      text: `Jag vill klara område ${l + 1} i vardagen på egen hand.`,
      whatMatters: `Det som är viktigt för mig inom område ${l + 1}.`,
      measure: `Skattning minst 4 av 5 för område ${l + 1}.`,
      targetDate: day(400 + l * 10),
      acceptedAt: day(30),
      realistic: true,
    });
    for (let s = 0; s < 4; s++) {
      const g: Goal = { id: `g${l}-${s}`, horizon: 'short', parentId: `g${l}`, text: `Jag vill ta steg ${s + 1} mot område ${l + 1} inom tre månader.` };
      if (s % 2 === 0) g.measure = `Steg ${s + 1} avklarat enligt dagbok.`;
      if (s !== 3) g.targetDate = day(120 + s * 30 + l);
      if (s < 2) g.acceptedAt = day(30);
      if (s === 1) g.achievement = { value: (['reached', 'partly', 'notReached', 'noLongerRelevant'] as const)[l % 4]!, at: day(150) };
      goals.push(g);
    }
  }
  return goals;
}

function buildActivities(network: NetworkEntry[]): Activity[] {
  const out: Activity[] = [];
  for (let i = 0; i < 300; i++) {
    const status = STATUSES[i % STATUSES.length]!;
    const resp = network[(i % 2 === 0 ? 3 : 4) + 6 * (i % 30)]!; // municipality (i%6==3) or region (i%6==4) professionals
    const start = day((i * 3) % 200);
    const due = day(((i * 3) % 200) + 30 + (i % 90));
    const t0 = `${day(20)}T09:00:00Z`;
    const t1 = `${start}T10:00:00Z`;
    const t2 = `${due}T16:00:00Z`;
    out.push(
      activity({
        id: `a${i}`,
        title: `${TITLES[i % TITLES.length]} ${i + 1}`,
        description: i % 5 === 0 ? `Beskrivning av insats ${i + 1}, vem som gör vad och hur ofta.` : undefined,
        goalIds: [`g${i % 10}-${i % 4}`, ...(i % 7 === 0 ? [`g${(i + 3) % 10}`] : [])],
        principal: resp.principal!,
        unit: resp.unit,
        personName: resp.name,
        personEntryId: resp.id,
        start,
        due: i % 9 === 0 ? undefined : due,
        frequency: i % 3 === 0 ? 'en gång i veckan' : undefined,
        status,
        times: [t0, t1 < t0 ? t0 : t1, t2 < t1 ? t1 : t2],
        by,
      }),
    );
  }
  return out;
}

function buildLarge(): SipPlan {
  const network = buildNetwork();
  const covered = network.filter((e) => e.kind === 'professional' || e.kind === 'organisation').map((e) => e.id);
  return {
    id: 'sip-large-0004',
    version: 1,
    status: 'draft',
    createdAt: '2026-06-01T08:00:00Z',
    updatedAt: '2026-11-20T08:00:00Z',
    person: {
      name: 'Stor Exempelsson',
      preferredName: 'Stor',
      identity: { type: 'samordningsnummer', value: '19850472-3191' },
      birthDate: '1985-04-12',
      guardians: [],
      adaptations: ['Tolk vid alla möten'],
      interpreter: { needed: true, language: 'arabiska' },
    },
    reason: 'Ett mycket stort nätverk för prestandatester och stories.',
    currentSituation: 'Genererad exempelplan.',
    overallResponsible: { principal: municipality(K), entryId: 'n3' },
    followUpDate: '2027-01-15',
    network,
    consents: [
      {
        id: 'consent-1',
        decision: 'given',
        givenBy: [{ role: 'person' }],
        form: 'written',
        scope: { parties: covered, subject: 'Allt i planen', questions: [], validFrom: '2026-06-01', validUntil: '2027-06-01' },
        recordedBy: by,
        recordedAt: '2026-06-01T09:00:00Z',
      },
    ],
    meetings: Array.from({ length: 5 }, (_, m) => ({
      id: `m${m}`,
      start: `${day(40 + m * 40)}T09:00:00Z`,
      end: `${day(40 + m * 40)}T10:30:00Z`,
      place: 'Mötesrum',
      form: (['inPerson', 'video', 'phone'] as const)[m % 3]!,
      questions: [],
      participants: network.filter((e) => e.invited).slice(0, 12).map((e) => e.id),
      personAttends: true,
      leaderId: 'n3',
      agenda: [
        { part: 'opening' as const, plannedMinutes: 9 },
        { part: 'situation' as const, plannedMinutes: 18 },
        { part: 'needs' as const, plannedMinutes: 41 },
        { part: 'summary' as const, plannedMinutes: 13 },
        { part: 'closing' as const, plannedMinutes: 9 },
      ],
      invitations: network.filter((e) => e.invited).slice(0, 12).map((e) => ({ entryId: e.id, sentAt: `${day(10 + m * 40)}T09:00:00Z`, dueAt: `${day(11 + m * 40)}T09:00:00Z` })),
      status: m < 4 ? ('held' as const) : ('planned' as const),
    })),
    goals: buildGoals(),
    activities: buildActivities(network),
    followUps: [],
    signatures: [],
    changeLog: [],
  };
}

export const large: SipPlan = buildLarge();
