// One table (ListObject) of the simulated workbook: a name and a box on a sheet whose first row holds the headers.
// With a Total Row shown, the box's last row is the totals row: getRange() and [#All] include it, the data body
// ([#Data], getDataBodyRange()) does not.
import { Box } from "./box";
import { SheetModel } from "./sheet";

/** A column filter in force: the data rows whose shown value (as text) is not in `values` are hidden. */
export interface TableFilter {
  column: number;
  values: string[];
}

export class TableModel {
  showTotals = false;
  filters: TableFilter[] = [];

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

  /** How many data rows: the rows under the header, less the totals row. */
  dataRows(): number {
    return this.box.rows - 1 - (this.showTotals ? 1 : 0);
  }

  dataBody(): Box {
    return { row: this.box.row + 1, column: this.box.column, rows: this.dataRows(), columns: this.box.columns };
  }

  headerRow(): Box {
    return { ...this.box, rows: 1 };
  }

  /** The totals row, when the Total Row is shown. */
  totalRow(): Box | null {
    return this.showTotals ? { ...this.box, row: this.box.row + this.box.rows - 1, rows: 1 } : null;
  }
}
