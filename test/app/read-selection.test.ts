import { readRubric } from "../../src/app/read-rubric";
import { readSelectedEvaluation } from "../../src/app/read-selected-evaluation";
import { readSelection } from "../../src/app/read-selection";
import { appendTableRow, exampleHost, selectCell, syncsOf, typeInto, valueAt } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, hostSession, valueOf } from "../support/session";
import { sampleRows } from "../workbook/sample";

jest.setTimeout(120_000);

const TABLE = "Evaluations_proactive_visit";

/** What the pane read per selection change before readSelection: the rubric, then the selected evaluation. */
async function separately(session: ReturnType<typeof hostSession>["session"]) {
  return { rubric: valueOf(await readRubric(session)), evaluation: valueOf(await readSelectedEvaluation(session)) };
}

describe("readSelection", () => {
  it.each([10, 10_000])("reads the rubric and the selected evaluation of %i rows in two syncs", async (rows) => {
    const host = await exampleHost(sampleRows(rows));
    const { session } = hostSession({ host });
    selectCell(host, EVALUATIONS_SHEET, 3 + Math.floor(rows / 2), 7);
    let read: Awaited<ReturnType<typeof readSelection>> | undefined;
    expect(await syncsOf(host, async () => (read = await readSelection(session)))).toBe(2);
    const view = valueOf(read!);
    const before = await separately(session);
    expect(view.evaluation).toEqual(before.evaluation);
    expect(view.rubric).toEqual(before.rubric);
    // Its versions are the rubric's, under the rubric's id (not the tables' suffix, proactive_visit).
    expect(view.rubric.versions?.history.versions.map((v) => [v.version, v.rubric.id])).toEqual([
      [1, "proactive-visit"],
    ]);
    expect(view.evaluation?.ref.rowIndex).toBe(Math.floor(rows / 2));
    expect(view.place).toEqual({ worksheetId: expect.any(String), sheetRow: 4 + Math.floor(rows / 2) });
    // The two reads it replaces took seven.
    expect(await syncsOf(host, () => separately(session))).toBe(7);
  });

  it("on the rubric sheet reads its rubric and no evaluation; on another sheet the first rubric", async () => {
    const host = await exampleHost(sampleRows(3));
    const { session } = hostSession({ host });
    typeInto(host, RUBRIC_SHEET, 10, 4, 25); // PREP weight, typed in the grid
    selectCell(host, RUBRIC_SHEET, 10, 4);
    const onRubric = valueOf(await readSelection(session));
    expect(onRubric.evaluation).toBeNull();
    expect(onRubric.place).toBeNull();
    expect(onRubric.rubric.rubric?.criteria[0]).toMatchObject({ id: "PREP", weight: 25 });
    host.model.addSheet("Notes");
    selectCell(host, "Notes", 0, 0);
    expect(valueOf(await readSelection(session)).rubric).toEqual(onRubric.rubric);
  });

  it("outside the table's rows and columns reads no evaluation", async () => {
    const host = await exampleHost(sampleRows(3));
    const { session } = hostSession({ host });
    for (const [row, column] of [
      [2, 5], // the header
      [6, 5], // under the table
      [4, 20], // right of it
    ]) {
      selectCell(host, EVALUATIONS_SHEET, row, column);
      expect(valueOf(await readSelection(session)).evaluation).toBeNull();
    }
  });

  it("reads no rubric from an empty workbook, in two syncs", async () => {
    const { session, host } = hostSession();
    let read: Awaited<ReturnType<typeof readSelection>> | undefined;
    expect(await syncsOf(host, async () => (read = await readSelection(session)))).toBe(2);
    expect(valueOf(read!)).toEqual({ rubric: { rubric: null, problems: [] }, evaluation: null, place: null });
  });

  it("gives a row typed by hand its key (more syncs, once)", async () => {
    const host = await exampleHost(sampleRows(2));
    appendTableRow(host, TABLE, [43500, "HF-typed", "Chen Jie"]);
    const { session } = hostSession({ host });
    selectCell(host, EVALUATIONS_SHEET, 5, 3);
    const view = valueOf(await readSelection(session));
    expect(view.evaluation?.ref).toEqual({
      rubricId: "proactive-visit",
      key: expect.stringMatching(/^ev-/),
      rowIndex: 2,
    });
    expect(valueAt(host, EVALUATIONS_SHEET, "R6")).toBe(view.evaluation?.ref.key);
    expect(await syncsOf(host, () => readSelection(session))).toBe(2);
  });
});
