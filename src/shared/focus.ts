import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What to focus once the next render is done: a selector in the render root, or a function. */
export type FocusTarget = string | ((root: ParentNode) => Element | null | undefined);

/**
 * Focus after render: an action that re-renders (add, remove, move, undo) asks for focus on an
 * element that may not exist yet; the controller focuses it after the host's next update.
 * The last request wins; a target that is not there is skipped silently.
 */
export class FocusController implements ReactiveController {
  private target: FocusTarget | undefined;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focus `target` after the next render (and ask for one). */
  request(target: FocusTarget): void {
    this.target = target;
    this.host.requestUpdate();
  }

  /** Forgets a pending request (the content it pointed at went away). */
  cancel(): void {
    this.target = undefined;
  }

  hostUpdated(): void {
    const target = this.target;
    if (!target) return;
    this.target = undefined;
    const root = this.host.renderRoot;
    const el = typeof target === 'string' ? root.querySelector(target) : target(root);
    (el as HTMLElement | null | undefined)?.focus?.();
  }
}
