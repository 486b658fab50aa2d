/**
 * The contract suite (contract.ts) for every element. An element's `expectedFailures` lists
 * the checks it does not pass yet; moving it onto the kit removes them.
 */
import '../../src/components/smart-goal-editor/index';
import '../../src/components/activity-status-list/index';
import '../../src/components/consent-recorder/index';
import '../../src/components/network-map/index';
import '../../src/components/meeting-circle/index';
import '../../src/components/initiative/index';
import '../../src/components/meeting-planner/index';
import '../../src/components/plan-document/index';
import '../../src/components/follow-up/index';
import type { SipSmartGoalEditor } from '../../src/components/smart-goal-editor/index';
import type { SipNetworkMap } from '../../src/components/network-map/index';
import type { SipMeetingCircle } from '../../src/components/meeting-circle/index';
import type { SipConsentRecorder } from '../../src/components/consent-recorder/index';
import type { SipInitiative } from '../../src/components/initiative/index';
import type { SipPlanDocument } from '../../src/components/plan-document/index';
import type { SipFollowUp } from '../../src/components/follow-up/index';
import { EXAMPLE_NOW, examplePlans } from '../../src/model/examples';
import type { SipPlan } from '../../src/model';
import { runContract } from './contract';
import { GoalEditorHarness } from '../components/smart-goal-editor/harness';
import { elderlyDraft } from '../components/smart-goal-editor/fixtures';
import { smallPlan } from '../components/activity-status-list/fixtures';
import { noConsentDraft } from '../components/consent-recorder/fixtures';
import { ConsentHarness } from '../components/consent-recorder/harness';
import { Harness } from '../helpers/harness';
import { MeetingCircleHarness } from '../components/meeting-circle/harness';
import { NetworkMapHarness } from '../components/network-map/harness';
import { InitiativeHarness } from '../components/initiative/harness';
import { sent } from '../components/initiative/fixtures';
import type { SipMeetingPlanner } from '../../src/components/meeting-planner/index';
import { MeetingPlannerHarness } from '../components/meeting-planner/harness';
import { waitingPlan } from '../components/meeting-planner/fixtures';
import { PlanDocumentHarness } from '../components/plan-document/harness';
import { elderlyDraft as documentDraft } from '../components/plan-document/fixtures';
import { FollowUpHarness } from '../components/follow-up/harness';

function draftOf(plan: SipPlan): SipPlan {
  const copy = structuredClone(plan);
  copy.status = 'draft';
  delete copy.lockedAt;
  copy.signatures = [];
  return copy;
}

runContract<SipSmartGoalEditor>({
  tag: 'sip-smart-goal-editor',
  plan: elderlyDraft,
  now: EXAMPLE_NOW,
  shows: '7 mål',
  english: 'Long-term goal 1',
  formAssociated: true,
  edit: (el) => new GoalEditorHarness(el).moveDown(0),
});

runContract({
  tag: 'sip-activity-status-list',
  plan: () => smallPlan(),
  now: EXAMPLE_NOW,
  shows: 'Elsa',
  english: 'Activities',
  // Search, filters, grouping and sorting change the view, not the plan.
  readonlyControls: '#search, select, #filter-overdue',
  edit: (el) => new Harness(el).click('li.activity .remove'),
});

runContract<SipConsentRecorder>({
  tag: 'sip-consent-recorder',
  plan: noConsentDraft,
  now: EXAMPLE_NOW,
  shows: 'Inget samtycke registrerat',
  english: 'Consent',
  formAssociated: true,
  edit: async (el) => {
    const h = new ConsentHarness(el);
    await h.choose('decision', 'refused');
    await h.choose('form', 'written');
    await h.submit();
  },
});

runContract<SipNetworkMap>({
  tag: 'sip-network-map',
  plan: () => draftOf(examplePlans.elderly),
  now: EXAMPLE_NOW,
  shows: 'Karin',
  english: 'The network around',
  attributes: { view: 'table' },
  // View toggles, export and "show details" stay; editing controls go.
  readonlyControls: 'button',
  edit: (el) => new NetworkMapHarness(el).click('button[aria-label="Ta bort Lars Lindqvist"]'),
});

runContract<SipMeetingCircle>({
  tag: 'sip-meeting-circle',
  plan: () => structuredClone(examplePlans.elderly),
  now: EXAMPLE_NOW,
  shows: 'Möte 3 dec. 2026',
  english: 'Meeting circle',
  readonlyControls: 'button',
  edit: async (el) => {
    // The meeting's clock, moved by hand: run through every part, end the meeting and save its minutes.
    let t = Date.parse(EXAMPLE_NOW);
    el.clock = () => t;
    el.toggle();
    for (let i = 0; i < 4; i++) {
      t += 5 * 60_000;
      el.next();
    }
    t += 5 * 60_000;
    const h = new MeetingCircleHarness(el);
    await h.endMeeting();
    await h.save();
  },
});

runContract<SipInitiative>({
  tag: 'sip-initiative',
  plan: () => sent(['sofia', 'geriatrik']),
  now: EXAMPLE_NOW,
  shows: 'Geriatriska mottagningen',
  english: 'Initiative',
  edit: (el) => new InitiativeHarness(el).click('li.receiver[data-entry=sofia] [data-action=acknowledge]'),
});

runContract<SipMeetingPlanner>({
  tag: 'sip-meeting-planner',
  plan: waitingPlan,
  now: EXAMPLE_NOW,
  shows: 'Skiftingeskolan, konferensrum Ugglan',
  english: 'Answers to the invitation',
  // Printing the invitation letter changes nothing.
  readonlyControls: '[data-action=print]',
  edit: (el) => new MeetingPlannerHarness(el).click('li.answer[data-entry="sara"] [data-action=acknowledge]'),
});

runContract<SipPlanDocument>({
  tag: 'sip-plan-document',
  plan: documentDraft,
  now: EXAMPLE_NOW,
  shows: 'Karin Lindqvist',
  english: 'Activities and responsibility',
  // Printing stays available on a read-only document.
  readonlyControls: 'button[data-action="print"]',
  edit: (el) => new PlanDocumentHarness(el).write('ifWorse', 'Ring 1177 och Eva.'),
});

runContract<SipFollowUp>({
  tag: 'sip-follow-up',
  plan: () => structuredClone(examplePlans.elderly),
  now: EXAMPLE_NOW,
  shows: 'Sofia Berg',
  english: 'Who has documented?',
  // Read-only still takes the coordinator from the checklist to an activity: that edits nothing.
  readonlyControls: '[data-action=go-to]',
  edit: async (el) => {
    const h = new FollowUpHarness(el);
    await h.choose(h.radio('coordination', 'yes'));
    await h.choose(h.radio('decision', 'continue'));
    await h.typeInto('nextDate', '2027-02-15');
    await h.click('.record button[type=submit]');
  },
});
