// The workbook layer against office-addin-mock: a fixed object tree standing in for Excel, where properties are
// only readable after load + sync, as in Excel.
import { OfficeMockObject } from "office-addin-mock";

import { readRubric } from "../../src/workbook/read-rubric";
import { saveEvaluationRow } from "../../src/workbook/rows";

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
  const table = (address: string, values: unknown[][]) => ({
    isNullObject: !found,
    range: range(address, values),
    worksheet: sheet,
    getRange() {
      return this.range;
    },
  });
  return new OfficeMockObject({
    workbook: {
      criteria: table("'pv rubric'!A10:G14", criteriaCells),
      bands: table("'pv rubric'!L10:N12", bandCells),
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

describe("saveEvaluationRow (office-addin-mock)", () => {
  it("writes one row of input cells under the header, in one values write", async () => {
    const headers = [
      "Date",
      "Process",
      "Person",
      "Team",
      "Reviewer",
      "PREP",
      "OLD",
      "Comment",
      "Rubric version",
      "Total",
      "Points",
      "Band",
    ];
    const current = [43346, "HF-1", "Sun Hui", "Team 3", "Process manager", 7, 4, "", 1, 77, 1, ""];
    const target = { values: [[]] as unknown[][] };
    const mock = new OfficeMockObject({
      workbook: {
        header: { values: [headers] },
        row: { values: [current] },
        body: { rowCount: 3 },
        target,
        tables: {
          getItem(this: any) {
            return this.table;
          },
        },
      },
    }) as any;
    const wb = mock.workbook;
    let resized: unknown[] = [];
    let cellAt: unknown[] = [];
    wb.tables.table = {
      getHeaderRowRange: () => wb.header,
      getDataBodyRange: () => {
        wb.body.getRow = () => wb.row;
        wb.body.getCell = (r: number, c: number) => {
          cellAt = [r, c];
          return { getResizedRange: (dr: number, dc: number) => ((resized = [dr, dc]), wb.target) };
        };
        return wb.body;
      },
    };
    const sync = jest.spyOn(mock, "sync");
    await saveEvaluationRow(mock, "pv", 2, { person: "Liu Yang", values: { PREP: "NA" }, comment: "ok" });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(cellAt).toEqual([2, 0]);
    expect(resized).toEqual([0, 7]); // Date .. Comment: 8 cells
    expect(wb.target.values).toEqual([[43346, "HF-1", "Liu Yang", "Team 3", "Process manager", "NA", 4, "ok"]]);
  });
});
