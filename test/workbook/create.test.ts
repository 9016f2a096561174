import { rubricChecksum } from "../../src/rubric/canonical/document";
import { exampleRubric } from "../../src/rubric/example";
import { criteriaHeaderText } from "../../src/rubric/vocabulary";
import { createRubric } from "../../src/workbook/create";
import { readRubric } from "../../src/workbook/read-rubric";
import { readVersionedRubric } from "../../src/workbook/versions/read";
import { createSimulatedHost } from "../host";
import { grid, headers, journalFrom, syncsOf, typeInto, valueAt } from "../support/host-helpers";
import { sampleRows } from "./sample";

// The 1,000-row cases make the simulated host calculate every row's formulas.
jest.setTimeout(60_000);

const RUBRIC_SHEET = "proactive-visit rubric";
const EVALUATIONS_SHEET = "proactive-visit evaluations";
const VERSIONS_SHEET = "proactive-visit versions";

const guarded = (reference: string) => `IF(ISBLANK(${reference}),"",${reference})`;

/** The headers the versioned formulas name, in one language. */
interface FormulaWords {
  /** The evaluations table's Total and Rubric version columns, as a structured reference writes them ("[Rubric
   * version]" needs brackets, "总分" does not). */
  total: string;
  rowVersion: string;
  /** The Version header of the versions sheet's tables, and the Versions table's Decimals and Scale. */
  version: string;
  decimals: string;
  scale: string;
  /** First and last criterion column of VersionCriteria, first and last band column of VersionBands. */
  criteria: [string, string];
  bands: [string, string];
}

const EN: FormulaWords = {
  total: "Total",
  rowVersion: "[Rubric version]",
  version: "Version",
  decimals: "Decimals",
  scale: "Scale",
  criteria: ["ID", "Section"],
  bands: ["From", "Label"],
};

const ZH: FormulaWords = {
  total: "总分",
  rowVersion: "标准版本",
  version: "版本号",
  decimals: "小数位数",
  scale: "计分基数",
  criteria: ["编号", "分组"],
  bands: ["起始分", "标签"],
};

/** The Total, Points and Band formulas of every row, written out: the row's version (its Rubric version cell, the
 * latest version while blank), that version's rows of the snapshot tables (FILTER keeps the header row: its Version
 * is text), that version's Decimals and Scale, all through the blank guard. */
