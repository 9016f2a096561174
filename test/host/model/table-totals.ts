// The Total Row (Table Design > Total Row, or Table.showTotals): a row under the data body. Excel writes "Total"
// under the first column and a SUBTOTAL(109, ...) of the last column; hiding it clears the row. getRange() and
// [#All] include it; getDataBodyRange(), [#Data] and the table's rows do not; getTotalRowRange() is that row.
import { HostError } from "./errors";
import { refuseIfProtected } from "./sheet-protection";
import { TableModel } from "./table";
import type { WorkbookModel } from "./workbook";

export function setShowTotals(model: WorkbookModel, table: TableModel, show: boolean): void {
  if (table.showTotals === show) return;
  refuseIfProtected(table.sheet, "table");
  const { sheet, box } = table;
  if (show) {
    const row = box.row + box.rows;
    for (let c = box.column; c < box.column + box.columns; c++) {
      const cell = sheet.cell(row, c);
      if (cell?.value !== undefined || cell?.formula !== undefined) {
        throw new HostError("InvalidOperation", "The cells under the table are not empty: the Total Row has no room.");
      }
    }
    model.resizeTable(table, { ...box, rows: box.rows + 1 }, false);
    table.showTotals = true;
    const last = table.headers()[box.columns - 1];
    if (box.columns > 1) sheet.setCell(row, box.column, { value: "Total" });
    sheet.setCell(row, box.column + box.columns - 1, { formula: `=SUBTOTAL(109,[${escapeColumn(last)}])` });
  } else {
    sheet.clearCells({ ...box, row: box.row + box.rows - 1, rows: 1 });
    table.showTotals = false;
    model.resizeTable(table, { ...box, rows: box.rows - 1 }, false);
  }
  model.structureChanged();
}

const escapeColumn = (name: string) => name.replace(/(['[\]#])/g, "'$1");
