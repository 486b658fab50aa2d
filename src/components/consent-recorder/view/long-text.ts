/**
 * Long text without freezing the page: a name or a note of 100,000 characters took seconds to lay
 * out (issue 17). What is shown is capped; the full text stays reachable — as the `title` of a
 * clipped label (inside a checkbox label nothing interactive may go), or behind "Visa hela
 * texten" where the text is read (the consent record).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** Characters shown before a text is clipped. */
export const SHOWN_CHARS = 200;

/** The start of `text`, clipped at a code point boundary. */
function start(text: string): string {
  return `${Array.from(text.slice(0, SHOWN_CHARS + 1)).slice(0, SHOWN_CHARS).join('')}…`;
}

/** `text` itself, or its start with the full text as the element's title. */
export function clipped(text: string): string | TemplateResult {
  if (text.length <= SHOWN_CHARS) return text;
  return html`<span class="clipped" title=${text}>${start(text)}</span>`;
}

/** `text` itself, or its start with a native disclosure that shows the whole text when asked. */
export function expandable(text: string): string | TemplateResult {
  if (text.length <= SHOWN_CHARS) return text;
  return html`<details class="long-text">
    <summary><span class="clipped">${start(text)}</span> <span class="more">${msg('Visa hela texten', { id: 'consent.longText.more' })}</span></summary>
    <div class="full">${text}</div>
  </details>`;
}
