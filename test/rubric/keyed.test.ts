import { matchColumns } from "../../src/rubric/keyed";

const criteria = [{ id: "A" }, { id: "B" }, { id: "C" }];

describe("matchColumns", () => {
  test("same ids in the same order", () => {
    expect(matchColumns(criteria, ["A", "B", "C"])).toEqual({ ok: true, columnOf: [0, 1, 2], inOrder: true });
  });
  test("columns in another order, ids in another case", () => {
    expect(matchColumns(criteria, ["c", " a ", "B"])).toEqual({ ok: true, columnOf: [1, 2, 0], inOrder: false });
  });
  test("extra (retired) columns and blank headers are ignored", () => {
    expect(matchColumns(criteria, ["OLD", "A", null, "B", 0, "C"])).toEqual({
      ok: true,
      columnOf: [1, 3, 5],
      inOrder: false,
    });
    expect(matchColumns(criteria, ["A", "B", "C", "OLD"])).toEqual({ ok: true, columnOf: [0, 1, 2], inOrder: false });
  });
  test("a criterion without a column", () => {
    expect(matchColumns(criteria, ["A", "C"])).toEqual({
      ok: false,
      code: "missing",
      reason: { code: "missing-column", params: { id: "B" } },
    });
  });
  test("two columns with one id", () => {
    expect(matchColumns(criteria, ["A", "B", "C", "a"])).toEqual({
      ok: false,
      code: "duplicate",
      reason: { code: "duplicate-column", params: { id: "a" } },
    });
  });
});
