import { importRubric } from "../../src/app/import-rubric";
import { serializeRubric } from "../../src/formats/rubric-json/file";
import { rubricChecksum } from "../../src/rubric/canonical/document";
import { exampleRubric } from "../../src/rubric/example";
import { journalFrom } from "../support/host-helpers";
import { failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

const file = (name: string, text: string) => ({ name, text: async () => text });

describe("importRubric", () => {
  it("imports a rubric file as a new rubric", async () => {
    const { session, host } = hostSession();
    const rubric = { ...exampleRubric("en"), id: "imported" };
    const state = valueOf(await importRubric(session, file("r.json", serializeRubric(rubric))));
    // The rubric as imported is its first version; the draft is that version, unchanged.
    const at = state.versions?.history.versions[0]?.publishedAt ?? "";
    expect(Date.parse(at)).not.toBeNaN();
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
    expect(host.model.table("Criteria_imported").box.rows).toBe(rubric.criteria.length + 1);
    expect(host.model.table("VersionCriteria_imported").box.rows).toBe(rubric.criteria.length + 1);
  });

  it("keeps an imported rubric's version number: its first published version", async () => {
    const { session } = hostSession();
    const rubric = { ...exampleRubric("en"), id: "imported", version: 3 };
    const state = valueOf(await importRubric(session, file("r.json", serializeRubric(rubric))));
    expect(state.rubric).toEqual(rubric);
    expect(state.versions?.latest).toBe(3);
    expect(state.versions?.history.versions.map((v) => [v.version, v.rubric])).toEqual([[3, rubric]]);
    expect(state.versions?.draftChanges).toEqual([]);
  });

  it("refuses an invalid file with its own failure, naming the value, and writes nothing", async () => {
    const { session, host } = hostSession();
    const bad = JSON.parse(serializeRubric(exampleRubric("en")));
    bad.criteria[0].weight = "heavy";
    delete bad.checksum;
    const sheets = host.model.sheets.length;
    const from = journalFrom(host);
    const failure = failureOf(await importRubric(session, file("bad.json", JSON.stringify(bad))));
    expect(failure.key).toBe("importRubric");
    // A refused file is no protected sheet: its hint is the file's (failure.kinds.invalidFile).
    expect(failure.kind).toBe("invalidFile");
    expect(failure.message).toMatch(/bad\.json is not a rubric file: .*\/criteria\/0\/weight/);
    expect(host.model.sheets.length).toBe(sheets);
    expect(from.writes()).toEqual([]);
    expect(from.syncs()).toEqual([]);
  });
});
