/**
 * Registers `tag` unless something already did: loading the library twice (two bundles, or a
 * per-element entry next to the full one) must not throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
