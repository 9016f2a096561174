// The what-if against the sheet, on the simulated host with the example and its sample evaluations: raising PREP's
// weight from 15 to 30 is tried in memory; then applied to the draft, published as version 2 and applied to every
// evaluation. Each person's points delta the what-if gave equals the change of the sum of the sheet's Points column
// for that person, and the evaluations it lists as moving points are exactly those whose Points cell changed.
import { applyVersionTo } from "../../src/app/apply-version";
import { applyWhatIf } from "../../src/app/apply-what-if";
import { createRubric } from "../../src/app/create-rubric";
import { publishVersion } from "../../src/app/publish-version";
import { readEvaluations } from "../../src/app/read-evaluations";
import { readRubric } from "../../src/app/read-rubric";
import {
  draftChanges,
  evaluationData,
  scoreAsAwarded,
  scoreUnder,
  summarize,
  trialOf,
  weightEdit,
} from "../../src/rubric/whatif";
import { dataValue } from "../support/host-helpers";
import { hostSession, valueOf } from "../support/session";

jest.setTimeout(120_000);

describe.each(["null", "zero"] as const)("what-if points against the sheet (empty cells as %s)", (emptyCells) => {
  test("PREP 15 → 30: per-person points deltas and the moving rows match the sheet after publishing", async () => {
    const { session, host } = hostSession({ emptyCells });
    valueOf(await createRubric(session, "example"));
    const state = valueOf(await readRubric(session));
    const draft = state.rubric!;
    const versions = state.versions!.history.versions.map((v) => v.rubric);
    const records = valueOf(await readEvaluations(session)).evaluations;
    const table = host.model.table("Evaluations_proactive_visit");
    const pointsOf = () => records.map((r) => dataValue(host, table, r.rowIndex, "Points"));
    const before = pointsOf();

    // The what-if, in memory.
    const edits = [weightEdit("PREP", 30)];
    const data = evaluationData(records);
    const awarded = scoreAsAwarded(data, { versions });
    const after = scoreUnder(data, trialOf(draft, edits));
    const summary = summarize(awarded, after, undefined, { movers: Infinity });

    // The sheet: apply to the draft, publish, re-score every evaluation under version 2.
    valueOf(await applyWhatIf(session, draftChanges(draft, edits)));
    valueOf(await publishVersion(session, { note: "PREP matters more" }));
    valueOf(await applyVersionTo(session, { version: 2, scope: { all: true }, note: "all under 2" }));
    const later = pointsOf();

    const sheetDelta = new Map<string, number>();
    records.forEach((r, i) => {
      const change = Number(later[i]) - Number(before[i]);
      sheetDelta.set(r.person ?? "", (sheetDelta.get(r.person ?? "") ?? 0) + change);
    });
    for (const person of summary.persons) {
      expect({ person: person.name, delta: person.pointsChange }).toEqual({
        person: person.name,
        delta: sheetDelta.get(person.name),
      });
    }
    const changedRows = records
      .filter((_, i) => later[i] !== before[i])
      .map((r) => r.sheetRow)
      .sort((a, b) => a - b);
    const listed = summary.movers
      .filter((m) => m.pointsChange !== null && m.pointsChange !== 0)
      .map((m) => m.sheetRow)
      .sort((a, b) => a - b);
    expect(changedRows.length).toBeGreaterThan(0);
    expect(listed).toEqual(changedRows);
  });
});
