// One worksheet of the simulated workbook: its cells, the data validation and conditional formats written to it,
// and its frozen rows. Cells are keyed by row * MAX_COLUMNS + column; every change is reported to the workbook so
// the calculation and the grid follow.
import { Cell } from "./cell";
import { Box, contains } from "./box";
import type { SheetProtection } from "./sheet-protection";
import type { ChartRecord, PageSetup } from "./sheet-print";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface WorkbookEvents {
  /** `content`: false when only the cell's format changed (nothing to recalculate). */
  cellChanged(sheet: SheetModel, row: number, column: number, content?: boolean): void;
  structureChanged(): void;
}

/** A data validation rule, error alert and input message as written through Range.dataValidation (kept as given). */
export interface ValidationRecord {
  box: Box;
  rule: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

/** A conditional format as written through Range.conditionalFormats.add (kept as given). */
export interface ConditionalFormatRecord {
  box: Box;
  type: string;
}

export class SheetModel {
  readonly cells = new Map<number, Cell>();
  validations: ValidationRecord[] = [];
  conditionalFormats: ConditionalFormatRecord[] = [];
  frozenRows = 0;
  /** Column widths in points where one was set (for the grid; Excel's default is 48). */
  columnWidths = new Map<number, number>();
  /** Rows hidden by a filter (or by setting Range.rowHidden), 0-based. */
  hiddenRows = new Set<number>();
  /** Review > Protect Sheet (sheet-protection.ts): null while the sheet is not protected. */
  protection: SheetProtection | null = null;
  /** Page Layout settings written through Worksheet.pageLayout (sheet-print.ts). */
  pageSetup: PageSetup = {};
  /** Charts added through Worksheet.charts, in the order added (sheet-print.ts). */
  charts: ChartRecord[] = [];

  constructor(
    private readonly events: WorkbookEvents,
    public name: string,
  ) {}

  static key(row: number, column: number): number {
    return row * MAX_COLUMNS + column;
  }

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(SheetModel.key(row, column));
  }

  setCell(row: number, column: number, cell: Cell | undefined): void {
    const key = SheetModel.key(row, column);
    const before = this.cells.get(key);
    if (cell) this.cells.set(key, cell);
    else if (!this.cells.delete(key)) return;
    this.events.cellChanged(this, row, column, before?.value !== cell?.value || before?.formula !== cell?.formula);
  }

  /** Every stored cell as [row, column, cell], in row-major order. */
  entries(): Array<[number, number, Cell]> {
    return [...this.cells.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([key, cell]) => [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS, cell]);
  }

  /** Rows and columns up to the last stored cell (0 x 0 for an empty sheet). */
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const key of this.cells.keys()) {
      rows = Math.max(rows, Math.floor(key / MAX_COLUMNS) + 1);
      columns = Math.max(columns, (key % MAX_COLUMNS) + 1);
    }
    return { rows, columns };
  }

  /** The validation that applies to a cell: the last one written over it. */
  validationAt(row: number, column: number): ValidationRecord | undefined {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      if (contains(this.validations[i].box, row, column)) return this.validations[i];
    }
    return undefined;
  }

  /** Inserts cells at column `at` for rows top..bottom, shifting the cells (and validations) right of it. */
  shiftRight(top: number, bottom: number, at: number): void {
    const moved: Array<[number, number, Cell]> = [];
    for (const [row, column, cell] of this.entries()) {
      if (row >= top && row <= bottom && column >= at) moved.push([row, column, cell]);
    }
    for (const [row, column] of moved) this.cells.delete(SheetModel.key(row, column));
    for (const [row, column, cell] of moved) this.cells.set(SheetModel.key(row, column + 1), cell);
    for (const v of this.validations) {
      if (v.box.column >= at && v.box.row >= top && v.box.row + v.box.rows - 1 <= bottom) v.box.column += 1;
    }
    this.events.structureChanged();
  }

  /** Moves every cell (and validation) inside `box` by rows and columns, replacing what is at the destination. */
  moveCells(box: Box, rows: number, columns: number): void {
    const moved = this.entries().filter(([row, column]) => contains(box, row, column));
    for (const [row, column] of moved) this.cells.delete(SheetModel.key(row, column));
    for (const [row, column, cell] of moved) this.cells.set(SheetModel.key(row + rows, column + columns), cell);
    for (const v of this.validations) {
      const inside =
        contains(box, v.box.row, v.box.column) &&
        contains(box, v.box.row + v.box.rows - 1, v.box.column + v.box.columns - 1);
      if (inside) v.box = { ...v.box, row: v.box.row + rows, column: v.box.column + columns };
    }
    this.events.structureChanged();
  }

  /** Clears every cell inside `box` (content and format). */
  clearCells(box: Box): void {
    for (const [row, column] of this.entries()) if (contains(box, row, column)) this.setCell(row, column, undefined);
  }
}
