// "Same result on desktop and web": a cleared cell of the rubric gives the same Total, Points, Band and CHECK whether
// empty cells reach RUBRIC.* as null (Excel on the web) or 0 (desktop Excel): a documented default, or an error
// naming the criterion and the field. And a criterion added in the grid is guarded at once: no list of criteria in
// the Total formula can go stale.
import { ComputedValue, SimulatedHost } from "../host";
import { EmptyCells } from "../host/calc/rubric-plugin";
import { dataValue, exampleHost, insertTableColumn, typeInto, valueAt } from "../support/host-helpers";

const RUBRIC = "proactive-visit rubric";
const SHEET = "proactive-visit evaluations";
const CRITERIA = "Criteria_proactive_visit";
const EVALUATIONS = "Evaluations_proactive_visit";

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

// The criteria table's header is row 10: PREP is row 11, PROC row 14; columns D Kind, E Weight, F Max, G Allow NA.
// Bands from L10: From in L, Points in M; the first band (L11) starts open. Settings: B5 scale, B6 decimals.
const clear = (host: SimulatedHost, address: string) => type(host, address, "");
function type(host: SimulatedHost, address: string, entry: unknown): void {
  const column = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  typeInto(host, RUBRIC, row, column, entry);
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

  test.each([
    ["E11", "PREP: weight is blank"],
    ["F11", "PREP: max is blank"],
  ])("a cleared %s is an error naming the criterion and field", (address, message) => {
    clear(host, address);
    expect(results(host)[0]).toEqual([{ error: "#VALUE!", message: `invalid rubric: ${message}` }, "", ""]);
    expect(check(host)).toContain(message);
  });

  test("a typed 0 weight is a weight of 0, not a blank", () => {
    type(host, "E11", 0);
    expect(isNumber(results(host)[0][0])).toBe(true);
    expect(results(host)[0][0]).not.toBe(before[0][0]);
  });

  test("a cleared Kind is score (the default): nothing changes", () => {
    clear(host, "D11");
    expect(results(host)).toEqual(before);
    expect(check(host)).toBe("OK");
  });

  test("a cleared Allow NA is no: NA is then refused", () => {
    clear(host, "G14");
    const after = results(host);
    expect(after[0]).toEqual(before[0]);
    expect(after[1][0]).toEqual({ error: "#VALUE!", message: "PROC: NA is not allowed" });
  });

  test.each([
    ["G14", "Allow NA"],
    ["D11", "Kind"],
  ])("an error value in %s (%s) is an error, not a default", (address) => {
    type(host, address, "=NA()");
    const total = results(host)[0][0];
    expect(errorOf(total)).toBeDefined();
    expect(isNumber(check(host))).toBe(false);
    expect(check(host)).not.toBe("OK");
  });

  test.each([
    ["B6", "decimals: the setting is blank (a whole number from 0 to 6)"],
    ["B5", "scale: the setting is blank (a number > 0)"],
  ])("a cleared setting %s is an error naming it", (address, message) => {
    clear(host, address);
    for (const row of results(host)) expect(row).toEqual([{ error: "#VALUE!", message }, "", ""]);
  });

  test("a cleared From is allowed for the first band only", () => {
    type(host, "L11", 0); // the first band from 0 reads as it did open: no total is below 0
    expect(results(host)).toEqual(before);
    clear(host, "L11");
    expect(results(host)).toEqual(before);
    clear(host, "L12");
    const message = "invalid bands: bands: row 2: from is blank (only the first band may start open)";
    expect(results(host)[0].slice(1)).toEqual([
      { error: "#VALUE!", message },
      { error: "#VALUE!", message },
    ]);
    expect(check(host)).toContain("bands: row 2: from is blank");
  });

  test("a cleared band Points is an error", () => {
    clear(host, "M11");
    expect(results(host)[0][1]).toEqual({ error: "#VALUE!", message: "invalid bands: bands: row 1: points is blank" });
    expect(check(host)).toContain("bands: row 1: points is blank");
  });

  describe("a criterion added in the grid, without syncing columns", () => {
    beforeEach(() => {
      // Typed right under the criteria table (row 18), which grows to take it in.
      type(host, "A18", "CALL");
      type(host, "E18", 10);
      type(host, "F18", 10);
      expect(host.model.table(CRITERIA).box.rows).toBe(9);
    });

    test("with no score column: every row shows an error naming it, never a number", () => {
      for (const row of results(host)) {
        expect(row).toEqual([{ error: "#N/A", message: "CALL has no score column" }, "", ""]);
      }
    });

    test("with a column inserted in the score block by hand: its blanks are counted at once", () => {
      insertTableColumn(host, EVALUATIONS, 11, "CALL"); // before BONUS, inside [PREP]:[BONUS]
      expect(results(host)).toEqual([
        ["1 of 8 not scored", "", ""],
        ["1 of 8 not scored", "", ""],
        ["6 of 8 not scored", "", ""],
      ]);
      typeInto(host, SHEET, 3, 11, "10");
      expect(isNumber(results(host)[0][0])).toBe(true);
    });
  });
});
