// What the grid shows of a sheet, and entries typed into it, over the simulated workbook (formulas computed).
import { createSimulatedHost } from "../host";
import { scoreValidationMessage, scoreValidationRule } from "../../src/workbook/validation";
import { columnWidths, DEFAULT_WIDTH, FIT_ROWS, textWidth } from "./grid/column-widths";
import { clearCell, commitEntry } from "./grid/editing";
import { MIN_COLUMNS, MIN_ROWS, entryText, gridSize, rowView, tableHeaderKeys } from "./grid/sheet-view";

function workbook() {
  const host = createSimulatedHost();
  const { model } = host;
  const sheet = model.sheet("Sheet1");
  return { model, sheet };
}

describe("gridSize", () => {
  test("at least 30 x 12; else the used extent and the active cell plus a margin", () => {
    expect(gridSize({ rows: 0, columns: 0 }, { row: 0, column: 0 })).toEqual({ rows: MIN_ROWS, columns: MIN_COLUMNS });
    expect(gridSize({ rows: 149, columns: 22 }, { row: 0, column: 0 })).toEqual({ rows: 154, columns: 25 });
    expect(gridSize({ rows: 10, columns: 5 }, { row: 199, column: 25 })).toEqual({ rows: 205, columns: 29 });
  });
});

describe("rowView", () => {
  test("computed values, number formats, errors with their message, table headers, text running on", () => {
    const { model, sheet } = workbook();
    model.write(sheet, 0, 0, "A long title");
    model.write(sheet, 0, 3, "x");
    model.write(sheet, 1, 0, "Score");
    model.write(sheet, 2, 0, "7");
    model.write(sheet, 1, 1, "Double");
    model.write(sheet, 2, 1, "=A3*2");
    model.setNumberFormat(sheet, 2, 1, "0.0");
    model.write(sheet, 2, 2, "=NA()");
    model.addTable(sheet, { row: 1, column: 0, rows: 2, columns: 2 });
    const headers = tableHeaderKeys(model, sheet);

    const title = rowView(model, sheet, 0, 5, headers);
    expect(title.map((c) => c.text)).toEqual(["A long title", "", "", "x", ""]);
    expect(title[0].spill).toBe(2); // into B1 and C1, up to D1's text
    expect(title[3].spill).toBe(1);

    const head = rowView(model, sheet, 1, 3, headers);
    expect(head.map((c) => [c.text, c.tableHeader])).toEqual([
      ["Score", true],
      ["Double", true],
      ["", false],
    ]);

    const body = rowView(model, sheet, 2, 3, headers);
    expect(body[0]).toMatchObject({ text: "7", align: "right", tableHeader: false });
    expect(body[1]).toMatchObject({ text: "14.0", align: "right" });
    expect(body[2]).toMatchObject({ text: "#N/A", align: "center" });
    expect(body[2].error).toBeTruthy();
  });

  test("a weight change recalculates the cells that depend on it", () => {
    const { model, sheet } = workbook();
    model.write(sheet, 0, 0, "2");
    model.write(sheet, 0, 1, "=A1*10");
    expect(rowView(model, sheet, 0, 2, new Set())[1].text).toBe("20");
    expect(commitEntry(model, sheet, 0, 0, "3")).toEqual({ ok: true });
    expect(rowView(model, sheet, 0, 2, new Set())[1].text).toBe("30");
  });
});

