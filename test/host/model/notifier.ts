// Who hears about changes to the simulated workbook: the grid (once per batch of changes, after it) and the
// Excel events (selection changed, sheet activated, at once).
import type { Selection } from "./workbook";

export type ChangeListener = () => void;

export class WorkbookNotifier {
  private listeners = new Set<ChangeListener>();
  private selectionListeners = new Set<(selection: Selection) => void>();
  private activationListeners = new Set<(sheet: string) => void>();
  private notifyScheduled = false;

  /** Calls `listener` after each batch of changes (cells, tables, sheets, selection). */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onSelectionChanged(listener: (selection: Selection) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  onActivated(listener: (sheet: string) => void): () => void {
    this.activationListeners.add(listener);
    return () => this.activationListeners.delete(listener);
  }

  /** Tells the change listeners once, after the current batch (a microtask later). */
  protected scheduleNotify(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    queueMicrotask(() => {
      this.notifyScheduled = false;
      for (const listener of [...this.listeners]) listener();
    });
  }

  protected selectionChanged(selection: Selection): void {
    for (const listener of [...this.selectionListeners]) listener(selection);
  }

  protected activated(sheet: string): void {
    for (const listener of [...this.activationListeners]) listener(sheet);
  }
}
