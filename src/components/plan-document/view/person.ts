/**
 * The person's version: the same facts as the staff version in plain, short words addressed to
 * "you" — whom to call first, what to do if things get worse, what you want to reach, what
 * happens next and who does it, who may read the plan.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { activityStatusLabel } from '../../../model/activity-labels';
import { formatDate, formatDateTime } from '../../../shared/format';
import type { ActivityGroup, DocActivity } from '../document-model';
import type { PlanDocumentViewModel } from '../types';
import { principalName } from './labels';
import { roleName } from '../../../shared/plan-terms';
import { namedLine, prose, signatureBlock } from './parts';

function activityItem(d: DocActivity): TemplateResult {
  const a = d.activity;
  return html`<li class="activity" part="activity" data-activity=${a.id}>
    <p class="activity-title"><strong>${a.title}</strong> <span class="status">(${activityStatusLabel(a.status)})</span></p>
    <p>
      ${msg('Ansvarig', { id: 'document.activity.responsible' })}:
      ${d.responsible
        ? namedLine(d.responsible)
        : d.responsibleWithheld
          ? msg('Namnet visas inte i den här kopian.', { id: 'document.activity.withheld' })
          : msg('Ingen namngiven ännu.', { id: 'document.person.noResponsible' })}
      ${d.unit ? html`<br /><span class="detail">${d.unit}</span>` : nothing}
    </p>
    ${a.frequency || a.start || a.due
      ? html`<p class="detail">${[a.frequency, a.start ? msg(str`börjar ${formatDate(a.start)}`, { id: 'document.person.starts' }) : '', a.due ? msg(str`klart senast ${formatDate(a.due)}`, { id: 'document.person.due' }) : '']
          .filter(Boolean)
          .join(', ')}</p>`
      : nothing}
  </li>`;
}

function group(g: ActivityGroup): TemplateResult {
  const id = `pgrp-${g.key.replace(/[^\w-]+/g, '_')}`;
  return html`<section class="group" aria-labelledby=${id}>
    <h4 id=${id}>${principalName(g.principal)}</h4>
    <ul class="activities">${g.activities.map(activityItem)}</ul>
  </section>`;
}

export function renderPerson(vm: Readonly<PlanDocumentViewModel>): TemplateResult {
  const { plan, doc } = vm;
  const notYet = msg('Inte bestämt ännu.', { id: 'document.person.notYet' });
  const contacts = [
    ...(doc.roles.coordinator ? [{ role: roleName('coordinator'), who: doc.roles.coordinator, why: msg('håller ihop din plan. Ring först.', { id: 'document.person.coordinatorWhy' }) }] : []),
    ...doc.roles.fixedCareContacts.map((who) => ({ role: roleName('fixedCareContact'), who, why: msg('din kontakt i vården.', { id: 'document.person.fixedWhy' }) })),
    ...doc.roles.responsibleDoctors.map((who) => ({ role: roleName('responsibleDoctor'), who, why: msg('din läkare.', { id: 'document.person.doctorWhy' }) })),
    ...doc.roles.meetingLeaders.map((who) => ({ role: roleName('meetingLeader'), who, why: msg('leder mötena om din plan.', { id: 'document.person.leaderWhy' }) })),
  ];
  return html`
    <section class="section" aria-labelledby="sec-call">
      <h3 id="sec-call">${msg('Vem du ringer', { id: 'document.person.call' })}</h3>
      ${contacts.length
        ? html`<ul class="people">${contacts.map((c) => html`<li><strong>${c.role}</strong> – ${c.why}<br />${namedLine(c.who)}</li>`)}</ul>`
        : html`<p class="missing">${msg('Ingen samordnare är utsedd ännu.', { id: 'document.person.noCoordinator' })}</p>`}
    </section>

    <section class="section" aria-labelledby="sec-worse">
      <h3 id="sec-worse">${msg('Om du mår sämre', { id: 'document.person.worse' })}</h3>
      ${prose(plan.ifWorse, notYet)}
    </section>

    <section class="section" aria-labelledby="sec-next">
      <h3 id="sec-next">${msg('Det här händer sedan', { id: 'document.person.next' })}</h3>
      <p>
        ${plan.followUpDate
          ? msg(str`Den ${formatDate(plan.followUpDate, 'long')} ser vi tillsammans över hur det har gått.`, { id: 'document.person.followUp' })
          : msg('Vi har inte bestämt när vi ses igen för att se hur det har gått.', { id: 'document.person.noFollowUp' })}
      </p>
      ${doc.nextMeeting
        ? html`<p>${msg(str`Nästa möte: ${formatDateTime(doc.nextMeeting.start)}`, { id: 'document.person.meeting' })}${doc.nextMeeting.place ? html`, ${doc.nextMeeting.place}` : nothing}.</p>`
        : nothing}
      <p>
        ${doc.overall
          ? msg(str`${principalName(doc.overall.principal)} har huvudansvaret för att planen hålls ihop.`, { id: 'document.person.overall' })
          : msg('Det är inte bestämt vem som har huvudansvaret.', { id: 'document.person.noOverall' })}
      </p>
    </section>

    <section class="section" aria-labelledby="sec-pgoals">
      <h3 id="sec-pgoals">${msg('Det här vill du', { id: 'document.person.goals' })}</h3>
      ${doc.goals.length
        ? html`<ul class="goals">
            ${doc.goals.map(
              (t) => html`<li class="goal"><p><q>${t.goal.text}</q></p>${t.children.length
                  ? html`<p>${msg('Första stegen:', { id: 'document.person.steps' })}</p><ul>${t.children.map((g) => html`<li class="goal"><q>${g.text}</q>${g.targetDate ? html` <span class="detail">(${formatDate(g.targetDate)})</span>` : nothing}</li>`)}</ul>`
                  : nothing}</li>`,
            )}
          </ul>`
        : html`<p class="missing">${notYet}</p>`}
    </section>

    <section class="section" aria-labelledby="sec-who">
      <h3 id="sec-who">${msg('Vem gör vad', { id: 'document.person.who' })}</h3>
      ${[...doc.principalGroups, ...doc.otherGroups].length ? [...doc.principalGroups, ...doc.otherGroups].map(group) : html`<p class="missing">${notYet}</p>`}
    </section>

    <section class="section" aria-labelledby="sec-why">
      <h3 id="sec-why">${msg('Varför du har en plan', { id: 'document.person.why' })}</h3>
      ${prose(plan.reason, notYet)}
      <h4>${msg('Så har du det nu', { id: 'document.person.now' })}</h4>
      ${prose(plan.currentSituation, notYet)}
      <h4>${msg('Hjälp du redan får', { id: 'document.person.ongoing' })}</h4>
      ${prose(plan.ongoingInterventions, notYet)}
      <h4>${msg('Det här behöver du', { id: 'document.person.needs' })}</h4>
      ${prose(plan.needs, notYet)}
      ${doc.questions.length
        ? html`<h4>${msg('Det vi ska lösa', { id: 'document.person.questions' })}</h4><ul>${doc.questions.map((q) => html`<li>${q}</li>`)}</ul>`
        : nothing}
      ${doc.whatMatters.length
        ? html`<h4>${msg('Det här är viktigt för dig', { id: 'document.person.matters' })}</h4><ul>${doc.whatMatters.map((w) => html`<li><q>${w}</q></li>`)}</ul>`
        : nothing}
    </section>

    <section class="section" aria-labelledby="sec-read">
      <h3 id="sec-read">${msg('Vem som får läsa planen', { id: 'document.person.read' })}</h3>
      <p>
        ${doc.consent && (doc.consent.status === 'active' || doc.consent.status === 'expiring')
          ? doc.consent.until
            ? msg(str`Du har sagt ja till att de här får läsa planen och prata med varandra om den, till och med ${formatDate(doc.consent.until, 'long')}:`, { id: 'document.person.consentUntil' })
            : msg('Du har sagt ja till att de här får läsa planen och prata med varandra om den:', { id: 'document.person.consent' })
          : msg('Just nu har ingen ditt ja till att läsa planen. Bara du får den.', { id: 'document.person.noConsent' })}
      </p>
      ${doc.recipients.length ? html`<ul class="recipients">${doc.recipients.map((r) => html`<li>${r.name}${r.detail ? html`<span class="detail">, ${r.detail}</span>` : nothing}</li>`)}</ul>` : nothing}
      <p>${msg('Du kan ändra dig när som helst. Säg till din samordnare.', { id: 'document.person.change' })}</p>
    </section>

    <section class="section" aria-labelledby="sec-help">
      <h3 id="sec-help">${msg('Tolk och stöd på mötena', { id: 'document.person.help' })}</h3>
      <p>${plan.person.interpreter?.needed
        ? plan.person.interpreter.language
          ? msg(str`Du får tolk på mötena. Språk: ${plan.person.interpreter.language}.`, { id: 'document.person.interpreterLanguage' })
          : msg('Du får tolk på mötena.', { id: 'document.person.interpreter' })
        : msg('Du behöver ingen tolk.', { id: 'document.person.noInterpreter' })}</p>
      ${plan.person.adaptations.length ? html`<ul>${plan.person.adaptations.map((a) => html`<li>${a}</li>`)}</ul>` : nothing}
    </section>

    ${signatureBlock(vm, msg('Underskrifter', { id: 'document.person.signatures' }))}
  `;
}
