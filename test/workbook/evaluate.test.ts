// Integration: the formulas the workbook layer writes, computed by the simulated Excel host (test/host: HyperFormula
// with the add-in's own RUBRIC.* functions) — not copies of them — give the engine's totals and points.
import { band as rubricBand } from "../../src/functions/functions";
import { exampleRubric } from "../../src/rubric/example";
import { Language } from "../../src/rubric/language";
import { Rubric } from "../../src/rubric/model";
import { EvaluationInput } from "../../src/workbook/cells";
import { syncColumns } from "../../src/workbook/columns";
import { createRubric } from "../../src/workbook/create";
import { appendEvaluationRow } from "../../src/workbook/rows";
import { ComputedValue, SimulatedHost, createSimulatedHost } from "../host";
import { EmptyCells } from "../host/calc/rubric-plugin";
import { TableLayout, TranslationError, translateFormula } from "../host/calc/translate";
import { TableModel } from "../host/model/table";
import { expectedRow } from "../support/expected-row";
import { dataValue, deleteTableRow, typeInto, valueAt } from "../support/host-helpers";
import { applyVersionToAll, publishAndApply, publishDraftVersion } from "../support/versions";
import { workedBandCells, workedBands, workedCriteria, workedScores } from "../support/worked-example";
import { sampleEvaluations } from "./sample";

const workedRubric: Rubric = {
  id: "worked",
  title: "Worked example",
  version: 1,
  status: "draft",
  settings: { scale: 100, decimals: 1 },
  criteria: workedCriteria,
  bands: workedBands,
};

const MODES: EmptyCells[] = ["null", "zero"];

