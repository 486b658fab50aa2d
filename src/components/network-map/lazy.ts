/**
 * What `<sip-network-map>` loads lazily, in one chunk, once a plan arrives (next to the base
 * class's validator): the layout, the map, table, panel and form templates, the network
 * operations (with the model's messages and invariant checks they bring) and their styles.
 * Before a plan has arrived the element has nothing to draw, so a page pays for this only
 * once there is a plan to show.
 */
export { NetworkMapView, type NetworkMapHost } from './view';
export { viewStyles } from './styles';
