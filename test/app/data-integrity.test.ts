// What users do to the evaluations table between reading an evaluation and saving it: sort, delete a row above,
// insert a column, filter. Each save lands on the evaluation the form showed and writes only what the reviewer
// changed; every other cell stays as it was. In both blank modes (web: null, desktop: 0).
import { newEvaluation } from "../../src/app/new-evaluation";
import { publishVersion } from "../../src/app/publish-version";
import { readRubric } from "../../src/app/read-rubric";
import { exampleRubric } from "../../src/rubric/example";
import { nextUnscored } from "../../src/app/next-unscored";
import { readSelectedEvaluation } from "../../src/app/read-selected-evaluation";
import { scoreEvaluation } from "../../src/app/score-evaluation";
import { EmptyCells } from "../host/calc/rubric-plugin";
import {
  deleteTableRow,
  exampleHost,
  filterTable,
  grid,
  headers,
  insertTableColumn,
  selectCell,
  showTotalRow,
  sortTable,
  typeInto,
} from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, hostSession, valueOf } from "../support/session";
import { sampleRows } from "../workbook/sample";

jest.setTimeout(60_000);

const TABLE = "Evaluations_proactive_visit";
const VERSION_TABLES = ["Versions", "History", "Moves", "VersionCriteria", "VersionBands"].map(
  (t) => `${t}_proactive_visit`,
);
/** Columns 0..13 are the input cells (Date .. Rubric version), 14..16 the formulas, 17 the key. */
const INPUTS = 14;

/** The input cells of every data row, keyed by the row's key: what a user typed, wherever its row is now. */
function inputsByKey(host: Awaited<ReturnType<typeof exampleHost>>, columns = 18): Map<string, unknown[]> {
  const table = host.model.table(TABLE);
  const rows = grid(host, EVALUATIONS_SHEET, `A4:${String.fromCharCode(64 + columns)}${3 + table.box.rows - 1}`);
  const keyAt = headers(host, TABLE).indexOf("Key");
  return new Map(rows.map((row) => [String(row[keyAt]), row.filter((_, c) => c !== keyAt && (c < INPUTS || c > 16))]));
}

/** The keys whose input cells differ, with the columns that differ. */
function changes(before: Map<string, unknown[]>, after: Map<string, unknown[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const [key, row] of after) {
    const was = before.get(key)!;
    const columns = row.flatMap((cell, c) => (cell === was[c] ? [] : [c]));
    if (columns.length > 0) out[key] = columns;
  }
  return out;
}

async function open(emptyCells: EmptyCells, rows = 8) {
  const host = await exampleHost(sampleRows(rows), { emptyCells });
  const workbook = hostSession({ host });
  selectCell(host, EVALUATIONS_SHEET, 3 + 2, 5); // the third evaluation
  const shown = valueOf(await readSelectedEvaluation(workbook.session))!;
  return { host, session: workbook.session, shown };
}

