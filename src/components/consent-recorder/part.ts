/**
 * What the recorder loads lazily, in one chunk, once a plan arrives: the view, the edit actions
 * (controller.ts) and the model's consent operations (consent state, record, withdraw, add a
 * party — with the change log and messages they bring). Typed by `ConsentPart`, so the element,
 * the controller and this module cannot drift apart.
 */
import type { ConsentView } from './types';
import { renderRecorder } from './view/recorder';

export { ConsentEditController } from './controller';

/** The view: `(vm, actions) => template`. */
export const view: ConsentView = renderRecorder;
