import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/smart-goal-editor/index';
import type { SipPlan } from '../src/model';
import { large } from '../src/model/examples';
import { NOW, annaPlan, elderlyActive, elderlyDraft, elderlyFollowedUp, elderlySigned, failingPlan, markupPlan, subGoalsPlan } from '../test/components/smart-goal-editor/fixtures';

interface Args {
  plan: SipPlan | Record<string, unknown> | undefined;
  readonly: boolean;
  mode: '' | 'plan' | 'follow-up';
  now: string;
  user: string;
}

const narrow = (story: () => unknown) => html`<div style="max-width: 320px">${story()}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/SMART goal editor',
  component: 'sip-smart-goal-editor',
  render: (args) =>
    html`<sip-smart-goal-editor
      .plan=${args.plan}
      ?readonly=${args.readonly}
      mode=${args.mode || 'auto'}
      now=${args.now}
      user=${args.user}
    ></sip-smart-goal-editor>`,
  args: { plan: elderlyDraft(), readonly: false, mode: '', now: NOW, user: 'Maria Ek, distriktssköterska' },
  argTypes: {
    mode: { control: 'select', options: ['', 'plan', 'follow-up'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A draft plan without goals: where writing starts. */
export const Empty: Story = { args: { plan: annaPlan() } };

/** Seed 000's older person: her goals in her own words, with sub-goals and activities. */
export const Elderly: Story = {};

/** One goal failing each criterion in turn (S, M, A, R, T), plus a negative, not person-phrased goal. */
export const FailingEachCriterion: Story = { args: { plan: failingPlan() } };

/** Long-term goals with sub-goals; one sub-goal is dated after its long-term goal. */
export const SubGoals: Story = { args: { plan: subGoalsPlan() } };

/** The active plan at follow-up: achievement per goal (reached, partly, …) with notes. */
export const FollowUp: Story = { args: { plan: elderlyFollowedUp() } };

/** An active plan opened for planning: locked, shown read-only with a note. */
export const LockedPlan: Story = { args: { plan: elderlyActive(), mode: 'plan' } };

/** Signed by the coordinator, not yet locked: still written (staff may edit it until the lock). */
export const SignedNotLocked: Story = { args: { plan: elderlySigned() } };

/** A stress case: 50 goals (10 long-term with 4 sub-goals each) and 300 activities. */
export const Large: Story = { args: { plan: large } };

export const ReadOnly: Story = { args: { readonly: true } };

export const ReadOnlyFollowUp: Story = { args: { plan: elderlyFollowedUp(), readonly: true } };

export const InvalidPlan: Story = { args: { plan: { id: 'broken', version: 0, goals: 'nope' } } };

/** Markup and script in goal texts show as text. */
export const TextWithMarkup: Story = { args: { plan: markupPlan() } };

export const English: Story = { globals: { locale: 'en' } };

export const EnglishFailing: Story = { args: { plan: failingPlan() }, globals: { locale: 'en' } };

export const EnglishFollowUp: Story = { args: { plan: elderlyFollowedUp() }, globals: { locale: 'en' } };

export const Narrow: Story = { decorators: [narrow] };

export const NarrowEnglish: Story = { args: { plan: failingPlan() }, decorators: [narrow], globals: { locale: 'en' } };

export const NarrowFollowUp: Story = { args: { plan: elderlyFollowedUp() }, decorators: [narrow] };
