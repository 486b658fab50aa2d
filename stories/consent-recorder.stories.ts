import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/consent-recorder/index';
import type { SipPlan } from '../src/model';
import { EXAMPLE_NOW, examplePlans } from '../src/model/examples';

interface Args {
  plan: SipPlan | Record<string, unknown> | undefined;
  readonly: boolean;
  required: boolean;
  name: string;
  now: string;
  user: string;
  defaultMonths: number;
  expiringDays: number;
}

const narrow = (story: () => unknown) => html`<div style="max-width: 320px">${story()}</div>`;
const MARKUP = '<img src=x onerror=alert(1)>';

// Every plan is built from an example by pure transformation; "now" is EXAMPLE_NOW (2026-11-22).

/** Karin (elderly) before any consent: an editable draft. */
const noConsent = (): SipPlan => {
  const plan = structuredClone(examplePlans.elderly);
  plan.status = 'draft';
  delete plan.lockedAt;
  plan.signatures = [];
  plan.consents = [];
  return plan;
};

/** The elderly plan with its consent ending on `validUntil`. */
const until = (validUntil: string): SipPlan => {
  const plan = structuredClone(examplePlans.elderly);
  plan.consents = plan.consents.map((c) => ({ ...c, scope: { ...c.scope, validUntil } }));
  return plan;
};

/** Amir (psychiatry) said no and has not changed his mind. */
const refused = (): SipPlan => {
  const plan = structuredClone(examplePlans.psychiatry);
  plan.consents = plan.consents.slice(0, 1);
  return plan;
};

/** Karin withdrew her consent by phone two days ago; the plan is voided. */
const withdrawn = (): SipPlan => {
  const plan = structuredClone(examplePlans.elderly);
  const at = '2026-11-20T09:15:00+01:00';
  plan.consents = plan.consents.map((c) => ({
    ...c,
    withdrawal: { at, by: { role: 'person', name: 'Karin Lindqvist' }, form: 'oral', recordedBy: 'Maria Ek, distriktssköterska', note: 'Karin ringde och ville avsluta samordningen.' },
  }));
  plan.status = 'voided';
  plan.voided = { reason: 'consentWithdrawn', at, by: 'Maria Ek, distriktssköterska' };
  return plan;
};

/** Elias (11): the guardians' consent with his own view, still to be recorded. */
const minor = (): SipPlan => {
  const plan = structuredClone(examplePlans.child);
  plan.consents = [];
  return plan;
};

/** Karin with a god man and no consent yet. */
const representative = (): SipPlan => {
  const plan = noConsent();
  plan.person = { ...plan.person, legalRepresentative: { id: 'rep-1', kind: 'godMan', name: 'Bengt Ahl', contact: { phone: '070-000 11 22' } } };
  return plan;
};

/** Karin with a god man who gave consent for her. */
const representativeGave = (): SipPlan => {
  const plan = structuredClone(examplePlans.elderly);
  plan.person = { ...plan.person, legalRepresentative: { id: 'rep-1', kind: 'godMan', name: 'Bengt Ahl' } };
  plan.consents = plan.consents.map((c) => ({ ...c, givenBy: [{ role: 'legalRepresentative', refId: 'rep-1', name: 'Bengt Ahl' }, ...c.givenBy] }));
  return plan;
};

const markup = (): SipPlan => {
  const plan = structuredClone(examplePlans.elderly);
  plan.person = { ...plan.person, name: `Karin ${MARKUP}` };
  plan.network = plan.network.map((e) => (e.id === 'maria' ? { ...e, name: `Maria ${MARKUP}` } : e));
  plan.consents = plan.consents.map((c) => ({
    ...c,
    givenBy: [{ role: 'person', name: `Karin ${MARKUP}` }],
    scope: { ...c.scope, subject: `<script>alert("hej")</script> ${MARKUP}` },
  }));
  return plan;
};

const invalid = (): Record<string, unknown> => {
  const plan = structuredClone(examplePlans.elderly) as unknown as Record<string, unknown>;
  (plan.consents as Record<string, unknown>[])[0]!.scope = { parties: ['nobody'], validFrom: 'igår' };
  return plan;
};

