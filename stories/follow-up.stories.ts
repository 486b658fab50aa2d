import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/follow-up/index';
import type { FollowUp, SipPlan } from '../src/model';
import { EXAMPLE_NOW, examplePlans } from '../src/model/examples';

interface Args {
  plan: SipPlan | Record<string, unknown> | undefined;
  readonly: boolean;
  now: string;
  user: string;
}

const narrow = (story: () => unknown) => html`<div style="max-width: 320px">${story()}</div>`;
const USER = 'Maria Ek, distriktssköterska';

/** A follow-up held on 2026-11-01: the round after it starts then. */
const earlier: FollowUp = {
  id: 'followup-1',
  date: '2026-11-01',
  howItWent: 'Karin har inte fallit sedan i oktober. Hon är fortfarande yr på morgonen.',
  helped: 'Balansträningen och att hemtjänsten kommer tidigare.',
  hindered: 'Hjälpmedlen till badrummet dröjer.',
  furtherCoordinationNeeded: true,
  decision: 'continue',
  recordedBy: USER,
  recordedAt: '2026-11-01T14:00:00+01:00',
};

/** The elderly plan after one follow-up, with comments on the activities `ids` since then. */
function afterOneFollowUp(ids: readonly string[]): SipPlan {
  const plan = structuredClone(examplePlans.elderly);
  plan.followUps = [earlier];
  plan.activities = plan.activities.map((a) =>
    ids.includes(a.id) ? { ...a, statusHistory: [...a.statusHistory, { status: a.status, at: '2026-11-18T10:00:00+01:00', by: a.responsible.personName ?? USER, note: 'Enligt plan.' }] } : a,
  );
  return plan;
}

const halfDocumented = (): SipPlan => afterOneFollowUp(['a-bp', 'a-rehab', 'a-shower', 'a-pain']);

function readyToDecide(): SipPlan {
  const plan = afterOneFollowUp(examplePlans.elderly.activities.map((a) => a.id));
  plan.goals = plan.goals.map((g, i) => ({ ...g, achievement: { value: i % 2 ? 'reached' : 'partly', at: '2026-11-20', note: 'Karin: ”Jag känner mig säkrare.”' } }));
  return plan;
}

function revised(): SipPlan {
  const plan = afterOneFollowUp([]);
  const revise: FollowUp = { ...earlier, id: 'followup-2', date: '2026-11-22', decision: 'revise', howItWent: 'Karin har flyttat till ett trygghetsboende.', recordedAt: '2026-11-22T10:00:00+01:00' };
  const { lockedAt: _locked, ...rest } = plan;
  return { ...rest, version: 2, status: 'draft', signatures: [], createdAt: '2026-11-22T10:00:00+01:00', followUps: [earlier, revise] };
}

/** The version a revision replaced: voided, pointing at version 2. */
function replaced(): SipPlan {
  const plan = afterOneFollowUp([]);
  return { ...plan, status: 'voided', voided: { reason: 'revised', at: '2026-11-22T10:00:00+01:00', by: USER, replacedByVersion: 2 } };
}

function closed(): SipPlan {
  const plan = readyToDecide();
  const last: FollowUp = { ...earlier, id: 'followup-2', date: '2026-11-22', decision: 'close', furtherCoordinationNeeded: false, howItWent: 'Karin klarar sig med hemtjänsten.', sipKollen: { offered: true, at: '2026-11-22' }, recordedAt: '2026-11-22T10:00:00+01:00' };
  return {
    ...plan,
    status: 'closed',
    followUps: [earlier, last],
    closure: { reason: 'goalsMet', at: '2026-11-22T10:05:00+01:00', by: USER, decidedWith: ['maria', 'lina'], personTookPart: true, sipKollen: { offered: true, at: '2026-11-22' } },
  };
}

const meta: Meta<Args> = {
  title: 'Elements/Follow-up',
  component: 'sip-follow-up',
  render: (args) => html`<sip-follow-up .plan=${args.plan} ?readonly=${args.readonly} now=${args.now} user=${args.user}></sip-follow-up>`,
  args: { plan: examplePlans.elderly, readonly: false, now: EXAMPLE_NOW, user: USER },
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing followed up yet: the round counts from when the plan was locked. */
export const NothingFollowedUp: Story = {};

/** One follow-up held; half the activities documented since. */
export const HalfDocumented: Story = { args: { plan: halfDocumented() } };

/** Everyone has documented and every goal has an outcome: ready for the decision. */
export const ReadyToDecide: Story = { args: { plan: readyToDecide() } };

/**
 * A draft never signed (Elias, 15; the SIP meeting not held yet): no round, and a secondary
 * "Avsluta utan signerad plan" in the banner for when the person no longer wants a SIP, the need
 * went away or the family moved — it opens the closure only, then a confirmation.
 */
export const Draft: Story = { args: { plan: structuredClone(examplePlans.child) } };

/** The draft at 320 px, English. */
export const DraftNarrowEnglish: Story = { args: { plan: structuredClone(examplePlans.child) }, decorators: [narrow], globals: { locale: 'en' } };

/** Revised: version 2 is a draft; the round waits for its signature, the history stays; "Avsluta utan ny version" ends it instead. */
export const Revised: Story = { args: { plan: revised() } };

/** Revised, the old version: voided and read-only, with the banner naming the new version. */
export const RevisedOldVersion: Story = { args: { plan: replaced() } };

/** Closed: read-only, with the banner and the history. */
export const Closed: Story = { args: { plan: closed() } };

/** Read-only: the round shows, nothing can be changed. */
export const ReadOnly: Story = { args: { plan: halfDocumented(), readonly: true } };

/** An invalid plan: the alert with each problem's path (and `sip-invalid`). */
export const InvalidPlan: Story = { args: { plan: { id: 'x', network: 'nope', goals: 7 } } };

/** English. */
export const English: Story = { args: { plan: halfDocumented() }, globals: { locale: 'en' } };

/** 320 px wide, Swedish. */
export const Narrow: Story = { args: { plan: halfDocumented() }, decorators: [narrow] };

/** 320 px wide, English. */
export const NarrowEnglish: Story = { args: { plan: halfDocumented() }, decorators: [narrow], globals: { locale: 'en' } };
