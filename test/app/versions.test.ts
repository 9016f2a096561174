// Rubric versions on the simulated host: every evaluation is scored under its own version; editing the draft or
// publishing moves no existing total; re-scoring is explicit, recorded and undoable; sorting changes nothing.
import { applyVersionTo, undoApplyVersion } from "../../src/app/apply-version";
import { createRubric } from "../../src/app/create-rubric";
import { newEvaluation } from "../../src/app/new-evaluation";
import { publishVersion } from "../../src/app/publish-version";
import { readRubric } from "../../src/app/read-rubric";
import { scoreEvaluation } from "../../src/app/score-evaluation";
import { Rubric } from "../../src/rubric/model";
import { Scorer } from "../../src/rubric/score";
import { lookupBand } from "../../src/rubric/points";
import { SimulatedHost } from "../host";
import { changedCells, cellsOf, dataValue, headers, sortTable, syncsOf, typeInto } from "../support/host-helpers";
import { RUBRIC_SHEET, hostSession, valueOf } from "../support/session";

jest.setTimeout(120_000);

const EVALUATIONS = "Evaluations_proactive_visit";
const CRITERIA = "Criteria_proactive_visit";
const BANDS = "Bands_proactive_visit";

/** Every evaluation's Total, Points, Band and version, by key. */
function results(host: SimulatedHost): Map<string, unknown[]> {
  const table = host.model.table(EVALUATIONS);
  const rows = table.box.rows - 1;
  const out = new Map<string, unknown[]>();
  for (let r = 0; r < rows; r++) {
    const at = (h: string) => dataValue(host, table, r, h);
    out.set(String(at("Key")), [at("Total"), at("Points"), at("Band"), at("Rubric version")]);
  }
  return out;
}

/** Types into the working criteria table: the cell of criterion `id` under `header`. */
function typeCriterion(host: SimulatedHost, id: string, header: string, value: unknown): void {
  const table = host.model.table(CRITERIA);
  const hs = headers(host, CRITERIA);
  const rows = table.box.rows - 1;
  for (let r = 0; r < rows; r++) {
    if (dataValue(host, table, r, "ID") === id) {
      typeInto(host, RUBRIC_SHEET, table.box.row + 1 + r, table.box.column + hs.indexOf(header), value);
      return;
    }
  }
  throw new Error(`no criterion ${id}`);
}

/** The total, points and band the engine gives a row's scores under `rubric`. */
function engineResult(rubric: Rubric, values: Record<string, unknown>): [number, number] {
  const scorer = new Scorer(rubric.criteria, rubric.settings);
  const outcome = scorer.score(rubric.criteria.map((c) => values[c.id] as never));
  if (outcome.status !== "total") throw new Error(`not a total: ${JSON.stringify(outcome)}`);
  const band = lookupBand(outcome.total, rubric.bands);
  if (band.status !== "band") throw new Error("no band");
  return [outcome.total, rubric.bands[band.index].points];
}

function rowValues(host: SimulatedHost, key: string, ids: readonly string[]): Record<string, unknown> {
  const table = host.model.table(EVALUATIONS);
  for (let r = 0; r < table.box.rows - 1; r++) {
    if (dataValue(host, table, r, "Key") === key) {
      return Object.fromEntries(ids.map((id) => [id, dataValue(host, table, r, id)]));
    }
  }
  throw new Error(`no row ${key}`);
}

