// Excel.Range over the simulated workbook: values (formulas computed by HyperFormula), formulas, number formats,
// data validation and conditional formats recorded, selection, and the range arithmetic the workbook layer uses.

import { cellAddress, quoteSheet } from "../../../src/workbook/address";
import { addressOf, Box, boxOf, intersection } from "../model/box";
import { withFormat } from "../model/cell";
import { HostError } from "../model/errors";
import { SheetModel, ValidationRecord } from "../model/sheet";
import { refuseIfProtected } from "../model/sheet-protection";
import { ComputedValue } from "../model/workbook";
import { SimClientObject } from "./client-object";
import { MAX_LOAD_CELLS, SimRequestContext } from "./context";
import { SimOf } from "./sim-of";
import { SimRangeView } from "./range-view";
import { SimWorksheet } from "./worksheet";

export interface RangeTarget {
  sheet: SheetModel;
  box: Box;
}

type RangeMembers =
  | "values"
  | "formulas"
  | "numberFormat"
  | "address"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex"
  | "getCell"
  | "getResizedRange"
  | "getOffsetRange"
  | "getRow"
  | "getColumn"
  | "getLastRow"
  | "getRowsBelow"
  | "getRowsAbove"
  | "select"
  | "clear"
  | "rowHidden"
  | "getVisibleView"
  | "getIntersectionOrNullObject";

const SCALARS = [
  "values",
  "formulas",
  "numberFormat",
  "address",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "rowHidden",
];
const GRIDS = new Set(["values", "formulas", "numberFormat"]);

/** A computed value as Range.values reports it: errors as their code ("#N/A"). */
export function excelValue(v: ComputedValue): string | number | boolean {
  return typeof v === "object" ? v.error : v;
}

/** An Excel.Range argument as the simulated range it is. */
function simRange(range: Excel.Range): SimRange {
  if (!(range instanceof SimRange)) throw new HostError("InvalidArgument", "Not a range of this workbook.");
  return range;
}

export class SimRange extends SimClientObject<RangeTarget> implements SimOf<Excel.Range, RangeMembers> {
  protected readonly typeName = "Range";
  protected readonly scalarProperties = SCALARS;
  readonly dataValidation: SimDataValidation;
  readonly format: SimRangeFormat;
  readonly conditionalFormats: SimConditionalFormats;

  constructor(context: SimRequestContext, bind: () => RangeTarget | null) {
    super(context, bind);
    this.dataValidation = new SimDataValidation(this);
    this.format = new SimRangeFormat(this);
    this.conditionalFormats = new SimConditionalFormats(this);
  }

  /** A range derived from this one when the command runs (offsets, resizes). */
  private derive(make: (t: RangeTarget) => Box): SimRange {
    return new SimRange(this.context, () => {
      const t = this.target;
      const box = make(t);
      if (box.rows < 1 || box.columns < 1 || box.row < 0 || box.column < 0) {
        throw new HostError("InvalidArgument", "The resulting range is outside the worksheet or empty.");
      }
      return { sheet: t.sheet, box };
    });
  }