describe("entries", () => {
  test("the formula bar and F2 start from the formula, else the constant as typed", () => {
    const { model, sheet } = workbook();
    model.write(sheet, 0, 0, "=1+1");
    model.write(sheet, 0, 1, "TRUE");
    model.write(sheet, 0, 2, "4.5");
    expect(entryText(sheet.cell(0, 0))).toBe("=1+1");
    expect(entryText(sheet.cell(0, 1))).toBe("TRUE");
    expect(entryText(sheet.cell(0, 2))).toBe("4.5");
    expect(entryText(sheet.cell(9, 9))).toBe("");
  });

  test("an entry breaking the cell's validation is refused with its message; the cell keeps its content", () => {
    const { model, sheet } = workbook();
    const criterion = { id: "Q1", label: "Q1", kind: "score" as const, weight: 1, max: 10, allowNA: false };
    model.write(sheet, 3, 5, "7");
    sheet.validations.push({
      box: { row: 3, column: 5, rows: 10, columns: 1 },
      rule: scoreValidationRule(criterion, "F4"),
      errorAlert: scoreValidationMessage(criterion),
    });
    expect(commitEntry(model, sheet, 3, 5, "99")).toEqual({ ok: false, reason: "Q1: a number from 0 to 10" });
    expect(sheet.cell(3, 5)?.value).toBe(7);
    expect(commitEntry(model, sheet, 3, 5, "8")).toEqual({ ok: true });
    expect(sheet.cell(3, 5)?.value).toBe(8);
    expect(clearCell(model, sheet, 3, 5)).toEqual({ ok: true });
    expect(sheet.cell(3, 5)).toBeUndefined();
  });

  test("a date cell shows and takes dates as yyyy-mm-dd, storing the serial", () => {
    const { model, sheet } = workbook();
    model.write(sheet, 0, 0, "43508");
    model.setNumberFormat(sheet, 0, 0, "yyyy-mm-dd");
    expect(entryText(sheet.cell(0, 0))).toBe("2019-02-12");
    expect(rowView(model, sheet, 0, 1, new Set())[0].text).toBe("2019-02-12");
    expect(commitEntry(model, sheet, 0, 0, "2019-02-13")).toEqual({ ok: true });
    expect(sheet.cell(0, 0)?.value).toBe(43509);
    // Typed into a General cell, it is a date as well (Excel's typed input), which gets a date format; a text cell
    // keeps what was typed.
    expect(commitEntry(model, sheet, 1, 0, "2019-02-13")).toEqual({ ok: true });
    expect(sheet.cell(1, 0)).toEqual({ value: 43509, numberFormat: "m/d/yyyy" });
    model.setNumberFormat(sheet, 2, 0, "@");
    expect(commitEntry(model, sheet, 2, 0, "2019-02-13")).toEqual({ ok: true });
    expect(sheet.cell(2, 0)?.value).toBe("2019-02-13");
  });

  test("the workbook's own refusals: a table header cannot hold a formula or be cleared", () => {
    const { model, sheet } = workbook();
    model.write(sheet, 0, 0, "ID");
    model.addTable(sheet, { row: 0, column: 0, rows: 2, columns: 1 });
    expect(commitEntry(model, sheet, 0, 0, "=1")).toEqual({
      ok: false,
      reason: "A table header cannot hold a formula.",
    });
    expect(clearCell(model, sheet, 0, 0)).toEqual({ ok: false, reason: "A table header cannot be empty." });
    expect(sheet.cell(0, 0)?.value).toBe("ID");
  });
});

describe("columnWidths", () => {
  test("a width the workbook set; table columns fit their text; other columns Excel's default", () => {
    const { model, sheet } = workbook();
    model.write(sheet, 0, 0, "A title much longer than a column, outside any table");
    model.write(sheet, 1, 0, "Person");
    model.write(sheet, 2, 0, "Zhang Wei-Long the third");
    model.write(sheet, 1, 1, "ID");
    model.write(sheet, 2, 1, "7");
    model.addTable(sheet, { row: 1, column: 0, rows: 2, columns: 2 });
    sheet.columnWidths.set(2, 30);
    const headers = tableHeaderKeys(model, sheet);
    const widths = columnWidths(model, sheet, (r) => rowView(model, sheet, r, 4, headers), 4);
    expect(widths[0]).toBe(textWidth("Zhang Wei-Long the third"));
    expect(widths[1]).toBe(DEFAULT_WIDTH);
    expect(widths[2]).toBe(40);
    expect(widths[3]).toBe(DEFAULT_WIDTH);
    expect(textWidth("评分标准")).toBeGreaterThan(textWidth("abcd"));
  });

  test("a table column fits its header and first rows only, each row read once", () => {
    const { model, sheet } = workbook();
    const rows = FIT_ROWS + 50;
    model.write(sheet, 0, 0, "ID");
    for (let r = 1; r <= rows; r++) model.write(sheet, r, 0, r === FIT_ROWS ? "fitted, within the first rows" : "x");
    model.write(sheet, rows, 0, "further down, this long text is cut as Excel cuts it");
    model.addTable(sheet, { row: 0, column: 0, rows: rows + 1, columns: 1 });
    const headers = tableHeaderKeys(model, sheet);
    const read: number[] = [];
    const widths = columnWidths(
      model,
      sheet,
      (r) => {
        read.push(r);
        return rowView(model, sheet, r, 2, headers);
      },
      2,
    );
    expect(widths[0]).toBe(textWidth("fitted, within the first rows"));
    expect(read).toEqual(Array.from({ length: FIT_ROWS + 1 }, (_, r) => r));
  });
});
