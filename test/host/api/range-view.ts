// Excel.RangeView from Range.getVisibleView() (ExcelApi 1.3): the rows of a range a filter has not hidden. This is
// what an add-in uses to skip filtered-out rows in one read: values and cellAddresses of the visible rows only.
import { cellAddress, quoteSheet } from "../../../src/workbook/address";
import { SimClientObject } from "./client-object";
import { excelValue, RangeTarget } from "./range";
import { SimOf } from "./sim-of";

export class SimRangeView
  extends SimClientObject<RangeTarget>
  implements SimOf<Excel.RangeView, "values" | "formulas" | "cellAddresses" | "rowCount" | "columnCount">
{
  protected readonly typeName = "RangeView";
  protected readonly scalarProperties = ["values", "formulas", "cellAddresses", "rowCount", "columnCount"];

  /** The sheet rows of the range that are not hidden. */
  private visibleRows(): number[] {
    const { sheet, box } = this.target;
    return Array.from({ length: box.rows }, (_, i) => box.row + i).filter((r) => !sheet.hiddenRows.has(r));
  }

  protected snapshot(property: string): unknown {
    const { sheet, box } = this.target;
    const model = this.context.model;
    const rows = this.visibleRows();
    const grid = (cell: (row: number, column: number) => unknown) =>
      rows.map((r) => Array.from({ length: box.columns }, (_, j) => cell(r, box.column + j)));
    let value: unknown;
    if (property === "values") value = grid((r, c) => excelValue(model.valueAt(sheet, r, c)));
    else if (property === "formulas")
      value = grid((r, c) => sheet.cell(r, c)?.formula ?? sheet.cell(r, c)?.value ?? "");
    else if (property === "cellAddresses") value = grid((r, c) => `${quoteSheet(sheet.name)}!${cellAddress(r, c)}`);
    else if (property === "rowCount") value = rows.length;
    else if (property === "columnCount") value = box.columns;
    else return this.unknownProperty(property);
    const cells = Array.isArray(value) ? rows.length * box.columns : 0;
    this.context.recordLoad(cells, JSON.stringify(value).length);
    return value;
  }

  get values(): any[][] {
    return this.read("values");
  }
  get formulas(): any[][] {
    return this.read("formulas");
  }
  get cellAddresses(): any[][] {
    return this.read("cellAddresses");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
}
