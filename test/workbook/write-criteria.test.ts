import { exampleRubric } from "../../src/rubric/example";
import { Rubric } from "../../src/rubric/model";
import { createRubric } from "../../src/workbook/create";
import { readRubric } from "../../src/workbook/read-rubric";
import { writeCriteria } from "../../src/workbook/write-criteria";
import { createSimulatedHost } from "../host";
import { expectedRow } from "../support/expected-row";
import { dataValue, grid, journalFrom, showTotalRow, syncsOf, valueAt } from "../support/host-helpers";
import { publishAndApply } from "../support/versions";
import { sampleRows } from "./sample";

// The 1,000-row cases make the simulated host calculate every row's formulas.
jest.setTimeout(60_000);

const ID = "proactive-visit";
const RUBRIC_SHEET = "proactive-visit rubric";
const SHEET = "proactive-visit evaluations";

async function setUp(rows: number, language: "en" | "zh" = "en") {
  const host = createSimulatedHost();
  const evaluations = sampleRows(rows);
  await host.run((context) => createRubric(context, exampleRubric(language), { language, evaluations }));
  return {
    host,
    from: journalFrom(host),
    criteria: host.model.table("Criteria_proactive_visit"),
    evaluations: host.model.table("Evaluations_proactive_visit"),
    write: (rubric: Pick<Rubric, "criteria">) => host.run((context) => writeCriteria(context, ID, rubric)),
    read: () => host.run((context) => readRubric(context, ID)),
  };
}