describe.each(["null", "zero"] as const)("rubric versions (empty cells as %s)", (emptyCells) => {
  it("pins every evaluation to its version: publish, score, apply, undo, publish a band change, sort", async () => {
    const { session, host } = hostSession({ emptyCells });
    valueOf(await createRubric(session, "example"));
    const v1 = valueOf(await readRubric(session));
    expect(v1.versions?.latest).toBe(1);
    expect(v1.versions?.draftChanges).toEqual([]);
    const before = results(host);
    expect(before.size).toBe(146);
    expect([...before.values()].every((r) => r[3] === 1 && typeof r[0] === "number")).toBe(true);

    // A weight edited in the grid is a draft change: no total moves.
    typeCriterion(host, "PREP", "Weight", 30);
    expect(results(host)).toEqual(before);
    const draft = valueOf(await readRubric(session));
    expect(draft.versions?.draftChanges.map((c) => [c.change.type, c.before, c.after, c.impact])).toEqual([
      ["set-criterion-field", 15, 30, "scoring"],
    ]);

    // Publishing it moves no total either.
    const published = valueOf(await publishVersion(session, { note: "PREP matters more", at: "2026-03-02T09:00:00Z" }));
    expect(published.version).toBe(2);
    expect(published.state.versions?.latest).toBe(2);
    expect(published.state.versions?.draftChanges).toEqual([]);
    expect(results(host)).toEqual(before);
    const v2 = published.state.versions!.history.versions[1].rubric;
    expect(v2.criteria.find((c) => c.id === "PREP")?.weight).toBe(30);

    // A new evaluation is scored under version 2.
    const fresh = valueOf(await newEvaluation(session));
    const values = { PREP: 4, MAIL1: 8, CALL: 6, VISIT: 7, MAIL2: 9, DOC: 5, SAFE: 10 };
    const scoredValues = Object.fromEntries(v2.criteria.map((c) => [c.id, values[c.id as keyof typeof values] ?? 0]));
    valueOf(await scoreEvaluation(session, fresh.ref, { values: scoredValues, comment: "" }));
    const afterNew = results(host);
    const [total2, points2] = engineResult(v2, scoredValues);
    expect(afterNew.get(fresh.ref.key)).toEqual([total2, points2, expect.any(String), 2]);
    const v1Rubric = published.state.versions!.history.versions[0].rubric;
    expect(engineResult(v1Rubric, scoredValues)[0]).not.toBe(total2); // the weight change shows on this row

    // "Apply version 2" to three rows changes exactly those three, and undo restores them.
    const keys = [...before.keys()].slice(10, 13);
    const snapshot = cellsOf(host);
    const applied = valueOf(await applyVersionTo(session, { version: 2, scope: { keys }, note: "re-score three" }));
    expect(applied.moved).toBe(3);
    const afterApply = results(host);
    for (const [key, row] of afterApply) {
      if (keys.includes(key)) {
        const [total] = engineResult(
          v2,
          rowValues(
            host,
            key,
            v2.criteria.map((c) => c.id),
          ),
        );
        expect(row[3]).toBe(2);
        expect(row[0]).toBe(total);
      } else {
        expect(row).toEqual(key === fresh.ref.key ? afterNew.get(key) : before.get(key));
      }
    }
    const changed = changedCells(snapshot, cellsOf(host)).filter(
      (a) => a.startsWith("'proactive-visit evaluations'") || a.startsWith("proactive-visit evaluations"),
    );
    expect(changed.filter((a) => /!N\d+$/.test(a))).toHaveLength(3); // three Rubric version cells, nothing else typed
    expect(changed.every((a) => /!(N|O|P|Q)\d+$/.test(a))).toBe(true);

    valueOf(await undoApplyVersion(session, applied.entry, { note: "undo" }));
    const afterUndo = results(host);
    for (const key of keys) expect(afterUndo.get(key)).toEqual(before.get(key));

    // Version 3 changes a band: only the rows under version 3 follow.
    const bands = host.model.table(BANDS);
    const fromColumn = bands.box.column + headers(host, BANDS).indexOf("From");
    const pointsColumn = bands.box.column + headers(host, BANDS).indexOf("Points");
    for (let r = 0; r < bands.box.rows - 1; r++) {
      if (dataValue(host, bands, r, "From") === 85)
        typeInto(host, RUBRIC_SHEET, bands.box.row + 1 + r, pointsColumn, 2.25);
    }
    expect(fromColumn).toBeGreaterThanOrEqual(0);
    const v3 = valueOf(await publishVersion(session, { note: "85+ is worth 2.25" })).state.versions!.history
      .versions[2];
    expect(results(host)).toEqual(afterUndo);
    const ids = v3.rubric.criteria.map((c) => c.id);
    const inBand = [...afterUndo.keys()].find((key) => {
      const values = rowValues(host, key, ids);
      if (Object.values(values).some((v) => typeof v !== "number")) return false;
      const [total] = engineResult(v3.rubric, values);
      return total >= 85 && total < 100;
    })!;
    valueOf(await applyVersionTo(session, { version: 3, scope: { keys: [inBand] } }));
    const afterV3 = results(host);
    expect(afterV3.get(inBand)![1]).toBe(2.25);
    for (const [key, row] of afterV3) if (key !== inBand) expect(row).toEqual(afterUndo.get(key));

    // Sorting the evaluations changes no one's result.
    sortTable(host, EVALUATIONS, "Total", "desc");
    expect(results(host)).toEqual(afterV3);
    sortTable(host, EVALUATIONS, "Person", "asc");
    expect(results(host)).toEqual(afterV3);
  });

  it("an evaluation whose version does not exist shows an error naming it, never a number", async () => {
    const { session, host } = hostSession({ emptyCells });
    valueOf(await createRubric(session, "example"));
    const table = host.model.table(EVALUATIONS);
    const versionColumn = table.box.column + headers(host, EVALUATIONS).indexOf("Rubric version");
    typeInto(host, "proactive-visit evaluations", table.box.row + 1, versionColumn, 7);
    const total = dataValue(host, table, 0, "Total") as { type?: string; message?: string };
    expect(typeof total).toBe("object");
    expect(total.message).toContain("rubric version 7 does not exist");
    expect(dataValue(host, table, 0, "Points")).toBe("");
  });

  it("publishes in a fixed number of syncs, whatever the number of evaluations", async () => {
    const { session, host } = hostSession({ emptyCells });
    valueOf(await createRubric(session, "example"));
    typeCriterion(host, "PREP", "Weight", 20);
    const syncs = await syncsOf(host, async () => valueOf(await publishVersion(session, { note: "n" })));
    expect(syncs).toBeLessThanOrEqual(7);
  });
});
