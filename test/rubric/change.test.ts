import { applyChange, applyChanges, indexOfCriterion } from "../../src/rubric/change";
import { Rubric } from "../../src/rubric/model";
import { workedBands, workedCriteria } from "../support/worked-example";

const rubric: Rubric = {
  id: "visit",
  title: "Visit",
  version: 1,
  status: "draft",
  settings: { scale: 100, decimals: 1 },
  criteria: workedCriteria,
  bands: workedBands,
};
const ids = (r: Rubric) => r.criteria.map((c) => c.id);
const froms = (r: Rubric) => r.bands.map((b) => b.from);
const extra = { id: "X", label: "Extra", kind: "score" as const, weight: 5, max: 4, allowNA: true };

describe("the pane's commands (by index)", () => {
  test("add appends, remove, move and update address a row", () => {
    expect(ids(applyChange(rubric, { type: "add-criterion", criterion: extra }))).toEqual([...ids(rubric), "X"]);
    expect(ids(applyChange(rubric, { type: "remove-criterion", index: 0 }))).toEqual(["Q2", "Q3", "Q4", "Q5", "B1"]);
    expect(ids(applyChange(rubric, { type: "move-criterion", index: 5, to: 0 }))).toEqual([
      "B1",
      ...ids(rubric).slice(0, 5),
    ]);
    const updated = applyChange(rubric, { type: "update-criterion", index: 1, patch: { weight: 3, label: "Two" } });
    expect(updated.criteria[1]).toEqual({ ...workedCriteria[1], weight: 3, label: "Two" });
  });
  test("an index out of range changes nothing", () => {
    expect(applyChange(rubric, { type: "remove-criterion", index: 6 })).toBe(rubric);
    expect(applyChange(rubric, { type: "move-criterion", index: 0, to: 6 })).toBe(rubric);
    expect(applyChange(rubric, { type: "update-criterion", index: -1, patch: { weight: 1 } })).toBe(rubric);
  });
});

describe("a diff's commands (criteria by id, ignoring case)", () => {
  test("add after a criterion, or first", () => {
    expect(ids(applyChange(rubric, { type: "add-criterion", criterion: extra, after: "q2" }))).toEqual([
      "Q1",
      "Q2",
      "X",
      "Q3",
      "Q4",
      "Q5",
      "B1",
    ]);
    expect(ids(applyChange(rubric, { type: "add-criterion", criterion: extra, after: null }))[0]).toBe("X");
  });
  test("place moves a criterion after another; retire removes it", () => {
    expect(ids(applyChange(rubric, { type: "place-criterion", id: "b1", after: "Q1" }))).toEqual([
      "Q1",
      "B1",
      "Q2",
      "Q3",
      "Q4",
      "Q5",
    ]);
    expect(ids(applyChange(rubric, { type: "place-criterion", id: "Q3", after: null }))[0]).toBe("Q3");
    expect(ids(applyChange(rubric, { type: "retire-criterion", id: "q5" }))).toEqual(["Q1", "Q2", "Q3", "Q4", "B1"]);
  });
  test("set a field; undefined removes an optional field", () => {
    const described = applyChange(rubric, { type: "set-criterion-field", id: "q1", field: "description", value: "d" });
    expect(described.criteria[0]).toEqual({ ...workedCriteria[0], description: "d" });
    const cleared = applyChange(described, {
      type: "set-criterion-field",
      id: "Q1",
      field: "description",
      value: undefined,
    });
    expect("description" in cleared.criteria[0]).toBe(false);
    expect(
      applyChange(rubric, { type: "set-criterion-field", id: "q1", field: "id", value: "q1" }).criteria[0].id,
    ).toBe("q1");
  });
  test("an id that is not there changes nothing", () => {
    for (const change of [
      { type: "retire-criterion", id: "Z9" },
      { type: "place-criterion", id: "Z9", after: null },
      { type: "set-criterion-field", id: "Z9", field: "weight", value: 1 },
    ] as const) {
      expect(applyChange(rubric, change)).toBe(rubric);
    }
  });
});

describe("bands, settings and text", () => {
  test("add, remove and set a band field by index", () => {
    expect(froms(applyChange(rubric, { type: "add-band", index: 2, band: { from: 70, points: 1.2 } }))).toEqual([
      null,
      60,
      70,
      75,
      85,
      101,
      110,
    ]);
    expect(froms(applyChange(rubric, { type: "remove-band", index: 0 }))).toEqual([60, 75, 85, 101, 110]);
    expect(applyChange(rubric, { type: "set-band-field", index: 1, field: "label", value: "Pass" }).bands[1]).toEqual({
      from: 60,
      points: 1,
      label: "Pass",
    });
    expect(applyChange(rubric, { type: "remove-band", index: 9 }).bands).toEqual(rubric.bands);
  });
  test("settings, title and description", () => {
    const changed = applyChanges(rubric, [
      { type: "set-setting", field: "decimals", value: 2 },
      { type: "set-rubric-text", field: "title", value: "Visit v2" },
      { type: "set-rubric-text", field: "description", value: "why" },
    ]);
    expect(changed).toEqual({
      ...rubric,
      settings: { scale: 100, decimals: 2 },
      title: "Visit v2",
      description: "why",
    });
    expect(rubric.settings.decimals).toBe(1); // the original is untouched
  });
  test("indexOfCriterion ignores case", () => {
    expect(indexOfCriterion(rubric.criteria, "b1")).toBe(5);
    expect(indexOfCriterion(rubric.criteria, "nope")).toBe(-1);
  });
});
