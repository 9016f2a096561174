import { applyChanges } from "../../src/rubric/change";
import { impactOf } from "../../src/rubric/change-impact";
import { commandsOf, diffRubrics } from "../../src/rubric/diff";
import { longestIncreasing } from "../../src/rubric/diff-criteria";
import { Criterion, Rubric } from "../../src/rubric/model";
import { workedBands, workedCriteria } from "../support/worked-example";

const base: Rubric = {
  id: "visit",
  title: "Visit",
  version: 1,
  status: "final",
  settings: { scale: 100, decimals: 1 },
  criteria: workedCriteria,
  bands: workedBands,
};
const withCriteria = (criteria: Criterion[]): Rubric => ({ ...base, criteria });
const edit = (i: number, fields: Partial<Criterion>): Rubric =>
  withCriteria(workedCriteria.map((c, k) => (k === i ? { ...c, ...fields } : c)));
/** Each change as [type, impact], the shape most tests check. */
const summary = (from: Rubric, to: Rubric) => diffRubrics(from, to).map((c) => [c.change.type, c.impact]);
const levels = [
  { label: "Not done", points: 0 },
  { label: "Done", points: 10 },
];

test("no change between a version and itself, nor from its identity (id, version, status)", () => {
  expect(diffRubrics(base, base)).toEqual([]);
  expect(diffRubrics(base, { ...base, id: "other", version: 2, status: "draft" })).toEqual([]);
  expect(diffRubrics(base, edit(0, { description: undefined }))).toEqual([]);
});

test("settings, title and description: old and new values", () => {
  const to = { ...base, settings: { scale: 10, decimals: 2 }, title: "Visit 2", description: "new" };
  expect(diffRubrics(base, to)).toEqual([
    { change: { type: "set-setting", field: "scale", value: 10 }, before: 100, after: 10, impact: "scoring" },
    { change: { type: "set-setting", field: "decimals", value: 2 }, before: 1, after: 2, impact: "scoring" },
    {
      change: { type: "set-rubric-text", field: "title", value: "Visit 2" },
      before: "Visit",
      after: "Visit 2",
      impact: "text",
    },
    {
      change: { type: "set-rubric-text", field: "description", value: "new" },
      before: undefined,
      after: "new",
      impact: "text",
    },
  ]);
});

describe("criterion fields", () => {
  test.each([
    ["label", { label: "Prepared" }, "text"],
    ["description", { description: "Why it matters" }, "text"],
    ["section", { section: "Before" }, "text"],
    ["id case", { id: "q1" }, "text"],
    ["kind", { kind: "gate" }, "scoring"],
    ["weight", { weight: 31 }, "scoring"],
    ["max", { max: 5 }, "scoring"],
    ["allowNA", { allowNA: true }, "scoring"],
    ["levels added", { levels }, "scoring"],
  ] as const)("%s", (_, fields, impact) => {
    const [[field, value]] = Object.entries(fields);
    const id = field === "id" ? value : "Q1";
    expect(diffRubrics(base, edit(0, fields))).toEqual([
      {
        change: { type: "set-criterion-field", id, field, value },
        before: (workedCriteria[0] as unknown as Record<string, unknown>)[field],
        after: value,
        impact,
      },
    ]);
  });
  test("levels: a label is text, points (or their order: keys 1-9 pick by position) are scoring", () => {
    const from = edit(0, { levels });
    const relabelled = [levels[0], { label: "Fully done", points: 10, description: "all of it" }];
    expect(summary(from, edit(0, { levels: relabelled }))).toEqual([["set-criterion-field", "text"]]);
    expect(summary(from, edit(0, { levels: [levels[0], { label: "Done", points: 8 }] }))).toEqual([
      ["set-criterion-field", "scoring"],
    ]);
    expect(summary(from, edit(0, { levels: [levels[1], levels[0]] }))).toEqual([["set-criterion-field", "scoring"]]);
    expect(summary(edit(0, { levels: [] }), base)).toEqual([["set-criterion-field", "text"]]);
  });
  test("fields come in a fixed order, after the criterion's placement", () => {
    const to = withCriteria([{ ...workedCriteria[5], weight: 5, label: "Bonus" }, ...workedCriteria.slice(0, 5)]);
    expect(diffRubrics(base, to).map((c) => [c.change.type, "field" in c.change ? c.change.field : ""])).toEqual([
      ["place-criterion", ""],
      ["set-criterion-field", "label"],
      ["set-criterion-field", "weight"],
    ]);
  });
});

