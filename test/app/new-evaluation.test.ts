import { createRubric } from "../../src/app/create-rubric";
import { newEvaluation } from "../../src/app/new-evaluation";
import { readSelectedEvaluation } from "../../src/app/read-selected-evaluation";
import { activeCell, grid } from "../support/host-helpers";
import { EVALUATIONS_SHEET, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

describe("newEvaluation", () => {
  it("adds an evaluation dated today with the last row's person, team and reviewer, and selects it", async () => {
    const { session, host } = hostSession();
    valueOf(await createRubric(session, "example"));
    const before = grid(host, EVALUATIONS_SHEET, "A4:N149");
    const last = before[145].slice(2, 5);
    const added = valueOf(await newEvaluation(session));
    const d = new Date();
    const today = [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
    expect([added.sheetRow, added.person, added.date]).toEqual([150, last[0], today]);
    expect(added.ref).toEqual({ rubricId: "proactive-visit", key: expect.stringMatching(/^ev-/), rowIndex: 146 });
    expect(grid(host, EVALUATIONS_SHEET, "C150:E150")[0]).toEqual(last);
    expect(grid(host, EVALUATIONS_SHEET, "A4:N149")).toEqual(before);
    expect(activeCell(host)).toEqual({ sheet: EVALUATIONS_SHEET, row: 149, column: 5 });
    expect(valueOf(await readSelectedEvaluation(session))).toEqual(added);
  });
});
