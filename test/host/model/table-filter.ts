// A table's AutoFilter, as a user sets it from a header's filter button: data rows whose shown value is not among
// the chosen ones are hidden. Hidden rows stay in the table, in its ranges and in Range.values (as in Excel); the
// sheet records them (SheetModel.hiddenRows, saved with the workbook), and Range.rowHidden and getVisibleView()
// report them.
import { HostError } from "./errors";
import { refuseIfProtected } from "./sheet-protection";
import { TableModel } from "./table";
import type { ComputedValue, WorkbookModel } from "./workbook";

/** A shown value as the filter list names it: errors by their code, booleans as TRUE/FALSE. */
export function filterText(v: ComputedValue): string {
  if (typeof v === "object") return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Shows only the data rows whose value in `column` (index in the table) is one of `values`. */
export function filterTable(
  model: WorkbookModel,
  table: TableModel,
  column: number,
  values: ReadonlyArray<string | number | boolean>,
): void {
  if (!Number.isInteger(column) || column < 0 || column >= table.box.columns) {
    throw new HostError("InvalidArgument", `Column ${column} is outside the table.`);
  }
  refuseIfProtected(table.sheet, "autoFilter");
  const wanted = values.map((v) => filterText(v));
  table.filters = [...table.filters.filter((f) => f.column !== column), { column, values: wanted }];
  reapplyFilters(model, table);
}

/** Shows every row of the table again and drops its filters (Table.clearFilters). */
export function clearFilters(model: WorkbookModel, table: TableModel): void {
  refuseIfProtected(table.sheet, "autoFilter");
  table.filters = [];
  reapplyFilters(model, table);
}

/** Hides and shows the table's data rows by the filters in force (after a sort or an edit). */
export function reapplyFilters(model: WorkbookModel, table: TableModel): void {
  const { sheet } = table;
  const body = table.dataBody();
  for (let r = body.row; r < body.row + body.rows; r++) {
    const shown = table.filters.every((f) => {
      const text = filterText(model.valueAt(sheet, r, body.column + f.column)).toLowerCase();
      return f.values.some((v) => v.toLowerCase() === text);
    });
    if (shown) sheet.hiddenRows.delete(r);
    else sheet.hiddenRows.add(r);
  }
  model.structureChanged();
}
