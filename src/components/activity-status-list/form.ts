/**
 * The add / edit form's logic: which principals to offer, and reading the form back into
 * activity fields (keeping unknown fields of the responsible and performer objects). Its markup
 * is view/form.ts. Loaded with the lazy part (part.ts).
 */
import { msg } from '@lit/localize';
import type { PerformerKind } from '../../model/constants';
import type { Activity, NetworkEntry, Performer, Principal, SipPlan } from '../../model/schema';
import type { ActivityInput } from '../../model/operations/activities';
import { principalKey } from './list-view';
import { principalLabel } from './labels';

export const PERFORMER_KINDS: readonly PerformerKind[] = ['unit', 'person', 'relative', 'organisation'];

export type FormErrors = Partial<Record<'title' | 'principal' | 'personName' | 'due' | 'submit', string>>;

/** The fields an add or edit sets; `undefined` removes a field on edit. */
export interface ActivityFields {
  title: string;
  description: string | undefined;
  goalIds: string[];
  responsible: Activity['responsible'];
  performer: Performer | undefined;
  start: string | undefined;
  due: string | undefined;
  frequency: string | undefined;
}

/** Principals to choose from: those in the network and activities, plus the two mandatory kinds. */
export function principalOptions(plan: SipPlan): { key: string; principal: Principal }[] {
  const map = new Map<string, Principal>();
  const add = (p: Principal | undefined) => {
    if (p && !map.has(principalKey(p))) map.set(principalKey(p), p);
  };
  for (const e of plan.network) add(e.principal);
  for (const a of plan.activities) add(a.responsible.principal);
  if (![...map.values()].some((p) => p.kind === 'region')) add({ kind: 'region' });
  if (![...map.values()].some((p) => p.kind === 'municipality')) add({ kind: 'municipality' });
  add({ kind: 'other', other: 'individual' });
  const rank = { region: 0, municipality: 1, other: 2 } as const;
  return [...map.entries()].map(([key, principal]) => ({ key, principal })).sort((a, b) => rank[a.principal.kind] - rank[b.principal.kind] || principalLabel(a.principal).localeCompare(principalLabel(b.principal)));
}

/** The network entry named `name` (of `kinds`), else the previous id when the name did not change. */
function entryIdFor(plan: SipPlan, name: string, kinds: readonly NetworkEntry['kind'][], previousName: string | undefined, previousId: string | undefined): string | undefined {
  if (!name) return undefined;
  const match = plan.network.find((e) => kinds.includes(e.kind) && e.name.trim().toLocaleLowerCase() === name.toLocaleLowerCase());
  if (match) return match.id;
  return name === previousName ? previousId : undefined;
}

/** Reads and checks the form. Keeps unknown fields of the responsible and performer objects. */
export function readActivityForm(
  plan: SipPlan,
  original: Activity | undefined,
  data: FormData,
  entries: ReadonlyMap<string, NetworkEntry>,
): { ok: true; fields: ActivityFields } | { ok: false; errors: FormErrors } {
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const title = text('title');
  const principalChoice = text('principal');
  const personName = text('personName');
  const unit = text('unit');
  const start = text('start');
  const due = text('due');
  const errors: FormErrors = {};
  if (!title) errors.title = msg('Skriv vad insatsen är.', { id: 'activities.form.error.title' });
  const options = principalOptions(plan);
  let principal = options.find((o) => o.key === principalChoice)?.principal;
  if (original && principalKey(original.responsible.principal) === principalChoice) principal = original.responsible.principal;
  if (!principal) errors.principal = msg('Välj ansvarig huvudman.', { id: 'activities.form.error.principal' });
  if (!personName) errors.personName = msg('Skriv namnet på den ansvariga personen.', { id: 'activities.form.error.person' });
  if (start && due && due < start) errors.due = msg('Slutdatumet kan inte vara före startdatumet.', { id: 'activities.form.error.due' });
  if (Object.keys(errors).length) return { ok: false, errors };
  const prev = original?.responsible;
  const responsible: Activity['responsible'] = { ...(prev ?? {}), principal: principal!, personName };
  const unitId = entryIdFor(plan, unit, ['unit'], prev?.unit, prev?.unitEntryId);
  const personId = entryIdFor(plan, personName, ['professional', 'relative', 'friend'], prev?.personName, prev?.personEntryId);
  if (unit) responsible.unit = unit;
  else delete responsible.unit;
  if (unitId) responsible.unitEntryId = unitId;
  else delete responsible.unitEntryId;
  if (personId) responsible.personEntryId = personId;
  else delete responsible.personEntryId;

  const performerKind = text('performerKind') as PerformerKind | '';
  const performerName = text('performerName');
  let performer: Performer | undefined;
  if (performerKind) {
    const prevPerformer = original?.performer;
    const prevName = prevPerformer?.name ?? (prevPerformer?.entryId ? entries.get(prevPerformer.entryId)?.name : undefined);
    performer = { ...(prevPerformer ?? {}), kind: performerKind };
    const id = entryIdFor(plan, performerName, ['unit', 'professional', 'relative', 'friend', 'organisation'], prevName, prevPerformer?.entryId);
    if (performerName) performer.name = performerName;
    else delete performer.name;
    if (id) performer.entryId = id;
    else delete performer.entryId;
  }
  const fields = {
    title,
    description: text('description') || undefined,
    goalIds: data.getAll('goal').map(String),
    responsible,
    performer,
    start: start || undefined,
    due: due || undefined,
    frequency: text('frequency') || undefined,
  };
  return { ok: true, fields };
}

/** The fields as a new activity for `addActivity`: fields left empty are left out. */
export function activityInput(fields: ActivityFields): ActivityInput {
  const input: ActivityInput = { title: fields.title, goalIds: fields.goalIds, responsible: fields.responsible };
  if (fields.description !== undefined) input.description = fields.description;
  if (fields.performer !== undefined) input.performer = fields.performer;
  if (fields.start !== undefined) input.start = fields.start;
  if (fields.due !== undefined) input.due = fields.due;
  if (fields.frequency !== undefined) input.frequency = fields.frequency;
  return input;
}
