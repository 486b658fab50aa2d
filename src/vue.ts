/**
 * `sip-elements/vue`: Vue's `GlobalComponents` types for the `<sip-*>` tags (so vue-tsc with
 * `strictTemplates` knows them and checks `:plan.prop` and `@sip-plan-change`), and
 * `isCustomElement` for Vue's template compiler. Generated from the custom elements manifest.
 * Registers nothing: import the elements themselves (`sip-elements` or one per element).
 */
export * from './generated/bindings/vue';
