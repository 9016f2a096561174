import { importRubric } from "../../src/app/import-rubric";
import { serializeRubric } from "../../src/formats/rubric-json/file";
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
    expect(state).toEqual({ rubric, problems: [] });
    expect(host.model.table("Criteria_imported").box.rows).toBe(rubric.criteria.length + 1);
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
    expect(failure.message).toMatch(/bad\.json is not a rubric file: .*\/criteria\/0\/weight/);
    expect(host.model.sheets.length).toBe(sheets);
    expect(from.writes()).toEqual([]);
    expect(from.syncs()).toEqual([]);
  });
});
