// Evaluates what the workbook layer wrote into the Excel fake: every worksheet becomes a HyperFormula sheet (same
// name, same cells), every formula is translated (structured references -> A1, see translate.ts) and the RUBRIC.*
// functions are the add-in's own (rubric-plugin.ts). HyperFormula is GPL and used here, in tests, only.
//
// The result is a snapshot: after writing into the fake (a weight, a score, syncColumns), evaluate again.
import { DetailedCellError, HyperFormula } from "hyperformula";
import { parseAddress } from "../../../src/workbook/address";
import { FakeWorkbook } from "../excel-fake";
import { EmptyCells, RUBRIC_TRANSLATIONS, RubricPlugin, withEmptyCells } from "../../host/calc/rubric-plugin";
import { TableLayout, translateFormula } from "../../host/calc/translate";

export type { EmptyCells } from "../../host/calc/rubric-plugin";

/** An error as a cell shows it: the code ("#N/A") and the message the function gave. */
export interface SimError {
  error: string;
  message: string;
}

export type SimValue = number | string | boolean | SimError;

export interface EvaluateOptions {
  /** Empty cells in range arguments of RUBRIC.*: null as Excel on the web passes them (default), 0 as desktop. */
  emptyCells?: EmptyCells;
}

export interface SimWorkbook {
  /** The computed value of one cell ("" for an empty cell, as Excel reads it). */
  value(sheet: string, address: string): SimValue;
  /** Computed values of a range, as Range.values would give them. */
  values(sheet: string, address: string): SimValue[][];
  /** The formula HyperFormula evaluated for a cell (after translation), if the cell holds one. */
  translated(sheet: string, address: string): string | undefined;
  hf: HyperFormula;
}

let registered = false;

function register(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(RubricPlugin, RUBRIC_TRANSLATIONS);
  registered = true;
}

/** Where the fake's tables are, with their header texts as the fake holds them. */
export function tableLayouts(workbook: FakeWorkbook): TableLayout[] {
  return workbook.allTables().map((t) => ({
    name: t.name,
    sheet: t.worksheet.name,
    row: t.box.row,
    column: t.box.column,
    rows: t.box.rows,
    columns: t.box.columns,
    headers: t.headers(),
  }));
}

export function evaluateWorkbook(workbook: FakeWorkbook, options: EvaluateOptions = {}): SimWorkbook {
  register();
  const tables = tableLayouts(workbook);
  const translatedFormulas = new Map<string, string>();
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of workbook.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const [key, cell] of sheet.cells) {
      const [row, column] = key.split(",").map(Number);
      let content: string | number | boolean | null;
      if (cell.formula !== undefined) {
        content = translateFormula(cell.formula, { sheet: sheet.name, row, column }, tables);
        translatedFormulas.set(`${sheet.name}!${row},${column}`, content);
      } else {
        content = rawContent(cell.value);
      }
      while (grid.length <= row) grid.push([]);
      grid[row][column] = content;
    }
    // Dense rows: HyperFormula reads holes as empty, but undefined entries are not valid content.
    const width = Math.max(0, ...grid.map((r) => r.length));
    sheets[sheet.name] = grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  }
  const hf = withEmptyCells(options.emptyCells ?? "null", () =>
    HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" }),
  );

  const sheetId = (name: string) => {
    const id = hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet ${name}`);
    return id;
  };
  const valueAt = (sheet: number, row: number, col: number): SimValue => {
    const v = hf.getCellValue({ sheet, row, col });
    if (v instanceof DetailedCellError) return { error: v.value, message: v.message };
    return v === null ? "" : v;
  };
  return {
    hf,
    value(sheet, address) {
      const box = parseAddress(address);
      return valueAt(sheetId(sheet), box.row, box.column);
    },
    values(sheet, address) {
      const box = parseAddress(address);
      const id = sheetId(sheet);
      return Array.from({ length: box.rows }, (_, r) =>
        Array.from({ length: box.columns }, (_, c) => valueAt(id, box.row + r, box.column + c)),
      );
    },
    translated(sheet, address) {
      const box = parseAddress(address);
      return translatedFormulas.get(`${sheet}!${box.row},${box.column}`);
    },
  };
}

/** A value cell as HyperFormula content: "" is an empty cell (writing "" through Range.values clears a cell). */
function rawContent(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value);
  // Text that HyperFormula would read as a formula is text in Excel's cell (Range.values writes "=" as a formula,
  // which the fake stores as one, so this is only text that merely starts with "=" through other means).
  return text.startsWith("=") ? `'${text}` : text;
}
