import { prepareCriteria } from "../../src/rubric/prepared";
import { workedCriteriaCells, workedScores } from "../support/worked-example";

const copy = (cells: unknown[][]) => cells.map((row) => row.slice());
const totalOf = (cells: unknown[][], decimals = 1) => {
  const prepared = prepareCriteria(cells, { scale: 100, decimals });
  const outcome = prepared.scorer?.score(workedScores);
  return outcome?.status === "total" ? outcome.total : outcome;
};

describe("prepareCriteria", () => {
  test("the same content in fresh arrays gives the same prepared criteria", () => {
    const first = prepareCriteria(copy(workedCriteriaCells), { scale: 100, decimals: 1 });
    expect(prepareCriteria(copy(workedCriteriaCells), { scale: 100, decimals: 1 })).toBe(first);
  });

  test("any edited cell is seen at once", () => {
    expect(totalOf(copy(workedCriteriaCells))).toBe(88);
    const edited = copy(workedCriteriaCells);
    edited[1][3] = 60; // Q1's weight 30 -> 60
    // base = 100 × (60·0.8 + 14 + 18 + 12 + 10) / 130 = 78.46; + 10 bonus
    expect(totalOf(edited)).toBe(88.5);
    expect(totalOf(copy(workedCriteriaCells))).toBe(88);
  });

  test("an added row, a changed header and other decimals are all seen", () => {
    const added = [...copy(workedCriteriaCells), ["Q6", "Q6", "score", 10, 10, false]];
    expect(prepareCriteria(added, { scale: 100, decimals: 1 }).criteria).toHaveLength(7);
    const renamed = copy(workedCriteriaCells);
    renamed[0][3] = "Weighting";
    expect(prepareCriteria(renamed, { scale: 100, decimals: 1 }).problems.map((p) => p.message)).toEqual([
      "no column headed Weight",
    ]);
    const cells = [
      ["ID", "Weight", "Max"],
      ["A", 1, 3],
    ];
    expect(prepareCriteria(cells, { scale: 100, decimals: 1 }).scorer?.score([2])).toMatchObject({ total: 66.7 });
    expect(prepareCriteria(cells, { scale: 100, decimals: 2 }).scorer?.score([2])).toMatchObject({ total: 66.67 });
  });

  test("another scale is seen too", () => {
    const cells = [
      ["ID", "Weight", "Max"],
      ["A", 1, 10],
    ];
    expect(prepareCriteria(cells, { scale: 100, decimals: 1 }).scorer?.score([7])).toMatchObject({ total: 70 });
    expect(prepareCriteria(cells, { scale: 10, decimals: 1 }).scorer?.score([7])).toMatchObject({ total: 7 });
  });

  test("problems are kept with the criteria, and no scorer is made", () => {
    const bad = copy(workedCriteriaCells);
    bad[2][3] = -1;
    const prepared = prepareCriteria(bad, { scale: 100, decimals: 1 });
    expect(prepared.scorer).toBeUndefined();
    expect(prepared.problems[0]).toMatchObject({ location: { id: "Q2", field: "weight" }, message: "is negative" });
  });
});
