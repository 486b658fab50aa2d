// Types for scripts/build-browser.mjs (used from the TypeScript tests and scripts).
export const LIT_PACKAGES: readonly string[];
export const LIT_FOLDER: string;
export const LIT_PLACEHOLDER: string;
export function litFile(specifier: string): string;
export function relink(code: string, file: string): string;
