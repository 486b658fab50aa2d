import { html, type PropertyValues, type TemplateResult } from 'lit';
import { SipElement } from '../../shared/sip-element';
import { LazyPart, lazyModule } from '../../shared/lazy-part';
import { FocusController } from '../../shared/focus';
import * as label from '../../shared/labels';
import type { SipPlan } from '../../model';
import type { InitiativeController } from './controller';
import { initiativeStyles } from './initiative.styles';

// The view, the edit actions, the initiative operations and the consent coverage load lazily,
// next to the base class's validator, when the first plan arrives (see part.ts).
type InitiativePart = typeof import('./part');
const initiativePart = lazyModule<InitiativePart>(() => import('./part'));

/**
 * The initiative to a SIP (initiativ, seed 001: Initiativ → Kallelse): from "someone sees the
 * need" to every unit having answered.
 *
 * Start an initiative with the reason ("behov av samordning av …", no case notes), the units and
 * staff it goes to — only those the consent in force covers can be chosen; the others are listed
 * with why — and who sends it; it is sent now. Each receiver's answer is due one Swedish working
 * day later (weekends, public holidays and the eves skipped, Stockholm time); an overdue answer
 * stands out and is announced once. A receiver acknowledges (kvittera) or declines, naming whom
 * to send it to instead (neka + hänvisning); the initiative is then sent on to that unit, and the
 * list keeps the history in the order it was sent.
 *
 * With `party` (a network entry id), the element is the receiving unit's view: the initiative and
 * that unit's own answer only — acknowledge in one click.
 *
 * Answers and sending need an editable plan (a draft, or signed and not yet locked): the
 * initiative belongs to the preparation. A locked, closed or voided plan shows it read-only.
 *
 * @summary Start an initiative to a SIP, and record and follow each unit's answer.
 *
 * @fires sip-plan-change - An initiative was sent, answered or sent on. `detail: { plan, change }`; the input plan is never mutated.
 * @fires sip-invalid - The plan is invalid. `detail: { issues }`.
 *
 * @csspart base - The element's outer wrapper.
 * @csspart form - The form that starts an initiative.
 * @csspart receiver - One receiver with its answer (and the party view's answer).
 * @csspart overdue - The notice listing overdue answers.
 * @csspart banner - The note on a locked, closed or voided plan.
 * @csspart button - Every button.
 * @csspart alert - The invalid-plan message.
 *
 * @cssprop --sip-initiative-ok - Colour of an acknowledged answer (default `--sip-color-success`).
 * @cssprop --sip-initiative-warning - Colour of a decline (default `--sip-color-warning`).
 * @cssprop --sip-initiative-overdue - Colour of an overdue answer (default `--sip-color-danger`).
 * @cssprop --sip-color-text - Text colour.
 * @cssprop --sip-color-surface - Background of the receivers and the form.
 * @cssprop --sip-color-accent - Primary button colour.
 * @cssprop --sip-font-family - Font.
 */
export class SipInitiative extends SipElement {
  static override properties = {
    ...SipElement.properties,
    party: { type: String },
  };

  static override styles = initiativeStyles;

  /** The receiving unit's network entry id: shows only its own answer. Unset: the coordinator's view. */
  declare party: string | undefined;

  private readonly lazy = new LazyPart(this, initiativePart);
  private readonly focuser = new FocusController(this);
  /** The edit actions; they come with the lazily loaded part. */
  private edits: InitiativeController | undefined;
  private lastPlanId: string | undefined;

  constructor() {
    super();
    this.party = undefined;
  }

  private controller(part: InitiativePart): InitiativeController {
    this.edits ??= new part.InitiativeController(
      this,
      {
        plan: () => this.validPlan,
        now: () => this.currentTime(),
        readonly: () => this.readonly,
        party: () => this.party,
        apply: (operate) => this.applyOperation(operate),
      },
      this.announcer,
      this.focuser,
    );
    return this.edits;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan) this.lazy.ensure();
    super.willUpdate(changed);
    // What is typed stays while the host re-renders with a new plan object of the same plan;
    // another plan (another person) starts empty.
    const id = this.validPlan?.id;
    if (id !== undefined && id !== this.lastPlanId) {
      if (this.lastPlanId !== undefined) this.edits?.clear();
      this.lastPlanId = id;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plan = this.validPlan;
    if (plan && this.edits) this.edits.announceOverdue(this.edits.viewModel(plan));
  }

  override render(): TemplateResult {
    if (this.isInvalid) return html`<div part="base">${this.renderInvalid()}${this.announcer.render()}</div>`;
    const plan: SipPlan | undefined = this.validPlan;
    if (!plan) {
      return html`<div class="base" part="base">${this.plan ? '' : html`<p class="empty">${label.noPlanToShow()}</p>`}${this.announcer.render()}</div>`;
    }
    return html`${this.lazy.render({
      ready: (part) => {
        const edits = this.controller(part);
        return part.view(edits.viewModel(plan), edits.actions);
      },
      loading: () => html`<div class="base" part="base"></div>`,
    })}${this.announcer.render()}`;
  }
}
