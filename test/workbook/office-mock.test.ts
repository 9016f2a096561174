// The workbook layer against office-addin-mock: a fixed object tree standing in for Excel, where properties are
// only readable after load + sync, as in Excel.
import { OfficeMockObject } from "office-addin-mock";

import { readRubric } from "../../src/workbook/read-rubric";
import { saveEvaluation } from "../../src/workbook/rows";

const criteriaCells = [
  ["ID", "Criterion", "Kind", "Weight", "Max", "Allow NA", "Levels"],
  ["PREP", "Form prepared", "score", 15, 10, "no", "0 = Not done; 10 = Excellent"],
  ["", "", "", "", "", "", ""],
  ["MAIL1", "Pre-visit email", "score", "ten", 10, "no", ""],
  ["BONUS", "Insight", "bonus", 10, 1, "maybe", ""],
];
const bandCells = [
  ["From", "Points", "Label"],
  ["", 0, "Below 60"],
  [60, 1, ""],
];
const settingsCells = [
  ["Rubric ID", "pv"],
  ["Title", "Visit"],
  ["Version", 2],
  ["Status", "draft"],
  ["Scale", 100],
  ["Decimals", 1],
  ["Description", ""],
];

function rubricMock(found = true) {
  const range = (address: string, values: unknown[][]) => ({ address, values });
  const sheet = {
    settings: range("'pv rubric'!A1:B7", settingsCells),
    getRange() {
      return this.settings;
    },
  };
  // Header and data rows come from their own ranges (a Total Row is never read).
  const table = (header: string, body: string, values: unknown[][]) => ({
    isNullObject: !found,
    header: range(header, values.slice(0, 1)),
    body: range(body, values.slice(1)),
    worksheet: sheet,
    getHeaderRowRange() {
      return this.header;
    },
    getDataBodyRange() {
      return this.body;
    },
  });
  return new OfficeMockObject({
    workbook: {
      criteria: table("'pv rubric'!A10:G10", "'pv rubric'!A11:G14", criteriaCells),
      bands: table("'pv rubric'!L10:N10", "'pv rubric'!L11:N12", bandCells),
      tables: {
        getItemOrNullObject(this: any, name: string): any {
          return name === "Criteria_pv" ? this.parent.criteria : this.parent.bands;
        },
      },
    },
  });
}

describe("readRubric (office-addin-mock)", () => {
  it("converts the tables, and places each problem at its cell, skipping blank rows", async () => {
    const context = rubricMock() as any;
    // office-addin-mock has no parent links: give the tables collection a way to reach its siblings.
    context.workbook.tables.parent = context.workbook;
    const sync = jest.spyOn(context, "sync");
    const read = await readRubric(context, "pv");
    expect(sync).toHaveBeenCalledTimes(2);
    expect(read.rubric).toBeUndefined();
    expect(read.problems.map((p) => [p.message, p.address])).toEqual([
      ['MAIL1: weight "ten" is not a number', "'pv rubric'!D13"],
      ['BONUS: allowNA "maybe" is not yes or no', "'pv rubric'!F14"],
    ]);
  });

  it("reads nothing but a problem when the tables are missing", async () => {
    const context = rubricMock(false) as any;
    context.workbook.tables.parent = context.workbook;
    const read = await readRubric(context, "pv");
    expect(read.problems.map((p) => p.message)).toEqual(["no table named Criteria_pv or Bands_pv in the workbook"]);
  });
});

describe("saveEvaluation (office-addin-mock)", () => {
  /** saveEvaluation over a mock evaluations table with `headers`, its data row 2 holding `current`; the rubric
   * sheet's Version setting (B3, the latest published version) holds 2. The cells written, and the syncs. */
  async function save(headers: string[], current: unknown[]) {
    const written = new Map<string, unknown>();
    const settingAddresses: string[] = [];
    const mock = new OfficeMockObject({
      workbook: {
        header: { values: [headers] },
        labels: { values: [headers.map((h) => (h === "PREP" ? "Preparation" : ""))] },
        row: { values: [current] },
        body: { rowCount: 3 },
        criteriaHeader: { values: [["ID", "Criterion", "Weight"]] },
        criteriaBody: { values: [["PREP", "Preparation", 10]] },
        versionSetting: { values: [[2]] },
        tables: {
          getItem(this: any, name: string) {
            return name.startsWith("Criteria_") ? this.criteria : this.evaluations;
          },
        },
      },
    }) as any;
    const wb = mock.workbook;
    wb.header.getOffsetRange = () => wb.labels;
    wb.body.getRow = () => wb.row;
    wb.row.getCell = (_: number, c: number) => wb.body.getCell(2, c);
    wb.body.getCell = (r: number, c: number) => ({
      set values(v: unknown[][]) {
        written.set(`${r},${c}`, v[0][0]);
      },
      set numberFormat(f: unknown[][]) {
        written.set(`${r},${c} format`, f[0][0]);
      },
    });
    wb.tables.evaluations = { getHeaderRowRange: () => wb.header, getDataBodyRange: () => wb.body };
    wb.tables.criteria = {
      getHeaderRowRange: () => wb.criteriaHeader,
      getDataBodyRange: () => wb.criteriaBody,
      worksheet: {
        getRange: (address: string) => {
          settingAddresses.push(address);
          return wb.versionSetting;
        },
      },
    };
    const sync = jest.spyOn(mock, "sync");
    const row = await saveEvaluation(
      mock,
      "pv",
      { key: "ev-abc", rowIndex: 2 },
      {
        person: "Liu Yang",
        values: { PREP: "n/a" },
        comment: "ok",
      },
    );
    return { row, syncs: sync.mock.calls.length, written: Object.fromEntries(written), settingAddresses };
  }

  it("writes only the cells given, each under its header, to the row holding the key", async () => {
    const headers = ["Date", "Process", "Person", "Notes", "Team", "Reviewer", "PREP", "Comment", "Key"];
    const current = [43346, "HF-1", "Sun Hui", "call back", "Team 3", "Process manager", 7, "", "ev-abc"];
    const saved = await save(headers, current);
    expect(saved.row).toBe(2);
    expect(saved.syncs).toBe(2);
    // The latest version is read from the Version setting (B3), in the same two syncs.
    expect(saved.settingAddresses).toEqual(["B3"]);
    // The user's Notes column (3) and every other cell are left alone; NA is written as the engine reads it; the
    // person and the comment go into text cells. A table without a Rubric version column gets no version.
    expect(saved.written).toEqual({
      "2,2 format": "@",
      "2,2": "Liu Yang",
      "2,6": "NA",
      "2,7 format": "@",
      "2,7": "ok",
    });
  });

  it("stamps a row without a Rubric version with the latest version on its first save, and only then", async () => {
    const headers = ["Date", "Process", "Person", "Team", "Reviewer", "PREP", "Comment", "Rubric version", "Key"];
    const current = [43346, "HF-1", "Sun Hui", "Team 3", "Process manager", 7, "", "", "ev-abc"];
    const first = await save(headers, current);
    expect(first.syncs).toBe(2);
    expect(first.written).toEqual({
      "2,2 format": "@",
      "2,2": "Liu Yang",
      "2,5": "NA",
      "2,6 format": "@",
      "2,6": "ok",
      "2,7": 2,
    });
    // A row under version 1 stays under it: its total does not move when it is saved.
    const again = await save(headers, [...current.slice(0, 7), 1, "ev-abc"]);
    expect(again.written).toEqual({
      "2,2 format": "@",
      "2,2": "Liu Yang",
      "2,5": "NA",
      "2,6 format": "@",
      "2,6": "ok",
    });
  });
});
