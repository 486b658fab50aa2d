/**
 * The model's own tiny message table (sv/en). The library's `setLocale` calls
 * `setModelLocale`, so model issues and errors follow the UI language. Every issue and
 * error also carries a stable `code`; hosts should branch on the code, never on the text.
 *
 * Messages never contain personal data (names, identity numbers): parameters are ids,
 * field names, counts and statuses only.
 */

import { getModelLocale, setModelLocaleState, type ModelLocale } from './locale';

export { getModelLocale, type ModelLocale };

/**
 * Switches the model's messages to `locale`. English loads on demand in a bundle (it is
 * registered eagerly by the model index in Node); until it has loaded, messages fall back to
 * Swedish. `await loadModelLocale(locale)` to be sure the table is there.
 */
export function setModelLocale(locale: ModelLocale): void {
  if (locale === 'sv' || locale === 'en') {
    setModelLocaleState(locale);
    void loadModelLocale(locale).catch(() => undefined);
  }
}

let enLoading: Promise<void> | undefined;

/** Loads the message table of `locale` if it is not there yet (Swedish is always there). */
export function loadModelLocale(locale: ModelLocale | string): Promise<void> {
  if (locale !== 'en' || tables.en) return Promise.resolve();
  enLoading ??= import('./messages-en').then(
    (m) => registerModelMessages('en', m.en),
    (e: unknown) => {
      enLoading = undefined;
      throw e;
    },
  );
  return enLoading;
}

/** Registers a message table (the model index registers English eagerly). */
export function registerModelMessages(locale: ModelLocale, table: MessageTable): void {
  tables[locale] = table;
}


export type MessageTable = Record<string, string>;
type Table = MessageTable;

