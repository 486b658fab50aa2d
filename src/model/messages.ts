/**
 * The model's own tiny message table (sv/en). The library's `setLocale` calls
 * `setModelLocale`, so model issues and errors follow the UI language. Every issue and
 * error also carries a stable `code`; hosts should branch on the code, never on the text.
 *
 * Messages never contain personal data (names, identity numbers): parameters are ids,
 * field names, counts and statuses only.
 */

export type ModelLocale = 'sv' | 'en';

let current: ModelLocale = 'sv';

export function setModelLocale(locale: ModelLocale): void {
  if (locale === 'sv' || locale === 'en') current = locale;
}

export function getModelLocale(): ModelLocale {
  return current;
}

type Table = Record<string, string>;

const sv: Table = {
  // shape
  'schema.invalid_type': 'Fel typ av värde (förväntade {expected}).',
  'schema.required': 'Uppgiften saknas.',
  'schema.invalid_value': 'Ogiltigt värde.',
  'schema.invalid_format': 'Fel format (förväntade {format}).',
  'schema.too_small': 'Värdet är för litet eller för kort.',
  'schema.too_big': 'Värdet är för stort eller för långt.',
  'schema.unrecognized_keys': 'Okända fält.',
  'schema.invalid_union': 'Värdet passar inte någon av de tillåtna formerna.',
  'schema.custom': 'Ogiltigt värde.',
  'schema.invalid': 'Ogiltigt värde.',
  'parse.exception': 'Planen kunde inte läsas (oväntat fel vid tolkningen).',
  'parse.tooDeep': 'Planen är för djupt nästlad för att kunna läsas.',
  // identity
  'identity.personnummer.invalid': 'Personnumret är inte giltigt.',
  'identity.personnummer.isSamordningsnummer': 'Numret är ett samordningsnummer, inte ett personnummer.',
  'identity.samordningsnummer.invalid': 'Samordningsnumret är inte giltigt.',
  'identity.reservnummer.invalid': 'Reservnumret har fel format för {issuer}.',
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
  'date.order': 'Datumen kommer i fel ordning ({from} efter {to}).',
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
  'plan.activeWithoutSignature': 'En aktiv plan måste vara signerad och låst.',
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
  'ctx.invalid': 'Ogiltig kontext: "by" och en giltig tidpunkt "now" krävs.',
  'intent.invalid': 'Ogiltig ändring: {detail}.',
  'intent.unknown': 'Okänd typ av ändring.',
  'plan.locked': 'Planen är signerad och låst. Starta en revidering för att ändra den.',
  'plan.closed': 'Planen är avslutad och kan inte ändras.',
  'plan.voided': 'Planen är makulerad och kan inte ändras.',
  'plan.invalidResult': 'Ändringen skulle göra planen ogiltig: {detail}.',
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
  'change.plan.signed': 'Planen signerad och låst.',
  'change.plan.revised': 'Ny version påbörjad, den tidigare makulerad.',
  'change.plan.followUp': 'Uppföljning registrerad.',
  'change.plan.closed': 'Planen avslutad.',
};

