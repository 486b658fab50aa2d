/** Words of the consent views: roles, forms, parties, errors, new-party kinds, renewal changes. */
import { msg, str } from '@lit/localize';
import { modelMessage, type ConsentGiver, type NetworkEntry, type SipPlan } from '../../../model';
import { formatDate } from '../../../shared/format';
import * as term from '../../../shared/terms';
import { giverOptions, type DraftErrorCode, type NewPartyKind, type RenewalChange } from '../draft';

export function roleText(role: ConsentGiver['role'], detail?: string): string {
  if (role === 'person') return term.thePerson();
  if (role === 'guardian') return detail ? msg(str`vårdnadshavare, ${detail}`, { id: 'consent.role.guardianRelation' }) : msg('vårdnadshavare', { id: 'consent.role.guardian' });
  if (role === 'legalRepresentative') {
    if (detail === 'godMan') return msg('god man', { id: 'consent.role.godMan' });
    if (detail === 'forvaltare') return msg('förvaltare', { id: 'consent.role.forvaltare' });
    return msg('ställföreträdare', { id: 'consent.role.representative' });
  }
  return msg('annan person', { id: 'consent.role.other' });
}

export function giverText(giver: ConsentGiver, plan: SipPlan): string {
  const option = giverOptions(plan).find((o) => o.role === giver.role && (giver.refId === undefined || o.refId === giver.refId));
  const name = giver.name ?? option?.name ?? '';
  const role = roleText(giver.role, giver.role === 'person' ? undefined : option?.detail);
  return name ? `${name} (${role})` : role;
}

export function formText(form: 'oral' | 'written'): string {
  return form === 'oral' ? msg('muntligt', { id: 'consent.form.oral' }) : msg('skriftligt', { id: 'consent.form.written' });
}

export function partyText(entry: NetworkEntry): string {
  const extra = [entry.unit, entry.relation, entry.profession, entry.principal?.name].find((t) => t && t.trim() && t !== entry.name);
  return extra ? `${entry.name}, ${extra}` : entry.name;
}

export function errorText(code: DraftErrorCode): string {
  switch (code) {
    case 'decision.required':
      return msg('Välj om samtycke ges eller inte.', { id: 'consent.error.decision' });
    case 'givers.required':
      return msg('Välj vem som lämnar beslutet.', { id: 'consent.error.givers' });
    case 'givers.needsGuardian':
      // The model's own message (sv/en), so the form and recordConsent say the same thing.
      return modelMessage('consent.minorNeedsGuardian');
    case 'givers.needsAllGuardians':
      return modelMessage('consent.minorNeedsAllGuardians');
    case 'otherName.required':
      return msg('Skriv namnet på den andra personen.', { id: 'consent.error.otherName' });
    case 'childView.required':
      return msg('Skriv barnets egen inställning – eller varför den inte gick att få fram.', { id: 'consent.error.childView' });
    case 'form.required':
      return msg('Välj om beslutet lämnades muntligt eller skriftligt.', { id: 'consent.error.form' });
    case 'parties.required':
      return msg('Välj minst en part som får utbyta information.', { id: 'consent.error.parties' });
    case 'subject.required':
      return msg('Skriv vad samtycket gäller.', { id: 'consent.error.subject' });
    case 'validFrom.required':
      return msg('Ange från vilket datum samtycket gäller.', { id: 'consent.error.validFrom' });
    case 'validFrom.invalid':
      return msg('Startdatumet är inte ett giltigt datum.', { id: 'consent.error.validFromInvalid' });
    case 'validUntil.required':
      return msg('Ange till och med vilket datum samtycket gäller.', { id: 'consent.error.validUntil' });
    case 'validUntil.invalid':
      return msg('Slutdatumet är inte ett giltigt datum.', { id: 'consent.error.validUntilInvalid' });
    case 'validUntil.beforeFrom':
      return msg('Slutdatumet kan inte vara före startdatumet.', { id: 'consent.error.beforeFrom' });
    case 'user.required':
      return msg('Det går inte att se vem som registrerar (egenskapen user saknas). Kontakta systemförvaltningen.', { id: 'consent.error.user' });
  }
}

export function kindText(kind: NewPartyKind): string {
  switch (kind) {
    case 'region':
      return msg('Region (hälso- och sjukvård)', { id: 'consent.newParty.region' });
    case 'municipality':
      return msg('Kommun (socialtjänst, omsorg, skola)', { id: 'consent.newParty.municipality' });
    case 'organisation':
      return msg('Annan organisation', { id: 'consent.newParty.organisation' });
    case 'relative':
      return term.relative();
  }
}

/** A text clipped for a sentence (names in the change summary and announcements). */
function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** One renewal change as a sentence. */
export function changeText(change: RenewalChange): string {
  switch (change.kind) {
    case 'refusal':
      return msg('Nej ersätter samtycket: ingen information får delas, och en aktiv plan makuleras.', { id: 'consent.change.refusal' });
    case 'givers':
      return msg('Någon annan lämnar beslutet.', { id: 'consent.change.givers' });
    case 'partyAdded':
      return msg(str`Ny part: ${short(change.name)}`, { id: 'consent.change.partyAdded' });
    case 'partyRemoved':
      return msg(str`Part tas bort: ${short(change.name)}`, { id: 'consent.change.partyRemoved' });
    case 'questionAdded':
      return msg(str`Ny fråga: ${short(change.text)}`, { id: 'consent.change.questionAdded' });
    case 'questionRemoved':
      return msg(str`Fråga tas bort: ${short(change.text)}`, { id: 'consent.change.questionRemoved' });
    case 'subject':
      return msg(str`Vad samtycket gäller ändras till: ${short(change.to)}`, { id: 'consent.change.subject' });
    case 'validUntil':
      return change.from
        ? msg(str`Gäller till och med ${formatDate(change.to, 'long')} (i stället för ${formatDate(change.from, 'long')})`, { id: 'consent.change.validUntil' })
        : msg(str`Gäller till och med ${formatDate(change.to, 'long')}`, { id: 'consent.change.validUntilNew' });
  }
}

/** The summary's heading. */
export function changesTitle(inForce: boolean, count: number): string {
  if (count === 0) {
    return inForce
      ? msg('Samma parter, frågor och omfattning som det gällande samtycket.', { id: 'consent.changes.none' })
      : msg('Samma parter, frågor och omfattning som det senaste samtycket.', { id: 'consent.changes.noneEnded' });
  }
  return inForce
    ? msg(str`Ändringar jämfört med det gällande samtycket (${count}):`, { id: 'consent.changes.title' })
    : msg(str`Ändringar jämfört med det senaste samtycket (${count}):`, { id: 'consent.changes.titleEnded' });
}