describe("criteria added, retired and moved", () => {
  const extra: Criterion = { id: "X1", label: "Extra", kind: "penalty", weight: 5, max: 1, allowNA: false };
  test("added where it stands in the new version; retired after the criteria in the new order", () => {
    const to = withCriteria([extra, ...workedCriteria.slice(1)]);
    expect(diffRubrics(base, to)).toEqual([
      { change: { type: "add-criterion", criterion: extra, after: null }, after: extra, impact: "scoring" },
      { change: { type: "retire-criterion", id: "Q1" }, before: workedCriteria[0], impact: "scoring" },
    ]);
    const inside = withCriteria([...workedCriteria.slice(0, 2), extra, ...workedCriteria.slice(2)]);
    expect(diffRubrics(base, inside)[0].change).toEqual({ type: "add-criterion", criterion: extra, after: "Q2" });
  });
  test("one criterion moved to the end is one move (text), with its old and new position", () => {
    const to = withCriteria([...workedCriteria.slice(1), workedCriteria[0]]);
    expect(diffRubrics(base, to)).toEqual([
      { change: { type: "place-criterion", id: "Q1", after: "B1" }, before: 0, after: 5, impact: "text" },
    ]);
  });
  test("a reversal moves all but one", () => {
    const to = withCriteria([...workedCriteria].reverse());
    const changes = diffRubrics(base, to);
    expect(changes).toHaveLength(5);
    expect(applyChanges(base, commandsOf(changes))).toEqual(to);
  });
  test("repeated ids (ignoring case) are refused", () => {
    const twice = withCriteria([...workedCriteria, { ...workedCriteria[0], id: "q1" }]);
    expect(() => diffRubrics(twice, base)).toThrow(RangeError);
    expect(() => diffRubrics(base, twice)).toThrow(/q1 repeats/);
  });
  test("longestIncreasing keeps the longest run in order", () => {
    expect(longestIncreasing([1, 2, 3, 4, 0])).toEqual([1, 2, 3, 4]);
    expect(longestIncreasing([4, 0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
    expect(longestIncreasing([3, 1, 2])).toEqual([1, 2]);
    expect(longestIncreasing([])).toEqual([]);
  });
});

describe("bands: matched by From", () => {
  const withBands = (bands: Rubric["bands"]): Rubric => ({ ...base, bands });
  const [open, b60, b75, b85, b101, b110] = workedBands;
  test("re-pointed (scoring) and relabelled (text) at the same From", () => {
    const to = withBands([open, { ...b60, points: 1.2 }, { ...b75, label: "Good" }, b85, b101, b110]);
    expect(diffRubrics(base, to)).toEqual([
      {
        change: { type: "set-band-field", index: 1, field: "points", value: 1.2 },
        before: 1,
        after: 1.2,
        impact: "scoring",
      },
      {
        change: { type: "set-band-field", index: 2, field: "label", value: "Good" },
        before: undefined,
        after: "Good",
        impact: "text",
      },
    ]);
  });
  test("moved: a From changed between two bands that kept theirs", () => {
    const to = withBands([open, b60, { ...b75, from: 78 }, b85, b101, b110]);
    expect(summary(base, to)).toEqual([["set-band-field", "scoring"]]);
    expect(diffRubrics(base, to)[0].change).toEqual({ type: "set-band-field", index: 2, field: "from", value: 78 });
  });
  test("an inserted band is one addition, not every band above it changed", () => {
    const added = { from: 70, points: 1.2, label: "Fair" };
    const to = withBands([open, b60, added, b75, b85, b101, b110]);
    expect(diffRubrics(base, to)).toEqual([
      { change: { type: "add-band", index: 2, band: added }, after: added, impact: "scoring" },
    ]);
  });
  test("removed bands are reported at their place among the new ones", () => {
    const to = withBands([open, b75, b85, b110]);
    expect(diffRubrics(base, to).map((c) => c.change)).toEqual([
      { type: "remove-band", index: 1 },
      { type: "remove-band", index: 3 },
    ]);
    expect(applyChanges(base, commandsOf(diffRubrics(base, to)))).toEqual(to);
  });
});

test("impactOf the pane's commands", () => {
  expect(impactOf(base, { type: "move-criterion", index: 0, to: 2 })).toBe("text");
  expect(impactOf(base, { type: "update-criterion", index: 0, patch: { label: "x", weight: 30 } })).toBe("text");
  expect(impactOf(base, { type: "update-criterion", index: 0, patch: { label: "x", weight: 3 } })).toBe("scoring");
  expect(impactOf(base, { type: "remove-criterion", index: 0 })).toBe("scoring");
});
