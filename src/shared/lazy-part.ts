import {
  adoptStyles, html, supportsAdoptingStyleSheets, type ReactiveElement,
  type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost, type TemplateResult,
} from 'lit';
import { msg } from '@lit/localize';
import * as label from './labels';

/**
 * A host that lets `updateComplete` wait for work its controllers start (SipElement has it): a
 * lazy part's load is registered here, so no element needs its own `getUpdateComplete`.
 */
export const awaitWork = Symbol('sip.awaitWork');
export interface AwaitsWork {
  [awaitWork](work: Promise<unknown>): void;
}

/**
 * Where a lazily loaded part is: the status machine of Lit's `@lit/task` (initial → pending →
 * complete | error), named for what a user sees. `initial` until something asks for the part.
 */
export type LazyStatus = 'initial' | 'loading' | 'ready' | 'failed';

/**
 * One lazily loaded module, shared by every element instance that uses it: loaded once, and
 * readable synchronously once loaded (so a second element renders at once, without a loading
 * pass). A failed load is forgotten, so `load()` tries again (a retry after going back online).
 */
export interface LazyModule<M> {
  /** The module, once loaded. */
  readonly value: M | undefined;
  /** The last load error, while no load is under way. */
  readonly error: unknown;
  /** Starts loading (once); resolves with the module, rejects when the chunk cannot load. */
  load(): Promise<M>;
}

/** Wraps `() => import('./part')` so every instance shares one load and one result. */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let value: M | undefined;
  let error: unknown;
  let loading: Promise<M> | undefined;
  return {
    get value() {
      return value;
    },
    get error() {
      return error;
    },
    load() {
      loading ??= importer().then(
        (m) => {
          value = m;
          error = undefined;
          return m;
        },
        (e: unknown) => {
          error = e;
          loading = undefined;
          throw e;
        },
      );
      return loading;
    },
  };
}

/** What to show in each state. `ready` is required; the others have the kit's defaults. */
export interface LazyRender<M, R> {
  ready: (part: M) => R;
  /** Default: nothing visible (the part usually loads within a frame). */
  loading?: () => R | TemplateResult;
  /** Default: the kit's one localized failure message with a retry button. */
  failed?: (retry: () => void) => R | TemplateResult;
}

/**
 * A reactive controller for a lazily loaded part of an element (its view, its operations).
 * `ensure()` starts the load; the host re-renders when it settles; `render()` picks the template
 * for the state. `settled` lets `getUpdateComplete()` wait for the part.
 */
export class LazyPart<M> implements ReactiveController {
  private pending: Promise<unknown> | undefined;
  private failedOnce = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly module: LazyModule<M>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The part, when loaded. */
  get value(): M | undefined {
    return this.module.value;
  }

  get status(): LazyStatus {
    if (this.module.value) return 'ready';
    if (this.pending) return 'loading';
    return this.failedOnce ? 'failed' : 'initial';
  }

  /** Starts loading unless loaded or loading; the host re-renders when the load settles. */
  ensure(): void {
    if (this.module.value || this.pending) return;
    const pending = this.module.load().then(
      () => {
        this.failedOnce = false;
      },
      () => {
        this.failedOnce = true;
      },
    );
    this.pending = pending;
    (this.host as Partial<AwaitsWork>)[awaitWork]?.(pending);
    void pending.then(() => {
      if (this.pending === pending) this.pending = undefined;
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }

  /** Loads again after a failure (the retry button). */
  retry = (): void => {
    this.failedOnce = false;
    this.ensure();
  };

  /** Resolves when no load is under way (never rejects). */
  get settled(): Promise<unknown> {
    return this.pending ?? Promise.resolve();
  }

  /** The template for the current state. */
  render<R>(states: LazyRender<M, R>): R | TemplateResult {
    const part = this.module.value;
    if (part) return states.ready(part);
    if (this.status === 'failed') return (states.failed ?? renderLoadFailed)(this.retry);
    return states.loading ? states.loading() : html``;
  }
}

/** The one failure message of every lazy part: what happened, and a way to try again. */
export function renderLoadFailed(retry: () => void): TemplateResult {
  return html`<div class="sip-alert" role="alert" part="alert" data-lazy="failed">
    <p>${msg('Det gick inte att ladda den här delen. Kontrollera anslutningen och försök igen.', { id: 'kit.lazy.failed' })}</p>
    <button type="button" class="primary" part="button" data-action="retry" @click=${retry}>${label.retry()}</button>
  </div>`;
}

/**
 * Adds a lazily loaded view's style sheets after the element's own, once the view's code is
 * here (so the first load carries only the shell's CSS). Constructable stylesheets are strict-CSP
 * safe; where they are missing, Lit adds <style> elements for the extra sheets only, as it did
 * for the element's own.
 */
export function adoptLateStyles(element: ReactiveElement, extra: CSSResultOrNative[]): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const own = (element.constructor as typeof ReactiveElement).elementStyles;
  adoptStyles(root, supportsAdoptingStyleSheets ? [...own, ...extra] : extra);
}
