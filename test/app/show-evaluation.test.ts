import { readEvaluations } from "../../src/app/read-evaluations";
import { showEvaluation } from "../../src/app/show-evaluation";
import { activeCell, deleteTableRow, exampleHost, journalFrom, selectCell } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, failureOf, hostSession, valueOf } from "../support/session";
import { sampleRows } from "../workbook/sample";

jest.setTimeout(60_000);

async function setUp(rows: number) {
  const host = await exampleHost(sampleRows(rows));
  const { session } = hostSession({ host });
  const keys = valueOf(await readEvaluations(session)).evaluations.map((e) => e.key);
  return { host, session, keys };
}

describe("showEvaluation", () => {
  it("selects the evaluation's row on its sheet, from anywhere, and writes no cell", async () => {
    const { host, session, keys } = await setUp(6);
    selectCell(host, RUBRIC_SHEET, 0, 0);
    const from = journalFrom(host);
    valueOf(await showEvaluation(session, { rubricId: "proactive-visit", key: keys[4], rowIndex: 4 }));
    expect(activeCell(host)).toEqual({ sheet: EVALUATIONS_SHEET, row: 7, column: 0 }); // the whole row is selected
    expect(from.writes()).toEqual([]);
  });

  it("finds the evaluation where it moved to", async () => {
    const { host, session, keys } = await setUp(6);
    deleteTableRow(host, "Evaluations_proactive_visit", 0);
    const ref = valueOf(await showEvaluation(session, { rubricId: "proactive-visit", key: keys[4], rowIndex: 4 }));
    expect(ref.rowIndex).toBe(3);
    expect(activeCell(host)).toEqual({ sheet: EVALUATIONS_SHEET, row: 6, column: 0 }); // the whole row is selected
  });

  it("fails under its key when the evaluation is gone", async () => {
    const { host, session, keys } = await setUp(2);
    deleteTableRow(host, "Evaluations_proactive_visit", 1);
    expect(
      failureOf(await showEvaluation(session, { rubricId: "proactive-visit", key: keys[1], rowIndex: 1 })),
    ).toEqual({
      key: "showEvaluation",
      message: `the evaluation ${keys[1]} is no longer in the evaluations table (was its row deleted?)`,
    });
  });
});
