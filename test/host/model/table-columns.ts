// Deleting a table column as a user does (Table > Delete Table Columns): the cells to its right, in the table's
// rows, shift left, with any table beside it. Formulas naming the deleted column by name then show #REF!, as in
// Excel. (Inserting a column is WorkbookModel.insertTableColumn; structured references find columns by name, so
// they keep pointing at theirs.)
import { HostError } from "./errors";
import { MAX_COLUMNS } from "./sheet";
import { refuseIfProtected } from "./sheet-protection";
import { TableModel } from "./table";
import type { WorkbookModel } from "./workbook";

export function deleteTableColumn(model: WorkbookModel, table: TableModel, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= table.box.columns) {
    throw new HostError("InvalidArgument", `Column index ${index} is outside the table.`);
  }
  if (table.box.columns === 1) throw new HostError("InvalidOperation", "A table keeps at least one column.");
  refuseIfProtected(table.sheet, "table");
  const { sheet, box } = table;
  const column = box.column + index;
  sheet.clearCells({ row: box.row, column, rows: box.rows, columns: 1 });
  const right = { row: box.row, column: column + 1, rows: box.rows, columns: MAX_COLUMNS - column - 1 };
  sheet.moveCells(right, 0, -1);
  table.filters = table.filters
    .filter((f) => f.column !== index)
    .map((f) => (f.column > index ? { ...f, column: f.column - 1 } : f));
  const bottom = box.row + box.rows - 1;
  for (const other of model.tables) {
    const overlapsRows = other.box.row <= bottom && other.box.row + other.box.rows - 1 >= box.row;
    if (other !== table && other.sheet === sheet && other.box.column > column && overlapsRows) {
      other.box = { ...other.box, column: other.box.column - 1 };
    }
  }
  table.box = { ...box, columns: box.columns - 1 };
  model.structureChanged();
}