const meta: Meta<Args> = {
  title: 'Elements/Consent recorder',
  component: 'sip-consent-recorder',
  render: (args) =>
    html`<sip-consent-recorder
      .plan=${args.plan}
      ?readonly=${args.readonly}
      ?required=${args.required}
      name=${args.name}
      now=${args.now}
      user=${args.user}
      default-months=${args.defaultMonths}
      expiring-days=${args.expiringDays}
    ></sip-consent-recorder>`,
  args: {
    plan: examplePlans.elderly,
    readonly: false,
    required: false,
    name: 'consent',
    now: EXAMPLE_NOW,
    user: 'Maria Ek, distriktssköterska',
    defaultMonths: 12,
    expiringDays: 30,
  },
  argTypes: {
    plan: { control: 'object' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** No decision recorded yet: the form is open. */
export const NoConsentYet: Story = { args: { plan: noConsent() } };
/** Consent in force until 10 September 2027. */
export const Active: Story = { args: { plan: examplePlans.elderly } };
/** Ends within 30 days: renew it at the follow-up. */
export const ExpiringSoon: Story = { args: { plan: until('2026-12-10') } };
/** Ended on 1 November 2026: no information may be shared. */
export const Expired: Story = { args: { plan: until('2026-11-01') } };
/** The person said no; the decision is documented. */
export const Refused: Story = { args: { plan: refused() } };
/** Withdrawn by phone; the plan is voided. */
export const Withdrawn: Story = { args: { plan: withdrawn() } };
/** Refused first, then given: the earlier decision shows in the history. */
export const WithHistory: Story = { args: { plan: examplePlans.psychiatry } };
/** A minor: both guardians pre-selected, the child's own view required. */
export const MinorWithTwoGuardians: Story = { args: { plan: minor() } };
/** The child's plan with the guardians' consent and Elias's view, expiring soon. */
export const MinorConsentGiven: Story = { args: { plan: examplePlans.child } };
/** An adult with a god man: the representative is pre-selected. */
export const AdultWithLegalRepresentative: Story = { args: { plan: representative() } };
/** Consent given by the god man. */
export const LegalRepresentativeGave: Story = { args: { plan: representativeGave() } };
/** For parties who may only look: no controls. */
export const ReadOnly: Story = { args: { plan: examplePlans.psychiatry, readonly: true } };
/** An invalid plan: a readable alert instead of the element. */
export const InvalidPlan: Story = { args: { plan: invalid() } };
/** Names and text with markup show as text. */
export const NamesWithMarkup: Story = { args: { plan: markup() } };
/** No plan set yet. */
export const NoPlan: Story = { args: { plan: undefined } };
/** Without a current user the form says so rather than record an anonymous decision. */
export const NoUser: Story = { args: { plan: noConsent(), user: '' } };

export const EnglishNoConsent: Story = { args: { plan: noConsent() }, globals: { locale: 'en' } };
export const EnglishActive: Story = { args: { plan: examplePlans.elderly }, globals: { locale: 'en' } };
export const EnglishMinor: Story = { args: { plan: minor() }, globals: { locale: 'en' } };
export const EnglishWithdrawn: Story = { args: { plan: withdrawn() }, globals: { locale: 'en' } };

export const Narrow320: Story = { args: { plan: minor() }, decorators: [narrow] };
export const Narrow320Active: Story = { args: { plan: examplePlans.psychiatry }, decorators: [narrow] };
export const Narrow320Draft: Story = { args: { plan: noConsent() }, decorators: [narrow] };

/** Signed but not locked: a renewal may add a party to the network. */
const signed = (): SipPlan => {
  const plan = structuredClone(examplePlans.elderly);
  delete plan.lockedAt;
  return plan;
};
export const SignedNotLocked: Story = { args: { plan: signed() } };

/** The large example with a 100,000-character name: what is shown is capped, the whole name is a click away. */
const longName = (): SipPlan => {
  const plan = structuredClone(examplePlans.large);
  plan.person = { ...plan.person, name: `Stor ${'Exempelsson'.repeat(9091)}`.slice(0, 100_000) };
  return plan;
};
export const LargePlanLongName: Story = { args: { plan: longName() } };

export const Narrow320English: Story = { args: { plan: noConsent() }, globals: { locale: 'en' }, decorators: [narrow] };
