import { readSelectedEvaluation } from "../../src/app/read-selected-evaluation";
import { scoreEvaluation } from "../../src/app/score-evaluation";
import { appendTableRow, exampleHost, headers, selectCell, valueAt } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, hostSession, valueOf } from "../support/session";
import { sampleRows } from "../workbook/sample";

jest.setTimeout(60_000);

const TABLE = "Evaluations_proactive_visit";

describe("readSelectedEvaluation", () => {
  it("is null outside every evaluations table", async () => {
    const host = await exampleHost(sampleRows(2));
    const { session } = hostSession({ host });
    selectCell(host, RUBRIC_SHEET, 12, 1);
    expect(valueOf(await readSelectedEvaluation(session))).toBeNull();
  });

  it("gives a row typed by hand its key, so that a save can find it after a sort", async () => {
    const host = await exampleHost(sampleRows(2));
    appendTableRow(host, TABLE, [43500, "HF-typed", "Chen Jie"]);
    const { session } = hostSession({ host });
    selectCell(host, EVALUATIONS_SHEET, 5, 3);
    const shown = valueOf(await readSelectedEvaluation(session))!;
    expect(shown.ref).toEqual({ rubricId: "proactive-visit", key: expect.stringMatching(/^ev-/), rowIndex: 2 });
    expect([shown.sheetRow, shown.person, shown.date]).toEqual([6, "Chen Jie", "2019-02-04"]);
    expect(valueAt(host, EVALUATIONS_SHEET, "R6")).toBe(shown.ref.key);
    valueOf(await scoreEvaluation(session, shown.ref, { values: { PREP: 4 } }));
    expect(valueAt(host, EVALUATIONS_SHEET, "F6")).toBe(4);
    expect(headers(host, TABLE).filter((h) => h === "Key")).toHaveLength(1);
  });
});
