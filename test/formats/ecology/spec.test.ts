import { ecologyPayload } from "../../../src/formats/ecology/payload";
import { ECOLOGY_FIELD_NAME_PATTERN, criterionFieldNames } from "../../../src/formats/ecology/fields";
import type { EcologyFormSpec } from "../../../src/formats/ecology/model";
import { ecologySpecSheet } from "../../../src/formats/ecology/sheet";
import { ecologyFormSpec } from "../../../src/formats/ecology/spec";
import { exampleRubric } from "../../../src/rubric/example";
import { Rubric } from "../../../src/rubric/model";
import { workedBands, workedCriteria } from "../../support/worked-example";

const workedRubric = (): Rubric => ({
  id: "worked",
  title: "Worked example",
  version: 1,
  status: "stable",
  settings: { scale: 100, decimals: 1 },
  criteria: structuredClone(workedCriteria),
  bands: structuredClone(workedBands),
});

const allFields = (spec: EcologyFormSpec) => [...spec.main, ...spec.detail.fields];

describe("ecologyFormSpec", () => {
  const spec = ecologyFormSpec(exampleRubric());

  test("main table: the evaluation, one field per criterion, the computed results, the rubric", () => {
    expect(spec.main.map((f) => f.fieldName)).toEqual([
      "process_name",
      "person_name",
      "team_name",
      "reviewer_name",
      "eval_date",
      "score_prep",
      "score_mail1",
      "score_oause",
      "score_proc",
      "score_summ",
      "score_mail2",
      "score_bonus",
      "total_score",
      "band_points",
      "band_label",
      "total_check",
      "rubric_id",
      "rubric_version",
      "eval_comment",
    ]);
    expect(spec.detail.fields.map((f) => f.fieldName)).toEqual([
      "crit_id",
      "crit_label",
      "crit_kind",
      "crit_weight",
      "crit_max",
      "crit_score",
      "crit_factor",
      "crit_contrib",
    ]);
  });

  test("field names are ASCII, lower case, at most 30 characters and unique per table", () => {
    for (const fields of [spec.main, spec.detail.fields]) {
      const names = fields.map((f) => f.fieldName);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(ECOLOGY_FIELD_NAME_PATTERN);
    }
  });

  test("field types: text, integer, decimal with places, multi-line, select boxes with the levels", () => {
    const by = Object.fromEntries(spec.main.map((f) => [f.fieldName, f]));
    expect(by.person_name).toMatchObject({ label: "Person", fieldHtmlType: 1, type: 1, length: 200, required: true });
    expect(by.total_score).toMatchObject({
      fieldHtmlType: 1,
      type: 3,
      decimals: 1,
      readOnly: true,
      source: "computed",
    });
    expect(by.band_points).toMatchObject({ fieldHtmlType: 1, type: 3, decimals: 1, readOnly: true });
    expect(by.band_label).toMatchObject({ fieldHtmlType: 1, type: 1, readOnly: true });
    expect(by.rubric_version).toMatchObject({ fieldHtmlType: 1, type: 2, readOnly: true });
    expect(by.eval_comment).toMatchObject({ fieldHtmlType: 2, required: false, readOnly: false });
    expect(by.score_prep).toMatchObject({
      label: "Visit form prepared before the visit",
      fieldHtmlType: 5,
      readOnly: true,
      criterion: "PREP",
      options: [
        { value: 0, label: "0 = Not done", stands: 0 },
        { value: 1, label: "4 = Done superficially", stands: 4 },
        { value: 2, label: "7 = Done well", stands: 7 },
        { value: 3, label: "10 = Excellent, with evidence", stands: 10 },
      ],
    });
    expect(by.score_proc.options!.at(-1)).toEqual({ value: 4, label: "NA = Not applicable", stands: "NA" });
    // NA is allowed somewhere, so the detail score is text (it may hold "NA").
    expect(spec.detail.fields.find((f) => f.fieldName === "crit_score")).toMatchObject({ fieldHtmlType: 1, type: 1 });
  });

  test("criteria without levels: decimal, or text where NA is allowed", () => {
    const r = exampleRubric();
    for (const c of r.criteria) delete c.levels;
    const by = Object.fromEntries(ecologyFormSpec(r, { scoreDecimals: 1 }).main.map((f) => [f.fieldName, f]));
    expect(by.score_prep).toMatchObject({ fieldHtmlType: 1, type: 3, decimals: 1 });
    expect(by.score_proc).toMatchObject({ fieldHtmlType: 1, type: 1 });
  });

  test("criterion field names: derived from the id, shortened to 30 characters, kept unique", () => {
    const names = criterionFieldNames([
      { id: "PREP" },
      { id: "A_very_long_criterion_id_number_1" },
      { id: "A_very_long_criterion_id_number_2" },
      { id: "Total" },
    ]);
    expect([...names.values()]).toEqual([
      "score_prep",
      "score_a_very_long_criterion_id",
      "score_a_very_long_criterion_2",
      "score_total",
    ]);
    for (const n of names.values()) expect(n.length).toBeLessThanOrEqual(30);
  });

  test("labels are the rubric's text, in Chinese too", () => {
    const zh = ecologyFormSpec(exampleRubric("zh"), { language: "zh" });
    expect(zh.main.find((f) => f.fieldName === "score_prep")!.label).toBe("回访前流程表单准备");
    expect(zh.main.find((f) => f.fieldName === "total_score")!.label).toBe("总分");
    expect(zh.main.find((f) => f.fieldName === "score_proc")!.options!.at(-1)!.label).toBe("NA = 不适用");
  });

  test("the example rubric does not fit plain sums (NA): no rules, and the notes say why", () => {
    const c = spec.calculation;
    expect(c.fits).toBe(false);
    expect(c.rowRule).toBeUndefined();
    expect(c.columnRule).toBeUndefined();
    expect(c.notes.join("\n")).toMatch(/PROC allow "NA"/);
    expect(c.notes.join("\n")).toMatch(/half away from zero/);
    expect(c.notes.join("\n")).toMatch(/total_score, band_points and band_label always come from the payload/);
  });

  test("the worked example fits: row and column rules to enter", () => {
    const c = ecologyFormSpec(workedRubric()).calculation;
    expect(c.fits).toBe(true);
    expect(c.factor).toBe(1);
    expect(c.rowRule).toBe(
      "detail.crit_contrib = detail.crit_score / detail.crit_max * detail.crit_weight * detail.crit_factor",
    );
    expect(c.columnRule).toBe("main.total_check = SUM(detail.crit_contrib)");
    const spec = ecologyFormSpec(workedRubric());
    expect(spec.detail.fields.find((f) => f.fieldName === "crit_score")).toMatchObject({ type: 3 });
  });

  test("gates, penalties and an inexact factor do not fit", () => {
    const r = workedRubric();
    r.criteria.push({ id: "G1", label: "G1", kind: "gate", weight: 0, max: 1, allowNA: false });
    r.criteria.push({ id: "P1", label: "P1", kind: "penalty", weight: 5, max: 1, allowNA: false });
    r.criteria[0].weight = 40; // Σ = 110: K = 100 / 110 is not a finite decimal
    const c = ecologyFormSpec(r).calculation;
    expect(c.fits).toBe(false);
    const notes = c.notes.join("\n");
    expect(notes).toMatch(/Gate criteria G1/);
    expect(notes).toMatch(/Penalty criteria P1/);
    expect(notes).toMatch(/K = 100 \/ total score weight is not exact/);
  });

  test("the payload writes exactly the specification's fields, in its order", () => {
    for (const rubric of [exampleRubric(), workedRubric()]) {
      const spec = ecologyFormSpec(rubric);
      const values = Object.fromEntries(rubric.criteria.map((c) => [c.id, c.levels ? c.levels.at(-1)!.points : c.max]));
      const result = ecologyPayload(
        rubric,
        [{ date: "2024-01-02", process: "p", person: "x", team: "t", reviewer: "r", values }],
        { workflowId: "1", detailTableDBName: "formtable_main_1_dt1" },
      );
      if (!result.ok) throw new Error(result.problems.join("; "));
      const [p] = result.payloads;
      expect(p.mainData.map((f) => f.fieldName)).toEqual(spec.main.map((f) => f.fieldName));
      for (const record of p.detailData[0].workflowRequestTableRecords) {
        expect(record.workflowRequestTableFields.map((f) => f.fieldName)).toEqual(
          spec.detail.fields.map((f) => f.fieldName),
        );
      }
      expect(allFields(spec).length).toBe(spec.main.length + spec.detail.fields.length);
    }
  });
});

