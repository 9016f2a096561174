import { exampleRubric } from "../../src/rubric/example";
import { criteriaHeaderText } from "../../src/rubric/vocabulary";
import { createRubric } from "../../src/workbook/create";
import { readRubric } from "../../src/workbook/read-rubric";
import { createSimulatedHost } from "../host";
import { grid, headers, journalFrom, syncsOf, typeInto, valueAt } from "../support/host-helpers";
import { sampleRows } from "./sample";

// The 1,000-row cases make the simulated host calculate every row's formulas.
jest.setTimeout(60_000);

const RUBRIC_SHEET = "proactive-visit rubric";
const EVALUATIONS_SHEET = "proactive-visit evaluations";

describe("createRubric", () => {
  it("writes the rubric sheet: settings, criteria and bands tables, live checks (en)", async () => {
    const host = createSimulatedHost();
    const created = await host.run((context) => createRubric(context, exampleRubric("en"), { language: "en" }));
    expect(created).toEqual({
      rubricSheet: RUBRIC_SHEET,
      evaluationsSheet: EVALUATIONS_SHEET,
      tables: {
        criteria: "Criteria_proactive_visit",
        bands: "Bands_proactive_visit",
        evaluations: "Evaluations_proactive_visit",
      },
    });
    const sheet = host.model.sheet(RUBRIC_SHEET);
    expect(grid(host, RUBRIC_SHEET, "A1:B7")).toEqual([
      ["Rubric ID", "proactive-visit"],
      ["Title", "Proactive follow-up visit"],
      ["Version", 1],
      ["Status", "draft"],
      ["Scale", 100],
      ["Decimals", 1],
      ["Description", ""],
    ]);
    expect(headers(host, "Criteria_proactive_visit")).toEqual([
      "ID",
      "Criterion",
      "Description",
      "Kind",
      "Weight",
      "Max",
      "Allow NA",
      "Levels",
      "Section",
      "Share",
    ]);
    expect(grid(host, RUBRIC_SHEET, "A11:I11")).toEqual([
      [
        "PREP",
        "Visit form prepared before the visit",
        "",
        "score",
        15,
        10,
        "no",
        "0 = Not done; 4 = Done superficially; 7 = Done well; 10 = Excellent, with evidence",
        "",
      ],
    ]);
    expect(grid(host, RUBRIC_SHEET, "A17:G17")[0]).toEqual([
      "BONUS",
      "Insight passed on to product development",
      "",
      "bonus",
      10,
      1,
      "no",
    ]);
    expect(headers(host, "Bands_proactive_visit")).toEqual(["From", "Points", "Label"]);
    expect(grid(host, RUBRIC_SHEET, "L11:N12")).toEqual([
      ["", 0, "Below 60"],
      [60, 1, ""],
    ]);
    // Tables reach the function through the blank guard: blank cells as "" on desktop as on the web.
    expect(sheet.cell(0, 4)?.formula).toBe(
      '=RUBRIC.CHECK(IF(ISBLANK(Criteria_proactive_visit[[#Headers],[#Data]]),"",Criteria_proactive_visit[[#Headers],[#Data]]),' +
        'IF(ISBLANK(Bands_proactive_visit[[#Headers],[#Data]]),"",Bands_proactive_visit[[#Headers],[#Data]]))',
    );
    expect(sheet.cell(1, 4)?.formula).toBe(
      '=SUMIFS(Criteria_proactive_visit[Weight],Criteria_proactive_visit[Kind],"score")' +
        '+SUMIFS(Criteria_proactive_visit[Weight],Criteria_proactive_visit[Kind],"得分")' +
        '+SUMIFS(Criteria_proactive_visit[Weight],Criteria_proactive_visit[Kind],"评分")' +
        '+SUMIFS(Criteria_proactive_visit[Weight],Criteria_proactive_visit[Kind],"")',
    );
    // The live checks compute: the rubric is consistent and its score weights add up to 100.
    expect(grid(host, RUBRIC_SHEET, "E1:E2")).toEqual([["OK"], [100]]);
    // Share: every criteria row carries the same formula, dividing by the weight total cell.
    for (let r = 10; r <= 16; r++) {
      expect(sheet.cell(r, 9)?.formula).toMatch(
        /^=IF\(OR\(Criteria_proactive_visit\[@Kind\]="score",.*Criteria_proactive_visit\[@Weight\]\/'proactive-visit rubric'!\$E\$2/,
      );
    }
    expect(valueAt(host, RUBRIC_SHEET, "J11")).toBeCloseTo(0.15, 10);
  });

  it("writes the evaluations sheet: labels above ids, formulas, validation, formats, frozen header (en)", async () => {
    const host = createSimulatedHost();
    await host.run((context) => createRubric(context, exampleRubric("en"), { language: "en" }));
    const sheet = host.model.sheet(EVALUATIONS_SHEET);
    const evaluations = host.model.table("Evaluations_proactive_visit");
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
      "Comment",
      "Rubric version",
      "Total",
      "Points",
      "Band",
      "Key",
    ]);
    expect(grid(host, EVALUATIONS_SHEET, "F2:G2")).toEqual([
      ["Visit form prepared before the visit", "Pre-visit email to the customer"],
    ]);
    expect(grid(host, EVALUATIONS_SHEET, "A2:E2")).toEqual([["", "", "", "", ""]]);
    expect(sheet.frozenRows).toBe(3);
    // One empty data row with the formulas.
    expect(evaluations.box.rows).toBe(2);
    // One call, no list of criteria: RUBRIC.TOTAL counts blanks over the criteria table it is given.
    const guarded = (reference: string) => `IF(ISBLANK(${reference}),"",${reference})`;
    expect(sheet.cell(3, 14)?.formula).toBe(
      `=RUBRIC.TOTAL(${guarded("Evaluations_proactive_visit[@[PREP]:[BONUS]]")},` +
        "Evaluations_proactive_visit[[#Headers],[PREP]:[BONUS]]," +
        `${guarded("Criteria_proactive_visit[[#Headers],[#Data]]")},` +
        `${guarded("'proactive-visit rubric'!$B$6")},${guarded("'proactive-visit rubric'!$B$5")})`,
    );
    expect(sheet.cell(3, 15)?.formula).toBe(
      `=IF(ISNUMBER(Evaluations_proactive_visit[@Total]),RUBRIC.POINTS(Evaluations_proactive_visit[@Total],${guarded("Bands_proactive_visit[[#Headers],[#Data]]")}),"")`,
    );
    expect(sheet.cell(3, 16)?.formula).toBe(
      `=IF(ISNUMBER(Evaluations_proactive_visit[@Total]),RUBRIC.BAND(Evaluations_proactive_visit[@Total],${guarded("Bands_proactive_visit[[#Headers],[#Data]]")}),"")`,
    );
    // The empty row shows nothing in its formula columns.
    expect(grid(host, EVALUATIONS_SHEET, "O4:Q4")).toEqual([["", "", ""]]);
    expect(sheet.cell(3, 0)?.numberFormat).toBe("yyyy-mm-dd");
    expect(sheet.cell(3, 14)?.numberFormat).toBe("0.0");
    // Validation: level lists; NA only where allowed.
    expect(sheet.validationAt(3, 5)?.rule).toEqual({ list: { inCellDropDown: true, source: "0,4,7,10" } });
    expect(sheet.validationAt(3, 8)?.rule).toEqual({ list: { inCellDropDown: true, source: "0,4,7,10,NA" } });
    expect(sheet.validationAt(3, 11)?.rule).toEqual({ list: { inCellDropDown: true, source: "0,1" } });
    expect(sheet.validationAt(3, 0)).toBeUndefined();
  });

  it("uses decimal and custom validation where a criterion has no levels", async () => {
    const host = createSimulatedHost();
    const rubric = exampleRubric("en");
    rubric.criteria = rubric.criteria.map((c) => {
      const withoutLevels = { ...c };
      delete withoutLevels.levels;
      return withoutLevels;
    });
    await host.run((context) => createRubric(context, rubric, { language: "en" }));
    const sheet = host.model.sheet(EVALUATIONS_SHEET);
    expect(sheet.validationAt(3, 5)?.rule).toEqual({ decimal: { formula1: 0, formula2: 10, operator: "Between" } });
    expect((sheet.validationAt(3, 8)?.rule as { custom: { formula: string } }).custom.formula).toBe(
      '=OR(AND(ISNUMBER(I4),I4>=0,I4<=10),UPPER(TRIM(I4))="NA",UPPER(TRIM(I4))="N/A")',
    );
  });

  it("writes Chinese sheet names, headers, kinds and formulas (zh)", async () => {
    const host = createSimulatedHost();
    await host.run((context) => createRubric(context, exampleRubric("zh"), { language: "zh" }));
    // A new workbook's own sheet stays; the rubric's two sheets follow it.
    expect(host.model.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "proactive-visit 评分标准",
      "proactive-visit 评价记录",
    ]);
    expect(headers(host, "Criteria_proactive_visit")).toEqual([...Object.values(criteriaHeaderText("zh")), "占比"]);
    expect(grid(host, "proactive-visit 评分标准", "D11:G11")).toEqual([["得分", 15, 10, "否"]]);
    expect(grid(host, "proactive-visit 评分标准", "D14:G14")).toEqual([["得分", 25, 10, "是"]]);
    expect(headers(host, "Bands_proactive_visit")).toEqual(["起始分", "积分", "标签"]);
    expect(headers(host, "Evaluations_proactive_visit")).toEqual([
      "日期",
      "流程",
      "人员",
      "团队",
      "评审人",
      "PREP",
      "MAIL1",
      "OAUSE",
      "PROC",
      "SUMM",
      "MAIL2",
      "BONUS",
      "备注",
      "标准版本",
      "总分",
      "积分",
      "档次",
      "记录编号",
    ]);
    const sheet = host.model.sheet("proactive-visit 评价记录");
    expect(grid(host, sheet.name, "F2")).toEqual([["回访前流程表单准备"]]);
    // The "k of n not scored" text comes from RUBRIC.TOTAL, in the criteria table's language: not in the formula.
    expect(sheet.cell(3, 14)?.formula).toMatch(/^=RUBRIC\.TOTAL\(/);
    expect(sheet.cell(3, 14)?.formula).toContain("'proactive-visit 评分标准'!$B$6");
    expect(sheet.cell(3, 15)?.formula).toContain(
      "RUBRIC.POINTS(Evaluations_proactive_visit[@总分],IF(ISBLANK(Bands_proactive_visit[[#Headers],[#Data]])",
    );
    // The Chinese kinds count in the weight total.
    expect(grid(host, "proactive-visit 评分标准", "E1:E2")).toEqual([["OK"], [100]]);
  });

  it("writes sample evaluations with one values write, and as many syncs for 10 rows as for 1,000", async () => {
    const counts: number[] = [];
    for (const n of [10, 1000]) {
      const host = createSimulatedHost();
      const rows = sampleRows(n);
      const from = journalFrom(host);
      await host.run((context) => createRubric(context, exampleRubric("en"), { language: "en", evaluations: rows }));
      counts.push(from.syncs().length);
      // The rows' input cells (Date .. Rubric version) in one values write.
      const rowWrites = from.writes().filter((w) => w.property === "values" && w.address.startsWith("A4"));
      expect(rowWrites).toEqual([
        { property: "values", sheet: EVALUATIONS_SHEET, address: `A4:N${n + 3}`, cells: 14 * n },
      ]);
      const evaluations = host.model.table("Evaluations_proactive_visit");
      expect(evaluations.box.rows).toBe(n + 1);
      const sheet = host.model.sheet(EVALUATIONS_SHEET);
      // 2018-09-03 as a date serial; version stamped; formulas filled down to the last row.
      expect(grid(host, EVALUATIONS_SHEET, "A4:F4")).toEqual([
        [43346, "HF-18090001", "Sun Hui", "Team 3 / 客服三组", "Process manager", 7],
      ]);
      expect(valueAt(host, EVALUATIONS_SHEET, [3, 13])).toBe(1);
      expect(sheet.cell(3 + n - 1, 14)?.formula).toMatch(/^=RUBRIC\.TOTAL\(/);
      expect(typeof valueAt(host, EVALUATIONS_SHEET, [3 + n - 1, 14])).toBe("number");
      expect(sheet.cell(3 + n, 14)).toBeUndefined();
    }
    expect(counts).toEqual([2, 2]);
  });

  it("refuses to overwrite an existing rubric and an invalid rubric", async () => {
    const host = createSimulatedHost();
    await host.run((context) => createRubric(context, exampleRubric("en"), { language: "en" }));
    const from = journalFrom(host);
    await expect(host.run((context) => createRubric(context, exampleRubric("zh"), { language: "zh" }))).rejects.toThrow(
      /already in the workbook: Criteria_proactive_visit, Bands_proactive_visit, Evaluations_proactive_visit/,
    );
    expect(from.writes()).toEqual([]);
    const bad = exampleRubric("en");
    bad.criteria[0].weight = -1;
    const fresh = createSimulatedHost();
    await expect(fresh.run((context) => createRubric(context, bad, { language: "en" }))).rejects.toThrow(
      /PREP: weight is negative/,
    );
    const reserved = exampleRubric("en");
    reserved.criteria[0].id = "Total";
    await expect(fresh.run((context) => createRubric(context, reserved, { language: "en" }))).rejects.toThrow(
      /Total: is the name/,
    );
    expect(fresh.journal.writes).toEqual([]);
    expect(fresh.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("readRubric", () => {
  it.each(["en", "zh"] as const)("gives back the rubric createRubric wrote (%s), in two syncs", async (language) => {
    const host = createSimulatedHost();
    const rubric = { ...exampleRubric(language), description: "Scored per visit", status: "stable" as const };
    rubric.criteria[2] = { ...rubric.criteria[2], description: "OA usage", section: "Visit" };
    await host.run((context) => createRubric(context, rubric, { language }));
    let read: Awaited<ReturnType<typeof readRubric>> | undefined;
    const syncs = await syncsOf(host, async () => {
      read = await host.run((context) => readRubric(context, "proactive-visit"));
    });
    expect(read?.problems).toEqual([]);
    expect(read?.rubric).toEqual(rubric);
    expect(syncs).toBe(2);
  });

  it("places each problem at its cell", async () => {
    const host = createSimulatedHost();
    await host.run((context) => createRubric(context, exampleRubric("en"), { language: "en" }));
    typeInto(host, RUBRIC_SHEET, 11, 4, -5); // MAIL1 weight (E12)
    typeInto(host, RUBRIC_SHEET, 13, 7, "0 = none; 20 = too much"); // PROC levels (H14)
    typeInto(host, RUBRIC_SHEET, 14, 3, "extra"); // SUMM kind (D15)
    typeInto(host, RUBRIC_SHEET, 12, 11, 50); // third band's From (L13), below 60
    typeInto(host, RUBRIC_SHEET, 5, 1, -1); // decimals (B6)
    const read = await host.run((context) => readRubric(context, "proactive-visit"));
    expect(read.rubric).toBeUndefined();
    expect(read.asRead?.criteria[1]).toMatchObject({ id: "MAIL1", weight: -5 });
    expect(read.editable).toBe(false); // SUMM's kind cannot be read
    const at = Object.fromEntries(read.problems.map((p) => [p.message, p.address]));
    expect(at).toEqual({
      "MAIL1: weight is negative": "'proactive-visit rubric'!E12",
      "PROC: levels[1].points 20 is outside 0..10": "'proactive-visit rubric'!H14",
      'SUMM: kind "extra" is not a kind': "'proactive-visit rubric'!D15",
      "bands: row 3: from 50 is not above 60": "'proactive-visit rubric'!L13",
      "decimals must be a whole number from 0 to 6": "'proactive-visit rubric'!B6",
    });
  });

  it("reports a missing rubric", async () => {
    const host = createSimulatedHost();
    const read = await host.run((context) => readRubric(context, "nothing-here"));
    expect(read.rubric).toBeUndefined();
    expect(read.problems[0].message).toBe("no table named Criteria_nothing_here or Bands_nothing_here in the workbook");
  });
});
