// Column widths for the grid: a width the workbook set (Range.format.columnWidth, in points), else - in tables -
// wide enough for the column's text (the workbook layer leaves widths at Excel's default, where Excel's own larger
// window and font still cut long text; the preview fits table columns so its 146 rows are readable), else Excel's
// default of 64 pixels. Text outside tables runs on into empty cells instead (sheet-view.ts).
import type { WorkbookModel } from "../../host";
import type { SheetModel } from "../../host/model/sheet";
import type { CellView } from "./sheet-view";

export const DEFAULT_WIDTH = 64;
const MAX_FIT = 240;
/** A table column fits its header and its first rows only: fitting 10,000 rows at every change cost more than
 * drawing the grid, and the widths must not change while the user scrolls. Longer text further down is cut. */
export const FIT_ROWS = 200;
/** Average glyph widths at the grid's 12px font, and the cell's padding and border. */
const NARROW_GLYPH = 7;
const WIDE_GLYPH = 13;
const PADDING = 12;

/** Pixels the text needs: CJK and other wide glyphs count about twice. */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? WIDE_GLYPH : NARROW_GLYPH;
  return Math.ceil(width * (bold ? 1.08 : 1)) + PADDING;
}

/** Pixel widths of `columns` columns; `rowAt(r)` is what row r shows (asked once per row fitted). */
export function columnWidths(
  model: WorkbookModel,
  sheet: SheetModel,
  rowAt: (row: number) => CellView[],
  columns: number,
): number[] {
  const widths = Array.from({ length: columns }, () => DEFAULT_WIDTH);
  for (const table of model.tables) {
    if (table.sheet !== sheet) continue;
    const last = table.box.row + Math.min(table.box.rows, 1 + FIT_ROWS);
    for (let r = table.box.row; r < last; r++) {
      const row = rowAt(r);
      for (let c = table.box.column; c < Math.min(table.box.column + table.box.columns, columns); c++) {
        const cell = row[c];
        widths[c] = Math.max(widths[c], Math.min(MAX_FIT, textWidth(cell.text, cell.tableHeader)));
      }
    }
  }
  for (const [column, points] of sheet.columnWidths) {
    if (column < columns) widths[column] = Math.round((points * 4) / 3);
  }
  return widths;
}
