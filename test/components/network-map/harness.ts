/**
 * The network map as a user sees it: entries on the map, the table rows, the panel, the undo
 * bar. Tests read as steps: `await map.focusEntry('eva'); await map.press('Delete'); await map.undo();`.
 */
import { Harness } from '../../helpers/harness';
import type { SipNetworkMap } from '../../../src/components/network-map/index';

export class NetworkMapHarness extends Harness<SipNetworkMap> {
  /** The marker group of an entry on the map. */
  entry(id: string): SVGGElement | null {
    return this.$<SVGGElement>(`[data-key="e:${id}"]`);
  }

  /** Focuses an entry on the map. */
  focusEntry(id: string): void {
    const g = this.entry(id);
    if (!g) throw new Error(`no entry ${id} on the map`);
    g.focus();
  }

  /** The `data-key` of the focused map item (or undefined). */
  focusedKey(): string | undefined {
    return (this.focused() as SVGGElement | HTMLElement | null)?.dataset?.key;
  }

  /** A table row by entry id. */
  row(id: string): HTMLTableRowElement | null {
    return this.$<HTMLTableRowElement>(`tr[data-id="${id}"]`);
  }

  /** A button by its visible text. */
  button(text: string): HTMLButtonElement {
    const b = this.$$<HTMLButtonElement>('button').find((x) => x.textContent!.trim() === text);
    if (!b) throw new Error(`no button "${text}"`);
    return b;
  }

  /** The kit's undo bar. */
  undoBar(): HTMLElement | null {
    return this.$('.undo-bar');
  }

  /** Presses "Ångra" in the undo bar. */
  undo(): Promise<void> {
    return this.click('.undo-bar [data-action=undo]');
  }

  /** The legend's symbol for a principal kind. */
  legendSymbol(kind: 'region' | 'municipality' | 'other'): SVGSVGElement | null {
    return this.$<SVGSVGElement>(`.legend svg.sym[data-principal=${kind}]`) ?? this.$<SVGSVGElement>(`.legend svg.sym.p-${kind}`);
  }
}
