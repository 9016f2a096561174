import { showEvaluation } from "../../src/app/show-evaluation";
import { activeCell, exampleHost, journalFrom, selectCell } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, failureOf, hostSession, valueOf } from "../support/session";
import { sampleRows } from "../workbook/sample";

jest.setTimeout(60_000);

describe("showEvaluation", () => {
  it("selects the evaluation's row on its sheet, from anywhere, and writes no cell", async () => {
    const host = await exampleHost(sampleRows(6));
    const { session } = hostSession({ host });
    selectCell(host, RUBRIC_SHEET, 0, 0);
    const from = journalFrom(host);
    valueOf(await showEvaluation(session, { rubricId: "proactive-visit", rowIndex: 4 }));
    expect(activeCell(host)).toEqual({ sheet: EVALUATIONS_SHEET, row: 7, column: 5 });
    expect(from.writes()).toEqual([]);
  });

  it("fails under its key when the row is gone", async () => {
    const host = await exampleHost(sampleRows(2));
    const { session } = hostSession({ host });
    expect(failureOf(await showEvaluation(session, { rubricId: "proactive-visit", rowIndex: 5 }))).toEqual({
      key: "showEvaluation",
      message: "row 5 is outside the evaluations table (2 rows)",
    });
  });
});
