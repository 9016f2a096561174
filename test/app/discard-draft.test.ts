// Discarding the draft's changes restores the working tables from the latest version; restoring an old version
// makes it the working draft. No evaluation cell is touched either way.
import { createRubric } from "../../src/app/create-rubric";
import { discardDraft } from "../../src/app/discard-draft";
import { publishVersion } from "../../src/app/publish-version";
import { readRubric } from "../../src/app/read-rubric";
import { cellsOf, changedCells, dataValue, headers, typeInto } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

const CRITERIA = "Criteria_proactive_visit";
const BANDS = "Bands_proactive_visit";

function typeCell(
  host: ReturnType<typeof hostSession>["host"],
  table: string,
  rowIndex: number,
  header: string,
  value: unknown,
) {
  const t = host.model.table(table);
  typeInto(host, RUBRIC_SHEET, t.box.row + 1 + rowIndex, t.box.column + headers(host, table).indexOf(header), value);
}

describe.each(["null", "zero"] as const)("discardDraft (empty cells as %s)", (emptyCells) => {
  it("restores criteria, bands and settings from the latest version; no evaluation cell changes", async () => {
    const { session, host } = hostSession({ emptyCells });
    valueOf(await createRubric(session, "example"));
    const asCreated = cellsOf(host);
    typeCell(host, CRITERIA, 0, "Weight", 30);
    typeCell(host, CRITERIA, 1, "Criterion", "Renamed by hand");
    typeCell(host, BANDS, 1, "Points", 1.25);
    typeInto(host, RUBRIC_SHEET, 5, 1, 2); // Decimals 1 -> 2
    expect(valueOf(await readRubric(session)).versions?.draftChanges).toHaveLength(4);

    const state = valueOf(await discardDraft(session));
    expect(state.versions?.draftChanges).toEqual([]);
    expect(state.rubric).toEqual(state.versions?.history.versions[0].rubric);
    const changed = changedCells(asCreated, cellsOf(host));
    // Nothing on the evaluations sheet: the draft is the rubric sheet's business.
    expect(changed.filter((a) => a.includes(EVALUATIONS_SHEET))).toEqual([]);
    expect(dataValue(host, host.model.table(CRITERIA), 0, "Weight")).toBe(15);
    expect(dataValue(host, host.model.table(BANDS), 1, "Points")).toBe(1);
  });

  it("makes an old version the working draft", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    typeCell(host, CRITERIA, 0, "Weight", 30);
    valueOf(await publishVersion(session, { note: "heavier PREP" }));
    const state = valueOf(await discardDraft(session, 1));
    expect(state.rubric?.criteria[0].weight).toBe(15);
    expect(state.versions?.latest).toBe(2);
    expect(state.versions?.draftChanges.map((c) => [c.before, c.after])).toEqual([[30, 15]]);
    expect(failureOf(await discardDraft(session, 9)).message).toBe("there is no version 9");
  });
});