describe.each(["null", "zero"] as const)("data integrity (empty cells as %s)", (emptyCells) => {
  it("sort by Person, then Save: the evaluation shown gets the scores, no other", async () => {
    const { host, session, shown } = await open(emptyCells);
    sortTable(host, TABLE, "Person", "desc");
    const before = inputsByKey(host);
    const saved = valueOf(await scoreEvaluation(session, shown.ref, { values: { PREP: 0 }, comment: "sorted" }));
    expect(saved.rowIndex).not.toBe(shown.ref.rowIndex);
    expect(changes(before, inputsByKey(host))).toEqual({ [shown.ref.key]: [5, 12] });
    expect(inputsByKey(host).get(shown.ref.key)!.slice(5, 6)).toEqual([0]);
  });

  it("delete a row above, then Save: the evaluation shown gets the scores, no other", async () => {
    const { host, session, shown } = await open(emptyCells);
    deleteTableRow(host, TABLE, 0);
    const before = inputsByKey(host);
    expect(valueOf(await scoreEvaluation(session, shown.ref, { values: { MAIL1: 10 } })).rowIndex).toBe(1);
    expect(changes(before, inputsByKey(host))).toEqual({ [shown.ref.key]: [6] });
  });

  it("insert a Notes column before Reviewer, then Save and New evaluation: Notes is never written", async () => {
    const { host, session, shown } = await open(emptyCells);
    insertTableColumn(host, TABLE, 4, "Notes");
    typeInto(host, EVALUATIONS_SHEET, 3, 4, "called back", { autoExpand: false });
    const before = inputsByKey(host, 19);
    valueOf(await scoreEvaluation(session, shown.ref, { values: { PREP: 4 }, comment: "ok" }));
    // With Notes at 4, PREP is column 6 and Comment 13 of the row as the sheet has it now.
    expect(changes(before, inputsByKey(host, 19))).toEqual({ [shown.ref.key]: [6, 13] });

    const reviewer = String(grid(host, EVALUATIONS_SHEET, "F11")[0][0]);
    const added = valueOf(await newEvaluation(session, { reviewer }));
    const rows = grid(host, EVALUATIONS_SHEET, `A4:S${3 + 9}`);
    const last = rows[7];
    const created = rows[8];
    // The reviewer's Person and Team (their last row is the last one) and the reviewer, under their own headers;
    // Notes left empty; the key in the Key column.
    expect(created.slice(2, 6)).toEqual([last[2], last[3], "", last[5]]);
    expect(created[18]).toBe(added.ref.key);
    expect(rows[0][4]).toBe("called back");
  });

  it("filter, then Save and Next unscored: the save lands on its evaluation and Next skips hidden rows", async () => {
    const { host, session, shown } = await open(emptyCells);
    // Blank PREP in the 2nd and the 6th evaluation; the filter hides the 2nd.
    const keys = [...inputsByKey(host).keys()];
    const second = { rubricId: "proactive-visit", key: keys[1], rowIndex: 1 };
    const sixth = { rubricId: "proactive-visit", key: keys[5], rowIndex: 5 };
    valueOf(await scoreEvaluation(session, second, { values: { PREP: "" } }));
    valueOf(await scoreEvaluation(session, sixth, { values: { PREP: "" } }));
    const shownProcess = String(grid(host, EVALUATIONS_SHEET, "B6")[0][0]);
    const sixthProcess = String(grid(host, EVALUATIONS_SHEET, "B9")[0][0]);
    filterTable(host, TABLE, "Process", [shownProcess, sixthProcess]);

    const before = inputsByKey(host);
    valueOf(await scoreEvaluation(session, shown.ref, { values: { SUMM: 0 } }));
    expect(changes(before, inputsByKey(host))).toEqual({ [shown.ref.key]: [9] });
    const next = valueOf(await nextUnscored(session, shown.ref))!;
    expect(next.ref.key).toBe(keys[5]);
    expect(valueOf(await nextUnscored(session, next.ref))!.ref.key).toBe(keys[5]); // the 2nd stays hidden
  });
});

describe.each(["null", "zero"] as const)("a Total Row on each table (empty cells as %s)", (emptyCells) => {
  it("changes no total, reads no Total as a criterion, band or version, and New evaluation goes above it", async () => {
    const host = await exampleHost(sampleRows(6), { emptyCells });
    const { session } = hostSession({ host });
    const totals = () => grid(host, EVALUATIONS_SHEET, "O4:Q9");
    const before = totals();
    const read = valueOf(await readRubric(session));
    // The draft's tables, the evaluations, and the versions sheet's tables the formulas read.
    for (const table of ["Criteria_proactive_visit", "Bands_proactive_visit", TABLE, ...VERSION_TABLES]) {
      showTotalRow(host, table);
    }
    expect(totals()).toEqual(before);
    const state = valueOf(await readRubric(session));
    expect(state).toEqual(read);
    expect(state.rubric).toEqual(exampleRubric("en"));
    expect(state.problems).toEqual([]);
    expect(state.versions?.history.versions.map((v) => [v.version, v.rubric])).toEqual([[1, exampleRubric("en")]]);
    expect(state.versions?.history.entries).toHaveLength(1);
    expect(state.versions?.problems).toEqual([]);

    const added = valueOf(await newEvaluation(session));
    expect(added.ref.rowIndex).toBe(6);
    const table = host.model.table(TABLE);
    expect(table.box.rows).toBe(1 + 7 + 1); // header, seven evaluations, the Total Row
    expect(grid(host, EVALUATIONS_SHEET, "A11")[0][0]).toBe("Total");
    expect(grid(host, EVALUATIONS_SHEET, "R10")[0][0]).toBe(added.ref.key);
    expect(grid(host, EVALUATIONS_SHEET, "N10")[0][0]).toBe(1); // under the latest version
    expect(totals()).toEqual(before);

    // Publishing a draft change goes above each Total Row too, and moves no total.
    typeInto(host, RUBRIC_SHEET, 10, 4, 40); // PREP's weight, E11
    const published = valueOf(await publishVersion(session, { note: "PREP matters more" }));
    expect(published.version).toBe(2);
    expect(published.state.versions?.history.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(published.state.versions?.history.versions[1].rubric.criteria[0]).toMatchObject({ weight: 40 });
    expect(published.state.versions?.draftChanges).toEqual([]);
    expect(totals()).toEqual(before);
    for (const name of VERSION_TABLES) {
      const t = host.model.table(name);
      expect([name, host.model.valueAt(t.sheet, t.box.row + t.box.rows - 1, t.box.column)]).toEqual([name, "Total"]);
    }
  });
});
