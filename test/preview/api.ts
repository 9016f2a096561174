// window.rubricPreview: what end-to-end tests read from the simulated workbook, with Excel's meanings: values as
// Range.values (a formula's result; an error as its code, "#N/A"), formulas as Range.formulas (the formula, else
// the constant; "" for empty), texts as Range.text (what the cell displays); and reveal, which scrolls the grid
// to a cell so that a test can find it on the page (the grid draws only the rows in view).
import { parseAddress } from "../../src/workbook/address";
import type { ComputedValue, SimulatedHost, WorkbookState } from "../host";
import type { SheetModel } from "../host/model/sheet";
import { displayValue } from "./grid/format";
import { revealRow } from "./grid/reveal";
import { seedExample } from "./seed";

export interface RubricPreview {
  host: SimulatedHost;
  values(sheet: string, address: string): Array<Array<string | number | boolean>>;
  formulas(sheet: string, address: string): Array<Array<string | number | boolean>>;
  texts(sheet: string, address: string): string[][];
  /** Scrolls the grid to the cell's row (the selection stays); false when the grid shows another sheet or a filter
   * hides the row. */
  reveal(sheet: string, address: string): boolean;
  /** Saves the workbook in localStorage now; returns the saved state. */
  save(): WorkbookState;
  /** Tests only: writes the example rubric with `count` seeded evaluations (test/preview/seed.ts). */
  seedExample(count: number): Promise<void>;
}

declare global {
  interface Window {
    rubricPreview?: RubricPreview;
  }
}

/** `save`: saves the workbook where the preview keeps it (localStorage) and returns the saved state. */
export function previewApi(host: SimulatedHost, save: () => WorkbookState): RubricPreview {
  const { model } = host;
  /** `read` for each cell of the address on the sheet (which must exist), row by row. */
  const each = <T>(name: string, address: string, read: (sheet: SheetModel, row: number, column: number) => T) => {
    const sheet = model.sheet(name);
    const { row, column, rows, columns } = parseAddress(address);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => read(sheet, row + r, column + c)),
    );
  };
  const plain = (v: ComputedValue) => (typeof v === "object" ? v.error : v);
  return {
    host,
    values: (name, address) => each(name, address, (sheet, r, c) => plain(model.valueAt(sheet, r, c))),
    formulas: (name, address) =>
      each(name, address, (sheet, r, c) => {
        const cell = sheet.cell(r, c);
        return cell?.formula ?? cell?.value ?? "";
      }),
    texts: (name, address) =>
      each(
        name,
        address,
        (sheet, r, c) => displayValue(model.valueAt(sheet, r, c), sheet.cell(r, c)?.numberFormat).text,
      ),
    reveal: (name, address) => {
      return revealRow(name, parseAddress(address).row);
    },
    save,
    seedExample: (count) => seedExample(host, count),
  };
}