function versionedFormulas(w: FormulaWords, scores: [string, string]) {
  const E = "Evaluations_proactive_visit";
  const version = `IF(ISBLANK(${E}[@${w.rowVersion}]),MAX(Versions_proactive_visit[${w.version}]),${E}[@${w.rowVersion}])`;
  const rowsOf = (table: string, [first, last]: [string, string]) => {
    const versions = `${table}[[#Headers],[#Data],[${w.version}]]`;
    return (
      `FILTER(${guarded(`${table}[[#Headers],[#Data],[${first}]:[${last}]]`)},` +
      `ISTEXT(${versions})+(${versions}=${version}))`
    );
  };
  const setting = (header: string) =>
    `IFERROR(${guarded(`INDEX(Versions_proactive_visit[${header}],MATCH(${version},Versions_proactive_visit[${w.version}],0))`)},"")`;
  const bands = rowsOf("VersionBands_proactive_visit", w.bands);
  const total = `${E}[@${w.total}]`;
  return {
    total:
      `=RUBRIC.TOTAL(${guarded(`${E}[@[${scores[0]}]:[${scores[1]}]]`)},${E}[[#Headers],[${scores[0]}]:[${scores[1]}]],` +
      `${rowsOf("VersionCriteria_proactive_visit", w.criteria)},${setting(w.decimals)},${setting(w.scale)},${version})`,
    points: `=IF(ISNUMBER(${total}),RUBRIC.POINTS(${total},${bands}),"")`,
    band: `=IF(ISNUMBER(${total}),RUBRIC.BAND(${total},${bands}),"")`,
  };
}

describe("createRubric", () => {
  it("writes the rubric sheet: settings, criteria and bands tables, live checks (en)", async () => {
    const host = createSimulatedHost();
    const created = await host.run((context) => createRubric(context, exampleRubric("en"), { language: "en" }));
    expect(created).toEqual({
      rubricSheet: RUBRIC_SHEET,
      evaluationsSheet: EVALUATIONS_SHEET,
      versionsSheet: VERSIONS_SHEET,
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
    // One call, no list of criteria: RUBRIC.TOTAL counts blanks over the version's criteria it is given. The row
    // is scored under its version: the snapshot tables of the versions sheet, never the rubric sheet's draft.
    const expected = versionedFormulas(EN, ["PREP", "BONUS"]);
    expect(sheet.cell(3, 14)?.formula).toBe(expected.total);
    expect(sheet.cell(3, 15)?.formula).toBe(expected.points);
    expect(sheet.cell(3, 16)?.formula).toBe(expected.band);
    for (const formula of [expected.total, expected.points, expected.band]) {
      expect(formula).not.toMatch(/\b(Criteria|Bands)_proactive_visit/); // the draft's tables (not VersionCriteria_...)
      expect(formula).not.toContain(RUBRIC_SHEET);
    }
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
    // A new workbook's own sheet stays; the rubric's three sheets follow it.
    expect(host.model.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "proactive-visit 评分标准",
      "proactive-visit 评价记录",
      "proactive-visit 版本",
    ]);
    expect(headers(host, "Criteria_proactive_visit")).toEqual([...Object.values(criteriaHeaderText("zh")), "占比"]);
    expect(grid(host, "proactive-visit 评分标准", "D11:G11")).toEqual([["得分", 15, 10, "否"]]);
    expect(grid(host, "proactive-visit 评分标准", "D14:G14")).toEqual([["得分", 25, 10, "是"]]);
    expect(headers(host, "Bands_proactive_visit")).toEqual(["起始分", "积分", "标签"]);
    expect(headers(host, "Evaluations_proactive_visit")).toEqual([
      "日期",
      "流程",
      "被评人",
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
    // The formulas name the Chinese headers of the evaluations table and of the versions sheet's tables.
    const expected = versionedFormulas(ZH, ["PREP", "BONUS"]);
    expect(sheet.cell(3, 14)?.formula).toBe(expected.total);
    expect(sheet.cell(3, 15)?.formula).toBe(expected.points);
    expect(sheet.cell(3, 16)?.formula).toBe(expected.band);
    expect(headers(host, "Versions_proactive_visit")).toEqual([
      "版本号",
      "发布时间（UTC）",
      "说明",
      "变更",
      "校验和",
      "评价数",
      "标题",
      "描述",
      "状态",
      "计分基数",
      "小数位数",
    ]);
    expect(headers(host, "VersionCriteria_proactive_visit")).toEqual([
      "版本号",
      ...Object.values(criteriaHeaderText("zh")),
    ]);
    expect(headers(host, "VersionBands_proactive_visit")).toEqual(["版本号", "起始分", "积分", "标签"]);
    // Version 1's criteria are the draft's rows as written, kinds and Allow NA in Chinese.
    expect(grid(host, "proactive-visit 版本", "Z4:AG4")).toEqual([
      [1, "PREP", "回访前流程表单准备", "", "得分", 15, 10, "否"],
    ]);
    // The Chinese kinds count in the weight total.
    // RUBRIC.CHECK speaks the table's language: a Chinese criteria table is 通过, not OK.
    expect(grid(host, "proactive-visit 评分标准", "E1:E2")).toEqual([["通过"], [100]]);
  });

  it("writes the versions sheet: version 1 is the rubric as created, its history entry, its criteria and bands", async () => {
    const host = createSimulatedHost();
    const rubric = { ...exampleRubric("en"), description: "Scored per visit" };
    const at = "2026-01-05T10:00:00Z";
    await host.run((context) =>
      createRubric(context, rubric, { language: "en", at, by: "Li Na", evaluations: sampleRows(3) }),
    );
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1", RUBRIC_SHEET, EVALUATIONS_SHEET, VERSIONS_SHEET]);
    const serial = (Date.parse(at) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(valueAt(host, VERSIONS_SHEET, "A1")).toBe(
      "Published versions of Proactive follow-up visit (proactive-visit). Written by Rubric Workbench: do not edit; publish from the pane.",
    );
    // Five tables side by side, their headers on row 3.
    const tables = {
      Versions_proactive_visit: [
        "Version",
        "Published (UTC)",
        "Note",
        "Changes",
        "Checksum",
        "Evaluations",
        "Title",
        "Description",
        "Status",
        "Scale",
        "Decimals",
      ],
      History_proactive_visit: ["Entry", "When (UTC)", "Action", "Version", "Note", "By", "Evaluations"],
      Moves_proactive_visit: ["Entry", "Key", "From version", "To version"],
      VersionCriteria_proactive_visit: ["Version", ...Object.values(criteriaHeaderText("en"))],
      VersionBands_proactive_visit: ["Version", "From", "Points", "Label"],
    };
    for (const [name, expected] of Object.entries(tables)) {
      const table = host.model.table(name);
      expect([name, table.sheet.name, table.box.row, table.headers()]).toEqual([name, VERSIONS_SHEET, 2, expected]);
    }
    // Version 1: the rubric as created, with its checksum; its Evaluations cell counts the sample evaluations.
    const checksum = rubricChecksum({ ...rubric, version: 1 });
    expect(grid(host, VERSIONS_SHEET, "A4:K4")).toEqual([
      [1, serial, "Created", "", checksum, 3, "Proactive follow-up visit", "Scored per visit", "draft", 100, 1],
    ]);
    expect(host.model.table("Versions_proactive_visit").box.rows).toBe(2);
    expect(host.model.sheet(VERSIONS_SHEET).cell(3, 1)?.numberFormat).toBe("yyyy-mm-dd hh:mm");
    expect(grid(host, VERSIONS_SHEET, "M4:S4")).toEqual([[1, serial, "published", 1, "Created", "Li Na", 0]]);
    // No evaluation was re-scored: the Moves table has its one empty row.
    expect(host.model.table("Moves_proactive_visit").box.rows).toBe(2);
    expect(grid(host, VERSIONS_SHEET, "U4:X4")).toEqual([["", "", "", ""]]);
    // The snapshots: every criterion and band row of the draft, led by the version.
    const criteria = grid(host, RUBRIC_SHEET, "A11:I17");
    expect(grid(host, VERSIONS_SHEET, "Z4:AI10")).toEqual(criteria.map((row) => [1, ...row]));
    expect(host.model.table("VersionCriteria_proactive_visit").box.rows).toBe(8);
    const bands = grid(host, RUBRIC_SHEET, "L11:N16");
    expect(grid(host, VERSIONS_SHEET, "AK4:AN9")).toEqual(bands.map((row) => [1, ...row]));
    expect(host.model.table("VersionBands_proactive_visit").box.rows).toBe(7);
    // Read back: one version, the rubric as created.
    const read = await host.run((context) => readVersionedRubric(context, "proactive-visit"));
    expect(read.versions?.read).toEqual({
      history: {
        versions: [{ version: 1, publishedAt: at, note: "Created", checksum, rubric: { ...rubric, version: 1 } }],
        entries: [{ entry: 1, at, action: "publish", version: 1, note: "Created", by: "Li Na", rows: 0 }],
        moves: [],
      },
      problems: [],
    });
    expect(read.versions?.language).toBe("en");
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
      // The same formulas in every row, the first as the last.
      const expected = versionedFormulas(EN, ["PREP", "BONUS"]);
      for (let r = 3; r < 3 + n; r++) {
        expect([14, 15, 16].map((c) => sheet.cell(r, c)?.formula)).toEqual([
          expected.total,
          expected.points,
          expected.band,
        ]);
      }
      expect(grid(host, EVALUATIONS_SHEET, `N4:N${n + 3}`).every(([version]) => version === 1)).toBe(true);
      // Version 1's Evaluations cell counts them.
      expect(valueAt(host, VERSIONS_SHEET, "F4")).toBe(n);
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
    // A sheet named as the versions sheet would be is in the way too.
    const taken = createSimulatedHost();
    taken.model.addSheet(VERSIONS_SHEET);
    await expect(
      taken.run((context) => createRubric(context, exampleRubric("en"), { language: "en" })),
    ).rejects.toThrow(/already in the workbook: proactive-visit versions$/);
    expect(taken.journal.writes).toEqual([]);
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
