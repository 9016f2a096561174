import { createRubric } from "../../src/app/create-rubric";
import { readSelectedEvaluation } from "../../src/app/read-selected-evaluation";
import { scoreEvaluation } from "../../src/app/score-evaluation";
import { grid, journalFrom, selectCell, valueAt } from "../support/host-helpers";
import { EVALUATIONS_SHEET, failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

describe("scoreEvaluation", () => {
  it("writes to the evaluation the form showed, even after the selection moved", async () => {
    const { session, host } = hostSession();
    valueOf(await createRubric(session, "example"));
    selectCell(host, EVALUATIONS_SHEET, 5, 0);
    const shown = valueOf(await readSelectedEvaluation(session))!;
    expect(shown.sheetRow).toBe(6);
    const before = grid(host, EVALUATIONS_SHEET, "A4:R149");
    selectCell(host, EVALUATIONS_SHEET, 9, 0);
    valueOf(
      await scoreEvaluation(session, shown.ref, { values: { ...shown.values, PREP: "", MAIL1: 10 }, comment: "ok" }),
    );
    const after = grid(host, EVALUATIONS_SHEET, "A4:R149");
    expect(after[2].slice(5, 7)).toEqual(["", 10]);
    expect(after[2][12]).toBe("ok");
    expect(valueAt(host, EVALUATIONS_SHEET, "O6")).toBe("1 of 7 not scored"); // the sheet's Total says PREP is missing
    // Every other row is as it was.
    after.forEach((row, r) => r !== 2 && expect(row).toEqual(before[r]));
  });

  it("fails under its key when its evaluation is gone, writing nothing", async () => {
    const { session, host } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    const from = journalFrom(host);
    const failure = failureOf(
      await scoreEvaluation(
        session,
        { rubricId: "proactive-visit", key: "ev-gone", rowIndex: 5 },
        { values: { PREP: 4 }, comment: "" },
      ),
    );
    expect(failure).toEqual({
      key: "saveEvaluation",
      message: "the evaluation ev-gone is no longer in the evaluations table (was its row deleted?)",
    });
    expect(from.writes()).toEqual([]);
  });
});
