import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/network-map/index';
import type { SipPlan } from '../src/model';
import { EXAMPLE_NOW, examplePlans } from '../src/model/examples';
import type { NetworkMapView, SectorSpec } from '../src/components/network-map/index';

interface Args {
  plan: SipPlan | Record<string, unknown> | undefined;
  readonly: boolean;
  view: NetworkMapView;
  sectors: readonly SectorSpec[] | undefined;
  now: string;
  user: string;
}

const narrow = (story: () => unknown) => html`<div style="max-width: 320px">${story()}</div>`;

/** Network edits need a draft: the examples that are signed get a draft copy (a revision). */
const draft = (plan: SipPlan): SipPlan => {
  const copy = structuredClone(plan);
  copy.status = 'draft';
  delete copy.lockedAt;
  copy.signatures = [];
  return copy;
};

const emptyPlan = (): SipPlan => ({ ...draft(examplePlans.elderly), network: [], consents: [], meetings: [], activities: [], initiative: undefined, overallResponsible: undefined });

const markupPlan = (): SipPlan => {
  const plan = structuredClone(examplePlans.child);
  plan.person = { ...plan.person, name: '<b>Alva</b> <script>alert(1)</script>', preferredName: '<i>Alva</i>' };
  plan.network = plan.network.map((e, i) => (i === 0 ? { ...e, name: '<img src=x onerror=alert(1)>', relation: '<script>alert("hej")</script>' } : e));
  return plan;
};

const meta: Meta<Args> = {
  title: 'Elements/Network map',
  component: 'sip-network-map',
  render: (args) =>
    html`<sip-network-map .plan=${args.plan} ?readonly=${args.readonly} view=${args.view} .sectors=${args.sectors ?? undefined} now=${args.now} user=${args.user}></sip-network-map>`,
  args: {
    plan: draft(examplePlans.elderly),
    readonly: false,
    view: 'map',
    sectors: undefined,
    now: EXAMPLE_NOW,
    user: 'Maria Ek, distriktssköterska',
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'table'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Only the person: the starting point when the map is drawn together. */
export const Empty: Story = { args: { plan: emptyPlan() } };
/** The elderly example as a draft (editable). */
export const Elderly: Story = {};
/** The elderly example as signed and locked: shown read-only with a note. */
export const ElderlySigned: Story = { args: { plan: examplePlans.elderly } };
export const Child: Story = { args: { plan: examplePlans.child } };
export const Psychiatry: Story = { args: { plan: draft(examplePlans.psychiatry) } };
/** About 200 entries: full cells collapse into "+N" groups that open a list. */
export const Large: Story = { args: { plan: draft(examplePlans.large) } };
export const ReadOnly: Story = { args: { readonly: true } };
export const TableView: Story = { args: { view: 'table' } };
export const TableViewReadOnly: Story = { args: { view: 'table', readonly: true } };
export const InvalidPlan: Story = { args: { plan: { id: 42, network: 'nej' } } };
export const NamesWithMarkup: Story = { args: { plan: markupPlan() } };
/** A host's own sectors (with its own labels) instead of the default six. */
export const CustomSectors: Story = {
  args: {
    plan: examplePlans.child,
    sectors: [{ id: 'family', label: 'Hemma' }, 'school-work', 'friends', { id: 'region', label: 'Vården' }, { id: 'municipality', label: 'Socialtjänsten' }, 'other'],
  },
};
export const English: Story = { globals: { locale: 'en' } };
export const EnglishTable: Story = { args: { view: 'table' }, globals: { locale: 'en' } };
export const EnglishLarge: Story = { args: { plan: draft(examplePlans.large) }, globals: { locale: 'en' } };
export const Narrow: Story = { decorators: [narrow] };
export const NarrowEnglish: Story = { decorators: [narrow], globals: { locale: 'en' } };
export const NarrowTable: Story = { args: { view: 'table' }, decorators: [narrow] };