describe("writeCriteria", () => {
  it("rewrites the criteria rows in one values write, keeps Share, and reads back the same rubric", async () => {
    const { host, from, criteria, write, read } = await setUp(3);
    const rubric = exampleRubric("en");
    const share = criteria.sheet.cell(10, 9)?.formula;
    const changed = {
      ...rubric,
      criteria: [
        ...rubric.criteria.map((c) => (c.id === "PREP" ? { ...c, weight: 20, allowNA: true } : c)),
        { id: "EXTRA", label: "Extra", kind: "bonus" as const, weight: 2, max: 1, allowNA: false },
      ],
    };
    await write(changed);
    const criteriaWrites = from.writes().filter((w) => w.sheet === criteria.sheet.name && w.property === "values");
    expect(criteriaWrites).toEqual([{ property: "values", sheet: criteria.sheet.name, address: "A11:J18", cells: 80 }]);
    expect(criteria.box.rows).toBe(9);
    expect(criteria.sheet.cell(17, 9)?.formula).toBe(share);
    // Share and the weight total follow the new weights: PREP 20 of 105 score weight.
    expect(valueAt(host, RUBRIC_SHEET, "E2")).toBe(105);
    expect(valueAt(host, RUBRIC_SHEET, "J11")).toBeCloseTo(20 / 105, 10);
    const readBack = await read();
    expect(readBack.problems).toEqual([]);
    expect(readBack.rubric?.criteria).toEqual(changed.criteria);
  });

  it("shrinks the table, clears the rows left below it, and retires the removed criterion's column", async () => {
    const { host, from, criteria, evaluations, write, read } = await setUp(3);
    const rubric = exampleRubric("en");
    const before = grid(host, SHEET, "F4:L6");
    await write({ criteria: rubric.criteria.filter((c) => c.id !== "SUMM") });
    expect(criteria.box.rows).toBe(7);
    expect(grid(host, RUBRIC_SHEET, "A18:J18")[0].every((v) => v === "")).toBe(true);
    expect(criteria.sheet.cell(16, 9)?.formula).toBeUndefined();
    // Evaluation data untouched; SUMM's column stays, marked retired.
    expect(evaluations.headers()).toContain("SUMM");
    expect(grid(host, SHEET, "F4:L6")).toEqual(before);
    const summ = evaluations.headers().indexOf("SUMM");
    expect(String(valueAt(host, SHEET, [1, summ]))).toMatch(/^retired/);
    expect(from.writes().some((w) => w.sheet === SHEET && w.address.startsWith("F4"))).toBe(false);
    expect((await read()).rubric?.criteria.map((c) => c.id)).not.toContain("SUMM");
    // The criteria table is the draft: every row is still scored under version 1, SUMM counted.
    const ids = evaluations.headers().slice(5, 12);
    const scores = grid(host, SHEET, "F4:L6").map((row) => Object.fromEntries(ids.map((id, i) => [id, row[i]])));
    expect(grid(host, SHEET, "O4:Q6")).toEqual(scores.map((values) => expectedRow(rubric, values as never)));
    // Published and applied, totals no longer count SUMM: they equal the engine's for the rubric without it.
    await publishAndApply(host);
    const without = { ...rubric, criteria: rubric.criteria.filter((c) => c.id !== "SUMM") };
    expect(grid(host, SHEET, "O4:Q6")).toEqual(scores.map((values) => expectedRow(without, values as never)));
    expect(grid(host, SHEET, "O4:Q6")).not.toEqual(scores.map((values) => expectedRow(rubric, values as never)));
  });

  it("grows and shrinks the criteria under a Total Row the user turned on, which stays the last row", async () => {
    const { host, criteria, evaluations, write, read } = await setUp(2);
    // Total, Points and Band by header: the added EXTRA column moves them right.
    const results = () => [0, 1].map((r) => ["Total", "Points", "Band"].map((h) => dataValue(host, evaluations, r, h)));
    const totalsBefore = results();
    showTotalRow(host, "Criteria_proactive_visit");
    const rubric = exampleRubric("en");
    const extra = { id: "EXTRA", label: "Extra", kind: "bonus" as const, weight: 2, max: 1, allowNA: false };
    await write({ criteria: [...rubric.criteria, extra] });
    expect(criteria.box.rows).toBe(1 + 8 + 1);
    expect(valueAt(host, RUBRIC_SHEET, "A19")).toBe("Total");
    expect((await read()).rubric?.criteria).toEqual([...rubric.criteria, extra]);

    await write({ criteria: rubric.criteria.slice(0, 5) });
    expect(criteria.box.rows).toBe(1 + 5 + 1);
    expect(valueAt(host, RUBRIC_SHEET, "A16")).toBe("Total");
    expect(
      grid(host, RUBRIC_SHEET, "A17:J19")
        .flat()
        .every((cell) => cell === ""),
    ).toBe(true);
    const read5 = await read();
    expect(read5.problems).toEqual([]);
    expect(read5.rubric?.criteria).toEqual(rubric.criteria.slice(0, 5));
    expect(evaluations.headers()).toContain("EXTRA");
    expect(results()).toEqual(totalsBefore); // the draft changed: no total moves
    // Published and applied: MAIL2, BONUS and EXTRA retired, totals follow.
    await publishAndApply(host);
    const five = { ...rubric, criteria: rubric.criteria.slice(0, 5) };
    const ids = rubric.criteria.map((c) => c.id);
    const scores = [0, 1].map((r) => Object.fromEntries(ids.map((id) => [id, dataValue(host, evaluations, r, id)])));
    expect(results()).toEqual(scores.map((values) => expectedRow(five, values as never)));
    expect(results()).not.toEqual(totalsBefore);
  });

  it("reorders criteria without moving or touching a score, and totals follow by id", async () => {
    const { host, from, evaluations, write, read } = await setUp(3);
    const rubric = exampleRubric("en");
    const before = grid(host, SHEET, "A4:L6");
    const totals = grid(host, SHEET, "O4:Q6");
    const headers = evaluations.headers();
    await write({ criteria: [...rubric.criteria].reverse() });
    expect(evaluations.headers()).toEqual(headers);
    expect(grid(host, SHEET, "A4:L6")).toEqual(before);
    expect(grid(host, SHEET, "O4:Q6")).toEqual(totals);
    // Only the label row above the table is rewritten; no data row is written.
    const valueWrites = from.writes().filter((w) => w.sheet === SHEET && w.property === "values");
    expect(valueWrites.map((w) => w.address)).toEqual(["A2:R2"]);
    expect((await read()).rubric?.criteria.map((c) => c.id)).toEqual([...rubric.criteria].reverse().map((c) => c.id));
    // Published and applied, the reordered version scores every row as before: by id, not by position.
    expect(await publishAndApply(host)).toBe(2);
    expect(grid(host, SHEET, "N4:N6")).toEqual([[2], [2], [2]]);
    expect(grid(host, SHEET, "O4:Q6")).toEqual(totals);
  });

  it("renaming an id keeps the old column and its scores (retired) and adds an empty one", async () => {
    const { host, evaluations, write } = await setUp(3);
    const rubric = exampleRubric("en");
    const before = grid(host, SHEET, "A4:L6");
    await write({ criteria: rubric.criteria.map((c) => (c.id === "MAIL2" ? { ...c, id: "FOLLOWUP" } : c)) });
    expect(evaluations.headers()).toEqual(expect.arrayContaining(["MAIL2", "FOLLOWUP"]));
    expect(grid(host, SHEET, "A4:L6")).toEqual(before);
    const mail2 = evaluations.headers().indexOf("MAIL2");
    expect(String(valueAt(host, SHEET, [1, mail2]))).toMatch(/^retired/);
  });

  it("writes kinds and yes/no in the workbook's language", async () => {
    const { host, write } = await setUp(0, "zh");
    const rubric = exampleRubric("zh");
    await write({
      criteria: rubric.criteria.map((c) => (c.id === "PREP" ? { ...c, kind: "penalty", allowNA: true } : c)),
    });
    expect(grid(host, "proactive-visit 评分标准", "D11:G11")[0]).toEqual(["扣分", 15, 10, "是"]);
  });

  it("uses four syncs for 10 and 1,000 evaluation rows", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { host, write } = await setUp(n);
      counts.push(await syncsOf(host, () => write(exampleRubric("en"))));
    }
    expect(counts).toEqual([4, 4]);
  });
});
