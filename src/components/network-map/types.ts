/**
 * The network map's types: the contract between the element, its controller and its lazily
 * loaded view. Type-only (no runtime code), so the view never imports the element.
 */
import type { TemplateResult } from 'lit';
import type { RemovedNetworkEntry, Role, SipPlan } from '../../model';
import type { UndoEntry } from '../../shared/undo';
import type { SectorSpec } from './labels';
import type { Layout } from './layout';

export type { SectorSpec } from './labels';

/** Which view shows the network. */
export type NetworkMapView = 'map' | 'table';

/** An entry being dragged with a pointer. */
export interface DragState {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  x: number;
  y: number;
  active: boolean;
  target: { sector: string; ring: 1 | 2 | 3 } | undefined;
}

/** The add or edit form in the side panel. */
export interface FormState {
  mode: 'add' | 'edit';
  id?: string;
  error?: string;
}

/** What the undo bar offers: a removal to put back (the model's capture). */
export type NetworkUndo = UndoEntry<RemovedNetworkEntry>;

/** Everything the view shows, read-only. Built by the element on every render. */
export interface NetworkMapViewModel {
  plan: SipPlan;
  view: NetworkMapView;
  /** Edits are possible: not read-only, and the plan's content is editable (draft or signed). */
  editable: boolean;
  /** Why nothing can be changed (shown when not editable). */
  lockedText: string;
  /** The host's sectors, sanitized (always an array of valid specs). */
  sectors: readonly SectorSpec[];
  layout: Layout;
  /** Entries covered by the consent in force. */
  covered: ReadonlySet<string>;
  /** A page-unique prefix for element ids. */
  uid: string;
  /** The element is narrower than the smallest map: the map scrolls in its own region. */
  narrow: boolean;
  /** The map item that holds the tab stop (roving tabindex). */
  focusKey: string | undefined;
  /** The entry id or `group:…` key shown in the panel. */
  selected: string | undefined;
  form: FormState | undefined;
  drag: DragState | undefined;
  /** The last operation's error, localized ('' when none). */
  error: string;
  undo: NetworkUndo | undefined;
  /** "Nätverkskarta för …". */
  title: string;
}

/** What the view may ask for: every user action, by intent (DOM events where the gesture is the intent). */
export interface NetworkMapActions {
  setView(view: NetworkMapView): void;
  openAdd(): void;
  submitForm(event: SubmitEvent): void;
  cancelForm(): void;
  startEdit(id: string): void;
  move(id: string, sector: string, ring: 1 | 2 | 3): void;
  remove(id: string): void;
  undo(): void;
  dismissUndo(): void;
  setInvited(id: string, invited: boolean): void;
  setRole(id: string, role: Role, on: boolean): void;
  /** Opens an entry (`e:<id>`) or group (`group:…`) in the panel. */
  open(key: string, focusPanel: boolean): void;
  closeDetails(): void;
  download(kind: 'svg' | 'png'): void;
  mapKeydown(event: KeyboardEvent): void;
  mapFocus(event: FocusEvent): void;
  mapClick(event: MouseEvent): void;
  pointerDown(event: PointerEvent): void;
  pointerMove(event: PointerEvent): void;
  pointerUp(event: PointerEvent): void;
  pointerCancel(): void;
}

/** The lazily loaded view: a template from the view model and the actions. */
export type NetworkMapRender = (vm: Readonly<NetworkMapViewModel>, actions: NetworkMapActions) => TemplateResult;
