import { createRubric } from "../../src/app/create-rubric";
import { nextUnscored } from "../../src/app/next-unscored";
import { readSelectedEvaluation } from "../../src/app/read-selected-evaluation";
import { scoreEvaluation } from "../../src/app/score-evaluation";
import { activeCell, selectCell } from "../support/host-helpers";
import { EVALUATIONS_SHEET, failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

describe("nextUnscored", () => {
  it("fails under its key in a workbook without a rubric", async () => {
    const { session } = hostSession();
    expect(failureOf(await nextUnscored(session, null))).toEqual({
      key: "nextUnscored",
      message: "the workbook has no rubric yet: create one first",
    });
  });

  it("selects the next row with a blank score after the one shown, wraps around, and gives null when none is left", async () => {
    const { session, host } = hostSession();
    valueOf(await createRubric(session, "example"));
    selectCell(host, EVALUATIONS_SHEET, 5, 0);
    const { ref } = valueOf(await readSelectedEvaluation(session))!;
    valueOf(await scoreEvaluation(session, ref, { values: { PREP: "" }, comment: "" }));
    selectCell(host, EVALUATIONS_SHEET, 3, 0);
    const shown = valueOf(await readSelectedEvaluation(session));
    const next = valueOf(await nextUnscored(session, shown!.ref))!;
    expect(next.sheetRow).toBe(6);
    expect(next.ref).toEqual(ref);
    expect(activeCell(host)).toEqual({ sheet: EVALUATIONS_SHEET, row: 5, column: 0 }); // the whole row is selected
    expect(valueOf(await nextUnscored(session, next.ref))?.ref).toEqual(ref);
    valueOf(await scoreEvaluation(session, ref, { values: { PREP: 4 }, comment: "" }));
    expect(valueOf(await nextUnscored(session, next.ref))).toBeNull();
  });
});
