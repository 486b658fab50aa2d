/**
 * What the circle loads lazily, in one chunk, as soon as the first circle connects: the view and
 * what each reader does per part (most of the element's text). The timer itself (clock, state,
 * controllers) is in the initial load, so time is kept from the first frame.
 */
import type { MeetingCircleView } from './types';
import { renderMeetingCircle } from './view/meeting-circle';

export { partGuide, roomPrompt } from './guide';

/** The view: `(vm, actions) => template`. */
export const view: MeetingCircleView = renderMeetingCircle;
