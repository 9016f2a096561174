// Importing a rubric whose id the workbook already holds: it becomes the working draft, its changes against the
// latest version listed as draft changes, no total moved; publishing makes it the next version. Refused, writing
// nothing, while the draft has unpublished changes of its own.
import { createRubric } from "../../src/app/create-rubric";
import { importRubric } from "../../src/app/import-rubric";
import { publishVersion } from "../../src/app/publish-version";
import { serializeRubric } from "../../src/formats/rubric-json/file";
import { exampleRubric } from "../../src/rubric/example";
import { cellsOf, changedCells, typeInto } from "../support/host-helpers";
import { EVALUATIONS_SHEET, RUBRIC_SHEET, failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

const file = (name: string, text: string) => ({ name, text: async () => text });

/** The example as edited elsewhere: PREP's weight 15 -> 20, a new band label. */
function editedElsewhere() {
  const rubric = exampleRubric("en");
  rubric.criteria = rubric.criteria.map((c) => (c.id === "PREP" ? { ...c, weight: 20 } : c));
  rubric.bands = rubric.bands.map((b, i) => (i === 0 ? { ...b, label: "Below target" } : b));
  return rubric;
}

describe.each(["null", "zero"] as const)("importing a rubric the workbook holds (empty cells as %s)", (emptyCells) => {
  it("becomes the working draft; publishing it makes version 2", async () => {
    const { session, host } = hostSession({ emptyCells });
    valueOf(await createRubric(session, "example"));
    const before = cellsOf(host);
    const state = valueOf(await importRubric(session, file("back-from-oa.json", serializeRubric(editedElsewhere()))));
    expect(state.versions?.latest).toBe(1);
    expect(state.versions?.draftChanges.map((c) => [c.change.type, c.before, c.after, c.impact])).toEqual([
      ["set-criterion-field", 15, 20, "scoring"],
      ["set-band-field", "Below 60", "Below target", "text"],
    ]);
    // Only the working tables changed: no evaluation, no version.
    const changed = changedCells(before, cellsOf(host));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((a) => a.includes(RUBRIC_SHEET))).toBe(true);
    expect(changed.some((a) => a.includes(EVALUATIONS_SHEET))).toBe(false);

    const published = valueOf(await publishVersion(session, { note: "returned from the workflow system" }));
    expect(published.version).toBe(2);
    expect(published.state.versions?.history.versions[1].rubric.criteria[0].weight).toBe(20);
  });

  it("is refused while the working draft has unpublished changes, writing nothing", async () => {
    const { session, host } = hostSession({ emptyCells, samples: false });
    valueOf(await createRubric(session, "example"));
    typeInto(host, RUBRIC_SHEET, 10, 4, 30); // PREP's weight, by hand
    const before = cellsOf(host);
    const failure = failureOf(await importRubric(session, file("r.json", serializeRubric(editedElsewhere()))));
    expect(failure).toEqual({
      key: "importRubric",
      message: "the working draft of proactive-visit has 1 unpublished change(s): publish or discard them first",
      kind: "pendingDraft", // its hint: publish or discard the draft's changes
    });
    expect(changedCells(before, cellsOf(host))).toEqual([]);
  });
});
