/**
 * What the initiative loads lazily, in one chunk, once a plan arrives: the view, the edit actions
 * (controller.ts) with the model's initiative operations, and the consent coverage they use.
 * Typed by `InitiativePart`, so the element, the controller and this module cannot drift apart.
 */
import type { InitiativeView } from './types';
import { renderInitiative } from './view/initiative';

export { InitiativeController } from './controller';

/** The view: `(vm, actions) => template`. */
export const view: InitiativeView = renderInitiative;
