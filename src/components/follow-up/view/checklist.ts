/** The coordinator's checklist: who has documented their activities since the round started. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate } from '../../../shared/format';
import { principalFullLabel, statusLabel } from '../../activity-status-list/labels';
import type { Checklist, ChecklistPerson } from '../round';
import type { FollowUpActions } from '../types';

function sinceText(c: Checklist): string {
  if (c.sinceKind === 'followUp') return msg(str`Sedan senaste uppföljningen ${formatDate(c.since)}.`, { id: 'followUp.check.sinceFollowUp' });
  if (c.sinceKind === 'locked') return msg(str`Sedan planen låstes ${formatDate(c.since)}.`, { id: 'followUp.check.sinceLocked' });
  return msg('Planen har inte låsts än.', { id: 'followUp.check.sinceNone' });
}

function person(p: ChecklistPerson, a: FollowUpActions): TemplateResult {
  const name = p.name || msg('Ingen ansvarig person angiven', { id: 'followUp.check.noPerson' });
  const done = p.missing === 0;
  return html`<li class="person ${done ? 'done' : 'missing'}" data-person=${p.name}>
    <p class="who">
      <span class="mark" aria-hidden="true">${done ? '✓' : '!'}</span> <strong>${name}</strong>
      <span class="state">${done
        ? msg('har dokumenterat', { id: 'followUp.check.personDone' })
        : p.activities.length === 1
          ? msg('insatsen saknar dokumentation', { id: 'followUp.check.personMissingOne' })
          : msg(str`${p.missing} av ${p.activities.length} insatser saknar dokumentation`, { id: 'followUp.check.personMissing' })}</span>
    </p>
    ${done
      ? nothing
      : html`<ul class="todo">
          ${p.activities
            .filter((x) => !x.documented)
            .map(
              // A button, not a link: it moves focus within the page (to the activity in the list below).
              (x) => html`<li data-activity=${x.id}>
                <button type="button" class="link" part="button" data-action="go-to" @click=${() => a.goToActivity(x.id)}>
                  ${x.title}<span class="visually-hidden"> – ${msg('gå till insatsen i listan', { id: 'followUp.check.goTo' })}</span>
                </button>
                <span class="muted">(${statusLabel(x.status)})</span>
              </li>`,
            )}
        </ul>`}
  </li>`;
}

/** The checklist; each activity not documented is a button to it in the activity list. */
export function renderChecklist(c: Checklist, a: FollowUpActions): TemplateResult {
  const summary =
    c.total === 0
      ? msg('Inga insatser att följa upp.', { id: 'followUp.check.nothing' })
      : c.missing === 0
        ? msg(str`Alla ${c.total} insatser är dokumenterade.`, { id: 'followUp.check.allDone' })
        : msg(str`${c.missing} av ${c.total} insatser saknar dokumentation (${c.peopleMissing} ansvariga).`, { id: 'followUp.check.someMissing' });
  return html`<section class="checklist" part="checklist" aria-labelledby="check-title">
    <h3 id="check-title">${msg('Vem har dokumenterat?', { id: 'followUp.check.title' })}</h3>
    <p class="help">${sinceText(c)} ${msg('En insats räknas som dokumenterad när någon har ändrat status eller skrivit en kommentar.', { id: 'followUp.check.rule' })}</p>
    <p class="summary ${c.missing ? 'missing' : 'done'}" data-summary>${summary}</p>
    ${c.groups.map(
      (g) => html`<section class="principal" aria-label=${principalFullLabel(g.principal)}>
        <h4>${principalFullLabel(g.principal)}</h4>
        <ul class="people">${g.people.map((p) => person(p, a))}</ul>
      </section>`,
    )}
  </section>`;
}
