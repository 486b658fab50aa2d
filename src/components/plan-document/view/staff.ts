/**
 * The staff version: the parts the law asks for first (overall responsibility, the activities
 * and which principal answers for each, what others do), then the guidance's core texts, the
 * goals, how the work is coordinated, consent and recipients, interpreter and adaptations,
 * version and signatures.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { activityStatusLabel } from '../../../model/activity-labels';
import { formatDate, formatDateTime } from '../../../shared/format';
import * as term from '../../../shared/terms';
import type { ActivityGroup, DocActivity, GoalTree } from '../document-model';
import type { SipPlan } from '../../../model';
import type { PlanDocumentViewModel } from '../types';
import { consentStatusLabel, principalKind, principalName } from './labels';
import { roleName } from '../../../shared/plan-terms';
import { namedLine, notWritten, prose, roleRow, signatureBlock } from './parts';

/**
 * What the person said in the preparation before the meeting, in their words: the view the plan
 * builds on. Their own notes and coordinator wish stay in the meeting planner.
 */
function preparationBrief(prep: SipPlan['preparation']): TemplateResult | typeof nothing {
  const rows: [string, string | undefined][] = [
    [msg('Vad som är viktigt för personen', { id: 'document.prep.whatMatters' }), prep?.whatMatters],
    [msg('Hur personen ser på sin situation', { id: 'document.prep.situation' }), prep?.situation],
    [msg('Hur personen vill att det ska bli', { id: 'document.prep.wishes' }), prep?.wishes],
  ];
  const said = rows.filter(([, t]) => t?.trim());
  if (!said.length) return nothing;
  return html`<h4>${msg('Från förberedelsen med personen', { id: 'document.prep' })}</h4>
    <dl class="facts">${said.map(([label, t]) => html`<div class="row"><dt>${label}</dt><dd><q>${t}</q></dd></div>`)}</dl>`;
}

function activityItem(d: DocActivity): TemplateResult {
  const a = d.activity;
  const when = [a.start ? formatDate(a.start) : '', a.due ? formatDate(a.due) : ''];
  return html`<li class="activity" part="activity" data-activity=${a.id}>
    <p class="activity-title"><strong>${a.title}</strong> <span class="status">(${activityStatusLabel(a.status)})</span></p>
    ${a.description ? html`<p class="prose">${a.description}</p>` : nothing}
    <dl class="facts compact">
      <div class="row">
        <dt>${msg('Ansvarig', { id: 'document.activity.responsible' })}</dt>
        <dd>
          ${d.responsible
            ? namedLine(d.responsible)
            : d.responsibleWithheld
              ? msg('Namnet visas inte i den här kopian.', { id: 'document.activity.withheld' })
              : html`<span class="missing">${msg('Ingen namngiven ansvarig.', { id: 'document.activity.noResponsible' })}</span>`}
          ${d.unit ? html`<br /><span class="detail">${d.unit}</span>` : nothing}
        </dd>
      </div>
      ${a.start || a.due
        ? html`<div class="row"><dt>${msg('När', { id: 'document.activity.when' })}</dt><dd>${when[0] && when[1] ? `${when[0]} – ${when[1]}` : when[0] ? msg(str`från ${when[0]}`, { id: 'document.activity.from' }) : msg(str`senast ${when[1]}`, { id: 'document.activity.by' })}</dd></div>`
        : nothing}
      ${a.frequency ? html`<div class="row"><dt>${msg('Hur ofta', { id: 'document.activity.frequency' })}</dt><dd>${a.frequency}</dd></div>` : nothing}
      ${d.goals.length ? html`<div class="row"><dt>${msg('För målet', { id: 'document.activity.goals' })}</dt><dd>${d.goals.map((g) => html`<span class="goal-ref">${g.text}</span>`)}</dd></div>` : nothing}
    </dl>
  </li>`;
}

export function activityGroup(g: ActivityGroup, level: 4 | 5): TemplateResult {
  const id = `grp-${g.key.replace(/[^\w-]+/g, '_')}`;
  const heading = html`${principalName(g.principal)}${g.principal && principalKind(g.principal) !== principalName(g.principal) ? html` <span class="kind">(${principalKind(g.principal)})</span>` : nothing}`;
  return html`<section class="group" aria-labelledby=${id}>
    ${level === 4 ? html`<h4 id=${id}>${heading}</h4>` : html`<h5 id=${id}>${heading}</h5>`}
    <ul class="activities">${g.activities.map(activityItem)}</ul>
  </section>`;
}

