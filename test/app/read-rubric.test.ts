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

describe("the stability rule in the settings", () => {
  it("is read from B8:B9, defaults where blank, and a cell that holds no whole number is named", async () => {
    const { session, host } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    expect(valueOf(await readRubric(session)).stability).toEqual({
      rule: { weeks: 8, evaluations: 30 },
      warnings: [],
    });
    typeInto(host, RUBRIC_SHEET, 7, 1, 12);
    typeInto(host, RUBRIC_SHEET, 8, 1, "many");
    expect(valueOf(await readRubric(session)).stability).toEqual({
      rule: { weeks: 12, evaluations: 30 },
      warnings: [`'proactive-visit rubric'!B9: "many" is not a whole number ≥ 0; 30 is used`],
    });
    typeInto(host, RUBRIC_SHEET, 8, 1, "");
    expect(valueOf(await readRubric(session)).stability?.rule).toEqual({ weeks: 12, evaluations: 30 });
  });
});
