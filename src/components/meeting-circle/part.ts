/**
 * What the circle loads lazily, in one chunk, as soon as the first circle connects: the view and
 * what each reader does per part (most of the element's text), the view's styles with the kit's
 * control styles, and the confirm dialogs. The timer itself (clock, state, controllers) is in the
 * initial load, so time is kept from the first frame; sync loads on its own (`sync/session.ts`).
 */
import type { MeetingCircleView } from './types';
import { renderMeetingCircle } from './view/meeting-circle';

export { partGuide, roomPrompt } from './guide';
export { viewStyles } from './view.styles';
export { controlStyles } from '../../shared/controls.styles';
export { openConfirm } from '../../shared/templates';

/** The view: `(vm, actions) => template`. */
export const view: MeetingCircleView = renderMeetingCircle;
export { changeWords, overrunWords, refusalWords } from './words';
