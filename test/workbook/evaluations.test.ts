import { exampleRubric } from "../../src/rubric/example";
import { createRubric } from "../../src/workbook/create";
import { REQUEST_BUDGET_BYTES, readEvaluations, rowsPerChunk } from "../../src/workbook/evaluations";
import { syncColumns } from "../../src/workbook/columns";
import { EvaluationInput } from "../../src/workbook/cells";
import { createSimulatedHost } from "../host";
import { expectedRow } from "../support/expected-row";
import { exampleHost, journalFrom, syncsOf, typeInto } from "../support/host-helpers";
import { sampleEvaluations } from "./sample";

// Reading back 1,000 and 10,000 rows makes the simulated host calculate every row's Total, Points and Band.
jest.setTimeout(180_000);

const ID = "proactive-visit";

/** A rubric with `n` score criteria, so tables can be as wide as a test needs. */
function wideRubric(n: number) {
  const rubric = exampleRubric("en");
  rubric.criteria = Array.from({ length: n }, (_, i) => ({
    ...rubric.criteria[0],
    id: `Q${i + 1}`,
    label: `Question ${i + 1}`,
  }));
  return rubric;
}

function rows(n: number, ids: string[]): EvaluationInput[] {
  return Array.from({ length: n }, (_, i) => ({
    date: 43346 + (i % 200),
    process: `HF-${String(i).padStart(8, "0")}`,
    person: ["Sun Hui", "Liu Yang", "Zhang Wei"][i % 3],
    team: "Team 3 / 客服三组",
    reviewer: "Process manager",
    values: Object.fromEntries(ids.map((id, k) => [id, [0, 4, 7, 10][(i + k) % 4]])),
    comment: i % 5 === 0 ? "Spent most of the visit on a technical issue" : "",
  }));
}

describe("readEvaluations", () => {
  it("reads the sample evaluations back as objects, with the Total, Points and Band the sheet calculates", async () => {
    const host = await exampleHost(sampleEvaluations());
    const read = await host.run((context) => readEvaluations(context, ID));
    expect(read.scores).toEqual(["PREP", "MAIL1", "OAUSE", "PROC", "SUMM", "MAIL2", "BONUS"]);
    expect(read.rows).toHaveLength(sampleEvaluations().length);
    const values = { PREP: 7, MAIL1: 4, OAUSE: 4, PROC: 4, SUMM: 7, MAIL2: 4, BONUS: 0 };
    expect(read.rows[1].key).toMatch(/^ev-[0-9a-z]{10}$/);
    expect(new Set(read.rows.map((row) => row.key)).size).toBe(read.rows.length);
    expect(read.rows[1]).toEqual({
      rowIndex: 1,
      key: read.rows[1].key,
      date: "2018-09-04",
      process: "HF-18090002",
      person: "Sun Hui",
      team: "Team 3 / 客服三组",
      reviewer: "Process manager",
      values,
      comment: "Spent most of the visit on a technical issue",
      version: 1,
      total: 49,
      points: 0,
      band: "Below 60",
    });
    expect([read.rows[1].total, read.rows[1].points, read.rows[1].band]).toEqual(
      expectedRow(exampleRubric("en"), values),
    );
    const na = sampleEvaluations().findIndex((e) => e.values.PROC === "NA");
    if (na >= 0) expect(read.rows[na].values.PROC).toBe("NA");
  });

  it("skips the empty starting row and reports retired columns", async () => {
    const host = createSimulatedHost();
    await host.run((context) => createRubric(context, exampleRubric("en"), { language: "en" }));
    expect((await host.run((context) => readEvaluations(context, ID))).rows).toEqual([]);
    const criteria = host.model.table("Criteria_proactive_visit");
    typeInto(host, criteria.sheet.name, criteria.box.row + 7, 0, "EXTRA"); // BONUS renamed
    await host.run((context) => syncColumns(context, ID));
    const read = await host.run((context) => readEvaluations(context, ID));
    expect(read.retired).toEqual(["BONUS"]);
    expect(read.scores).toEqual(["PREP", "MAIL1", "OAUSE", "PROC", "SUMM", "MAIL2", "BONUS", "EXTRA"]);
  });

  it("takes two syncs for 10 rows and for 1,000 rows", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const host = await exampleHost(rows(n, ["PREP"]));
      let read: Awaited<ReturnType<typeof readEvaluations>> | undefined;
      counts.push(
        await syncsOf(host, async () => {
          read = await host.run((context) => readEvaluations(context, ID));
        }),
      );
      expect(read?.rows).toHaveLength(n);
    }
    expect(counts).toEqual([2, 2]);
  });

  it("splits 10,000 rows × 20 columns into requests under the payload limit", async () => {
    const rubric = wideRubric(9); // 5 leading + 9 scores + comment, version, total, points, band, key = 20 columns
    const ids = rubric.criteria.map((c) => c.id);
    const host = createSimulatedHost();
    await host.run((context) => createRubric(context, rubric, { language: "en", evaluations: rows(10_000, ids) }));
    expect(host.model.table("Evaluations_proactive_visit").box.columns).toBe(20);
    const from = journalFrom(host);
    const read = await host.run((context) => readEvaluations(context, ID));
    expect(read.rows).toHaveLength(10_000);
    expect(read.rows.map((r) => r.rowIndex)).toEqual([...Array(10_000).keys()]);
    expect(read.rows[9_999].process).toBe("HF-00009999");
    // The loads carry the calculated Totals, Points and Bands, not blanks.
    expect(read.rows.every((r) => typeof r.total === "number" && typeof r.points === "number")).toBe(true);
    const step = rowsPerChunk(20);
    expect(step).toBe(3_125);
    const chunks = from.syncs().slice(1);
    expect(chunks).toHaveLength(Math.ceil(10_000 / step)); // 4
    for (const s of chunks) {
      expect(s.loadedBytes).toBeGreaterThan(0);
      expect(s.loadedBytes).toBeLessThan(REQUEST_BUDGET_BYTES);
      expect(s.loadedCells).toBeLessThanOrEqual(step * 20);
    }
    expect(chunks.reduce((n, s) => n + s.loadedCells, 0)).toBe(10_000 * 20);
  });

  it("honours chunkRows and never reads more than 5,000,000 cells at once", async () => {
    const host = await exampleHost(rows(25, ["PREP"]));
    const from = journalFrom(host);
    const read = await host.run((context) => readEvaluations(context, ID, { chunkRows: 10 }));
    expect(read.rows).toHaveLength(25);
    expect(from.syncs().map((s) => s.loadedCells)).toEqual([116, 180, 180, 90]); // header, labels and the criteria table, then 10 + 10 + 5 rows of 18;
    expect(rowsPerChunk(2_000, 1_000_000)).toBeLessThanOrEqual(2_500);
    expect(rowsPerChunk(200_000) * 200_000).toBeLessThanOrEqual(5_000_000);
  });
});
