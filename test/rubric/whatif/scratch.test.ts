// Scratch edits as data, and what a trial makes of them: the rubric tried, the levels re-valued, the commands that
// write them to the draft.
import { applyChanges } from "../../../src/rubric/change";
import {
  applyScratchEdits,
  bandFromEdit,
  draftChanges,
  evaluationData,
  levelPointsEdit,
  scoreAsAwarded,
  scoreUnder,
  summarize,
  switchOff,
  trialOf,
  weightEdit,
  withEdit,
  withoutTarget,
  editTarget,
} from "../../../src/rubric/whatif";
import { handEvaluations, handRubric } from "./cases";

describe("scratch edits", () => {
  test("a later edit of the same target replaces the earlier one; others stay in order", () => {
    let edits = withEdit([], weightEdit("Q1", 2));
    edits = withEdit(edits, bandFromEdit(1, 55));
    edits = withEdit(edits, weightEdit("q1", 3));
    expect(edits).toEqual([bandFromEdit(1, 55), weightEdit("q1", 3)]);
    expect(withoutTarget(edits, editTarget(bandFromEdit(1, 0))!)).toEqual([weightEdit("q1", 3)]);
  });

  test("applied: a weight, a band's From, a criterion switched off, a level's points", () => {
    const tried = applyScratchEdits(handRubric(), [
      weightEdit("Q1", 3),
      bandFromEdit(2, 75),
      levelPointsEdit("Q2", 1, 7),
      switchOff("Q1"),
    ]);
    expect(tried.criteria.map((c) => c.id)).toEqual(["Q2"]);
    expect(tried.criteria[0].levels!.map((l) => l.points)).toEqual([0, 7, 10]);
    expect(tried.bands[2].from).toBe(75);
    expect(handRubric().bands[2].from).toBe(80); // nothing is changed in place
  });

  test("draftChanges are RubricChange commands that give the rubric tried", () => {
    const edits = [weightEdit("Q1", 3), levelPointsEdit("Q2", 1, 7), bandFromEdit(1, 55)];
    const changes = draftChanges(handRubric(), edits);
    expect(changes[1]).toEqual({
      type: "set-criterion-field",
      id: "Q2",
      field: "levels",
      value: [
        { points: 0, label: "none" },
        { points: 7, label: "fair" },
        { points: 10, label: "full" },
      ],
    });
    expect(applyChanges(handRubric(), changes)).toEqual(applyScratchEdits(handRubric(), edits));
  });

  test("a level that does not exist changes nothing", () => {
    expect(draftChanges(handRubric(), [levelPointsEdit("Q2", 5, 7), levelPointsEdit("Q9", 0, 1)])).toEqual([]);
  });
});

describe("a trial re-values the levels whose points it changes", () => {
  const data = evaluationData(handEvaluations);
  const awarded = scoreAsAwarded(data, { versions: [handRubric()] });

  test("past values equal to the level's old points are read as its new points, others as entered", () => {
    const trial = trialOf(handRubric(), [levelPointsEdit("Q2", 1, 7)]);
    expect(trial.revalue).toEqual([{ id: "Q2", from: [6], to: [7] }]);
    const after = scoreUnder(data, trial);
    // Q2 6 → 7 in rows 5 and 6 (+5 each); row 7's 10 and row 8's 8 are no level 1.
    expect(Array.from(after.total)).toEqual([65, 85, 70, 80, NaN]);
    const movers = summarize(awarded, after).movers;
    expect(movers.map((m) => m.sheetRow)).toEqual([5, 6]);
    expect(movers[0].explanation!.criteria).toEqual([{ id: "Q2", before: 30, after: 35, change: 5 }]);
  });

  test("levels swapped are swapped at once", () => {
    const trial = trialOf(handRubric(), [levelPointsEdit("Q2", 1, 10), levelPointsEdit("Q2", 2, 6)]);
    expect(Array.from(scoreUnder(data, trial).total)).toEqual([80, 100, 50, 80, NaN]);
  });

  test("no edits: no re-valuing, the rubric as it is", () => {
    expect(trialOf(handRubric())).toEqual({ rubric: handRubric(), revalue: [] });
  });
});

describe("a criterion switched off", () => {
  test("no longer counts, and its bad values no longer make errors", () => {
    const data = evaluationData(handEvaluations);
    const after = scoreUnder(data, trialOf(handRubric(), [switchOff("Q1")]));
    expect(Array.from(after.total)).toEqual([60, 60, 100, 80, 50]);
  });
});
