/**
 * The Events guide's table, made from custom-elements.json: every event any element fires, its
 * detail type, which elements fire it and what it means. New elements and events appear by
 * themselves.
 */
interface ManifestEvent {
  name?: string;
  type?: { text?: string };
  description?: string;
}
interface ManifestLike {
  modules: { declarations?: { tagName?: string; customElement?: boolean; events?: ManifestEvent[] }[] }[];
}

/** Text with `code` spans marked, for rendering without a Markdown parser. */
export type Part = { code: boolean; text: string };
export interface EventRow {
  name: string;
  detail: string;
  tags: string[];
  description: Part[];
}

// Events every element fires mean one thing everywhere; each element's page says its specifics.
const SHARED: Record<string, string> = {
  'sip-plan-change':
    'After every edit: `detail.plan` is the new plan (a new object; the one you gave is never changed) and `detail.change` says what changed, by whom and when (the kinds are on each element\'s page).',
  'sip-invalid':
    'The plan given is invalid, or was set as an attribute instead of a property: `detail.issues`, each with `path`, `code`, `message` (localized) and `severity`. The element shows an alert instead of throwing.',
};

export const parts = (text: string): Part[] =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .split('`')
    .map((t, i) => ({ code: i % 2 === 1, text: t }))
    .filter((p) => p.text !== '');

export function eventRows(manifest: ManifestLike): EventRow[] {
  const rows = new Map<string, EventRow & { text: string }>();
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      for (const e of d.events ?? []) {
        if (!e.name) continue;
        const row = rows.get(e.name) ?? { name: e.name, detail: e.type?.text?.replace(/^CustomEvent<(.*)>$/, '$1') ?? '', tags: [], description: [], text: e.description ?? '' };
        row.tags.push(d.tagName);
        rows.set(e.name, row);
      }
    }
  }
  return [...rows.values()]
    .map(({ text, ...row }) => ({ ...row, tags: row.tags.sort(), description: parts(SHARED[row.name] ?? text) }))
    .sort((a, b) => b.tags.length - a.tags.length || a.name.localeCompare(b.name));
}
