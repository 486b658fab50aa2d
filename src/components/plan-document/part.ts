/**
 * What the document loads lazily, in one chunk, once a plan arrives: the view, its view model
 * (the party's redacted copy, the document structure, what is missing before signing) and the
 * edit actions with the model's operations. Typed by `PlanDocumentPart`.
 */
import type { PlanDocumentView } from './types';
import { renderDocument } from './view/document';

export { PlanDocumentController } from './controller';
export { viewModel } from './view-model';
export { fieldLabel } from './view/work';

/** The view: `(vm, actions) => template`. */
export const view: PlanDocumentView = renderDocument;
