// A report sheet's cells, laid out in memory before one write: a title, stamp lines, captions and tables one under
// another from A1, each table's box remembered for the charts drawn over it. Text cells get the Text format (so a
// label such as "=x" or "007" stays text), numbers the table's number format or General.
import { rangeAddress } from "../address";
import { TEXT_FORMAT } from "../text-cells";

export type ReportValue = string | number | null;

/** A table's place on the sheet (0-based), for charts and print titles. */
export interface TableBox {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Where a table's cells are, as a local address ("A5:C9"); `column`/`columns` pick some of its columns. */
export function boxAddress(box: TableBox, column = 0, columns = box.columns): string {
  return rangeAddress(box.row, box.column + column, box.rows, columns);
}

export class ReportGrid {
  private readonly rows: ReportValue[][] = [];
  private readonly formats: (string | null)[][] = [];

  /** One line of cells (a title, a caption, a stamp line). */
  line(...cells: ReportValue[]): this {
    this.rows.push(cells);
    this.formats.push(cells.map(() => null));
    return this;
  }

  blank(): this {
    return this.line();
  }

  /** A header row and its data rows; `formats[c]` is the number format of column c's numbers. Returns its box. */
  table(
    headers: readonly string[],
    data: readonly (readonly ReportValue[])[],
    formats: readonly (string | null)[] = [],
  ) {
    const row = this.rows.length;
    this.line(...headers);
    for (const cells of data) {
      this.rows.push([...cells]);
      this.formats.push(cells.map((_, c) => formats[c] ?? null));
    }
    return { row, column: 0, rows: data.length + 1, columns: headers.length } satisfies TableBox;
  }

  /** Rows copied as they are, each cell with its own number format (null: General for a number); text cells are
   * formatted as text whatever the format given. Returns its box. */
  block(values: readonly (readonly ReportValue[])[], formats: readonly (readonly (string | null)[])[]): TableBox {
    const row = this.rows.length;
    values.forEach((cells, r) => {
      this.rows.push([...cells]);
      this.formats.push(cells.map((_, c) => formats[r]?.[c] ?? null));
    });
    return { row, column: 0, rows: values.length, columns: Math.max(0, ...values.map((v) => v.length)) };
  }

  get height(): number {
    return this.rows.length;
  }

  /** The cells as one rectangle (short rows padded with blanks) and their number formats. */
  cells(): { values: (string | number)[][]; numberFormat: string[][]; address: string } {
    const width = Math.max(1, ...this.rows.map((r) => r.length));
    const height = Math.max(1, this.rows.length);
    const values: (string | number)[][] = [];
    const numberFormat: string[][] = [];
    for (let r = 0; r < height; r++) {
      const row = this.rows[r] ?? [];
      const formats = this.formats[r] ?? [];
      const v = new Array<string | number>(width);
      const f = new Array<string>(width);
      for (let c = 0; c < width; c++) {
        const value = row[c];
        v[c] = value === null || value === undefined ? "" : value;
        f[c] = typeof value === "number" ? (formats[c] ?? "General") : TEXT_FORMAT;
      }
      values.push(v);
      numberFormat.push(f);
    }
    return { values, numberFormat, address: rangeAddress(0, 0, height, width) };
  }
}
