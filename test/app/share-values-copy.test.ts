// The values copy on the simulated host: the example's evaluations table copied to a new sheet with values only (no
// RUBRIC formula), the same numbers as the original, dates keeping their formats, stamped with rubric id, version
// and checksum; a second copy gets a sheet of its own.
import { shareValuesCopy } from "../../src/app/share-values-copy";
import { cellsOf, changedCells, grid, numberFormats, showTotalRow } from "../support/host-helpers";
import { valueOf } from "../support/session";
import { exampleReview } from "./report-setup";

jest.setTimeout(60_000);

const MADE = "2026-11-30T08:00:00.000Z";
const TABLE = "Evaluations_proactive_visit";

describe.each(["null", "zero"] as const)("shareValuesCopy (empty cells as %s)", (emptyCells) => {
  it("copies the evaluations as values: no RUBRIC formula, the same numbers, stamped", async () => {
    const { session, host, state } = await exampleReview({ emptyCells });
    const table = host.model.table(TABLE);
    const original = table.sheet;
    const { row, column, rows, columns } = table.box;
    const at = (r: number, c: number) => [r, c] as const;
    const originalValues = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => host.model.valueAt(original, ...at(row + r, column + c))),
    );
    // The original computes its Totals, Points and Bands with RUBRIC formulas.
    const formulas = (sheet: typeof original) => [...sheet.cells.values()].map((cell) => cell.formula ?? "");
    expect(formulas(original).some((f) => f.startsWith("=RUBRIC"))).toBe(true);

    const before = cellsOf(host);
    const copy = valueOf(await shareValuesCopy(session, MADE));
    expect(copy).toEqual({ sheet: "Values proactive-visit", rows: 146 });
    expect(changedCells(before, cellsOf(host)).filter((a) => !a.startsWith(`${copy.sheet}!`))).toEqual([]);

    const sheet = host.model.sheet(copy.sheet);
    expect(formulas(sheet).filter((f) => f !== "")).toEqual([]);
    const checksum = state.versions!.history.versions[0].checksum;
    expect(grid(host, copy.sheet, "A1:B5")).toEqual([
      ["Evaluations as values (no RUBRIC formulas)", ""],
      ["Rubric", "proactive-visit"],
      ["Version", 1],
      ["Checksum", checksum],
      ["Made", MADE],
    ]);
    // Header and every row from row 7, with the values the original shows (totals, points and bands included).
    const copied = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => host.model.valueAt(sheet, 6 + r, c)),
    );
    expect(copied).toEqual(originalValues);
    const header = copied[0];
    expect(copied.slice(1).every((r) => typeof r[header.indexOf("Total")] === "number")).toBe(true);
    // Dates keep their date format; text cells are text.
    const dates = header.indexOf("Date");
    expect(sheet.cell(7, dates)?.numberFormat).toBe(original.cell(row + 1, column + dates)?.numberFormat);
    expect(numberFormats(host, copy.sheet, "B2")).toEqual([["@"]]);
    expect(sheet.frozenRows).toBe(7);
  });

  it("leaves a Total Row out, and a second copy goes to a sheet of its own", async () => {
    const { session, host } = await exampleReview({ emptyCells });
    showTotalRow(host, TABLE);
    const first = valueOf(await shareValuesCopy(session, MADE));
    expect(first.rows).toBe(146);
    expect(grid(host, first.sheet, "A154")).toEqual([[""]]); // row 7 header + 146 rows end at 153
    const second = valueOf(await shareValuesCopy(session, MADE));
    expect(second.sheet).toBe("Values proactive-visit (2)");
  });
});
