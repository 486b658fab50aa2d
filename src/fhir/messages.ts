/**
 * Messages of the FHIR reader, Swedish and English, following the model's language
 * (`setModelLocale`). Like the model's, they never contain personal data; hosts branch on `code`.
 */
import { getModelLocale, type ModelLocale } from '../model/locale';

const tables: Record<ModelLocale, Record<string, string>> = {
  sv: {
    'fhir.notBundle': 'Indata är inte en FHIR-Bundle.',
    'fhir.noEntries': 'Bundlen har inga poster (entry).',
    'fhir.noCarePlan': 'Bundlen innehåller ingen CarePlan.',
    'fhir.noPatient': 'Vårdplanen pekar inte ut någon Patient.',
    'fhir.reference.unresolved': 'Referensen pekar på en resurs som inte finns i bundlen.',
    'fhir.member.unsupported': 'Den här typen av deltagare i vårdteamet kan inte läsas in.',
    'fhir.exception': 'Bundlen kunde inte läsas.',
  },
  en: {
    'fhir.notBundle': 'The input is not a FHIR Bundle.',
    'fhir.noEntries': 'The bundle has no entries.',
    'fhir.noCarePlan': 'The bundle holds no CarePlan.',
    'fhir.noPatient': 'The care plan names no Patient.',
    'fhir.reference.unresolved': 'The reference points to a resource that is not in the bundle.',
    'fhir.member.unsupported': 'This kind of care team member cannot be read.',
    'fhir.exception': 'The bundle could not be read.',
  },
};

/** All codes of the FHIR reader (both tables have the same keys; a test checks it). */
export const FHIR_MESSAGE_CODES: readonly string[] = Object.keys(tables.sv);

/** @internal exposed for tests */
export const _fhirMessageTables = tables;

export function fhirMessage(code: string, locale: ModelLocale = getModelLocale()): string {
  return tables[locale]?.[code] ?? tables.sv[code] ?? code;
}
