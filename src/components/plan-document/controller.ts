/**
 * The document's edit actions: each intent becomes a model operation (editPlanDetails,
 * changeCoordinator, signPlan, lockPlan, recordSignature, startRevision); errors become
 * messages; focus and announcements follow. Holds what was typed but not saved, the signer and
 * method chosen for recording a signature, and the last error. Knows nothing about templates.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { OpResult, SipPlan } from '../../model';
import { DATE_PATTERN, isRealDate } from '../../model/constants';
import { changeCoordinator, lockPlan, recordSignature, signPlan } from '../../model/operations/signing';
import { editPlanDetails, startRevision, type PlanDetailsPatch } from '../../model/operations/lifecycle';
import type { AnnouncerController } from '../../shared/announcer';
import type { FocusController } from '../../shared/focus';
import type { DetailField, PlanDocumentActions, Requirement, SignatureMethod } from './types';

/** What the controller reads from its element: closures over its protected state. */
export interface PlanDocumentEnv {
  plan(): SipPlan | undefined;
  apply(operate: (plan: SipPlan, ctx: { by: string; now: string }) => OpResult): OpResult | undefined;
  /** A new version was started: the element tells the host about the voided one. */
  revised(plan: SipPlan, previous: SipPlan): void;
  print(): void;
  fieldLabel(field: DetailField): string;
}

export class PlanDocumentController implements ReactiveController {
  drafts = new Map<DetailField, string>();
  signer = '';
  method: SignatureMethod = 'paper';
  opError = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: PlanDocumentEnv,
    private readonly announcer: AnnouncerController,
    private readonly focus: FocusController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets what was typed (another plan). */
  clear(): void {
    this.drafts = new Map();
    this.opError = '';
    this.signer = '';
    this.announcer.forget();
    this.host.requestUpdate();
  }

  readonly actions: PlanDocumentActions = {
    input: (field, value) => {
      this.drafts.set(field, value);
    },
    change: (field, value) => this.change(field, value),
    setOverallResponsible: (entryId) => this.setOverall(entryId),
    setCoordinator: (entryId) => this.setCoordinator(entryId),
    goTo: (r: Requirement) => {
      if (r.fieldId) this.focus.request(`#${r.fieldId}`);
    },
    sign: () => this.sign(),
    lock: () => this.lock(),
    chooseSigner: (key) => {
      this.signer = key;
    },
    chooseMethod: (method) => {
      this.method = method;
    },
    recordSignature: () => this.record(),
    startRevision: () => this.revise(),
    print: () => this.env.print(),
  };

  private fail(result: OpResult | undefined): boolean {
    if (!result) return true;
    if (result.ok) {
      this.opError = '';
      return false;
    }
    this.opError = result.error.message;
    this.announcer.say(result.error.message);
    this.host.requestUpdate();
    return true;
  }

  private patch(patch: PlanDetailsPatch, what: string): boolean {
    const result = this.env.apply((plan, ctx) => editPlanDetails(plan, { type: 'editPlanDetails', patch }, ctx));
    if (this.fail(result)) return false;
    this.announcer.say(msg(str`Sparat: ${what}.`, { id: 'document.saved' }));
    return true;
  }

  private change(field: DetailField, value: string): void {
    const plan = this.env.plan();
    if (!plan) return;
    const current = (plan[field] as string | undefined) ?? '';
    if (value === current) {
      this.drafts.delete(field);
      return;
    }
    if (field === 'followUpDate' && value !== '' && !(DATE_PATTERN.test(value) && isRealDate(value))) {
      // Not a date yet: it stays in the field as typed, and the user hears why it was not saved.
      this.drafts.set(field, value);
      this.opError = msg('Skriv datumet för uppföljning som ÅÅÅÅ-MM-DD.', { id: 'document.dateInvalid' });
      this.announcer.say(this.opError);
      this.host.requestUpdate();
      return;
    }
    const next = field === 'followUpDate' ? value || undefined : value.trim() === '' ? undefined : value;
    if (this.patch({ [field]: next }, this.env.fieldLabel(field))) this.drafts.delete(field);
  }

  private setOverall(entryId: string): void {
    const plan = this.env.plan();
    if (!plan) return;
    const entry = plan.network.find((e) => e.id === entryId);
    if (entryId !== '' && !entry?.principal) return;
    const overall = entry?.principal ? { principal: entry.principal, entryId: entry.id } : undefined;
    this.patch({ overallResponsible: overall }, msg('Huvudman med övergripande ansvar', { id: 'document.overall' }));
  }

  private setCoordinator(entryId: string): void {
    if (!entryId) return;
    const result = this.env.apply((plan, ctx) => changeCoordinator(plan, { type: 'changeCoordinator', entryId }, ctx));
    if (this.fail(result)) return;
    this.announcer.say(msg('Ny samordningsansvarig sparad.', { id: 'document.coordinatorSaved' }));
  }

  private sign(): void {
    const result = this.env.apply((plan, ctx) => signPlan(plan, { type: 'signPlan' }, ctx));
    if (this.fail(result)) {
      this.focus.request('#requirements-title');
      return;
    }
    this.announcer.say(msg('Planen är signerad. Personalen kan ändra den tills den låses.', { id: 'document.signedAnnounce' }));
    this.focus.request('#signing-title');
  }

  private lock(): void {
    const result = this.env.apply((plan, ctx) => lockPlan(plan, { type: 'lockPlan' }, ctx));
    if (this.fail(result)) return;
    this.announcer.say(msg('Planen är låst. Skriv ut den och samla underskrifterna.', { id: 'document.lockedAnnounce' }));
    this.focus.request('#signing-title');
  }

  private record(): void {
    const plan = this.env.plan();
    if (!plan) return;
    const key = this.signer || 'person';
    const role = key.startsWith('guardian:') ? 'guardian' : key === 'legalRepresentative' ? 'legalRepresentative' : 'person';
    const guardianId = role === 'guardian' ? key.slice('guardian:'.length) : undefined;
    const result = this.env.apply((p, ctx) =>
      recordSignature(p, guardianId !== undefined ? { type: 'recordSignature', role, method: this.method, guardianId } : { type: 'recordSignature', role, method: this.method }, ctx),
    );
    if (this.fail(result)) return;
    this.signer = '';
    this.announcer.say(msg('Underskriften är registrerad.', { id: 'document.signatureAnnounce' }));
    this.focus.request('#signing-title');
  }

  private revise(): void {
    const result = this.env.apply((plan, ctx) => startRevision(plan, { type: 'startRevision' }, ctx));
    if (this.fail(result) || !result?.ok) return;
    if (result.previous) this.env.revised(result.plan, result.previous);
    this.announcer.say(msg(str`Version ${result.plan.version} är ett nytt utkast.`, { id: 'document.revisedAnnounce' }));
    this.focus.request('#work-title');
  }
}
