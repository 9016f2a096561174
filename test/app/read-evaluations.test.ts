import { createRubric } from "../../src/app/create-rubric";
import { newEvaluation } from "../../src/app/new-evaluation";
import { readEvaluations } from "../../src/app/read-evaluations";
import { selectedEvaluationRows } from "../../src/app/selected-evaluation-rows";
import { selectAreas } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

describe("readEvaluations", () => {
  it("reads the scored evaluations with their row index, skipping rows without scores, and the selected rows", async () => {
    const { session } = hostSession();
    valueOf(await createRubric(session, "example"));
    valueOf(await newEvaluation(session)); // an empty row at the end, selected
    const { evaluations, selectedRows } = valueOf(await readEvaluations(session));
    expect(evaluations).toHaveLength(146); // the 146 samples; the new, empty row (index 146) is left out
    expect(evaluations[0]).toMatchObject({ rowIndex: 0, date: "2018-09-03", person: "Sun Hui", version: 1 });
    expect(evaluations[0].values).toMatchObject({ PREP: 7, MAIL1: 7 });
    expect(evaluations.every((r, i) => r.rowIndex === i)).toBe(true);
    expect(selectedRows).toEqual([146]);
  });
});

describe("selectedEvaluationRows", () => {
  it("gives the evaluation rows the selection covers, across areas", async () => {
    const { session, host } = hostSession();
    expect(failureOf(await selectedEvaluationRows(session)).message).toMatch(/no rubric/);
    valueOf(await createRubric(session, "example"));
    expect(valueOf(await selectedEvaluationRows(session))).toEqual([0]); // the first row, selected on creation
    selectAreas(host, EVALUATIONS_SHEET, ["A1:C6", "F10", "B9:B10"]); // from above the header
    expect(valueOf(await selectedEvaluationRows(session))).toEqual([0, 1, 2, 5, 6]);
    selectAreas(host, RUBRIC_SHEET, ["A4:F8"]);
    expect(valueOf(await selectedEvaluationRows(session))).toEqual([]);
  });
});
