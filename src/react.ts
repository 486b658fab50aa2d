/**
 * `sip-elements/react`: the elements as React components (@lit/react), generated from the
 * custom elements manifest, and React 19 JSX types for the `<sip-*>` tags. Importing this
 * registers every element.
 */
export * from './generated/bindings/react';
