import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/meeting-planner/index';
import type { SipPlan } from '../src/model';
import { NOW, TUESDAY, allAnsweredPlan, emptyPlan, oneOverduePlan, preparedPlan, twoDaysPlan, waitingPlan } from '../test/components/meeting-planner/fixtures';

interface Args {
  plan: SipPlan | Record<string, unknown> | undefined;
  readonly: boolean;
  now: string;
  user: string;
}

const narrow = (story: () => unknown) => html`<div style="max-width: 320px">${story()}</div>`;
/** The letter alone, as it prints: the host hides the rest through the `screen` part. */
const letterOnly = (story: () => unknown) => html`<style>
    .letter-only sip-meeting-planner::part(screen) {
      display: none;
    }
  </style>
  <div class="letter-only">${story()}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Meeting planner',
  component: 'sip-meeting-planner',
  render: (args) => html`<sip-meeting-planner .plan=${args.plan} ?readonly=${args.readonly} now=${args.now} user=${args.user}></sip-meeting-planner>`,
  args: { plan: waitingPlan(), readonly: false, now: NOW, user: 'Johanna Lind, kurator' },
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing booked: the preparation and the booking form. The grandmother is invited on the map but outside the consent. */
export const Empty: Story = { args: { plan: emptyPlan() } };

/** Booked, invitations sent, waiting for the answers (due Monday). */
export const WaitingForAnswers: Story = {};

/** It is Tuesday; the psychologist has not answered: overdue, announced once. One declined and referred elsewhere. */
export const OneOverdue: Story = { args: { plan: oneOverduePlan(), now: TUESDAY } };

/** Every participant has acknowledged; one unit says who comes. */
export const AllAnswered: Story = { args: { plan: allAnsweredPlan() } };

/** Booked on the 22nd for the 24th without marking it urgent: the short-notice hint. */
export const InTwoDaysNotUrgent: Story = { args: { plan: twoDaysPlan() } };

/** The same meeting marked urgent: no hint. */
export const InTwoDaysUrgent: Story = { args: { plan: twoDaysPlan(true) } };

/** The preparation with Elias recorded (seed 003), nothing booked yet. */
export const PreparationRecorded: Story = { args: { plan: preparedPlan() } };

/** The invitation letter alone, as it prints (plain words, no controls). */
export const InvitationLetter: Story = { args: { plan: allAnsweredPlan() }, decorators: [letterOnly] };

export const InvitationLetterEnglish: Story = { args: { plan: allAnsweredPlan() }, decorators: [letterOnly], globals: { locale: 'en' } };

export const ReadOnly: Story = { args: { plan: oneOverduePlan(), now: TUESDAY, readonly: true } };

export const ClosedPlan: Story = { args: { plan: { ...preparedPlan(), status: 'closed', closure: { reason: 'goalsMet', at: NOW, by: 'Johanna Lind' } } } };

export const InvalidPlan: Story = { args: { plan: { id: 'broken', version: 0, meetings: 'nope' } } };

export const English: Story = { args: { plan: oneOverduePlan(), now: TUESDAY }, globals: { locale: 'en' } };

export const EnglishEmpty: Story = { args: { plan: emptyPlan() }, globals: { locale: 'en' } };

export const Narrow: Story = { args: { plan: oneOverduePlan(), now: TUESDAY }, decorators: [narrow] };

export const NarrowEmpty: Story = { args: { plan: emptyPlan() }, decorators: [narrow] };

export const NarrowEnglish: Story = { args: { plan: twoDaysPlan() }, decorators: [narrow], globals: { locale: 'en' } };
