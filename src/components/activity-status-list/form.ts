/**
 * The add / edit form of `<sip-activity-status-list>`: markup and reading it back into activity
 * fields. Loaded lazily with the model operations (see lazy.ts): a list that is only read never
 * pays for it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PerformerKind } from '../../model/constants';
import type { Activity, NetworkEntry, Performer, Principal, SipPlan } from '../../model/schema';
import { principalKey } from './list-view';
import { performerKindLabel, principalFullLabel, principalLabel } from './labels';
import * as label from '../../shared/labels';

const PERFORMER_KINDS: PerformerKind[] = ['unit', 'person', 'relative', 'organisation'];

export type FormErrors = Partial<Record<'title' | 'principal' | 'personName' | 'due' | 'submit', string>>;

export interface FormContext {
  plan: SipPlan;
  /** The activity being edited; undefined when adding. */
  activity: Activity | undefined;
  errors: FormErrors;
  entries: ReadonlyMap<string, NetworkEntry>;
  onSubmit: (e: Event) => void;
  onCancel: () => void;
  onKeydown: (e: KeyboardEvent) => void;
}

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

export function renderActivityForm(ctx: FormContext): TemplateResult {
  const { plan, activity: a, entries } = ctx;
  const errors = ctx.errors;
  const options = principalOptions(plan);
  const currentKey = a ? principalKey(a.responsible.principal) : '';
  const goalIds = new Set(a?.goalIds ?? []);
  const performerName = a?.performer ? (a.performer.name ?? (a.performer.entryId ? entries.get(a.performer.entryId)?.name : '') ?? '') : '';
  const units = [...new Set(plan.network.filter((e) => e.kind === 'unit').map((e) => e.name))];
  const people = [...new Set(plan.network.filter((e) => e.kind === 'professional' || e.kind === 'relative' || e.kind === 'friend').map((e) => e.name))];
  const err = (key: keyof FormErrors) => (errors[key] ? html`<p class="error" id="f-${key}-error">${errors[key]}</p>` : nothing);
  const heading = a ? msg(str`Redigera insats: ${a.title}`, { id: 'activities.form.editHeading' }) : msg('Ny insats', { id: 'activities.form.addHeading' });
  return html`<form class="activity-form" part="form" novalidate aria-labelledby="f-heading" @submit=${ctx.onSubmit} @keydown=${ctx.onKeydown}>
    ${a ? html`<h4 id="f-heading">${heading}</h4>` : html`<h3 id="f-heading">${heading}</h3>`}
    <div class="form-grid">
      <div class="field">
        <label for="f-title">${msg('Insats (vad ska göras)', { id: 'activities.form.title' })}</label>
        <input id="f-title" name="title" required .value=${a?.title ?? ''} aria-invalid=${errors.title ? 'true' : 'false'} aria-describedby=${errors.title ? 'f-title-error' : nothing} />
        ${err('title')}
      </div>
      <div class="field">
        <label for="f-principal">${msg('Ansvarig huvudman', { id: 'activities.form.principal' })}</label>
        <select id="f-principal" name="principal" required aria-invalid=${errors.principal ? 'true' : 'false'} aria-describedby=${errors.principal ? 'f-principal-error' : nothing}>
          <option value="" ?selected=${!currentKey}>${msg('Välj …', { id: 'activities.form.choose' })}</option>
          ${options.map((o) => html`<option value=${o.key} ?selected=${o.key === currentKey}>${principalFullLabel(o.principal)}</option>`)}
        </select>
        ${err('principal')}
      </div>
      <div class="field">
        <label for="f-unit">${label.unit()}</label>
        <input id="f-unit" name="unit" list="f-units" .value=${a?.responsible.unit ?? ''} />
        <datalist id="f-units">${units.map((u) => html`<option value=${u}></option>`)}</datalist>
      </div>
      <div class="field">
        <label for="f-personName">${msg('Ansvarig person (namn)', { id: 'activities.form.person' })}</label>
        <input id="f-personName" name="personName" list="f-people" required .value=${a?.responsible.personName ?? ''} aria-invalid=${errors.personName ? 'true' : 'false'} aria-describedby=${errors.personName ? 'f-personName-error' : nothing} />
        <datalist id="f-people">${people.map((p) => html`<option value=${p}></option>`)}</datalist>
        ${err('personName')}
      </div>
      <div class="field">
        <label for="f-performerKind">${msg('Utförs av', { id: 'activities.performer' })}</label>
        <select id="f-performerKind" name="performerKind">
          <option value="" ?selected=${!a?.performer}>${msg('Ej angivet', { id: 'activities.form.notSet' })}</option>
          ${PERFORMER_KINDS.map((k) => html`<option value=${k} ?selected=${a?.performer?.kind === k}>${performerKindLabel(k)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-performerName">${msg('Utförarens namn', { id: 'activities.form.performerName' })}</label>
        <input id="f-performerName" name="performerName" .value=${performerName} />
      </div>
      <div class="field">
        <label for="f-start">${msg('Start', { id: 'activities.start' })}</label>
        <input id="f-start" name="start" type="date" .value=${a?.start ?? ''} />
      </div>
      <div class="field">
        <label for="f-due">${msg('Klart senast', { id: 'activities.due' })}</label>
        <input id="f-due" name="due" type="date" .value=${a?.due ?? ''} aria-invalid=${errors.due ? 'true' : 'false'} aria-describedby=${errors.due ? 'f-due-error' : nothing} />
        ${err('due')}
      </div>
      <div class="field">
        <label for="f-frequency">${msg('Hur ofta', { id: 'activities.frequency' })}</label>
        <input id="f-frequency" name="frequency" .value=${a?.frequency ?? ''} />
      </div>
    </div>
    <div class="field">
      <label for="f-description">${msg('Beskrivning', { id: 'activities.form.description' })}</label>
      <textarea id="f-description" name="description" rows="2" .value=${a?.description ?? ''}></textarea>
    </div>
    ${plan.goals.length
      ? html`<fieldset>
          <legend>${msg('Mål som insatsen hör till', { id: 'activities.form.goals' })}</legend>
          <div class="goal-options">
            ${plan.goals.map(
              (g) => html`<label class="check"><input type="checkbox" name="goal" value=${g.id} .checked=${goalIds.has(g.id)} />${g.text}</label>`,
            )}
          </div>
        </fieldset>`
      : nothing}
    ${errors.submit ? html`<p class="error" role="alert">${errors.submit}</p>` : nothing}
    <div class="form-actions">
      <button type="submit" class="primary">${a ? label.save() : label.add()}</button>
      <button type="button" @click=${ctx.onCancel}>${label.cancel()}</button>
    </div>
  </form>`;
}
