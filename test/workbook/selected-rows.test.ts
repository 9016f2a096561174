import { areasOfAddress, selectedEvaluationRows } from "../../src/workbook/selected-rows";
import { exampleHost, selectAreas, selectCell, syncsOf } from "../support/host-helpers";
import { sampleEvaluations } from "./sample";

const SHEET = "proactive-visit evaluations";
const ID = "proactive-visit";

// The evaluations table's header is on sheet row 3 (0-based 2); its data rows start on sheet row 4.
async function setUp(rows = 5) {
  const host = await exampleHost(sampleEvaluations().slice(0, rows));
  return { host, selected: () => host.run((context) => selectedEvaluationRows(context, ID)) };
}

describe("selectedEvaluationRows", () => {
  it("gives the data row of the active cell when one cell is selected", async () => {
    const { host, selected } = await setUp();
    selectCell(host, SHEET, 5, 7);
    expect(await selected()).toEqual([2]);
  });

  it("gives the rows of a selected range", async () => {
    const { host, selected } = await setUp();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("B5:D6").select();
      await context.sync();
    });
    expect(await selected()).toEqual([1, 2]);
  });

  it("keeps only the data rows of a selection partly outside the table", async () => {
    const { host, selected } = await setUp(5);
    // From the sheet's first row (above the header) to two rows below the last data row (sheet row 8).
    selectAreas(host, SHEET, ["A1:C10"]);
    expect(await selected()).toEqual([0, 1, 2, 3, 4]);
    // Whole rows, from the header row down to the third data row.
    selectAreas(host, SHEET, ["A3:XFD6"]);
    expect(await selected()).toEqual([0, 1, 2]);
  });

  it("joins the rows of every area, in order and without repeats", async () => {
    const { host, selected } = await setUp(5);
    selectAreas(host, SHEET, ["F8", "A4:B5", "C5:C6"]);
    expect(await selected()).toEqual([0, 1, 2, 4]);
  });

  it("is empty on the header, beside or below the table, and on another sheet", async () => {
    const { host, selected } = await setUp(5);
    for (const [sheet, areas] of [
      [SHEET, ["A3:F3"]],
      [SHEET, ["S4:T8"]],
      [SHEET, ["A9:F12"]],
      ["proactive-visit rubric", ["A4:F8"]],
    ] as const) {
      selectAreas(host, sheet, [...areas]);
      expect(await selected()).toEqual([]);
    }
  });

  it("takes one sync for 5 and 146 rows and any number of areas", async () => {
    const counts = [];
    for (const rows of [5, 146]) {
      const { host, selected } = await setUp(rows);
      selectAreas(host, SHEET, ["A4:A20", "C30:D40", "A100:A200"]);
      let rowsSelected: number[] = [];
      counts.push(
        await syncsOf(host, async () => {
          rowsSelected = await selected();
        }),
      );
      expect(rowsSelected[0]).toBe(0);
    }
    expect(counts).toEqual([1, 1]);
  });

  it("uses the single selected range, in a second sync, where ExcelApi 1.9 is missing", async () => {
    const host = await exampleHost(sampleEvaluations().slice(0, 5), { unsupported: ["Workbook.getSelectedRanges"] });
    selectAreas(host, SHEET, ["B5:C7"]);
    const context = host.context();
    const sync = jest.spyOn(context, "sync");
    expect(await selectedEvaluationRows(context, ID)).toEqual([1, 2, 3]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("fails for a rubric without an evaluations table", async () => {
    const { host } = await setUp(5);
    // Excel rejects the sync with the error code ItemNotFound (its message does not name the code).
    await expect(host.run((context) => selectedEvaluationRows(context, "nope"))).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});

describe("selectedEvaluationRows reads the selection's address", () => {
  it("covers every data row when the whole sheet, whole rows or whole columns are selected", async () => {
    const { host, selected } = await setUp(5);
    selectAreas(host, SHEET, ["A1:XFD1048576"]); // Excel's address: "'…'!1:1048576"
    expect(await selected()).toEqual([0, 1, 2, 3, 4]);
    selectAreas(host, SHEET, ["A5:XFD6"]); // "'…'!5:6"
    expect(await selected()).toEqual([1, 2]);
    selectAreas(host, SHEET, ["B1:C1048576", "A7:A7"]); // "'…'!B:C, '…'!A7"
    expect(await selected()).toEqual([0, 1, 2, 3, 4]);
  });

  it("never loads RangeAreas.areas, which can hang Excel on a whole-sheet selection (office-js #5758)", async () => {
    const { host } = await setUp(5);
    selectAreas(host, SHEET, ["A1:XFD1048576"]);
    const context = host.context();
    const getSelectedRanges = context.workbook.getSelectedRanges.bind(context.workbook);
    jest.spyOn(context.workbook, "getSelectedRanges").mockImplementation(() => {
      const ranges = getSelectedRanges();
      Object.defineProperty(ranges, "areas", {
        get: () => {
          throw new Error("RangeAreas.areas was used");
        },
      });
      return ranges;
    });
    expect(await selectedEvaluationRows(context, ID)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("areasOfAddress", () => {
  it("parses cells, ranges, whole rows and whole columns, with or without $ and spaces", () => {
    expect(areasOfAddress("Sheet1!$B$4:$D$9, Sheet1!F2")).toEqual([
      { row: 3, column: 1, rows: 6, columns: 3 },
      { row: 1, column: 5, rows: 1, columns: 1 },
    ]);
    expect(areasOfAddress("Sheet1!1:1048576")).toEqual([{ row: 0, column: 0, rows: 1_048_576, columns: 16_384 }]);
    expect(areasOfAddress("Sheet1!B:C,Sheet1!5:7")).toEqual([
      { row: 0, column: 1, rows: 1_048_576, columns: 2 },
      { row: 4, column: 0, rows: 3, columns: 16_384 },
    ]);
  });

  it("keeps a comma or quote inside a quoted sheet name", () => {
    expect(areasOfAddress("'Q1, Bob''s'!A1:B2,'Q1, Bob''s'!C3")).toEqual([
      { row: 0, column: 0, rows: 2, columns: 2 },
      { row: 2, column: 2, rows: 1, columns: 1 },
    ]);
  });

  it("refuses what is not an A1 address", () => {
    for (const bad of ["Sheet1!A1:5", "Sheet1!", "Sheet1!A1:B2:C3", "Sheet1!#REF!"]) {
      expect(() => areasOfAddress(bad)).toThrow("not an A1 range address");
    }
  });
});