const sv: Table = {
  // shape
  'schema.invalid_type': 'Fel typ av värde.',
  'schema.required': 'Uppgiften saknas.',
  'schema.invalid_value': 'Ogiltigt värde.',
  'schema.invalid_format': 'Fel format.',
  'schema.too_small': 'Värdet är för litet eller för kort.',
  'schema.too_big': 'Värdet är för stort eller för långt.',
  'schema.unrecognized_keys': 'Okända fält.',
  'schema.invalid_union': 'Värdet passar inte någon av de tillåtna formerna.',
  'schema.custom': 'Ogiltigt värde.',
  'schema.invalid': 'Ogiltigt värde.',
  'parse.exception': 'Planen kunde inte läsas (oväntat fel vid tolkningen).',
  'parse.tooDeep': 'Planen är för djupt nästlad för att kunna läsas.',
  'model.validatorUnavailable': 'Planens kontroller har inte laddats än, så ändringen kan inte göras.',
  // identity
  'identity.personnummer.invalid': 'Personnumret är inte giltigt.',
  'identity.personnummer.isSamordningsnummer': 'Numret är ett samordningsnummer, inte ett personnummer.',
  'identity.samordningsnummer.invalid': 'Samordningsnumret är inte giltigt.',
  'identity.reservnummer.invalid': 'Reservnumret har fel format.',
  'identity.reservnummer.unknownIssuer': 'Okänd utfärdare av reservnummer – formatet kan inte kontrolleras.',
  'identity.unknownType': 'Okänd typ av identitet.',
  // references and ids
  'ref.duplicateId': 'Id:t {id} används mer än en gång.',
  'ref.unknownNetworkEntry': 'Hänvisar till en aktör som inte finns i nätverket ({id}).',
  'ref.unknownGoal': 'Hänvisar till ett mål som inte finns ({id}).',
  'ref.unknownMeeting': 'Hänvisar till ett möte som inte finns ({id}).',
  'ref.unknownGuardian': 'Hänvisar till en vårdnadshavare som inte finns ({id}).',
  'goal.parentNotLong': 'Ett delmål måste höra till ett långsiktigt mål.',
  'goal.longHasParent': 'Ett långsiktigt mål kan inte vara delmål till ett annat mål.',
  // dates
  'date.order': 'Datumen kommer i fel ordning: {to} är före {from}.',
  // roles
  'role.multipleCoordinators': 'Planen kan bara ha en samordningsansvarig.',
  'role.needsProfessional': 'Rollen {role} kan bara ges till en yrkesperson eller enhet.',
  'role.coordinatorCannotConvene': 'Samordningsansvarig måste företräda region eller kommun.',
  // activities
  'activity.responsiblePrincipalMissing': 'Insatsen saknar ansvarig huvudman.',
  'activity.responsiblePersonMissing': 'Insatsen saknar namngiven ansvarig person.',
  'activity.statusHistoryMismatch': 'Insatsens status stämmer inte med den senaste händelsen i historiken.',
  // meetings
  'meeting.agendaOrder': 'Mötescirkelns delar ska komma i ordningen inledning, aktuell situation, behov, sammanfattning, avslutning.',
  // plan status
  'plan.activeWithoutSignature': 'En aktiv plan måste vara signerad av samordningsansvarig.',
  'plan.closedWithoutClosure': 'En avslutad plan måste ha ett avslutsskäl.',
  'plan.voidedWithoutVoid': 'En makulerad plan måste ange varför den makulerades.',
  // guidance warnings
  'goal.notPersonPhrased': 'Målet är inte formulerat utifrån personen (börja gärna med personens namn eller "Jag vill").',
  'goal.negative': 'Formulera målet positivt (undvik "inte" och "sluta").',
  'goal.smart.measurable': 'Målet saknar ett sätt att mäta om det nåtts.',
  'goal.smart.timeBound': 'Målet saknar måldatum.',
  'goal.smart.accepted': 'Det framgår inte att personen har godkänt målet.',
  'goal.smart.realistic': 'Det framgår inte att målet bedömts som realistiskt.',
  'goal.smart.specific': 'Målet är mycket kort – gör det mer konkret.',
  // operations
  'ctx.invalid': 'Ändringen saknar uppgift om vem som gör den eller en giltig tidpunkt.',
  'intent.invalid': 'Ändringen kunde inte göras: uppgifterna är ofullständiga eller har fel form.',
  'intent.unknown': 'Okänd typ av ändring.',
  'plan.locked': 'Planen är signerad och låst. Starta en revidering för att ändra den.',
  'plan.closed': 'Planen är avslutad och kan inte ändras.',
  'plan.voided': 'Planen är makulerad och kan inte ändras.',
  'plan.invalidResult': 'Ändringen skulle göra planen ogiltig: {detail}',
  'notFound.networkEntry': 'Aktören finns inte ({id}).',
  'notFound.goal': 'Målet finns inte ({id}).',
  'notFound.activity': 'Insatsen finns inte ({id}).',
  'notFound.meeting': 'Mötet finns inte ({id}).',
  'notFound.consent': 'Samtycket finns inte ({id}).',
  'notFound.invitation': 'Kallelsen finns inte ({id}).',
  'conflict.duplicateId': 'Id:t {id} används redan.',
  'consent.noActive': 'Det finns inget gällande samtycke.',
  'consent.alreadyWithdrawn': 'Samtycket är redan återkallat.',
  'network.inUse': 'Aktören används i planen ({detail}) och kan inte tas bort.',
  'goal.hasChildren': 'Målet har delmål. Ta bort eller flytta delmålen först.',
  'goal.reorderOutOfRange': 'Målet kan inte flyttas dit.',
  'activity.transition': 'Statusen kan inte ändras från {from} till {to}.',
  // Status values as words, for the placeholders above and below: the Prator words staff mark
  // activities with (activity-labels.ts), so a refusal names the status the way the list does.
  'value.planned': 'ej påbörjad',
  'value.ongoing': 'pågår',
  'value.done': 'klart',
  'value.paused': 'pausad',
  'value.cancelled': 'ej genomförd',
  'activity.sameStatus': 'Insatsen har redan statusen {to}.',
  'sign.needsConsent': 'Planen kan inte signeras utan gällande samtycke.',
  'sign.needsCoordinator': 'Planen kan inte signeras utan samordningsansvarig.',
  'sign.needsOverallResponsible': 'Planen kan inte signeras utan huvudman med övergripande ansvar.',
  'sign.needsGoal': 'Planen kan inte signeras utan minst ett mål.',
  'sign.needsFollowUpDate': 'Planen kan inte signeras utan planerat datum för uppföljning.',
  'sign.notDraft': 'Bara ett utkast kan signeras.',
  'revision.notActive': 'Bara en aktiv (signerad) plan kan revideras.',
  'followUp.notActive': 'Uppföljning kan bara registreras för en aktiv (signerad) plan.',
  // change summaries
  'change.consent.recorded': 'Samtycke registrerat.',
  'change.consent.refused': 'Nej till samtycke registrerat.',
  'change.consent.withdrawn': 'Samtycket återkallat – planen makulerad.',
  'change.network.added': 'Aktör tillagd.',
  'change.network.edited': 'Aktör ändrad.',
  'change.network.moved': 'Aktör flyttad på nätverkskartan.',
  'change.network.removed': 'Aktör borttagen.',
  'change.network.roles': 'Roller ändrade.',
  'change.network.invited': 'Inbjudan ändrad.',
  'change.goal.added': 'Mål tillagt.',
  'change.goal.edited': 'Mål ändrat.',
  'change.goal.reordered': 'Mål flyttat.',
  'change.goal.removed': 'Mål borttaget.',
  'change.goal.achievement': 'Måluppfyllelse registrerad.',
  'change.activity.added': 'Insats tillagd.',
  'change.activity.edited': 'Insats ändrad.',
  'change.activity.removed': 'Insats borttagen.',
  'change.activity.status': 'Insatsens status ändrad från {from} till {to}.',
  'change.meeting.scheduled': 'Möte inbokat.',
  'change.meeting.edited': 'Möte ändrat.',
  'change.meeting.minutes': 'Mötets tider registrerade.',
  'change.meeting.invitationAnswered': 'Svar på kallelse registrerat.',
  'change.initiative.recorded': 'Initiativ till SIP registrerat.',
  'change.initiative.answered': 'Svar på initiativ registrerat.',
  'change.plan.edited': 'Planens uppgifter ändrade.',
  'change.plan.signed': 'Planen signerad av samordningsansvarig.',
  'change.plan.revised': 'Ny version påbörjad, den tidigare makulerad.',
  'change.plan.followUp': 'Uppföljning registrerad.',
  'change.plan.closed': 'Planen avslutad.',
  // issue 11: consent, privacy and references
  'consent.minorNeedsGuardian': 'För ett barn ska vårdnadshavarna (eller en legal företrädare) lämna beslutet om samtycke – barnets eget ja eller nej räcker inte. Skriv barnets inställning som barnets egen syn.',
  'consent.minorNeedsAllGuardians': 'Samtycke för ett barn ska lämnas av alla vårdnadshavare i planen (eller en legal företrädare).',
  'consent.childViewMissing': 'Barnets egen inställning är inte dokumenterad.',
  'consent.cameOfAge': 'Samtycket lämnades av vårdnadshavarna när personen var barn. Personen har nu fyllt 18 år och ska själv ta ställning till samtycket (eller en legal företrädare för hen).',
  'consent.notCovered': 'Samtycket omfattar inte parten ({id}), så den kan inte få kallelse eller initiativ. Registrera först ett samtycke som omfattar parten.',
  'close.consentWithdrawnNeedsWithdrawal': 'Ange vem som återkallade samtycket och hur. Planen makuleras då och parterna ska meddelas.',
  'ref.idCollision': 'Id:t {id} används redan av personen eller en annan part.',
  'ref.unknownFollowUp': 'Hänvisar till en uppföljning som inte finns ({id}).',
  'ref.unknownConsentGiver': 'Hänvisar till någon som inte kan lämna samtycket ({id}).',
  'ref.unknownInitiator': 'Initiativet kommer från någon som inte finns i planen ({id}).',
  'plan.closedWithConsent': 'Planen är avslutad för att samtycket återkallats, men samtycket gäller fortfarande. Registrera återkallelsen.',
  'change.consent.refusedVoided': 'Nej till samtycke registrerat – planen makulerad.',
  'change.consent.withdrawnSuperseded': 'Ett äldre samtycke återkallat – planen gäller på det nyare samtycket.',
  // Where an actor is used (network.inUse).
  'use.consent': 'samtycke',
  'use.activity': 'insats',
  'use.overallResponsible': 'övergripande ansvar',
  'use.initiative': 'initiativ',
  // Field and role names as words (date.order, role.needsProfessional).
  'value.validFrom': 'giltig från',
  'value.validUntil': 'giltig till',
  'value.recordedAt': 'registrerad',
  'value.withdrawal.at': 'återkallad',
  'value.start': 'start',
  'value.end': 'slut',
  'value.due': 'slutdatum',
  'value.createdAt': 'skapad',
  'value.updatedAt': 'ändrad',
  'value.earlierEvent': 'föregående händelse',
  'value.laterEvent': 'nästa händelse',
  'value.coordinator': 'samordningsansvarig',
  'value.fixedCareContact': 'fast vårdkontakt',
  'value.responsibleDoctor': 'ansvarig läkare',
  'value.meetingLeader': 'mötesledare',
  // lifecycle: sign, then lock; signatures; coordinator change; follow-up; undo
  'plan.draftSigned': 'Ett utkast kan inte ha underskrifter. Är statusen ändrad för hand?',
  'plan.draftLocked': 'Ett utkast kan inte vara låst. Är statusen ändrad för hand?',
  'plan.lockedWithoutSignature': 'Planen är låst men inte signerad av samordningsansvarig.',
  'plan.closureOnOpenPlan': 'Planen har ett avslut men har statusen {status}.',
  'plan.voidedOnOtherStatus': 'Planen är markerad som makulerad men har statusen {status}.',
  'value.draft': 'utkast',
  'value.active': 'aktiv',
  'value.closed': 'avslutad',
  'value.voided': 'makulerad',
  'sign.needsActivity': 'Planen kan inte signeras utan minst en insats.',
  'sign.activityNeedsPrincipal': 'Ange vilken huvudman som ansvarar för insatsen ({id}).',
  'sign.needsReason': 'Planen kan inte signeras utan en beskrivning av varför SIP behövs.',
  'sign.notCoordinator': 'Bara samordningsansvarig kan signera planen.',
  'lock.notCoordinator': 'Bara samordningsansvarig kan låsa planen.',
  'lock.notSigned': 'Planen måste vara signerad av samordningsansvarig innan den låses.',
  'lock.alreadyLocked': 'Planen är redan låst.',
  'signature.notLocked': 'Underskrifter på den utskrivna planen kan registreras först när planen är låst.',
  'signature.duplicate': 'Den underskriften är redan registrerad.',
  'signature.noLegalRepresentative': 'Personen har ingen god man, förvaltare eller annan ställföreträdare registrerad.',
  'notFound.guardian': 'Vårdnadshavaren finns inte ({id}).',
  'notFound.initiative': 'Det finns inget initiativ att skicka vidare.',
  'coordinator.unchanged': 'Aktören är redan samordningsansvarig.',
  'meeting.alreadyHeld': 'Mötet är redan genomfört och har sina tider. Välj att skriva över dem om de ska ändras.',
  'answer.declineNeedsRedirect': 'Ange vilken verksamhet som i stället ska få det.',
  'plan.writtenLate': 'Planen signerades {days} arbetsdagar efter mötet. Rutinen är att den upprättas inom 2 arbetsdagar.',
  'meeting.shortNotice': 'Mötet bokades {days} dagar i förväg. Kalla gärna minst tre veckor innan, om det inte är brådskande.',
  'change.plan.locked': 'Planen låst.',
  'change.plan.signatureRecorded': 'Underskrift på den utskrivna planen registrerad.',
  'change.plan.coordinatorChanged': 'Ny samordningsansvarig.',
  'change.activity.comment': 'Kommentar till insatsen.',
  'change.initiative.resent': 'Initiativet skickat till fler mottagare.',
  'change.goal.restored': 'Borttaget mål återställt.',
  'change.activity.restored': 'Borttagen insats återställd.',
  'change.network.restored': 'Borttagen aktör återställd.',
  'change.goal.reset': 'Målen återställda.',
  'change.preparation.recorded': 'Förberedelsen med personen sparad.',
};


const tables: { sv: Table; en?: Table } = { sv };

/** All message codes known to the model (both tables have the same keys; a test checks it). */
export const MESSAGE_CODES: readonly string[] = Object.keys(sv);

/** @internal exposed for tests */
export const _messageTables = tables;

/** Localized message for `code` in the active locale; `{name}` placeholders are filled from params. */
export function modelMessage(code: string, params?: Record<string, string | number>, locale: ModelLocale = getModelLocale()): string {
  const template = tables[locale]?.[code] ?? tables.sv[code] ?? code;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    if (v === undefined) return m;
    // Ids and details are shown as they are: an id that happens to be a status is still an id.
    if (k === 'id' || k === 'detail') return String(v);
    // Code values (an activity status) read as words in the message's language.
    return tables[locale]?.[`value.${v}`] ?? tables.sv[`value.${v}`] ?? String(v);
  });
}
