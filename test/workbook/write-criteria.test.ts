import { exampleRubric } from "../../src/rubric/example";
import { createRubric } from "../../src/workbook/create";
import { readRubric } from "../../src/workbook/read-rubric";
import { writeCriteria } from "../../src/workbook/write-criteria";
import { fakeContext, FakeWorkbook } from "../support/excel-fake";
import { sampleEvaluations } from "./sample";

const ID = "proactive-visit";
const table = (wb: FakeWorkbook, name: string) => wb.allTables().find((t) => t.name === name)!;

async function setUp(rows: number, language: "en" | "zh" = "en") {
  const { context, fake } = fakeContext();
  const evaluations = [];
  while (evaluations.length < rows) evaluations.push(...sampleEvaluations().slice(0, rows - evaluations.length));
  await createRubric(context, exampleRubric(language), { language, evaluations });
  fake.writes = [];
  return {
    context,
    fake,
    criteria: table(fake.workbook, "Criteria_proactive_visit"),
    evaluations: table(fake.workbook, "Evaluations_proactive_visit"),
  };
}

describe("writeCriteria", () => {
  it("rewrites the criteria rows in one values write, keeps Share, and reads back the same rubric", async () => {
    const { context, fake, criteria } = await setUp(3);
    const rubric = exampleRubric("en");
    const share = criteria.worksheet.cell(10, 9)?.formula;
    const changed = {
      ...rubric,
      criteria: [
        ...rubric.criteria.map((c) => (c.id === "PREP" ? { ...c, weight: 20, allowNA: true } : c)),
        { id: "EXTRA", label: "Extra", kind: "bonus" as const, weight: 2, max: 1, allowNA: false },
      ],
    };
    await writeCriteria(context, ID, changed);
    const criteriaWrites = fake.writes.filter((w) => w.sheet === criteria.worksheet.name && w.property === "values");
    expect(criteriaWrites).toEqual([
      { property: "values", sheet: criteria.worksheet.name, address: "A11:J18", cells: 80 },
    ]);
    expect(criteria.box.rows).toBe(9);
    expect(criteria.worksheet.cell(17, 9)?.formula).toBe(share);
    const read = await readRubric(context, ID);
    expect(read.problems).toEqual([]);
    expect(read.rubric?.criteria).toEqual(changed.criteria);
  });

  it("shrinks the table, clears the rows left below it, and retires the removed criterion's column", async () => {
    const { context, fake, criteria, evaluations } = await setUp(3);
    const rubric = exampleRubric("en");
    const before = evaluations.worksheet.grid("F4:L6");
    await writeCriteria(context, ID, { criteria: rubric.criteria.filter((c) => c.id !== "SUMM") });
    expect(criteria.box.rows).toBe(7);
    expect(criteria.worksheet.grid("A18:J18")[0].every((v) => v === "")).toBe(true);
    expect(criteria.worksheet.cell(16, 9)?.formula).toBeUndefined();
    // Evaluation data untouched; SUMM's column stays, marked retired.
    expect(evaluations.headers()).toContain("SUMM");
    expect(evaluations.worksheet.grid("F4:L6")).toEqual(before);
    const summ = evaluations.headers().indexOf("SUMM");
    expect(String(evaluations.worksheet.value(1, summ))).toMatch(/^retired/);
    expect(fake.writes.some((w) => w.sheet === evaluations.worksheet.name && w.address.startsWith("F4"))).toBe(false);
    expect((await readRubric(context, ID)).rubric?.criteria.map((c) => c.id)).not.toContain("SUMM");
  });

  it("reorders criteria without moving or touching a score, and totals follow by id", async () => {
    const { context, fake, evaluations } = await setUp(3);
    const rubric = exampleRubric("en");
    const before = evaluations.worksheet.grid("A4:L6");
    const headers = evaluations.headers();
    await writeCriteria(context, ID, { criteria: [...rubric.criteria].reverse() });
    expect(evaluations.headers()).toEqual(headers);
    expect(evaluations.worksheet.grid("A4:L6")).toEqual(before);
    // Only the label row above the table is rewritten; no data row is written.
    const valueWrites = fake.writes.filter((w) => w.sheet === evaluations.worksheet.name && w.property === "values");
    expect(valueWrites.map((w) => w.address)).toEqual(["A2:Q2"]);
    expect((await readRubric(context, ID)).rubric?.criteria.map((c) => c.id)).toEqual(
      [...rubric.criteria].reverse().map((c) => c.id),
    );
  });

  it("renaming an id keeps the old column and its scores (retired) and adds an empty one", async () => {
    const { context, evaluations } = await setUp(3);
    const rubric = exampleRubric("en");
    const before = evaluations.worksheet.grid("A4:L6");
    await writeCriteria(context, ID, {
      criteria: rubric.criteria.map((c) => (c.id === "MAIL2" ? { ...c, id: "FOLLOWUP" } : c)),
    });
    expect(evaluations.headers()).toEqual(expect.arrayContaining(["MAIL2", "FOLLOWUP"]));
    expect(evaluations.worksheet.grid("A4:L6")).toEqual(before);
    const mail2 = evaluations.headers().indexOf("MAIL2");
    expect(String(evaluations.worksheet.value(1, mail2))).toMatch(/^retired/);
  });

  it("writes kinds and yes/no in the workbook's language", async () => {
    const { context, criteria } = await setUp(0, "zh");
    const rubric = exampleRubric("zh");
    await writeCriteria(context, ID, {
      criteria: rubric.criteria.map((c) => (c.id === "PREP" ? { ...c, kind: "penalty", allowNA: true } : c)),
    });
    expect(criteria.worksheet.grid("D11:G11")[0]).toEqual(["扣分", 15, 10, "是"]);
  });

  it("uses four syncs for 10 and 1,000 evaluation rows", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { context } = await setUp(n);
      const sync = jest.spyOn(context, "sync");
      await writeCriteria(context, ID, exampleRubric("en"));
      counts.push(sync.mock.calls.length);
    }
    expect(counts).toEqual([4, 4]);
  });
});