describe("ecologySpecSheet", () => {
  const hostile = "=cmd|' /C calc'!A0";

  test("a header row, then one row per field, then the rules; every row as wide as the header", () => {
    const sheet = ecologySpecSheet(ecologyFormSpec(workedRubric()), "en");
    expect(sheet[0]).toEqual([
      "Table",
      "Field name",
      "Label",
      "fieldhtmltype",
      "Type",
      "Length",
      "Decimals",
      "Options (value: text)",
      "Required",
      "Read-only",
      "Value from",
    ]);
    for (const row of sheet) expect(row).toHaveLength(sheet[0].length);
    expect(sheet[1]).toEqual([
      "Main table",
      "process_name",
      "Process",
      "1 Single-line text",
      "1 Text",
      200,
      "",
      "",
      "Yes",
      "No",
      "Evaluation",
    ]);
    const total = sheet.find((r) => r[1] === "total_score")!;
    expect(total).toEqual([
      "Main table",
      "total_score",
      "Total",
      "1 Single-line text",
      "3 Decimal",
      "",
      1,
      "",
      "Yes",
      "Yes",
      "Add-in (payload)",
    ]);
    expect(sheet.find((r) => r[0] === "Row rule")![1]).toMatch(/^detail\.crit_contrib = /);
    expect(sheet.find((r) => r[0] === "Column rule")![1]).toBe("main.total_check = SUM(detail.crit_contrib)");
  });

  test("select options are listed with their values", () => {
    const sheet = ecologySpecSheet(ecologyFormSpec(exampleRubric()), "en");
    expect(sheet.find((r) => r[1] === "score_proc")![7]).toBe(
      "0: 0 = Not done; 1: 4 = Done superficially; 2: 7 = Done well; 3: 10 = Excellent, with evidence; 4: NA = Not applicable",
    );
  });

  test("Chinese headers", () => {
    const sheet = ecologySpecSheet(ecologyFormSpec(exampleRubric("zh"), { language: "zh" }), "zh");
    expect(sheet[0].slice(0, 4)).toEqual(["表", "数据库字段名", "显示名", "表现形式"]);
    expect(sheet[1].slice(0, 4)).toEqual(["主表", "process_name", "流程", "1 单行文本框"]);
  });

  test.each([hostile, "+1", "-2", "@SUM(A1)"])("text that looks like a formula (%s) is neutralised", (text) => {
    const r = exampleRubric();
    r.criteria[0].label = text;
    r.criteria[0].levels![0].label = text;
    const sheet = ecologySpecSheet(ecologyFormSpec(r), "en");
    const row = sheet.find((cells) => cells[1] === "score_prep")!;
    expect(row[2]).toBe(`'${text}`);
    for (const cells of sheet) {
      for (const cell of cells) if (typeof cell === "string") expect(cell).not.toMatch(/^[=+\-@]/);
    }
  });
});
