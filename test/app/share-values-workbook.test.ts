/** @jest-environment jsdom */
// The values copy as a new workbook, on the simulated host: Excel.createWorkbook is given an .xlsx holding the
// stamp and the evaluations table's values (the same numbers, dates as serials with their date format, text as
// text, no formula anywhere), and nothing is written to this workbook; where this Excel cannot open a new workbook
// (no ExcelApi 1.8, or Excel refuses) the use case fails with its own key and changes nothing.
import { shareValuesWorkbook } from "../../src/app/share-values-workbook";
import { cellName } from "../../src/formats/xlsx/cells";
import { fromBase64, readXlsx } from "../formats/xlsx/read-xlsx";
import { cellsOf, changedCells } from "../support/host-helpers";
import { failureOf, hostSession, valueOf } from "../support/session";
import { exampleReview } from "./report-setup";

jest.setTimeout(60_000);

const MADE = "2026-11-30T08:00:00.000Z";
const TABLE = "Evaluations_proactive_visit";

describe.each(["null", "zero"] as const)("shareValuesWorkbook (empty cells as %s)", (emptyCells) => {
  it("opens a new workbook holding the evaluations as values, and writes nothing to this one", async () => {
    const { session, host, state } = await exampleReview({ emptyCells });
    const table = host.model.table(TABLE);
    const original = table.sheet;
    const { row, column, rows, columns } = table.box;
    const sheets = host.model.sheets.map((s) => s.name);
    const before = cellsOf(host);
    const writes = host.journal.writes.length;

    const made = valueOf(await shareValuesWorkbook(session, MADE));
    expect(made).toMatchObject({ sheet: "Values proactive-visit", rows: 146 });
    expect(changedCells(before, cellsOf(host))).toEqual([]);
    expect(host.journal.writes.length).toBe(writes);
    expect(host.model.sheets.map((s) => s.name)).toEqual(sheets);
    expect(host.createdWorkbooks).toHaveLength(1);
    const bytes = fromBase64(host.createdWorkbooks[0]);
    expect(bytes.length).toBe(made.bytes);

    const [sheet, ...others] = readXlsx(bytes);
    expect(others).toEqual([]);
    expect(sheet.name).toBe("Values proactive-visit");
    expect(sheet.frozenRows).toBe(7);
    const cells = [...sheet.cells.values()];
    expect(cells.filter((c) => c.formula !== null)).toEqual([]);
    expect(cells.filter((c) => typeof c.value === "string" && c.type !== "inlineStr")).toEqual([]);
    const value = (r: number, c: number) => sheet.cells.get(cellName(r, c))?.value ?? "";
    const checksum = state.versions!.history.versions[0].checksum;
    expect([0, 1, 2, 3, 4].map((r) => [value(r, 0), value(r, 1)])).toEqual([
      ["Evaluations as values (no RUBRIC formulas)", ""],
      ["Rubric", "proactive-visit"],
      ["Version", 1],
      ["Checksum", checksum],
      ["Made", MADE],
    ]);
    // Header and every row from row 7: the values the original shows, Totals, Points and Bands included.
    const originalValues = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => host.model.valueAt(original, row + r, column + c)),
    );
    const copied = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => value(6 + r, c)));
    expect(copied).toEqual(originalValues);
    const header = copied[0];
    for (const name of ["Total", "Points"]) {
      const c = header.indexOf(name);
      expect(c).toBeGreaterThan(-1);
      expect(copied.slice(1).every((r) => typeof r[c] === "number")).toBe(true);
    }
    // A date is a serial number with the original's date format.
    const dates = header.indexOf("Date");
    const dateCell = sheet.cells.get(cellName(7, dates))!;
    expect(typeof dateCell.value).toBe("number");
    expect(dateCell.format).toBe(original.cell(row + 1, column + dates)?.numberFormat);
    expect(dateCell.format).toMatch(/y/);
  });
});

describe("where this Excel cannot open a new workbook", () => {
  it("fails with its own key, writes nothing, and opens nothing", async () => {
    const { session, host } = await exampleReview({ unsupported: ["Excel.createWorkbook"] });
    const before = cellsOf(host);
    const failure = failureOf(await shareValuesWorkbook(session, MADE));
    expect(failure.key).toBe("shareValuesWorkbook");
    expect(failure.message).toBe("This Excel cannot open a new workbook from the add-in (ExcelApi 1.8).");
    expect(changedCells(before, cellsOf(host))).toEqual([]);
    expect(host.createdWorkbooks).toEqual([]);
  });

  it("fails, naming the reason, when the workbook holds no rubric", async () => {
    const { session, host } = hostSession();
    const failure = failureOf(await shareValuesWorkbook(session, MADE));
    expect(failure).toMatchObject({ key: "shareValuesWorkbook", message: expect.stringContaining("no rubric") });
    expect(host.createdWorkbooks).toEqual([]);
  });
});
