import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/activity-status-list/index';
import type { SipPlan } from '../src/model';
import { EXAMPLE_NOW, examplePlans } from '../src/model/examples';

interface Args {
  plan: SipPlan | Record<string, unknown> | undefined;
  readonly: boolean;
  groupBy: 'principal' | 'goal' | 'none';
  sortBy: 'due' | 'status' | 'title';
  filterStatus: '' | 'planned' | 'ongoing' | 'done' | 'paused' | 'cancelled';
  filterOverdue: boolean;
  search: string;
  now: string;
  user: string;
}

const narrow = (story: () => unknown) => html`<div style="max-width: 320px">${story()}</div>`;

const emptyPlan = (): SipPlan => ({ ...structuredClone(examplePlans.child), activities: [] });

const markupPlan = (): SipPlan => {
  const plan = structuredClone(examplePlans.child);
  plan.activities = plan.activities.map((a, i) =>
    i === 0 ? { ...a, title: '<img src=x onerror=alert(1)>', description: '<script>alert("hej")</script> <b>fet?</b>' } : a,
  );
  return plan;
};

const meta: Meta<Args> = {
  title: 'Elements/Activity status list',
  component: 'sip-activity-status-list',
  render: (args) =>
    html`<sip-activity-status-list
      .plan=${args.plan}
      ?readonly=${args.readonly}
      group-by=${args.groupBy}
      sort-by=${args.sortBy}
      filter-status=${args.filterStatus}
      ?filter-overdue=${args.filterOverdue}
      search=${args.search}
      now=${args.now}
      user=${args.user}
    ></sip-activity-status-list>`,
  args: {
    plan: examplePlans.elderly,
    readonly: false,
    groupBy: 'principal',
    sortBy: 'due',
    filterStatus: '',
    filterOverdue: false,
    search: '',
    now: EXAMPLE_NOW,
    user: 'Maria Ek, distriktssköterska',
  },
  argTypes: {
    groupBy: { control: 'select', options: ['principal', 'goal', 'none'] },
    sortBy: { control: 'select', options: ['due', 'status', 'title'] },
    filterStatus: { control: 'select', options: ['', 'planned', 'ongoing', 'done', 'paused', 'cancelled'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A draft plan without activities yet. */
export const Empty: Story = { args: { plan: emptyPlan() } };

/** Seed 000's older person: a signed plan, so each party may only update statuses. Grouped by principal. */
export const Elderly: Story = {};

/** A draft plan (a child with school, BUP and social services): add, edit and remove too. */
export const DraftPlan: Story = { args: { plan: examplePlans.child } };

/** 300 activities across many principals and goals. */
export const Large: Story = { args: { plan: examplePlans.large } };

export const GroupedByGoal: Story = { args: { groupBy: 'goal' } };

export const NotGrouped: Story = { args: { groupBy: 'none', sortBy: 'title' } };

export const SortedByStatus: Story = { args: { groupBy: 'none', sortBy: 'status' } };

/** Only what is late, relative to `now`. */
export const FilteredToOverdue: Story = { args: { filterOverdue: true } };

export const FilteredToOngoing: Story = { args: { filterStatus: 'ongoing' } };

export const Searched: Story = { args: { search: 'Karin' } };

/** For the follow-up meeting: everything shown, nothing editable. */
export const ReadOnly: Story = { args: { readonly: true } };

export const InvalidPlan: Story = { args: { plan: { id: 'broken', version: 0, activities: 'nope' } } };

/** Markup and script in titles and descriptions show as text. */
export const TitlesWithMarkup: Story = { args: { plan: markupPlan() } };

export const English: Story = { globals: { locale: 'en' } };

export const EnglishDraft: Story = { args: { plan: examplePlans.child }, globals: { locale: 'en' } };

export const EnglishGroupedByGoal: Story = { args: { groupBy: 'goal' }, globals: { locale: 'en' } };

export const Narrow: Story = { decorators: [narrow] };

export const NarrowEnglish: Story = { args: { plan: examplePlans.child }, decorators: [narrow], globals: { locale: 'en' } };

export const NarrowReadOnly: Story = { args: { readonly: true, filterOverdue: true }, decorators: [narrow] };