const en: Table = {
  'schema.invalid_type': 'Wrong type of value (expected {expected}).',
  'schema.required': 'This is required.',
  'schema.invalid_value': 'Invalid value.',
  'schema.invalid_format': 'Wrong format (expected {format}).',
  'schema.too_small': 'The value is too small or too short.',
  'schema.too_big': 'The value is too big or too long.',
  'schema.unrecognized_keys': 'Unknown fields.',
  'schema.invalid_union': 'The value matches none of the allowed forms.',
  'schema.custom': 'Invalid value.',
  'schema.invalid': 'Invalid value.',
  'parse.exception': 'The plan could not be read (unexpected error while parsing).',
  'parse.tooDeep': 'The plan is nested too deeply to be read.',
  'identity.personnummer.invalid': 'The personnummer is not valid.',
  'identity.personnummer.isSamordningsnummer': 'The number is a samordningsnummer, not a personnummer.',
  'identity.samordningsnummer.invalid': 'The samordningsnummer is not valid.',
  'identity.reservnummer.invalid': 'The reservnummer has the wrong format for {issuer}.',
  'identity.reservnummer.unknownIssuer': 'Unknown reservnummer issuer – the format cannot be checked.',
  'identity.unknownType': 'Unknown kind of identity.',
  'ref.duplicateId': 'The id {id} is used more than once.',
  'ref.unknownNetworkEntry': 'Refers to an actor not in the network ({id}).',
  'ref.unknownGoal': 'Refers to a goal that does not exist ({id}).',
  'ref.unknownMeeting': 'Refers to a meeting that does not exist ({id}).',
  'ref.unknownGuardian': 'Refers to a guardian that does not exist ({id}).',
  'goal.parentNotLong': 'A sub-goal must belong to a long-term goal.',
  'goal.longHasParent': 'A long-term goal cannot be a sub-goal of another goal.',
  'date.order': 'The dates are in the wrong order ({from} after {to}).',
  'role.multipleCoordinators': 'A plan can have only one coordinator.',
  'role.needsProfessional': 'The role {role} can only be given to a professional or a unit.',
  'role.coordinatorCannotConvene': 'The coordinator must represent a region or a municipality.',
  'activity.responsiblePrincipalMissing': 'The activity has no responsible principal.',
  'activity.responsiblePersonMissing': 'The activity has no named responsible person.',
  'activity.statusHistoryMismatch': 'The activity status does not match the latest entry in its history.',
  'meeting.agendaOrder': 'The meeting-circle parts must come in the order opening, situation, needs, summary, closing.',
  'plan.activeWithoutSignature': 'An active plan must be signed and locked.',
  'plan.closedWithoutClosure': 'A closed plan must state a closure reason.',
  'plan.voidedWithoutVoid': 'A voided plan must state why it was voided.',
  'goal.notPersonPhrased': 'The goal is not phrased from the person (start with their name or "I want").',
  'goal.negative': 'Phrase the goal positively (avoid "not" and "stop").',
  'goal.smart.measurable': 'The goal has no way to measure whether it was reached.',
  'goal.smart.timeBound': 'The goal has no target date.',
  'goal.smart.accepted': 'It is not recorded that the person accepted the goal.',
  'goal.smart.realistic': 'It is not recorded that the goal was judged realistic.',
  'goal.smart.specific': 'The goal is very short – make it more concrete.',
  'ctx.invalid': 'Invalid context: "by" and a valid timestamp "now" are required.',
  'intent.invalid': 'Invalid change: {detail}.',
  'intent.unknown': 'Unknown kind of change.',
  'plan.locked': 'The plan is signed and locked. Start a revision to change it.',
  'plan.closed': 'The plan is closed and cannot be changed.',
  'plan.voided': 'The plan is voided and cannot be changed.',
  'plan.invalidResult': 'The change would make the plan invalid: {detail}.',
  'notFound.networkEntry': 'The actor does not exist ({id}).',
  'notFound.goal': 'The goal does not exist ({id}).',
  'notFound.activity': 'The activity does not exist ({id}).',
  'notFound.meeting': 'The meeting does not exist ({id}).',
  'notFound.consent': 'The consent record does not exist ({id}).',
  'notFound.invitation': 'The invitation does not exist ({id}).',
  'conflict.duplicateId': 'The id {id} is already used.',
  'consent.noActive': 'There is no valid consent.',
  'consent.alreadyWithdrawn': 'The consent has already been withdrawn.',
  'network.inUse': 'The actor is used in the plan ({detail}) and cannot be removed.',
  'goal.hasChildren': 'The goal has sub-goals. Remove or move them first.',
  'goal.reorderOutOfRange': 'The goal cannot be moved there.',
  'activity.transition': 'The status cannot change from {from} to {to}.',
  'activity.sameStatus': 'The activity already has the status {to}.',
  'sign.needsConsent': 'The plan cannot be signed without valid consent.',
  'sign.needsCoordinator': 'The plan cannot be signed without a coordinator.',
  'sign.needsOverallResponsible': 'The plan cannot be signed without a principal with overall responsibility.',
  'sign.needsGoal': 'The plan cannot be signed without at least one goal.',
  'sign.needsFollowUpDate': 'The plan cannot be signed without a planned follow-up date.',
  'sign.notDraft': 'Only a draft can be signed.',
  'revision.notActive': 'Only an active (signed) plan can be revised.',
  'followUp.notActive': 'A follow-up can only be recorded for an active (signed) plan.',
  'change.consent.recorded': 'Consent recorded.',
  'change.consent.refused': 'Refusal of consent recorded.',
  'change.consent.withdrawn': 'Consent withdrawn – the plan is voided.',
  'change.network.added': 'Actor added.',
  'change.network.edited': 'Actor edited.',
  'change.network.moved': 'Actor moved on the network map.',
  'change.network.removed': 'Actor removed.',
  'change.network.roles': 'Roles changed.',
  'change.network.invited': 'Invitation changed.',
  'change.goal.added': 'Goal added.',
  'change.goal.edited': 'Goal edited.',
  'change.goal.reordered': 'Goal moved.',
  'change.goal.removed': 'Goal removed.',
  'change.goal.achievement': 'Goal achievement recorded.',
  'change.activity.added': 'Activity added.',
  'change.activity.edited': 'Activity edited.',
  'change.activity.removed': 'Activity removed.',
  'change.activity.status': 'Activity status changed from {from} to {to}.',
  'change.meeting.scheduled': 'Meeting scheduled.',
  'change.meeting.edited': 'Meeting edited.',
  'change.meeting.minutes': 'Meeting times recorded.',
  'change.meeting.invitationAnswered': 'Invitation answer recorded.',
  'change.initiative.recorded': 'Initiative for a SIP recorded.',
  'change.initiative.answered': 'Answer to the initiative recorded.',
  'change.plan.edited': 'Plan details edited.',
  'change.plan.signed': 'Plan signed and locked.',
  'change.plan.revised': 'New version started, the previous one voided.',
  'change.plan.followUp': 'Follow-up recorded.',
  'change.plan.closed': 'Plan closed.',
};

const tables: Record<ModelLocale, Table> = { sv, en };

/** All message codes known to the model (both tables have the same keys; a test checks it). */
export const MESSAGE_CODES: readonly string[] = Object.keys(sv);

/** @internal exposed for tests */
export const _messageTables = tables;

/** Localized message for `code` in the active locale; `{name}` placeholders are filled from params. */
export function modelMessage(code: string, params?: Record<string, string | number>, locale: ModelLocale = current): string {
  const template = tables[locale][code] ?? tables.en[code] ?? code;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = params[k];
    return v === undefined ? m : String(v);
  });
}