  get worksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => this.target.sheet);
  }

  protected snapshot(property: string): unknown {
    const { sheet, box } = this.target;
    const model = this.context.model;
    if (GRIDS.has(property) && box.rows * box.columns > MAX_LOAD_CELLS) {
      throw new HostError("ResponsePayloadSizeLimitExceeded", `The range has more than ${MAX_LOAD_CELLS} cells.`);
    }
    const grid = (cell: (row: number, column: number) => unknown) =>
      Array.from({ length: box.rows }, (_, i) =>
        Array.from({ length: box.columns }, (_, j) => cell(box.row + i, box.column + j)),
      );
    let value: unknown;
    switch (property) {
      case "values":
        value = grid((r, c) => excelValue(model.valueAt(sheet, r, c)));
        break;
      case "formulas":
        value = grid((r, c) => {
          const cell = sheet.cell(r, c);
          return cell?.formula ?? cell?.value ?? "";
        });
        break;
      case "numberFormat":
        value = grid((r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
        break;
      case "address":
        value = `${quoteSheet(sheet.name)}!${addressOf(box)}`;
        break;
      case "rowCount":
        value = box.rows;
        break;
      case "columnCount":
        value = box.columns;
        break;
      case "rowIndex":
        value = box.row;
        break;
      case "columnIndex":
        value = box.column;
        break;
      case "rowHidden": {
        // Excel: true when every row is hidden, false when none is, null when some are.
        const hidden = Array.from({ length: box.rows }, (_, i) => sheet.hiddenRows.has(box.row + i));
        value = hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false;
        break;
      }
      default:
        return this.unknownProperty(property);
    }
    const cells = GRIDS.has(property) ? box.rows * box.columns : 0;
    this.context.recordLoad(cells, JSON.stringify(value).length);
    return value;
  }

  get values(): any[][] {
    return this.read("values");
  }
  set values(v: any[][]) {
    this.write("values", v, (sheet, r, c, x) => this.context.model.write(sheet, r, c, x));
  }
  get formulas(): any[][] {
    return this.read("formulas");
  }
  set formulas(v: any[][]) {
    this.write("formulas", v, (sheet, r, c, x) => this.context.model.write(sheet, r, c, x));
  }
  get numberFormat(): any[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this.write("numberFormat", v, (sheet, r, c, x) => this.context.model.setNumberFormat(sheet, r, c, x));
  }
  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowHidden(): boolean {
    return this.read("rowHidden");
  }
  /** Hides or shows the range's rows (Format > Hide Rows). */
  set rowHidden(hidden: boolean) {
    this.queue(({ sheet, box }) => {
      refuseIfProtected(sheet, "formatRows");
      for (let r = box.row; r < box.row + box.rows; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
      this.context.model.structureChanged();
    });
  }

  /** The rows of this range a filter (or Hide Rows) has not hidden. */
  getVisibleView(): SimRangeView {
    return new SimRangeView(this.context, () => this.target);
  }

  /** Queues a write of a 2-D array (or one value for every cell); null entries leave their cells alone. */
  private write(
    property: string,
    input: unknown,
    put: (sheet: SheetModel, row: number, column: number, x: unknown) => void,
  ): void {
    this.queue(({ sheet, box }) => {
      const grid = Array.isArray(input)
        ? input
        : Array.from({ length: box.rows }, () => Array(box.columns).fill(input));
      if (grid.length !== box.rows || grid.some((row) => !Array.isArray(row) || row.length !== box.columns)) {
        throw new HostError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${addressOf(box)}).`,
        );
      }
      // A protected sheet refuses the whole write before any cell changes (every cell is locked).
      refuseIfProtected(sheet, property === "numberFormat" ? "formatCells" : "cells");
      this.context.recordWrite({ property, sheet: sheet.name, address: addressOf(box), cells: box.rows * box.columns });
      grid.forEach((row: unknown[], i: number) => row.forEach((x, j) => put(sheet, box.row + i, box.column + j, x)));
    });
  }

  getCell(row: number, column: number): SimRange {
    return this.derive(({ box }) => ({ row: box.row + row, column: box.column + column, rows: 1, columns: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derive(({ box }) => ({ ...box, rows: box.rows + deltaRows, columns: box.columns + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derive(({ box }) => ({ ...box, row: box.row + rowOffset, column: box.column + columnOffset }));
  }
  getRow(row: number): SimRange {
    return this.derive(({ box }) => ({ ...box, row: box.row + row, rows: 1 }));
  }
  getColumn(column: number): SimRange {
    return this.derive(({ box }) => ({ ...box, column: box.column + column, columns: 1 }));
  }
  getLastRow(): SimRange {
    return this.derive(({ box }) => ({ ...box, row: box.row + box.rows - 1, rows: 1 }));
  }
  getRowsBelow(count = 1): SimRange {
    return this.derive(({ box }) => ({ ...box, row: box.row + box.rows, rows: count }));
  }
  getRowsAbove(count = 1): SimRange {
    return this.derive(({ box }) => ({ ...box, row: box.row - count, rows: count }));
  }

  /** The cells this range shares with another range or a local address on its sheet; a null object when they share
   * none. Ranges on different sheets fail with InvalidArgument. */
  getIntersectionOrNullObject(anotherRange: Excel.Range | string): SimRange {
    return new SimRange(this.context, () => {
      const { sheet, box } = this.target;
      const other =
        typeof anotherRange === "string" ? { sheet, box: boxOf(anotherRange) } : simRange(anotherRange).target;
      if (other.sheet !== sheet) throw new HostError("InvalidArgument", "The ranges are on different worksheets.");
      const shared = intersection(box, other.box);
      return shared && { sheet, box: shared };
    });
  }

  select(): void {
    this.queue(({ sheet, box }) => this.context.model.select(sheet.name, [box]));
  }

  /** Clears contents, formats or both ("All", the default), as Excel.ClearApplyTo says. */
  clear(applyTo?: Parameters<Excel.Range["clear"]>[0]): void {
    const what = applyTo === "ResetContents" ? "Contents" : String(applyTo ?? "All");
    this.queue(({ sheet, box }) => {
      if (what === "All" || what === "Contents") refuseIfProtected(sheet, "cells");
      if (what === "All" || what === "Formats") refuseIfProtected(sheet, "formatCells");
      this.context.recordWrite({
        property: "clear",
        sheet: sheet.name,
        address: addressOf(box),
        cells: box.rows * box.columns,
      });
      for (let r = box.row; r < box.row + box.rows; r++) {
        for (let c = box.column; c < box.column + box.columns; c++) {
          if (what === "All" || what === "Contents") this.context.model.write(sheet, r, c, "");
          if (what === "All" || what === "Formats") sheet.setCell(r, c, withFormat(sheet.cell(r, c), ""));
        }
      }
    });
  }

  /** For the sub-objects: queue a command on this range's target. */
  queueOn(command: (target: RangeTarget) => void): void {
    this.queue(command);
  }

  /** The range's own address without the sheet (for messages). */
  static local(target: RangeTarget): string {
    return `${cellAddress(target.box.row, target.box.column)}`;
  }
}

/** Range.dataValidation: the rule and error alert are recorded on the sheet for the cells of the range. */
export class SimDataValidation {
  constructor(private readonly range: SimRange) {}
  set rule(rule: Excel.DataValidationRule) {
    this.range.queueOn(({ sheet, box }) => {
      refuseIfProtected(sheet, "cells");
      // Excel refuses a list source over 255 characters.
      const source = rule.list?.source;
      if (typeof source === "string" && source.length > 255) {
        throw new HostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      }
      sheet.validations.push({ box: { ...box }, rule: JSON.parse(JSON.stringify(rule)) });
    });
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.range.queueOn(({ sheet, box }) => {
      this.ruleOf(sheet, box, "error alert").errorAlert = JSON.parse(JSON.stringify(alert));
    });
  }
  /** The input message; Excel caps its title at 32 characters and its message at 255. */
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.range.queueOn(({ sheet, box }) => {
      if ((prompt.title ?? "").length > 32 || (prompt.message ?? "").length > 255) {
        throw new HostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      }
      this.ruleOf(sheet, box, "input message").prompt = JSON.parse(JSON.stringify(prompt));
    });
  }
  private ruleOf(sheet: SheetModel, box: Box, what: string): ValidationRecord {
    const same = [...sheet.validations].reverse().find((v) => addressOf(v.box) === addressOf(box));
    if (!same) throw new HostError("InvalidOperation", `Set a data validation rule before its ${what}.`);
    return same;
  }
  clear(): void {
    this.range.queueOn(({ sheet, box }) => {
      const inside = (b: Box) =>
        b.row >= box.row &&
        b.column >= box.column &&
        b.row + b.rows <= box.row + box.rows &&
        b.column + b.columns <= box.column + box.columns;
      sheet.validations = sheet.validations.filter((v) => !inside(v.box));
    });
  }
}

/** Range.format: column widths are kept for the grid; fonts and autofit are accepted and not drawn. */
export class SimRangeFormat {
  readonly font: { bold?: boolean; color?: string; italic?: boolean };
  constructor(private readonly range: SimRange) {
    this.font = {};
  }
  set columnWidth(width: number) {
    this.range.queueOn(({ sheet, box }) => {
      refuseIfProtected(sheet, "formatColumns");
      for (let c = box.column; c < box.column + box.columns; c++) sheet.columnWidths.set(c, width);
    });
  }
  autofitColumns(): void {
    this.range.queueOn(() => undefined);
  }
}

/** Range.conditionalFormats: each add is recorded (type and cells); its settings are accepted and not drawn. */
export class SimConditionalFormats {
  constructor(private readonly range: SimRange) {}
  add(type: Excel.ConditionalFormatType | string): Record<string, unknown> {
    this.range.queueOn(({ sheet, box }) => {
      refuseIfProtected(sheet, "cells");
      sheet.conditionalFormats.push({ box: { ...box }, type: String(type) });
    });
    const settings: Record<string, unknown> = {};
    return new Proxy(settings, { get: (target, key) => (target[key as string] ??= {}) });
  }
}
