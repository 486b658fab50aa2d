/**
 * What `<sip-network-map>` loads lazily, in one chunk, once a plan arrives (next to the base
 * class's validator): the layout, the map, table, panel and form templates, the controller with
 * the network operations (and the model's messages and invariant checks they bring), the
 * covered-by-consent rule, and the view's styles. Typed by `NetworkMapPart`, so the element,
 * the controller and this module cannot drift apart.
 */
import type { NetworkMapRender } from './types';
import { renderNetworkMap } from './view/root';

export { NetworkMapController } from './controller';
export { coveredParties } from '../../model';
export { viewStyles } from './view.styles';
export { controlStyles } from '../../shared/controls.styles';

/** The view: `(vm, actions) => template`. */
export const view: NetworkMapRender = renderNetworkMap;
