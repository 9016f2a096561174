import { createRubric } from "../../src/app/create-rubric";
import { newEvaluation, today } from "../../src/app/new-evaluation";
import { readSelectedEvaluation } from "../../src/app/read-selected-evaluation";
import { scoreEvaluation } from "../../src/app/score-evaluation";
import { grid, numberFormats } from "../support/host-helpers";
import { EVALUATIONS_SHEET, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

// The evaluations table of the example: header in row 3, 146 sample rows (4–149); A Date, B Process, C Person,
// D Team, E Reviewer, F–L scores, M Comment, then Total, Points, Band, version and key.
const TABLE = "A3:R150";
const LAST_SAMPLE = 146; // index of sheet row 149 in grid(TABLE)
const NEW = 147; // sheet row 150

/** The sheet's date serial of an ISO date. */
const serialOf = (iso: string) =>
  (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe("newEvaluation", () => {
  it("starts with the reviewer's own last Person and Team, not the last row's, and changes nothing else", async () => {
    const { session, host } = hostSession();
    valueOf(await createRubric(session, "example"));
    const before = grid(host, EVALUATIONS_SHEET, TABLE);
    // The last sample row is a "Process owner" row; the last "Process manager" row lies above it.
    expect(before[LAST_SAMPLE][4]).toBe("Process owner");
    const managers = before.flatMap((row, i) => (i > 0 && row[4] === "Process manager" ? [i] : []));
    const mine = before[managers[managers.length - 1]];
    expect(mine.slice(2, 4)).not.toEqual(before[LAST_SAMPLE].slice(2, 4));

    const added = valueOf(await newEvaluation(session, { reviewer: "Process manager" }));
    expect(added).toMatchObject({
      sheetRow: 150,
      date: today(),
      process: "",
      person: mine[2],
      team: mine[3],
      reviewer: "Process manager",
      values: { PREP: null, MAIL1: null, OAUSE: null, PROC: null, SUMM: null, MAIL2: null, BONUS: null },
      comment: "",
    });
    const after = grid(host, EVALUATIONS_SHEET, TABLE);
    expect(after[NEW].slice(0, 13)).toEqual([
      serialOf(today()),
      "",
      mine[2],
      mine[3],
      "Process manager",
      ...Array(7).fill(""),
      "",
    ]);
    // Every row above is as it was.
    expect(after.slice(0, NEW)).toEqual(before.slice(0, NEW));
    // The whole row of the table is selected: the grid highlights the evaluation being scored.
    expect(host.model.currentSelection()).toMatchObject({
      sheet: EVALUATIONS_SHEET,
      areas: [{ row: 149, column: 0, rows: 1, columns: 18 }],
      active: { row: 149, column: 0 },
    });
    expect(valueOf(await readSelectedEvaluation(session))).toEqual(added);
  });

  it("leaves Person, Team and Reviewer blank when no reviewer is remembered (Process is always blank)", async () => {
    const { session, host } = hostSession();
    valueOf(await createRubric(session, "example"));
    const added = valueOf(await newEvaluation(session));
    expect([added.process, added.person, added.team, added.reviewer, added.date]).toEqual(["", "", "", "", today()]);
    expect(grid(host, EVALUATIONS_SHEET, "A150:E150")[0]).toEqual([serialOf(today()), "", "", "", ""]);
  });

  it("a reviewer with no row yet gets blank Person and Team; a Process '007' saved from the form stays text", async () => {
    const { session, host } = hostSession();
    valueOf(await createRubric(session, "example"));
    const added = valueOf(await newEvaluation(session, { reviewer: "Zhou Min" }));
    expect([added.person, added.team, added.reviewer]).toEqual(["", "", "Zhou Min"]);
    const before = grid(host, EVALUATIONS_SHEET, TABLE);
    valueOf(await scoreEvaluation(session, added.ref, { process: "007", person: "Sun Hui" }));
    const after = grid(host, EVALUATIONS_SHEET, TABLE);
    expect(after[NEW].slice(1, 3)).toEqual(["007", "Sun Hui"]);
    expect(numberFormats(host, EVALUATIONS_SHEET, "B150:C150")).toEqual([["@", "@"]]);
    after.forEach((row, r) =>
      expect(row.filter((_, c) => r !== NEW || (c !== 1 && c !== 2))).toEqual(
        before[r].filter((_, c) => r !== NEW || (c !== 1 && c !== 2)),
      ),
    );
    expect(valueOf(await readSelectedEvaluation(session))?.process).toBe("007");
  });
});
