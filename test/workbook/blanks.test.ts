// "Same result on desktop and web": a cleared cell of the rubric gives the same Total, Points, Band and CHECK whether
// empty cells reach RUBRIC.* as null (Excel on the web) or 0 (desktop Excel): a documented default, or an error
// naming the criterion and the field. Every row is scored under its version: the cells feeding its Total, Points and
// Band are the versions sheet's snapshot tables (VersionCriteria, VersionBands, Versions), which the formulas FILTER
// through the blank guard. The rubric sheet's tables are the working draft: a cell cleared there moves no total, and
// RUBRIC.CHECK on the rubric sheet names the problem. And a criterion added is guarded at once: no list of criteria in
// the Total formula can go stale.
import { readRubric } from "../../src/workbook/read-rubric";
import { ComputedValue, SimulatedHost } from "../host";
import { EmptyCells } from "../host/calc/rubric-plugin";
import { dataValue, exampleHost, insertTableColumn, typeInto, valueAt } from "../support/host-helpers";
import {
  SnapshotTable,
  publishAndApply,
  publishDraftVersion,
  snapshotCell,
  typeIntoSnapshot,
} from "../support/versions";

const RUBRIC = "proactive-visit rubric";
const SHEET = "proactive-visit evaluations";
const CRITERIA = "Criteria_proactive_visit";
const EVALUATIONS = "Evaluations_proactive_visit";
const VERSION_CRITERIA = "VersionCriteria_proactive_visit";

// Rows 4–6 of the evaluations sheet: fully scored, PROC not applicable, partly scored.
const FULL = { PREP: 7, MAIL1: 7, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 7, BONUS: 0 };
const EVALUATIONS_UNDER_TEST = [
  { values: FULL },
  { values: { ...FULL, PROC: "NA" } },
  { values: { PREP: 7, MAIL1: 4 } },
];

/** Total, Points and Band of the three rows, found by header (an inserted column moves them). */
const results = (host: SimulatedHost) =>
  [0, 1, 2].map((r) => ["Total", "Points", "Band"].map((h) => dataValue(host, host.model.table(EVALUATIONS), r, h)));
const check = (host: SimulatedHost) => valueAt(host, RUBRIC, "E1");

// The draft: the criteria table's header is row 10: PREP is row 11, PROC row 14; columns D Kind, E Weight, F Max,
// G Allow NA. Bands from L10: From in L, Points in M; the first band (L11) starts open. Settings: B5 scale, B6 decimals.
const clear = (host: SimulatedHost, address: string) => type(host, address, "");
function type(host: SimulatedHost, address: string, entry: unknown): void {
  const column = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  typeInto(host, RUBRIC, row, column, entry);
}

// Version 1 as published: its cell of table `table` under `header`, data row `index` of version 1 (PREP is criterion
// 0, PROC criterion 3; the first band is band 0).
function typeV1(host: SimulatedHost, table: SnapshotTable, header: string, index: number, entry: unknown): void {
  typeIntoSnapshot(host, snapshotCell(host, table, 1, header, index), entry);
}

const isNumber = (v: ComputedValue) => typeof v === "number";
const errorOf = (v: ComputedValue) => (typeof v === "object" && v !== null && "error" in v ? v : undefined);

