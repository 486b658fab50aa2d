/**
 * sip-elements: importing this module registers every element.
 * Per-element entries (`sip-elements/network-map`, …) register one; `sip-elements/model` gives
 * the plan model without any DOM.
 */
export { setLocale, getLocale, localeReady, SIP_LOCALES, type SipLocale } from './shared/i18n';
export { SipElement } from './shared/sip-element';
export type { SipPlanChangeDetail, SipInvalidDetail, SipPlanRevisedDetail, SipEventMap } from './shared/events';
export { TOKEN_DEFAULTS } from './shared/tokens';
export * from './components/consent-recorder/index';
export * from './components/network-map/index';
export * from './components/meeting-circle/index';
export * from './components/meeting-planner/index';
export * from './components/smart-goal-editor/index';
export * from './components/activity-status-list/index';
export * from './components/initiative/index';
export * from './components/plan-document/index';
export * from './components/follow-up/index';
