import { createRubric } from "../../src/app/create-rubric";
import { readRubric } from "../../src/app/read-rubric";
import { typeInto } from "../support/host-helpers";
import { RUBRIC_SHEET, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

describe("readRubric", () => {
  it("reads no rubric from an empty workbook", async () => {
    const { session } = hostSession();
    expect(await readRubric(session)).toEqual({ ok: true, value: { rubric: null, problems: [] } });
  });

  it("shows a rubric with rule problems beside them, at their cells", async () => {
    const { session, host } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    typeInto(host, RUBRIC_SHEET, 10, 4, -5); // PREP weight
    const state = valueOf(await readRubric(session));
    expect(state.rubric?.criteria[0]).toMatchObject({ id: "PREP", weight: -5 });
    expect(state.problems[0]).toMatchObject({ criterionIndex: 0, address: "'proactive-visit rubric'!E11" });
  });
});
