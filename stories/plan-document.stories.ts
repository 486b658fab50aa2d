import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/plan-document/index';
import type { SipPlan } from '../src/model';
import { EXAMPLE_NOW, examplePlans } from '../src/model/examples';
import {
  draftWithGaps,
  elderlyClosed,
  elderlyDraft,
  elderlyLocked,
  elderlySigned,
  elderlySignedLate,
  elderlyVoided,
  elderlyWithUncoveredResponsible,
} from '../test/components/plan-document/fixtures';

interface Args {
  plan: SipPlan | Record<string, unknown> | undefined;
  readonly: boolean;
  reader: 'staff' | 'person';
  party: string;
  printPreview: boolean;
  now: string;
  user: string;
}

const narrow = (story: () => unknown) => html`<div style="max-width: 320px">${story()}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Plan document',
  component: 'sip-plan-document',
  render: (args) =>
    html`<sip-plan-document
      .plan=${args.plan}
      ?readonly=${args.readonly}
      reader=${args.reader}
      .party=${args.party || undefined}
      ?print-preview=${args.printPreview}
      now=${args.now}
      user=${args.user}
    ></sip-plan-document>`,
  args: { plan: draftWithGaps(), readonly: false, reader: 'staff', party: '', printPreview: false, now: EXAMPLE_NOW, user: 'Maria Ek, distriktssköterska' },
  argTypes: {
    reader: { control: 'select', options: ['staff', 'person'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A draft with gaps: no reason, no follow-up date, no principal with overall responsibility — each listed, each a jump to its field. */
export const DraftWithGaps: Story = {};

/** Everything the law asks for is there: the coordinator can sign. */
export const ReadyToSign: Story = { args: { plan: elderlyDraft() } };

/** Signed, not locked: the co-edit window. */
export const Signed: Story = { args: { plan: elderlySigned() } };

/** Signed a week after the meeting: the model's "written late" warning. */
export const SignedLate: Story = { args: { plan: elderlySignedLate() } };

/** Locked: print it and record the signatures on the printed copy. */
export const Locked: Story = { args: { plan: elderlyLocked() } };

/** Version 1, voided when version 2 replaced it: the banner says why. */
export const Voided: Story = { args: { plan: elderlyVoided() } };

/** Closed because the goals were met. */
export const Closed: Story = { args: { plan: elderlyClosed() } };

/** Eva's copy: only what the consent allows; Lars, outside it, is not named. */
export const PartyView: Story = { args: { plan: elderlyWithUncoveredResponsible(), party: 'eva' } };

/** A party id that is not in the plan: a message, nothing of the plan. */
export const UnknownParty: Story = { args: { plan: examplePlans.elderly, party: 'nobody' } };

/** The person's own version: plain words, "you", whom to call. */
export const PersonsVersion: Story = { args: { plan: examplePlans.elderly, reader: 'person' } };

/** The printed copy on screen (print styles, no controls). */
export const PrintPreview: Story = { args: { plan: examplePlans.elderly, printPreview: true } };

/** The person's printed copy on screen. */
export const PrintPreviewPerson: Story = { args: { plan: examplePlans.elderly, reader: 'person', printPreview: true } };

/** The child's draft: guardians, school, BUP. */
export const Child: Story = { args: { plan: examplePlans.child } };

/** The adult in psychiatry, with the employment service and social insurance. */
export const Psychiatry: Story = { args: { plan: examplePlans.psychiatry, readonly: true } };

export const ReadOnly: Story = { args: { plan: examplePlans.elderly, readonly: true } };

export const InvalidPlan: Story = { args: { plan: { id: 'broken', version: 0, goals: 'nope' } } };

export const Swedish: Story = { args: { plan: examplePlans.elderly, readonly: true } };

export const English: Story = { globals: { locale: 'en' } };

export const EnglishPerson: Story = { args: { plan: examplePlans.elderly, reader: 'person' }, globals: { locale: 'en' } };

export const Narrow: Story = { decorators: [narrow] };

export const NarrowPerson: Story = { args: { plan: examplePlans.elderly, reader: 'person' }, decorators: [narrow], globals: { locale: 'en' } };
