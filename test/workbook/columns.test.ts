import { syncColumns } from "../../src/workbook/columns";
import { versionedBandFormula, versionedPointsFormula, versionedTotalFormula } from "../../src/workbook/formulas";
import { versionedFormulaNames } from "../../src/workbook/versions/layout";
import {
  appendTableRow,
  deleteTableRow,
  exampleHost,
  grid,
  headers,
  syncsOf,
  typeInto,
  valueAt,
} from "../support/host-helpers";
import { publishAndApply } from "../support/versions";
import { sampleRows } from "./sample";

// The 1,000-row cases make the simulated host calculate every row's formulas.
jest.setTimeout(60_000);

const CRITERIA = "Criteria_proactive_visit";
const EVALUATIONS = "Evaluations_proactive_visit";
const SHEET = "proactive-visit evaluations";

async function setUp(rows = 10) {
  const evaluations = sampleRows(rows);
  const host = await exampleHost(evaluations);
  return {
    host,
    criteria: host.model.table(CRITERIA),
    sheet: host.model.sheet(SHEET),
    sync: () => host.run((context) => syncColumns(context, "proactive-visit")),
  };
}

describe("syncColumns", () => {
  it("retires a removed criterion's column without deleting it, and adds a new one at the end of the score block", async () => {
    const { host, sheet, sync } = await setUp();
    const before = grid(host, SHEET, "A4:N13");
    const beforeResults = grid(host, SHEET, "O4:Q13"); // Total, Points, Band
    expect(beforeResults.every(([total]) => typeof total === "number")).toBe(true);
    deleteTableRow(host, CRITERIA, 3); // PROC
    appendTableRow(host, CRITERIA, ["CALL", "Phone call after the visit", "", "score", 10, 10, "yes", "", ""]);

    const result = await sync();

    expect(result).toEqual({
      added: ["CALL"],
      retired: ["PROC"],
      active: ["PREP", "MAIL1", "OAUSE", "SUMM", "MAIL2", "BONUS", "CALL"],
    });
    expect(headers(host, EVALUATIONS)).toEqual([
      "Date",
      "Process",
      "Person",
      "Team",
      "Reviewer",
      "PREP",
      "MAIL1",
      "OAUSE",
      "PROC",
      "SUMM",
      "MAIL2",
      "BONUS",
      "CALL",
      "Comment",
      "Rubric version",
      "Total",
      "Points",
      "Band",
      "Key",
    ]);
    // Every value is where it was (score block) or moved one column right (Comment, version); CALL is empty.
    const after = grid(host, SHEET, "A4:O13");
    expect(after.map((row) => row.slice(0, 12))).toEqual(before.map((row) => row.slice(0, 12)));
    expect(after.map((row) => row.slice(13, 15))).toEqual(before.map((row) => row.slice(12, 14)));
    expect(after.map((row) => row[12])).toEqual(Array(10).fill(""));
    // Labels: retired is marked, the new criterion's label is above it.
    expect(grid(host, SHEET, "I2:M2")).toEqual([
      [
        "retired: Analysis of the customer's process types (statistics table)",
        "Visit summary in the process form",
        "Post-visit email with recommendations",
        "Insight passed on to product development",
        "Phone call after the visit",
      ],
    ]);
    // The Total formula's block reaches CALL in every row, the same formula in each: every row scored under its
    // version; a version without CALL ignores its column, one without PROC leaves the retired PROC out.
    const names = versionedFormulaNames("proactive-visit", "en", {
      table: EVALUATIONS,
      versionHeader: "Rubric version",
    });
    const formulas = [
      versionedTotalFormula({ names, first: "PREP", last: "CALL" }),
      versionedPointsFormula(names, "Total"),
      versionedBandFormula(names, "Total"),
    ];
    expect(formulas[0]).toContain("RUBRIC.TOTAL(IF(ISBLANK(Evaluations_proactive_visit[@[PREP]:[CALL]]),");
    for (let r = 3; r < 13; r++) {
      expect([15, 16, 17].map((c) => sheet.cell(r, c)?.formula)).toEqual(formulas);
    }
    // The draft's change moves no total: every row is still under version 1 (with PROC, without CALL).
    expect(grid(host, SHEET, "P4:R13")).toEqual(beforeResults);
    // Published and applied, every row misses its CALL score, and says so.
    expect(await publishAndApply(host)).toBe(2);
    for (let r = 3; r < 13; r++) {
      expect(valueAt(host, SHEET, [r, 14])).toBe(2);
      expect(valueAt(host, SHEET, [r, 15])).toBe("1 of 7 not scored");
    }
    // The new column has its validation (no levels, NA allowed: custom formula on its first cell).
    const rule = sheet.validationAt(3, 12)?.rule as { custom: { formula: string } };
    expect(rule.custom.formula).toContain("ISNUMBER(M4)");
  });

  it("makes a retired column active again when its criterion comes back, and leaves formulas alone otherwise", async () => {
    const { host, criteria, sheet, sync } = await setUp();
    const procRow = grid(host, criteria.sheet.name, "A14:I14")[0]; // PROC, the fourth criterion
    expect(procRow[0]).toBe("PROC");
    const totalBefore = valueAt(host, SHEET, [3, 14]);
    const formulasBefore = [14, 15, 16].map((c) => sheet.cell(3, c)?.formula);
    deleteTableRow(host, CRITERIA, 3);
    await sync();
    expect(valueAt(host, SHEET, [1, 8])).toMatch(/^retired: /);
    expect(valueAt(host, SHEET, [3, 14])).toBe(totalBefore); // a draft change: the row is under version 1
    await publishAndApply(host);
    expect(valueAt(host, SHEET, [3, 14])).not.toBe(totalBefore); // PROC left out under version 2
    appendTableRow(host, CRITERIA, procRow);
    const result = await sync();
    expect(result.added).toEqual([]);
    expect(result.retired).toEqual([]);
    expect(valueAt(host, SHEET, [1, 8])).toBe("Analysis of the customer's process types (statistics table)");
    expect(grid(host, SHEET, "F4:L4")).toEqual([[7, 7, 4, 4, 7, 7, 0]]);
    // No column was added: the formulas are the ones createRubric wrote.
    expect([14, 15, 16].map((c) => sheet.cell(3, c)?.formula)).toEqual(formulasBefore);
    expect(valueAt(host, SHEET, [3, 14])).not.toBe(totalBefore); // still under version 2
    expect(await publishAndApply(host)).toBe(3);
    expect(valueAt(host, SHEET, [3, 14])).toBe(totalBefore); // PROC counts again
  });

  it("treats a renamed id as retire + add", async () => {
    const { host, criteria, sync } = await setUp();
    typeInto(host, criteria.sheet.name, criteria.box.row + 1, 0, "PREPARE");
    const result = await sync();
    expect(result.added).toEqual(["PREPARE"]);
    expect(result.retired).toEqual(["PREP"]);
    expect(valueAt(host, SHEET, [3, 5])).toBe(7); // the old PREP score is still there
  });

  it("uses two syncs for 10 rows and for 1,000 rows", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { host, sync } = await setUp(n);
      deleteTableRow(host, CRITERIA, 0);
      counts.push(await syncsOf(host, sync));
    }
    expect(counts).toEqual([2, 2]);
  });
});
