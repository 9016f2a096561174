import { blankRubric, createRubric } from "../../src/app/create-rubric";
import { readRubric } from "../../src/app/read-rubric";
import { readSelectedEvaluation } from "../../src/app/read-selected-evaluation";
import { rubricChecksum } from "../../src/rubric/canonical/document";
import { exampleRubric } from "../../src/rubric/example";
import { activeCell, valueAt } from "../support/host-helpers";
import { EVALUATIONS_SHEET, hostSession, valueOf } from "../support/session";

// Creating the example (146 rows) makes the simulated host calculate every row's formulas.
jest.setTimeout(60_000);

describe("createRubric", () => {
  it("creates the example with the 146 sample evaluations and selects its first row", async () => {
    const { session, host } = hostSession();
    const started = Date.now();
    const state = valueOf(await createRubric(session, "example"));
    const rubric = exampleRubric("en");
    // The rubric as created is its version 1, published now; the draft is that version, unchanged.
    const at = state.versions?.history.versions[0]?.publishedAt ?? "";
    expect(Math.abs(Date.parse(at) - started)).toBeLessThan(60_000);
    expect(state).toEqual({
      rubric,
      problems: [],
      stability: { rule: { weeks: 8, evaluations: 30 }, warnings: [] },
      versions: {
        latest: 1,
        draftChanges: [],
        problems: [],
        history: {
          versions: [{ version: 1, publishedAt: at, note: "Created", checksum: rubricChecksum(rubric), rubric }],
          entries: [{ entry: 1, at, action: "publish", version: 1, note: "Created", by: "", rows: 0 }],
          moves: [],
        },
      },
    });
    // Every sample evaluation is scored under version 1, which counts them.
    expect(valueAt(host, "proactive-visit versions", "F4")).toBe(146);
    expect(host.model.table("Evaluations_proactive_visit").box.rows).toBe(147);
    expect(activeCell(host)).toEqual({ sheet: EVALUATIONS_SHEET, row: 3, column: 0 }); // the whole row is selected
    const selected = valueOf(await readSelectedEvaluation(session));
    expect([selected?.sheetRow, selected?.person, selected?.date]).toEqual([4, "Sun Hui", "2018-09-03"]);
    expect(selected?.ref).toEqual({ rubricId: "proactive-visit", key: expect.stringMatching(/^ev-/), rowIndex: 0 });
    expect(selected?.values).toMatchObject({ PREP: 7, MAIL1: 7, BONUS: 0 });
    expect(valueOf(await readRubric(session))).toEqual(state);
  });

  it("writes the example in the session's language", async () => {
    const { session } = hostSession({ samples: false, language: "zh" });
    expect(valueOf(await createRubric(session, "example")).rubric).toEqual(exampleRubric("zh"));
  });

  it("creates the example without samples when the session has none", async () => {
    const { session, host } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    expect(host.model.table("Evaluations_proactive_visit").box.rows).toBe(2);
  });

  it("creates blank rubrics with unused ids", async () => {
    const { session } = hostSession();
    const first = valueOf(await createRubric(session, "blank"));
    expect(first.rubric).toEqual(blankRubric("en", []));
    expect(first.problems).toEqual([]);
    expect(valueOf(await createRubric(session, "blank")).rubric?.id).toBe("rubric-2");
    expect(blankRubric("zh", ["rubric-1"])).toMatchObject({ id: "rubric-2", title: "新评分标准" });
  });

  it("fails under its key, naming the problem, when the sample evaluations do not read", async () => {
    const { session } = hostSession();
    const broken = { ...session, sampleEvaluations: async () => "Date,PREP\nnot a date,7" };
    const outcome = await createRubric(broken, "example");
    expect(outcome).toMatchObject({ ok: false, failure: { key: "createRubric" } });
    expect(!outcome.ok && outcome.failure.message).toMatch(/sample evaluations do not read/);
  });
});
