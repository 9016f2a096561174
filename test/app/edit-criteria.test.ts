import { createRubric } from "../../src/app/create-rubric";
import { editCriteria } from "../../src/app/edit-criteria";
import { readRubric } from "../../src/app/read-rubric";
import { cellsOf, changedCells, journalFrom, typeInto, valueAt } from "../support/host-helpers";
import { RUBRIC_SHEET, failureOf, hostSession, valueOf } from "../support/session";

jest.setTimeout(60_000);

describe("editCriteria", () => {
  it("applies a structured edit to the rubric holding the selection", async () => {
    const { session } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    valueOf(await createRubric(session, "blank")); // selects rubric-1's first row
    const state = valueOf(
      await editCriteria(session, { type: "update-criterion", index: 0, patch: { weight: 3, label: "First" } }),
    );
    expect(state.rubric?.id).toBe("rubric-1");
    expect(state.rubric?.criteria[0]).toMatchObject({ id: "C1", weight: 3, label: "First" });
    const added = valueOf(
      await editCriteria(session, {
        type: "add-criterion",
        criterion: { id: "C2", label: "Second", kind: "score", weight: 1, max: 5, allowNA: true },
      }),
    );
    expect(added.rubric?.criteria.map((c) => c.id)).toEqual(["C1", "C2"]);
  });

  it("lets an edit fix a rule problem", async () => {
    const { session, host } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    typeInto(host, RUBRIC_SHEET, 10, 4, -5); // PREP weight
    const fixed = valueOf(await editCriteria(session, { type: "update-criterion", index: 0, patch: { weight: 15 } }));
    expect(fixed.problems).toEqual([]);
    expect(fixed.rubric?.criteria[0].weight).toBe(15);
  });

  it("refuses to edit a rubric whose cells cannot be read, naming them, and writes nothing", async () => {
    const { session, host } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    typeInto(host, RUBRIC_SHEET, 10, 4, "heavy"); // PREP weight
    const from = journalFrom(host);
    const failure = failureOf(await editCriteria(session, { type: "remove-criterion", index: 1 }));
    expect(failure.key).toBe("applyRubricEdit");
    expect(failure.message).toMatch(
      /fix them in the sheet first: 'proactive-visit rubric'!E11: PREP: weight "heavy" is not a number/,
    );
    expect(valueAt(host, RUBRIC_SHEET, "E11")).toBe("heavy");
    expect(from.writes()).toEqual([]);
    expect(valueOf(await readRubric(session)).rubric?.criteria.map((c) => c.id)).toContain("MAIL1");
  });

  it.each([
    ["a Max below a level's points", { max: 5 }, "PREP: levels[2].points 7 is outside 0..5"],
    ["a negative weight", { weight: -5 }, "PREP: weight"],
    ["a weight that is no number", { weight: Number("ten") }, "PREP: weight"],
  ])("refuses %s, naming the problem, and writes nothing", async (_, patch, expected) => {
    const { session, host } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    const from = journalFrom(host);
    const failure = failureOf(await editCriteria(session, { type: "update-criterion", index: 0, patch }));
    expect(failure.key).toBe("applyRubricEdit");
    expect(failure.message).toMatch(/^the change would make the rubric invalid: /);
    expect(failure.message).toContain(expected);
    expect(from.writes()).toEqual([]);
  });

  it("writes a criterion's label, description and section, given together, to their cells only", async () => {
    const { session, host } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    const before = cellsOf(host);
    const state = valueOf(
      await editCriteria(session, [
        { type: "update-criterion", index: 1, patch: { label: "Mail sent" } },
        { type: "set-criterion-field", id: "MAIL1", field: "description", value: "Within a day" },
        { type: "set-criterion-field", id: "MAIL1", field: "section", value: "007" },
      ]),
    );
    // Row 12 holds MAIL1: Criterion (B), Description (C), Section (I); the evaluations' label row follows the label.
    const changed = changedCells(before, cellsOf(host));
    expect(changed.filter((a) => a.startsWith(RUBRIC_SHEET))).toEqual([
      `${RUBRIC_SHEET}!B12`,
      `${RUBRIC_SHEET}!C12`,
      `${RUBRIC_SHEET}!I12`,
    ]);
    expect(changed.filter((a) => !a.startsWith(RUBRIC_SHEET))).toHaveLength(1);
    expect(valueAt(host, RUBRIC_SHEET, "I12")).toBe("007");
    expect(state.rubric?.criteria[1]).toMatchObject({
      label: "Mail sent",
      description: "Within a day",
      section: "007",
    });
  });

  it("refuses changes given together when one of them makes the rubric invalid, and writes nothing", async () => {
    const { session, host } = hostSession({ samples: false });
    valueOf(await createRubric(session, "example"));
    const from = journalFrom(host);
    const failure = failureOf(
      await editCriteria(session, [
        { type: "update-criterion", index: 0, patch: { label: "Prepared" } },
        { type: "update-criterion", index: 0, patch: { label: " " } },
      ]),
    );
    expect(failure.message).toBe("the change would make the rubric invalid: PREP: label is empty");
    expect(from.writes()).toEqual([]);
  });
});
