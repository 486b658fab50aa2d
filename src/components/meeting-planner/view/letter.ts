/**
 * The invitation as a letter, for those outside the journal system (seed 001: "blankett för
 * inbjudan … skickas som brev"), in plain words. On screen it is a preview with a print button;
 * printed, it is all that shows (the styles hide the rest and every control).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Meeting } from '../../../model/schema';
import { getLocale } from '../../../shared/i18n';
import { contactFor, who } from '../people';
import { dueText, formLabel, when } from '../labels';
import type { PlannerActions, PlannerViewModel } from '../types';

export function renderLetter(vm: Readonly<PlannerViewModel>, a: PlannerActions, m: Meeting): TemplateResult {
  const locale = getLocale();
  const person = vm.plan.person.name;
  const names = m.participants.map((p) => who(vm.plan, p));
  if (m.personAttends) names.unshift(person);
  const contact = contactFor(vm.plan, m.leaderId);
  const due = m.invitations.map((r) => r.dueAt).filter((x): x is string => !!x).sort()[0];
  const phone = contact?.contact?.phone;
  const email = contact?.contact?.email;
  return html`<section class="letter-wrap" aria-labelledby="letter-heading">
    <div class="screen-only letter-tools" part="screen">
      <h3 id="letter-heading">${msg('Inbjudan som brev', { id: 'meeting-planner.letter.heading' })}</h3>
      <p class="help">${msg('För den som inte når journalsystemet. Skriv ut och skicka.', { id: 'meeting-planner.letter.help' })}</p>
      <div class="button-row">
        <button type="button" part="button" data-action="print" @click=${a.print}>${msg('Skriv ut inbjudan', { id: 'meeting-planner.letter.print' })}</button>
      </div>
    </div>
    <article class="letter" part="letter" lang=${locale}>
      <h2>${msg('Inbjudan till möte om samordnad individuell plan (SIP)', { id: 'meeting-planner.letter.title' })}</h2>
      <p>${msg(str`Du är inbjuden till ett möte om en samordnad individuell plan för ${person}. På mötet bestämmer vi tillsammans vem som gör vad, utifrån det som är viktigt för ${person}.`, { id: 'meeting-planner.letter.intro' })}</p>
      <dl class="facts">
        <dt>${msg('När', { id: 'meeting-planner.letter.when' })}</dt><dd>${when(m.start, m.end, locale)}</dd>
        <dt>${msg('Var', { id: 'meeting-planner.letter.where' })}</dt><dd>${m.place ?? '–'}</dd>
        <dt>${msg('Hur', { id: 'meeting-planner.letter.how' })}</dt><dd>${formLabel(m.form)}</dd>
        ${m.purpose ? html`<dt>${msg('Varför vi ses', { id: 'meeting-planner.letter.why' })}</dt><dd>${m.purpose}</dd>` : nothing}
        ${m.questions.length
          ? html`<dt>${msg('Det här vill vi prata om', { id: 'meeting-planner.letter.questions' })}</dt><dd><ul>${m.questions.map((q) => html`<li>${q}</li>`)}</ul></dd>`
          : nothing}
        <dt>${msg('De här är inbjudna', { id: 'meeting-planner.letter.invited' })}</dt><dd><ul>${names.map((n) => html`<li>${n}</li>`)}</ul></dd>
        ${m.leaderId ? html`<dt>${msg('Leder mötet', { id: 'meeting-planner.letter.leader' })}</dt><dd>${who(vm.plan, m.leaderId)}</dd>` : nothing}
        ${m.interpreter?.needed ? html`<dt>${msg('Tolk', { id: 'meeting-planner.interpreterShort' })}</dt><dd>${m.interpreter.language ?? msg('Tolk finns på mötet.', { id: 'meeting-planner.letter.interpreter' })}</dd>` : nothing}
      </dl>
      <p>
        ${due ? msg(str`Svara gärna senast ${dueText(due, locale)} om du kan komma.`, { id: 'meeting-planner.letter.answer' }) : nothing}
        ${msg('Om tiden inte passar, hör av dig så hittar vi en annan.', { id: 'meeting-planner.letter.otherTime' })}
      </p>
      <p class="contact">
        ${contact
          ? html`${msg(str`Frågor? Kontakta ${who(vm.plan, contact.id)}`, { id: 'meeting-planner.letter.contact' })}${phone ? html`, ${msg('telefon', { id: 'meeting-planner.letter.phone' })} ${phone}` : nothing}${email ? html`, ${email}` : nothing}.`
          : msg('Frågor? Kontakta den som skickade brevet.', { id: 'meeting-planner.letter.contactSender' })}
      </p>
    </article>
  </section>`;
}
