// Types for scripts/browsers.mjs (used from the TypeScript tests).
export interface BrowserNeed {
  what: string;
  file: string | undefined;
  variable: string | undefined;
  debian: string;
}
export function browserNeeds(env?: NodeJS.ProcessEnv): Record<'chromium' | 'firefox' | 'webkit', BrowserNeed[]>;
export function missingBrowsers(browsers: readonly string[], env?: NodeJS.ProcessEnv): BrowserNeed[];
export function explainMissing(missing: readonly BrowserNeed[]): string;
