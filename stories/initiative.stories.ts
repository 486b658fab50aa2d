import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/initiative/index';
import type { SipPlan } from '../src/model';
import { examplePlans } from '../src/model/examples';
import { AFTER_DUE, NOW, allAnswered, declinedAndForwarded, invalidPlan, preparation, sent } from '../test/components/initiative/fixtures';

interface Args {
  plan: SipPlan | Record<string, unknown> | undefined;
  readonly: boolean;
  party: string;
  now: string;
  user: string;
}

const narrow = (story: () => unknown) => html`<div style="max-width: 320px">${story()}</div>`;

/** Sofia acknowledged; Geriatriken has not answered, and its answer was due this morning. */
const oneOverdue = (): SipPlan => {
  const plan = sent(['sofia', 'geriatrik']);
  const receivers = plan.initiative!.receivers.map((r) => (r.entryId === 'sofia' ? { ...r, answer: { kind: 'acknowledged' as const, at: '2026-11-20T10:15:00+01:00' } } : r));
  return { ...plan, initiative: { ...plan.initiative!, receivers } };
};

const meta: Meta<Args> = {
  title: 'Elements/Initiative',
  component: 'sip-initiative',
  render: (args) =>
    html`<sip-initiative .plan=${args.plan} ?readonly=${args.readonly} party=${args.party} now=${args.now} user=${args.user}></sip-initiative>`,
  args: {
    plan: preparation(),
    readonly: false,
    party: '',
    now: NOW,
    user: 'Maria Ek, distriktssköterska',
  },
  argTypes: {
    plan: { control: 'object' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing sent yet: the form, with the organisation the consent leaves out listed and why. */
export const NothingSent: Story = { args: { plan: preparation() } };
/** Sent on Friday to two units; answers due Monday 09:00. */
export const WaitingForAnswers: Story = { args: { plan: sent(['sofia', 'geriatrik']) } };
/** Monday afternoon: Geriatriken's answer is overdue and stands out. */
export const OneOverdue: Story = { args: { plan: oneOverdue(), now: AFTER_DUE } };
/** Geriatriken declined, pointing to Ahmed; it was sent on to him, and the history stays. */
export const DeclinedAndForwarded: Story = { args: { plan: declinedAndForwarded() } };
/** Everyone has answered. */
export const AllAnswered: Story = { args: { plan: allAnswered() } };
/** Sent on 23 December: due on Monday 28 December, after Christmas. */
export const SentBeforeChristmas: Story = { args: { plan: sent(['sofia'], '2026-12-23T14:00:00+01:00'), now: '2026-12-23T14:05:00+01:00' } };
/** The receiving unit's view (Geriatriken): its own answer only, in one click. */
export const PartyView: Story = { args: { plan: sent(['sofia', 'geriatrik']), party: 'geriatrik' } };
/** The receiving unit after it has declined. */
export const PartyViewAnswered: Story = { args: { plan: declinedAndForwarded(), party: 'geriatrik' } };
/** A locked plan: the initiative is shown without controls. */
export const LockedPlan: Story = { args: { plan: examplePlans.elderly } };
/** For parties who may only look: no controls. */
export const ReadOnly: Story = { args: { plan: declinedAndForwarded(), readonly: true } };
/** An invalid plan: a readable alert instead of the element. */
export const InvalidPlan: Story = { args: { plan: invalidPlan() } };

export const EnglishNothingSent: Story = { args: { plan: preparation() }, globals: { locale: 'en' } };
export const EnglishDeclinedAndForwarded: Story = { args: { plan: declinedAndForwarded() }, globals: { locale: 'en' } };
export const EnglishOneOverdue: Story = { args: { plan: oneOverdue(), now: AFTER_DUE }, globals: { locale: 'en' } };
export const EnglishPartyView: Story = { args: { plan: sent(['sofia', 'geriatrik']), party: 'geriatrik' }, globals: { locale: 'en' } };

export const Narrow320: Story = { args: { plan: preparation() }, decorators: [narrow] };
export const Narrow320Forwarded: Story = { args: { plan: declinedAndForwarded() }, decorators: [narrow] };
export const Narrow320Overdue: Story = { args: { plan: oneOverdue(), now: AFTER_DUE }, decorators: [narrow] };