describe("evaluating what createRubric wrote: the worked example", () => {
  it.each(MODES)("88.0 -> 2 points; the checks say OK and 100 (empty cells as %s)", async (emptyCells) => {
    const host = createSimulatedHost({ emptyCells });
    const created = await host.run((context) => createRubric(context, workedRubric, { language: "en" }));
    const ids = workedCriteria.map((c) => c.id);
    const row = await host.run((context) =>
      appendEvaluationRow(context, "worked", {
        date: "2024-05-06",
        person: "Reviewer test",
        values: Object.fromEntries(ids.map((id, i) => [id, workedScores[i]])),
      }),
    );
    expect(row).toBe(0);

    const evaluations = host.model.table(created.tables.evaluations);
    const at = (header: string) => dataValue(host, evaluations, 0, header);
    expect(at("Total")).toBe(88);
    expect(at("Points")).toBe(2);
    expect(at("Band")).toBe(rubricBand(88, workedBandCells));
    expect(at("Band")).toBe("85–101");
    expect(valueAt(host, created.rubricSheet, "E1")).toBe("OK");
    expect(valueAt(host, created.rubricSheet, "E2")).toBe(100);
    // The Share column: each score criterion's share of the score weights.
    const criteria = host.model.table(created.tables.criteria);
    expect(dataValue(host, criteria, 0, "Share")).toBeCloseTo(0.3, 10);
    expect(dataValue(host, criteria, 5, "Share")).toBe("");
  });

  it("appended rows get working formulas too, and a bad score shows the function's error with its message", async () => {
    const host = createSimulatedHost();
    await host.run((context) => createRubric(context, workedRubric, { language: "en" }));
    const ids = workedCriteria.map((c) => c.id);
    const values = (scores: unknown[]) =>
      Object.fromEntries(ids.map((id, i) => [id, scores[i]])) as EvaluationInput["values"];
    const append = (scores: unknown[]) =>
      host.run((context) => appendEvaluationRow(context, "worked", { values: values(scores) }));
    await append(workedScores);
    await append([10, 10, 10, 10, 10, 1]);
    await append([11, 10, 10, 10, 10, 1]);
    const evaluations = host.model.table("Evaluations_worked");
    const at = (row: number, header: string) => dataValue(host, evaluations, row, header);
    expect([at(0, "Total"), at(0, "Points")]).toEqual([88, 2]);
    expect([at(1, "Total"), at(1, "Points"), at(1, "Band")]).toEqual([110, 3, "≥ 110"]);
    expect(at(2, "Total")).toEqual({ error: "#VALUE!", message: "Q1: 11 is outside 0..10" });
    expect([at(2, "Points"), at(2, "Band")]).toEqual(["", ""]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The built-in example with the sample evaluations, compared row by row with the engine.

/** What the Total, Points and Band cells should show for an evaluation, from the engine (src/rubric). */
function engineRow(rubric: Rubric, input: EvaluationInput, language: Language): ComputedValue[] {
  return expectedRow(rubric, input.values, language);
}

const HEADERS: Record<Language, [string, string, string]> = {
  en: ["Total", "Points", "Band"],
  zh: ["总分", "积分", "档次"],
};

/** The Total, Points and Band cells of every data row, as the host computes them. */
function sheetRows(host: SimulatedHost, t: TableModel, language: Language): ComputedValue[][] {
  return Array.from({ length: t.box.rows - 1 }, (_, r) => HEADERS[language].map((h) => dataValue(host, t, r, h)));
}

/** The first sample evaluations, an empty row, a partly scored row, and a row without PROC. */
function evaluationsUnderTest(): EvaluationInput[] {
  const sample = sampleEvaluations().slice(0, 12);
  return [
    ...sample,
    { values: {} },
    { person: "Half done", values: { PREP: 7, MAIL1: 4, OAUSE: "" } },
    { person: "No PROC", values: { ...sample[0].values, PROC: "" } },
  ];
}

async function exampleWorkbook(language: Language, emptyCells: EmptyCells = "null") {
  const host = createSimulatedHost({ emptyCells });
  const evaluations = evaluationsUnderTest();
  const created = await host.run((context) =>
    createRubric(context, exampleRubric(language), { language, evaluations }),
  );
  return {
    host,
    created,
    evaluations,
    criteria: host.model.table(created.tables.criteria),
    table: host.model.table(created.tables.evaluations),
  };
}

describe.each(["en", "zh"] as const)("evaluating the built-in example (%s)", (language) => {
  it.each(MODES)("every Total, Points and Band equals the engine's (empty cells as %s)", async (emptyCells) => {
    const w = await exampleWorkbook(language, emptyCells);
    const rubric = exampleRubric(language);
    const expected = w.evaluations.map((e) => engineRow(rubric, e, language));
    expect(sheetRows(w.host, w.table, language)).toEqual(expected);
    // The cases the rows stand for, spelled out.
    expect(expected[12]).toEqual(["", "", ""]);
    expect(expected[13][0]).toBe(language === "zh" ? "7项中5项未评分" : "5 of 7 not scored");
    expect(expected[14][0]).toBe(language === "zh" ? "7项中1项未评分" : "1 of 7 not scored");
    expect(expected.slice(0, 12).every(([total]) => typeof total === "number")).toBe(true);
    // RUBRIC.CHECK speaks the criteria table's language.
    expect(valueAt(w.host, w.created.rubricSheet, "E1")).toBe(language === "zh" ? "通过" : "OK");
    expect(valueAt(w.host, w.created.rubricSheet, "E2")).toBe(100);
  });

  it("needs its blank guard on desktop: unguarded, RUBRIC.TOTAL of a partly scored row is a number there", async () => {
    const w = await exampleWorkbook(language, "null");
    // A bare RUBRIC.TOTAL next to the table, on the partly scored row (index 13), as a check of the simulation.
    const row = w.table.box.row + 1 + 13;
    const column = w.table.box.column + w.table.box.columns + 1;
    const sheet = w.table.sheet.name;
    typeInto(
      w.host,
      sheet,
      row,
      column,
      "=RUBRIC.TOTAL(Evaluations_proactive_visit[@[PREP]:[BONUS]]," +
        "Evaluations_proactive_visit[[#Headers],[PREP]:[BONUS]],Criteria_proactive_visit[#All])",
    );
    // The same workbook opened in desktop Excel, where empty cells reach the function as 0.
    const desktop = createSimulatedHost({ state: w.host.save(), emptyCells: "zero" });
    expect(valueAt(w.host, sheet, [row, column])).toBe(language === "zh" ? "7项中5项未评分" : "5 of 7 not scored");
    expect(typeof valueAt(desktop, sheet, [row, column])).toBe("number");
    // The Total column's own formula shows the same text in both.
    const total = HEADERS[language][0];
    const desktopTable = desktop.model.table(w.table.name);
    expect(dataValue(desktop, desktopTable, 13, total)).toBe(dataValue(w.host, w.table, 13, total));
    expect(dataValue(w.host, w.table, 13, total)).toBe(language === "zh" ? "7项中5项未评分" : "5 of 7 not scored");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Changing the rubric in the sheet.

describe("after the rubric changes in the sheet", () => {
  /** Every row's Rubric version. */
  const versions = (w: Awaited<ReturnType<typeof exampleWorkbook>>) =>
    Array.from({ length: w.table.box.rows - 1 }, (_, r) => dataValue(w.host, w.table, r, "Rubric version"));

  it.each(MODES)(
    "a weight typed into the criteria table changes no Total; published and applied, every Total is the engine's (empty cells as %s)",
    async (emptyCells) => {
      const w = await exampleWorkbook("en", emptyCells);
      const before = sheetRows(w.host, w.table, "en");
      expect(before).toEqual(w.evaluations.map((e) => engineRow(exampleRubric("en"), e, "en")));
      // PREP's weight 15 -> 40 (E11), as a manager types it: the working draft, not the version rows are under.
      const weight = w.criteria.headers().indexOf("Weight");
      typeInto(w.host, w.criteria.sheet.name, w.criteria.box.row + 1, w.criteria.box.column + weight, "40");
      expect(sheetRows(w.host, w.table, "en")).toEqual(before);
      // The draft's own checks follow at once.
      expect(valueAt(w.host, w.created.rubricSheet, "E2")).toBe(125);
      expect(valueAt(w.host, w.created.rubricSheet, "J11")).toBeCloseTo(40 / 125, 10);

      // Published as version 2: still no total moves; applied to every row, each is the engine's under version 2.
      expect(await publishDraftVersion(w.host)).toBe(2);
      expect(sheetRows(w.host, w.table, "en")).toEqual(before);
      expect(versions(w).every((v) => v === 1)).toBe(true);
      expect(await applyVersionToAll(w.host, 2)).toBe(w.evaluations.length);
      expect(versions(w).every((v) => v === 2)).toBe(true);
      const rubric = exampleRubric("en");
      rubric.criteria[0].weight = 40;
      const after = sheetRows(w.host, w.table, "en");
      expect(after).toEqual(w.evaluations.map((e) => engineRow(rubric, e, "en")));
      const changed = after.filter((row, i) => row[0] !== before[i][0]).length;
      expect(changed).toBeGreaterThanOrEqual(10);
    },
  );

  it.each(MODES)(
    "a removed criterion's column keeps its scores; published and applied, Totals follow the engine (empty cells as %s)",
    async (emptyCells) => {
      const w = await exampleWorkbook("en", emptyCells);
      const before = sheetRows(w.host, w.table, "en");
      const proc = w.table.headers().indexOf("PROC");
      const procScores = () =>
        Array.from({ length: w.table.box.rows - 1 }, (_, r) => dataValue(w.host, w.table, r, "PROC"));
      const scoresBefore = procScores();
      deleteTableRow(w.host, w.criteria.name, 3); // PROC
      const result = await w.host.run((context) => syncColumns(context, "proactive-visit"));
      expect(result.retired).toEqual(["PROC"]);
      expect(w.table.headers()[proc]).toBe("PROC");
      expect(procScores()).toEqual(scoresBefore);
      // Every row is still under version 1, which has PROC.
      expect(sheetRows(w.host, w.table, "en")).toEqual(before);
      expect(before[13][0]).toBe("5 of 7 not scored");

      await publishAndApply(w.host);
      const rubric = exampleRubric("en");
      rubric.criteria = rubric.criteria.filter((c) => c.id !== "PROC");
      const rows = sheetRows(w.host, w.table, "en");
      expect(rows).toEqual(w.evaluations.map((e) => engineRow(rubric, e, "en")));
      // The row without a PROC score is complete now; the partly scored row counts 6 criteria.
      expect(typeof rows[14][0]).toBe("number");
      expect(rows[13][0]).toBe("4 of 6 not scored");
      expect(procScores()).toEqual(scoresBefore);
    },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// The simulation's structured-reference translation itself.

describe("translateFormula (test support)", () => {
  const tables: TableLayout[] = [
    {
      name: "Scores",
      sheet: "My sheet",
      row: 2,
      column: 1,
      rows: 4,
      columns: 4,
      headers: ["ID", "A b", "C#1", "Total"],
    },
    { name: "Other", sheet: "O'Brien", row: 0, column: 0, rows: 3, columns: 2, headers: ["X", "Y"] },
  ];
  const at = { sheet: "My sheet", row: 4, column: 6 };
  const t = (formula: string, cell = at) => translateFormula(formula, cell, tables);

  it("resolves this-row, column, header, data and whole-table references", () => {
    expect(t("=Scores[@ID]")).toBe("='My sheet'!$B5"); // this row: row-relative, shared by every row
    expect(t("=scores[@[A b]]+Scores[@['C'#1]]")).toBe("='My sheet'!$C5+'My sheet'!$D5");
    expect(t("=SUM(Scores[@[ID]:[Total]])")).toBe("=SUM('My sheet'!$B5:$E5)");
    expect(t("=Scores[[#This Row],[Total]]")).toBe("='My sheet'!$E5");
    expect(t("=Scores[[#Headers],[A b]:[Total]]")).toBe("='My sheet'!$C$3:$E$3");
    expect(t("=Scores[#All]")).toBe("='My sheet'!$B$3:$E$6");
    expect(t("=Scores[#Data]")).toBe("='My sheet'!$B$4:$E$6");
    expect(t("=Scores[]")).toBe("='My sheet'!$B$4:$E$6");
    expect(t("=Scores[[#Headers],[#Data],[ID]]")).toBe("='My sheet'!$B$3:$B$6");
    expect(t("=SUM(Scores[Total])")).toBe("=SUM('My sheet'!$E$4:$E$6)");
    expect(t("=Other[[X]:[Y]]")).toBe("='O''Brien'!$A$2:$B$3");
    // Inside the table, without its name.
    expect(t("=[@Total]*2", { sheet: "My sheet", row: 3, column: 4 })).toBe("='My sheet'!$E4*2");
  });

  it("leaves strings, quoted sheet names and functions alone", () => {
    expect(t(`=IF(Scores[@ID]="Scores[@ID]",'My sheet'!$B$6,RUBRIC.TOTAL(1))`)).toBe(
      `=IF('My sheet'!$B5="Scores[@ID]",'My sheet'!$B$6,RUBRIC.TOTAL(1))`,
    );
    expect(t(`="say ""Other[X]"""&Other[@X]`, { sheet: "O'Brien", row: 1, column: 5 })).toBe(
      `="say ""Other[X]"""&'O''Brien'!$A2`,
    );
  });

  it("is #VALUE! for this row outside the table's data, and refuses unknown tables and columns", () => {
    expect(t("=Scores[@ID]", { sheet: "My sheet", row: 2, column: 6 })).toBe("=#VALUE!");
    expect(() => t("=Nothing[@ID]")).toThrow(TranslationError);
    expect(() => t("=Scores[@Missing]")).toThrow(/no column Missing in Scores/);
  });
});
