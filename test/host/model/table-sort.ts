// Sorting a table's rows as a user does (Data > Sort, or the header's filter button): each data row moves whole,
// with every cell of the table's columns (constants, formulas as written, number formats), so a this-row formula
// ([@Col]) keeps computing its own row. Excel's order: numbers, then text (case-insensitive), then FALSE/TRUE, then
// errors; empty cells always last, ascending or descending. The sort is stable. A filter in force is applied again.
import { Cell } from "./cell";
import { HostError } from "./errors";
import { refuseIfProtected } from "./sheet-protection";
import { reapplyFilters } from "./table-filter";
import { TableModel } from "./table";
import type { ComputedValue, WorkbookModel } from "./workbook";

export interface SortKey {
  /** The column's index in the table. */
  column: number;
  ascending: boolean;
}

function rank(v: ComputedValue): number {
  if (typeof v === "number") return 0;
  if (typeof v === "string") return 1;
  if (typeof v === "boolean") return 2;
  return 3;
}

function compare(a: ComputedValue, b: ComputedValue, ascending: boolean): number {
  // Blanks go last either way.
  if (a === "" || b === "") return a === b ? 0 : a === "" ? 1 : -1;
  const byRank = rank(a) - rank(b);
  let order: number;
  if (byRank !== 0) order = byRank;
  else if (typeof a === "number" && typeof b === "number") order = a - b;
  else if (typeof a === "string" && typeof b === "string") order = a.localeCompare(b, "en", { sensitivity: "base" });
  else if (typeof a === "boolean" && typeof b === "boolean") order = Number(a) - Number(b);
  else order = 0;
  return ascending ? order : -order;
}

export function sortTable(model: WorkbookModel, table: TableModel, keys: readonly SortKey[]): void {
  if (keys.length === 0) throw new HostError("InvalidArgument", "A sort needs at least one field.");
  for (const k of keys) {
    if (!Number.isInteger(k.column) || k.column < 0 || k.column >= table.box.columns) {
      throw new HostError("InvalidArgument", `Sort key ${k.column} is outside the table.`);
    }
  }
  // Sorting moves locked cells: a protected sheet refuses it, even where its options allow sorting.
  refuseIfProtected(table.sheet, "table");
  const { sheet } = table;
  const body = table.dataBody();
  const rows = Array.from({ length: body.rows }, (_, i) => {
    const row = body.row + i;
    return {
      keys: keys.map((k) => model.valueAt(sheet, row, body.column + k.column)),
      cells: Array.from({ length: body.columns }, (_, c): Cell | undefined => sheet.cell(row, body.column + c)),
    };
  });
  const order = rows
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => {
      for (let k = 0; k < keys.length; k++) {
        const d = compare(a.keys[k], b.keys[k], keys[k].ascending);
        if (d !== 0) return d;
      }
      return a.i - b.i;
    });
  order.forEach((r, i) => {
    r.cells.forEach((cell, c) => sheet.setCell(body.row + i, body.column + c, cell ? { ...cell } : undefined));
  });
  reapplyFilters(model, table);
}