describe.each(["null", "zero"] as EmptyCells[])("blank rubric cells, empty cells as %s", (emptyCells) => {
  let host: SimulatedHost;
  let before: ComputedValue[][];
  beforeEach(async () => {
    host = await exampleHost(EVALUATIONS_UNDER_TEST, { emptyCells });
    before = results(host);
  });

  test("the rows under test: a total, a total without PROC, and a partly scored row", () => {
    expect(isNumber(before[0][0]) && isNumber(before[1][0])).toBe(true);
    expect(before[2]).toEqual(["5 of 7 not scored", "", ""]);
    expect(check(host)).toBe("OK");
  });

  test("the snapshot cells are version 1's: PREP's weight and max, PROC's Allow NA, the bands, the settings", () => {
    const cell = (table: SnapshotTable, header: string, index = 0) => {
      const at = snapshotCell(host, table, 1, header, index);
      return valueAt(host, at.sheet, [at.row, at.column]);
    };
    expect([cell("criteria", "ID"), cell("criteria", "Weight"), cell("criteria", "Max")]).toEqual(["PREP", 15, 10]);
    expect([cell("criteria", "ID", 3), cell("criteria", "Allow NA", 3)]).toEqual(["PROC", "yes"]);
    expect([cell("bands", "From"), cell("bands", "Points"), cell("bands", "From", 1)]).toEqual(["", 0, 60]);
    expect([cell("versions", "Scale"), cell("versions", "Decimals")]).toEqual([100, 1]);
  });

  test.each([
    ["Weight", "PREP: weight is blank"],
    ["Max", "PREP: max is blank"],
  ])("a cleared %s of version 1 is an error naming the criterion and field", (header, message) => {
    typeV1(host, "criteria", header, 0, "");
    expect(results(host)[0]).toEqual([{ error: "#VALUE!", message: `invalid rubric: ${message}` }, "", ""]);
    expect(results(host)[1][0]).toEqual({ error: "#VALUE!", message: `invalid rubric: ${message}` });
    expect(check(host)).toBe("OK"); // the draft is as it was
  });

  test.each([
    ["E11", "PREP: weight is blank"],
    ["F11", "PREP: max is blank"],
  ])("a cleared %s in the draft moves no total; RUBRIC.CHECK names the criterion and field", (address, message) => {
    clear(host, address);
    expect(results(host)).toEqual(before);
    expect(check(host)).toContain(message);
  });

  test("a typed 0 weight is a weight of 0, not a blank", () => {
    typeV1(host, "criteria", "Weight", 0, 0);
    expect(isNumber(results(host)[0][0])).toBe(true);
    expect(results(host)[0][0]).not.toBe(before[0][0]);
  });

  test("a typed 0 weight in the draft moves no total until it is published and applied", async () => {
    type(host, "E11", 0);
    expect(results(host)).toEqual(before);
    expect(await publishAndApply(host)).toBe(2);
    expect(isNumber(results(host)[0][0])).toBe(true);
    expect(results(host)[0][0]).not.toBe(before[0][0]);
  });

  test("a cleared Kind is score (the default): nothing changes", () => {
    typeV1(host, "criteria", "Kind", 0, "");
    expect(results(host)).toEqual(before);
    clear(host, "D11");
    expect(results(host)).toEqual(before);
    expect(check(host)).toBe("OK");
  });

  test("a cleared Allow NA is no: NA is then refused", () => {
    typeV1(host, "criteria", "Allow NA", 3, "");
    const after = results(host);
    expect(after[0]).toEqual(before[0]);
    expect(after[1][0]).toEqual({ error: "#VALUE!", message: "PROC: NA is not allowed" });
  });

  test("a cleared Allow NA in the draft moves no total", () => {
    clear(host, "G14");
    expect(results(host)).toEqual(before);
    expect(check(host)).toBe("OK");
  });

  test.each([
    ["Allow NA", 3, "G14"],
    ["Kind", 0, "D11"],
  ])("an error value in %s is an error, not a default", (header, index, draftAddress) => {
    typeV1(host, "criteria", header, index, "=NA()");
    const total = results(host)[0][0];
    expect(errorOf(total)).toBeDefined();
    expect(check(host)).toBe("OK"); // the draft is as it was
    // In the draft: CHECK says so, and no total moves.
    typeV1(host, "criteria", header, index, header === "Kind" ? "score" : "yes");
    expect(results(host)).toEqual(before);
    type(host, draftAddress, "=NA()");
    expect(isNumber(check(host))).toBe(false);
    expect(check(host)).not.toBe("OK");
    expect(results(host)).toEqual(before);
  });

  test.each([
    ["Decimals", "decimals: the setting is blank (a whole number from 0 to 6)"],
    ["Scale", "scale: the setting is blank (a number > 0)"],
  ])("a cleared setting %s of version 1 is an error naming it", (header, message) => {
    typeV1(host, "versions", header, 0, "");
    for (const row of results(host)) expect(row).toEqual([{ error: "#VALUE!", message }, "", ""]);
  });

  test.each([
    ["B6", "decimals"],
    ["B5", "scale"],
  ])("a cleared setting %s in the draft moves no total; the draft's problem names its cell", async (address, key) => {
    clear(host, address);
    expect(results(host)).toEqual(before);
    const read = await host.run((context) => readRubric(context, "proactive-visit"));
    expect(read.rubric).toBeUndefined();
    expect(read.problems.find((p) => p.message.startsWith(key))?.address).toBe(`'${RUBRIC}'!${address}`);
  });

  test("a cleared From is allowed for the first band only", () => {
    typeV1(host, "bands", "From", 0, 0); // the first band from 0 reads as it did open: no total is below 0
    expect(results(host)).toEqual(before);
    typeV1(host, "bands", "From", 0, "");
    expect(results(host)).toEqual(before);
    typeV1(host, "bands", "From", 1, "");
    const message = "invalid bands: bands: row 2: from is blank (only the first band may start open)";
    expect(results(host)[0].slice(1)).toEqual([
      { error: "#VALUE!", message },
      { error: "#VALUE!", message },
    ]);
    expect(results(host)[0][0]).toBe(before[0][0]); // the total does not depend on the bands
    expect(check(host)).toBe("OK");
  });

  test("a cleared From in the draft moves no band; RUBRIC.CHECK names it", () => {
    clear(host, "L11");
    clear(host, "L12");
    expect(results(host)).toEqual(before);
    expect(check(host)).toContain("bands: row 2: from is blank");
  });

  test("a cleared band Points is an error", () => {
    typeV1(host, "bands", "Points", 0, "");
    expect(results(host)[0][1]).toEqual({ error: "#VALUE!", message: "invalid bands: bands: row 1: points is blank" });
    // In the draft: CHECK names it, and no band moves.
    typeV1(host, "bands", "Points", 0, 0);
    expect(results(host)).toEqual(before);
    clear(host, "M11");
    expect(results(host)).toEqual(before);
    expect(check(host)).toContain("bands: row 1: points is blank");
  });

  describe("a criterion added in the grid, without syncing columns", () => {
    beforeEach(() => {
      // Typed right under the criteria table (row 18), which grows to take it in.
      type(host, "A18", "CALL");
      type(host, "B18", "Phone call after the visit");
      type(host, "E18", 10);
      type(host, "F18", 10);
      expect(host.model.table(CRITERIA).box.rows).toBe(9);
    });

    test("is a draft change: no total moves when it is typed, nor when it is published", async () => {
      expect(results(host)).toEqual(before);
      expect(check(host)).toBe("OK");
      expect(await publishDraftVersion(host)).toBe(2);
      expect(results(host)).toEqual(before); // every row is still under version 1
    });

    test("with no score column, published and applied: every row shows an error naming it, never a number", async () => {
      expect(await publishAndApply(host)).toBe(2);
      for (const row of results(host)) {
        expect(row).toEqual([{ error: "#N/A", message: "CALL has no score column" }, "", ""]);
      }
    });

    test("with a column inserted in the score block by hand: its blanks are counted once its version applies", async () => {
      insertTableColumn(host, EVALUATIONS, 11, "CALL"); // before BONUS, inside [PREP]:[BONUS]
      expect(results(host)).toEqual(before); // version 1 has no CALL: the column is no criterion of it
      await publishAndApply(host);
      expect(results(host)).toEqual([
        ["1 of 8 not scored", "", ""],
        ["1 of 8 not scored", "", ""],
        ["6 of 8 not scored", "", ""],
      ]);
      typeInto(host, SHEET, 3, 11, "10");
      expect(isNumber(results(host)[0][0])).toBe(true);
    });
  });

  test("a criterion row added to version 1's snapshot is read at once: every row names it, never a number", () => {
    const table = host.model.table(VERSION_CRITERIA);
    const rows = table.box.rows;
    const last = table.box.row + rows; // the sheet row right under the table, which grows to take it in
    const column = (header: string) => table.box.column + table.headers().indexOf(header);
    typeInto(host, table.sheet.name, last, column("Version"), 1);
    typeInto(host, table.sheet.name, last, column("ID"), "CALL");
    typeInto(host, table.sheet.name, last, column("Criterion"), "Phone call after the visit");
    typeInto(host, table.sheet.name, last, column("Weight"), 10);
    typeInto(host, table.sheet.name, last, column("Max"), 10);
    expect(host.model.table(VERSION_CRITERIA).box.rows).toBe(rows + 1);
    for (const row of results(host)) {
      expect(row).toEqual([{ error: "#N/A", message: "CALL has no score column" }, "", ""]);
    }
  });
});
