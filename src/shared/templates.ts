/**
 * Template helpers with one look (styles in controls.styles.ts): a field row, the undo bar and
 * the confirm dialog. Plain functions returning templates, usable from any lazily loaded view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as label from './labels';
import type { UndoEntry } from './undo';

export interface FieldRowOptions {
  /** The control's id; the label points at it, help and error get `<id>-help` / `<id>-error`. */
  id: string;
  label: string | TemplateResult;
  /** The control, rendered by the caller (it knows its type and events). */
  control: TemplateResult;
  help?: string | TemplateResult | undefined;
  /** The error to show now (decide with `showsError()` from form-associated.ts), or empty. */
  error?: string | undefined;
  wide?: boolean;
  /** `data-field` on the row, for tests and focus. */
  field?: string;
}

/** The ids a field row's control should list in `aria-describedby` (help, then error). */
export function describedBy(o: Pick<FieldRowOptions, 'id' | 'help' | 'error'>): string | undefined {
  const ids = [o.help ? `${o.id}-help` : '', o.error ? `${o.id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A label, the control, its help text and its error: one row of a form. */
export function fieldRow(o: FieldRowOptions): TemplateResult {
  return html`<div class="field ${o.wide ? 'wide' : ''}" data-field=${ifDefined(o.field)}>
    <label for=${o.id}>${o.label}</label>
    ${o.control}
    ${o.help ? html`<p class="help" id="${o.id}-help">${o.help}</p>` : nothing}
    ${o.error ? html`<p class="field-error" id="${o.id}-error">${o.error}</p>` : nothing}
  </div>`;
}

export interface UndoBarOptions {
  onUndo: () => void;
  onDismiss: () => void;
  /** The undo button is disabled (e.g. the plan got locked meanwhile). */
  disabled?: boolean;
}

/** The undo bar: what happened, "Undo" (`data-action=undo`) and "Close" (`data-action=dismiss-undo`). */
export function undoBar<D>(entry: UndoEntry<D> | undefined, o: UndoBarOptions): TemplateResult | typeof nothing {
  if (!entry) return nothing;
  return html`<div class="undo-bar" part="undo">
    <p>${entry.label}</p>
    <button type="button" class="primary" part="button" data-action="undo" ?disabled=${!!o.disabled} @click=${o.onUndo}>${label.undo()}</button>
    <button type="button" part="button" data-action="dismiss-undo" @click=${o.onDismiss}>${label.close()}</button>
  </div>`;
}

export interface ConfirmOptions {
  /** The dialog's id; open it with `openConfirm(root, id)`. */
  id: string;
  title: string;
  body?: string | TemplateResult;
  /** Block content after the body (fields the confirmation needs, a list). */
  content?: TemplateResult;
  confirmLabel: string;
  /** The confirming button is a danger button (removal, withdrawal). */
  danger?: boolean;
  /** Returning `false` keeps the dialog open (something the confirmation needs is missing). */
  onConfirm: () => unknown;
  onCancel?: () => void;
}

/**
 * The one confirmation pattern: a native modal `<dialog>` (focus moves into it and back, Escape
 * cancels, the page behind is inert). Cancel is first and gets focus, so Enter never destroys.
 */
export function confirmDialog(o: ConfirmOptions): TemplateResult {
  const close = (e: Event) => (e.target as HTMLElement).closest('dialog')?.close();
  return html`<dialog class="confirm" id=${o.id} aria-labelledby="${o.id}-title" aria-describedby=${ifDefined(o.body ? `${o.id}-body` : undefined)} @cancel=${() => o.onCancel?.()}>
    <h2 id="${o.id}-title">${o.title}</h2>
    ${o.body ? html`<p id="${o.id}-body">${o.body}</p>` : nothing}
    ${o.content ?? nothing}
    <div class="button-row">
      <button type="button" part="button" data-action="confirm-cancel" autofocus @click=${(e: Event) => (close(e), o.onCancel?.())}>${label.cancel()}</button>
      <button type="button" class=${o.danger ? 'danger' : 'primary'} part="button" data-action="confirm" @click=${(e: Event) => o.onConfirm() !== false && close(e)}>
        ${o.confirmLabel}
      </button>
    </div>
  </dialog>`;
}

/** Opens the confirm dialog `id` in `root` as a modal. */
export function openConfirm(root: ParentNode, id: string): void {
  const dialog = root.querySelector<HTMLDialogElement>(`dialog#${id}`);
  if (dialog && !dialog.open) dialog.showModal();
}
