// "Apply to draft" from the what-if on the simulated host: the tried weights, level points and band Froms land in
// the working tables as one action with a fixed number of syncs; only the changed cells are written; refusals write
// nothing.
import { applyWhatIf } from "../../src/app/apply-what-if";
import { createRubric } from "../../src/app/create-rubric";
import { finaliseRubric } from "../../src/app/rubric-status";
import { bandFromEdit, draftChanges, levelPointsEdit, weightEdit } from "../../src/rubric/whatif";
import { exampleRubric } from "../../src/rubric/example";
import { cellsOf, changedCells, journalFrom } from "../support/host-helpers";
import { RUBRIC_SHEET, failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

const at = (cell: string) => `${RUBRIC_SHEET}!${cell}`;
const onRubricSheet = (addresses: string[]) => addresses.filter((a) => a.startsWith(`${RUBRIC_SHEET}!`));

describe.each(["null", "zero"] as const)("applyWhatIf (empty cells as %s)", (emptyCells) => {
  async function start() {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    return { session, host };
  }

  it("writes a tried weight and a band's From, and nothing else of the rubric", async () => {
    const { session, host } = await start();
    const draft = exampleRubric("en");
    const changes = draftChanges(draft, [weightEdit("PREP", 30), bandFromEdit(1, 65)]);
    const before = cellsOf(host);
    const state = valueOf(await applyWhatIf(session, changes));
    // E11: PREP's weight; L12: the second band's From. Share (a formula column) keeps its formulas.
    expect(onRubricSheet(changedCells(before, cellsOf(host)))).toEqual([at("E11"), at("L12")]);
    expect(state.rubric?.criteria.find((c) => c.id === "PREP")?.weight).toBe(30);
    expect(state.rubric?.bands[1].from).toBe(65);
  });

  it("writes a level's points into the criterion's levels", async () => {
    const { session } = await start();
    const draft = exampleRubric("en");
    const prep = draft.criteria.find((c) => c.id === "PREP")!;
    const state = valueOf(
      await applyWhatIf(session, draftChanges(draft, [levelPointsEdit("PREP", 1, prep.levels![1].points + 1)])),
    );
    expect(state.rubric?.criteria.find((c) => c.id === "PREP")?.levels?.[1].points).toBe(prep.levels![1].points + 1);
  });

  it("takes the same number of syncs for one edit as for several", async () => {
    const { session, host } = await start();
    const draft = exampleRubric("en");
    const one = journalFrom(host);
    valueOf(await applyWhatIf(session, draftChanges(draft, [weightEdit("PREP", 20)])));
    const oneSyncs = one.syncs().length;
    const several = journalFrom(host);
    valueOf(
      await applyWhatIf(
        session,
        draftChanges(draft, [weightEdit("PREP", 25), weightEdit("MAIL1", 9), weightEdit("SUMM", 12)]),
      ),
    );
    expect(several.syncs().length).toBe(oneSyncs);
  });

  it("refuses an edit that makes the rubric invalid, writing nothing", async () => {
    const { session, host } = await start();
    const draft = exampleRubric("en");
    const from = journalFrom(host);
    const failure = failureOf(await applyWhatIf(session, draftChanges(draft, [weightEdit("PREP", -5)])));
    expect(failure.kind).toBe("invalidRubric");
    expect(failure.message).toMatch(/PREP: weight/);
    expect(from.writes()).toEqual([]);
  });

  it("refuses while the rubric is final, writing nothing", async () => {
    const { session, host } = await start();
    valueOf(await finaliseRubric(session, { note: "" }));
    const from = journalFrom(host);
    const failure = failureOf(await applyWhatIf(session, draftChanges(exampleRubric("en"), [weightEdit("PREP", 30)])));
    expect(failure.message).toMatch(/final/);
    expect(from.writes()).toEqual([]);
  });
});
