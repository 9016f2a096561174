// Renaming a table column's header rewrites every formula that refers to the column by name, in any sheet, as
// Excel does when a header cell is typed over.
import { renameColumnIn } from "../calc/rename-column";
import { contains } from "./box";
import { TableModel } from "./table";
import type { WorkbookModel } from "./workbook";

export function renameColumnReferences(model: WorkbookModel, table: TableModel, from: string, to: string): void {
  if (from === "" || from === to) return;
  for (const sheet of model.sheets) {
    for (const [row, column, cell] of sheet.entries()) {
      if (cell.formula === undefined) continue;
      const inside = table.sheet === sheet && contains(table.box, row, column);
      let formula: string;
      try {
        formula = renameColumnIn(cell.formula, { table: table.name, from, to, inside });
      } catch {
        continue; // a formula the host cannot read keeps its text (it shows #REF! with the reason already)
      }
      if (formula !== cell.formula) sheet.setCell(row, column, { ...cell, formula });
    }
  }
}
