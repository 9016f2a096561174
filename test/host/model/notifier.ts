// Who hears about changes to the simulated workbook: the grid (once per batch of changes, after it) and the
// Excel events (selection changed, sheet activated, at once; cells changed, once per sheet after each batch).
import type { Box } from "./box";
import type { Selection } from "./workbook";

/** Cells of one sheet changed in one batch: the box spans them all (Excel raises one event per write; a batch of
 * several writes to a sheet is reported here as the one box around them). */
export interface CellsChange {
  sheet: string;
  box: Box;
}

export type ChangeListener = () => void;

export class WorkbookNotifier {
  private listeners = new Set<ChangeListener>();
  private selectionListeners = new Set<(selection: Selection) => void>();
  private activationListeners = new Set<(sheet: string) => void>();
  private changeListeners = new Set<(change: CellsChange) => void>();
  private pendingChanges = new Map<string, Box>();
  private notifyScheduled = false;
  /** Counts changes to what the workbook holds (cells, tables, sheets), not moves of the selection: a view that
   * derives something from a whole sheet computes it again only when this moves. */
  revision = 0;

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

  /** Calls `listener` after each batch of changes, once per sheet whose cells changed (Worksheet.onChanged). */
  onCellsChanged(listener: (change: CellsChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Records a changed cell for the cells-changed listeners, told after the current batch. */
  protected cellsChanged(sheet: string, row: number, column: number): void {
    if (this.changeListeners.size === 0) return;
    const box = this.pendingChanges.get(sheet);
    if (!box) this.pendingChanges.set(sheet, { row, column, rows: 1, columns: 1 });
    else {
      const top = Math.min(box.row, row);
      const left = Math.min(box.column, column);
      const bottom = Math.max(box.row + box.rows, row + 1);
      const right = Math.max(box.column + box.columns, column + 1);
      this.pendingChanges.set(sheet, { row: top, column: left, rows: bottom - top, columns: right - left });
    }
    this.scheduleNotify();
  }

  /** Tells the change listeners once, after the current batch (a microtask later); `content` false: only the
   * selection or the active sheet moved. */
  protected scheduleNotify(content = true): void {
    if (content) this.revision++;
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    queueMicrotask(() => {
      this.notifyScheduled = false;
      for (const listener of [...this.listeners]) listener();
      const changes = [...this.pendingChanges].map(([sheet, box]) => ({ sheet, box }));
      this.pendingChanges.clear();
      for (const change of changes) for (const listener of [...this.changeListeners]) listener(change);
    });
  }

  protected selectionChanged(selection: Selection): void {
    for (const listener of [...this.selectionListeners]) listener(selection);
  }

  protected activated(sheet: string): void {
    for (const listener of [...this.activationListeners]) listener(sheet);
  }
}
