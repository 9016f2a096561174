// One table (ListObject) of the simulated workbook: a name and a box on a sheet whose first row holds the headers.
import { Box } from "./box";
import { SheetModel } from "./sheet";

export class TableModel {
  constructor(
    public name: string,
    readonly sheet: SheetModel,
    public box: Box,
  ) {}

  /** Header texts as the header cells hold them (Excel's header cells are always text). */
  headers(): string[] {
    return Array.from({ length: this.box.columns }, (_, i) => {
      const v = this.sheet.cell(this.box.row, this.box.column + i)?.value;
      return v === undefined ? "" : String(v);
    });
  }

  /** The index of a column by its header (case-insensitive, as Excel matches names), or -1. */
  columnIndex(name: string): number {
    const wanted = name.toLowerCase();
    return this.headers().findIndex((h) => h.toLowerCase() === wanted);
  }

  dataBody(): Box {
    return { row: this.box.row + 1, column: this.box.column, rows: this.box.rows - 1, columns: this.box.columns };
  }

  headerRow(): Box {
    return { ...this.box, rows: 1 };
  }
}
