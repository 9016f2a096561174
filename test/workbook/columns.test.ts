import { exampleRubric } from "../../src/rubric/example";
import { createRubric } from "../../src/workbook/create";
import { syncColumns } from "../../src/workbook/columns";
import { fakeContext, FakeTable, FakeWorkbook } from "../support/excel-fake";
import { sampleEvaluations } from "./sample";

const table = (wb: FakeWorkbook, name: string) => wb.allTables().find((t) => t.name === name)!;

/** A manager deletes a criteria row in Excel: the rows below move up, the table shrinks. */
function deleteRow(t: FakeTable, index: number): void {
  const ws = t.worksheet;
  const first = t.box.row + 1 + index;
  const last = t.box.row + t.box.rows - 1;
  for (let r = first; r <= last; r++) {
    for (let c = t.box.column; c < t.box.column + t.box.columns; c++) {
      const below = r < last ? ws.cell(r + 1, c) : undefined;
      if (below) ws.cells.set(ws.key(r, c), { ...below });
      else ws.cells.delete(ws.key(r, c));
    }
  }
  t.box.rows -= 1;
}

/** A manager types a new criteria row under the table: the table grows. */
function appendRow(t: FakeTable, cells: unknown[]): void {
  const r = t.box.row + t.box.rows;
  cells.forEach((v, c) => t.worksheet.setCell(r, t.box.column + c, { value: v }));
  t.box.rows += 1;
}

async function setUp(rows = 10) {
  const { context, fake } = fakeContext();
  const evaluations = [];
  while (evaluations.length < rows) evaluations.push(...sampleEvaluations().slice(0, rows - evaluations.length));
  await createRubric(context, exampleRubric("en"), { language: "en", evaluations });
  return {
    context,
    fake,
    criteria: table(fake.workbook, "Criteria_proactive_visit"),
    evaluations: table(fake.workbook, "Evaluations_proactive_visit"),
  };
}

describe("syncColumns", () => {
  it("retires a removed criterion's column without deleting it, and adds a new one at the end of the score block", async () => {
    const { context, fake, criteria, evaluations } = await setUp();
    const sheet = fake.workbook.sheets[1];
    const before = sheet.grid("A4:N13");
    deleteRow(criteria, 3); // PROC
    appendRow(criteria, ["CALL", "Phone call after the visit", "", "score", 10, 10, "yes", "", ""]);

    const result = await syncColumns(context, "proactive-visit");

    expect(result).toEqual({
      added: ["CALL"],
      retired: ["PROC"],
      active: ["PREP", "MAIL1", "OAUSE", "SUMM", "MAIL2", "BONUS", "CALL"],
    });
    expect(evaluations.headers()).toEqual([
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
    ]);
    // Every value is where it was (score block) or moved one column right (Comment, version); CALL is empty.
    const after = sheet.grid("A4:O13");
    expect(after.map((row) => row.slice(0, 12))).toEqual(before.map((row) => row.slice(0, 12)));
    expect(after.map((row) => row.slice(13, 15))).toEqual(before.map((row) => row.slice(12, 14)));
    expect(after.map((row) => row[12])).toEqual(Array(10).fill(""));
    // Labels: retired is marked, the new criterion's label is above it.
    expect(sheet.grid("I2:M2")).toEqual([
      [
        "retired: Analysis of the customer's process types (statistics table)",
        "Visit summary in the process form",
        "Post-visit email with recommendations",
        "Insight passed on to product development",
        "Phone call after the visit",
      ],
    ]);
    // The Total formula counts blanks over the active columns only, in every row; the block reaches CALL.
    for (let r = 3; r < 13; r++) {
      const total = sheet.cell(r, 15)?.formula ?? "";
      expect(total).not.toContain("[@PROC]");
      for (const id of result.active) expect(total).toContain(`COUNTBLANK(Evaluations_proactive_visit[@${id}])`);
      expect(total).toContain('&" of 7 not scored"');
      expect(total).toContain("Evaluations_proactive_visit[@[PREP]:[CALL]]");
      expect(sheet.cell(r, 16)?.formula).toContain("RUBRIC.POINTS(Evaluations_proactive_visit[@Total]");
    }
    // The new column has its validation (no levels, NA allowed: custom formula on its first cell).
    expect(sheet.validationAt(3, 12)?.rule.custom.formula).toContain("ISNUMBER(M4)");
  });

  it("makes a retired column active again when its criterion comes back, and leaves formulas alone otherwise", async () => {
    const { context, fake, criteria } = await setUp();
    const sheet = fake.workbook.sheets[1];
    const procRow = [...Array(9).keys()].map((c) => criteria.worksheet.value(criteria.box.row + 4, c));
    deleteRow(criteria, 3);
    await syncColumns(context, "proactive-visit");
    expect(sheet.value(1, 8)).toMatch(/^retired: /);
    appendRow(criteria, procRow);
    const result = await syncColumns(context, "proactive-visit");
    expect(result.added).toEqual([]);
    expect(result.retired).toEqual([]);
    expect(sheet.value(1, 8)).toBe("Analysis of the customer's process types (statistics table)");
    expect(sheet.cell(3, 14)?.formula).toContain("COUNTBLANK(Evaluations_proactive_visit[@PROC])");
    expect(fake.workbook.sheets[1].grid("F4:L4")).toEqual([[7, 7, 4, 4, 7, 7, 0]]);
  });

  it("treats a renamed id as retire + add", async () => {
    const { context, fake, criteria } = await setUp();
    criteria.worksheet.setCell(criteria.box.row + 1, 0, { value: "PREPARE" });
    const result = await syncColumns(context, "proactive-visit");
    expect(result.added).toEqual(["PREPARE"]);
    expect(result.retired).toEqual(["PREP"]);
    expect(fake.workbook.sheets[1].value(3, 5)).toBe(7); // the old PREP score is still there
  });

  it("uses two syncs for 10 rows and for 1,000 rows", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { context, criteria } = await setUp(n);
      deleteRow(criteria, 0);
      const sync = jest.spyOn(context, "sync");
      await syncColumns(context, "proactive-visit");
      counts.push(sync.mock.calls.length);
    }
    expect(counts).toEqual([2, 2]);
  });
});