function goalTree(t: GoalTree): TemplateResult {
  return html`<li class="goal">
    <p><span class="goal-kind">${msg('Långsiktigt mål', { id: 'document.goal.long' })}:</span> <q>${t.goal.text}</q>${t.goal.targetDate ? html` <span class="detail">(${formatDate(t.goal.targetDate)})</span>` : nothing}</p>
    ${t.children.length
      ? html`<ul>
          ${t.children.map(
            (g) => html`<li class="goal"><p><span class="goal-kind">${msg('Kortsiktigt mål', { id: 'document.goal.short' })}:</span> <q>${g.text}</q>${g.targetDate ? html` <span class="detail">(${formatDate(g.targetDate)})</span>` : nothing}</p>${g.measure ? html`<p class="detail">${msg('Så märks det', { id: 'document.goal.measure' })}: ${g.measure}</p>` : nothing}</li>`,
          )}
        </ul>`
      : nothing}
  </li>`;
}

export function renderStaff(vm: Readonly<PlanDocumentViewModel>): TemplateResult {
  const { plan, doc } = vm;
  const p = plan.person;
  const noOne = msg('Ingen utsedd ännu.', { id: 'document.noOne' });
  return html`
    <section class="section" aria-labelledby="sec-responsibility">
      <h3 id="sec-responsibility">${msg('Insatser och ansvar', { id: 'document.sec.responsibility' })}</h3>
      <dl class="facts">
        <div class="row">
          <dt>${msg('Huvudman med övergripande ansvar', { id: 'document.overall' })}</dt>
          <dd>${doc.overall
            ? html`${principalName(doc.overall.principal)}${doc.overall.unit ? html`, ${namedLine(doc.overall.unit)}` : nothing}`
            : html`<span class="missing">${msg('Inte bestämt ännu.', { id: 'document.overall.none' })}</span>`}</dd>
        </div>
      </dl>
      <p class="lead">${msg('Insatser som behövs, och vilken huvudman som ansvarar för vilken:', { id: 'document.activities.lead' })}</p>
      ${doc.principalGroups.length ? doc.principalGroups.map((g) => activityGroup(g, 4)) : html`<p class="missing">${msg('Inga insatser ännu.', { id: 'document.activities.none' })}</p>`}
      ${doc.otherGroups.length
        ? html`<section class="group" aria-labelledby="sec-others">
            <h4 id="sec-others">${msg('Vad andra gör', { id: 'document.others' })}</h4>
            ${doc.otherGroups.map((g) => activityGroup(g, 5))}
          </section>`
        : nothing}
    </section>

    <section class="section" aria-labelledby="sec-background">
      <h3 id="sec-background">${msg('Bakgrund och behov', { id: 'document.sec.background' })}</h3>
      <h4>${msg('Varför SIP behövs', { id: 'document.reason' })}</h4>
      ${prose(plan.reason, notWritten())}
      <h4>${msg('Nuvarande situation', { id: 'document.currentSituation' })}</h4>
      ${prose(plan.currentSituation, notWritten())}
      <h4>${msg('Pågående insatser', { id: 'document.ongoing' })}</h4>
      ${prose(plan.ongoingInterventions, notWritten())}
      <h4>${msg('Personens behov', { id: 'document.needs' })}</h4>
      ${plan.needs?.trim() ? prose(plan.needs, '') : nothing}
      ${doc.questions.length
        ? html`<p>${msg('Frågor planen ska lösa:', { id: 'document.questions' })}</p><ul>${doc.questions.map((q) => html`<li>${q}</li>`)}</ul>`
        : nothing}
      ${doc.whatMatters.length
        ? html`<p>${msg('Vad som är viktigt för personen, med egna ord:', { id: 'document.whatMatters' })}</p><ul>${doc.whatMatters.map((w) => html`<li><q>${w}</q></li>`)}</ul>`
        : nothing}
      ${!plan.needs?.trim() && !doc.questions.length && !doc.whatMatters.length ? html`<p class="missing">${notWritten()}</p>` : nothing}
      ${preparationBrief(plan.preparation)}
      <h4>${msg('Om det blir sämre', { id: 'document.ifWorse' })}</h4>
      ${prose(plan.ifWorse, notWritten())}
    </section>

    <section class="section" aria-labelledby="sec-goals">
      <h3 id="sec-goals">${msg('Mål, med personens egna ord', { id: 'document.sec.goals' })}</h3>
      ${doc.goals.length ? html`<ul class="goals">${doc.goals.map(goalTree)}</ul>` : html`<p class="missing">${msg('Inga mål ännu.', { id: 'document.goals.none' })}</p>`}
    </section>

    <section class="section" aria-labelledby="sec-coordination">
      <h3 id="sec-coordination">${msg('Så samordnas insatserna', { id: 'document.sec.coordination' })}</h3>
      <dl class="facts">
        ${roleRow(roleName('coordinator'), doc.roles.coordinator ? [doc.roles.coordinator] : [], noOne)}
        ${roleRow(roleName('fixedCareContact'), doc.roles.fixedCareContacts, noOne)}
        ${roleRow(roleName('responsibleDoctor'), doc.roles.responsibleDoctors, noOne)}
        ${roleRow(roleName('meetingLeader'), doc.roles.meetingLeaders, noOne)}
        <div class="row">
          <dt>${msg('Uppföljning', { id: 'document.followUpDate' })}</dt>
          <dd>${plan.followUpDate ? formatDate(plan.followUpDate, 'long') : html`<span class="missing">${msg('Inget datum ännu.', { id: 'document.followUpDate.none' })}</span>`}</dd>
        </div>
        ${doc.nextMeeting
          ? html`<div class="row"><dt>${msg('Nästa möte', { id: 'document.nextMeeting' })}</dt><dd>${formatDateTime(doc.nextMeeting.start)}${doc.nextMeeting.place ? html`, ${doc.nextMeeting.place}` : nothing}</dd></div>`
          : nothing}
      </dl>
    </section>

    <section class="section" aria-labelledby="sec-consent">
      <h3 id="sec-consent">${msg('Samtycke och vem som får planen', { id: 'document.sec.consent' })}</h3>
      ${doc.consent
        ? html`<dl class="facts">
            <div class="row"><dt>${term.consent()}</dt><dd>${consentStatusLabel(doc.consent.status)}${doc.consent.record.scope.subject ? html` – ${doc.consent.record.scope.subject}` : nothing}</dd></div>
            <div class="row"><dt>${msg('Lämnat av', { id: 'document.consent.givenBy' })}</dt><dd>${doc.consent.record.givenBy.map((g) => g.name ?? g.role).join(', ')} (${doc.consent.record.form === 'written' ? msg('skriftligt', { id: 'document.consent.written' }) : msg('muntligt', { id: 'document.consent.oral' })})</dd></div>
            <div class="row"><dt>${msg('Gäller', { id: 'document.consent.valid' })}</dt><dd>${doc.consent.until
              ? msg(str`${formatDate(doc.consent.record.scope.validFrom)} – ${formatDate(doc.consent.until)}`, { id: 'document.consent.range' })
              : msg(str`från ${formatDate(doc.consent.record.scope.validFrom)}, tills vidare`, { id: 'document.consent.open' })}</dd></div>
          </dl>`
        : html`<p class="missing">${msg('Inget samtycke registrerat.', { id: 'document.consent.missing' })}</p>`}
      <h4>${msg('Får ta del av planen', { id: 'document.recipients' })}</h4>
      ${doc.recipients.length
        ? html`<ul class="recipients">${doc.recipients.map((r) => html`<li>${r.name}${r.detail ? html`<span class="detail">, ${r.detail}</span>` : nothing}</li>`)}</ul>`
        : html`<p class="missing">${msg('Ingen utom personen själv, så länge inget samtycke gäller.', { id: 'document.recipients.none' })}</p>`}
    </section>

    <section class="section" aria-labelledby="sec-adaptations">
      <h3 id="sec-adaptations">${msg('Tolk och anpassningar', { id: 'document.sec.adaptations' })}</h3>
      <dl class="facts">
        <div class="row"><dt>${msg('Tolk', { id: 'document.interpreter' })}</dt><dd>${p.interpreter?.needed
          ? p.interpreter.language
            ? msg(str`Behövs: ${p.interpreter.language}`, { id: 'document.interpreter.language' })
            : msg('Behövs', { id: 'document.interpreter.needed' })
          : msg('Behövs inte', { id: 'document.interpreter.notNeeded' })}${p.interpreter?.note ? html` – ${p.interpreter.note}` : nothing}</dd></div>
        ${p.language ? html`<div class="row"><dt>${msg('Språk', { id: 'document.language' })}</dt><dd>${p.language}</dd></div>` : nothing}
        <div class="row"><dt>${msg('Anpassningar', { id: 'document.adaptations' })}</dt>${p.adaptations.length ? p.adaptations.map((a) => html`<dd>${a}</dd>`) : html`<dd>${msg('Inga angivna', { id: 'document.adaptations.none' })}</dd>`}</div>
      </dl>
    </section>

    ${signatureBlock(vm, msg('Version och underskrifter', { id: 'document.sec.signatures' }))}
  `;
}

