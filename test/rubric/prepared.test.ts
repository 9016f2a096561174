import { PREPARED_CAPACITY, prepareCriteria } from "../../src/rubric/prepared";
import { readCriteriaTable } from "../../src/rubric/table";
import { describeProblem } from "../../src/rubric/problem";
import { workedCriteriaCells, workedScores } from "../support/worked-example";

// Reading the table is where preparing starts: counting its calls counts preparations.
jest.mock("../../src/rubric/table", () => {
  const actual = jest.requireActual("../../src/rubric/table");
  return { ...actual, readCriteriaTable: jest.fn(actual.readCriteriaTable) };
});
const reads = readCriteriaTable as jest.MockedFunction<typeof readCriteriaTable>;
/** How many tables `run` prepared. */
const preparations = (run: () => void) => {
  const before = reads.mock.calls.length;
  run();
  return reads.mock.calls.length - before;
};

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
    expect(prepareCriteria(renamed, { scale: 100, decimals: 1 }).problems.map((p) => describeProblem(p))).toEqual([
      "criteria: no column headed Weight",
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
    expect(prepared.problems[0]).toMatchObject({ location: { id: "Q2", field: "weight" }, code: "negative" });
  });
});

// A workbook with many published versions: the sheet hands RUBRIC.TOTAL each row's version's criteria (header row
// and 20 criteria), and rows of every version recalculate in turn.
describe("prepareCriteria across the versions of a rubric", () => {
  const settings = { scale: 100, decimals: 1 };
  /** Version v of a 20-criteria rubric (the k-th test's own ids): a different weight somewhere in each. */
  const versionCells = (k: string, v: number): unknown[][] => [
    ["ID", "Criterion", "Kind", "Weight", "Max", "Allow NA"],
    ...Array.from({ length: 20 }, (_, i) => [
      `${k}${i + 1}`,
      `Criterion ${i + 1}`,
      "score",
      10 + (i === v % 20 ? v : 0),
      10,
      false,
    ]),
  ];
  /** The evaluation rows of a recalculation: `rows` rows whose versions go round 1..versions, each a fresh copy. */
  const recalculate = (k: string, versions: number, rows: number) => {
    for (let row = 0; row < rows; row++) {
      const v = 1 + ((row * 7) % versions);
      const prepared = prepareCriteria(versionCells(k, v), settings);
      expect(prepared.criteria[v % 20].weight).toBe(10 + v);
    }
  };

  test("50 versions, 1,000 rows in mixed order: each version is prepared once", () => {
    expect(preparations(() => recalculate("A", 50, 1000))).toBe(50);
    // and a second recalculation prepares nothing.
    expect(preparations(() => recalculate("A", 50, 1000))).toBe(0);
  });

  test("the same version on row after row is prepared once", () => {
    expect(preparations(() => Array.from({ length: 100 }, () => prepareCriteria(versionCells("B", 3), settings)))).toBe(
      1,
    );
  });

  test(`${PREPARED_CAPACITY} tables are kept; the one used least recently makes room for a new one`, () => {
    const tables = Array.from({ length: PREPARED_CAPACITY + 1 }, (_, v) => versionCells("C", v + 1));
    expect(preparations(() => tables.slice(0, PREPARED_CAPACITY).forEach((t) => prepareCriteria(t, settings)))).toBe(
      PREPARED_CAPACITY,
    );
    // Table 0 is used again, so table 1 is now the least recently used: the 65th table pushes it out.
    expect(
      preparations(() =>
        prepareCriteria(
          tables[0].map((r) => r.slice()),
          settings,
        ),
      ),
    ).toBe(0);
    expect(preparations(() => prepareCriteria(tables[PREPARED_CAPACITY], settings))).toBe(1);
    expect(
      preparations(() =>
        prepareCriteria(
          tables[0].map((r) => r.slice()),
          settings,
        ),
      ),
    ).toBe(0);
    expect(
      preparations(() =>
        prepareCriteria(
          tables[2].map((r) => r.slice()),
          settings,
        ),
      ),
    ).toBe(0);
    expect(
      preparations(() =>
        prepareCriteria(
          tables[1].map((r) => r.slice()),
          settings,
        ),
      ),
    ).toBe(1);
  });

  test("tables alike in size, numbers and the ends of their texts are still told apart by their cells", () => {
    const one = [
      ["ID", "Weight", "Max"],
      ["AxB", 1, 10],
      ["AyB", 3, 10],
    ];
    const other = [
      ["ID", "Weight", "Max"],
      ["AyB", 1, 10],
      ["AxB", 3, 10],
    ];
    const first = prepareCriteria(one, settings);
    const second = prepareCriteria(other, settings);
    expect(second).not.toBe(first);
    expect(second.criteria.map((c) => [c.id, c.weight])).toEqual([
      ["AyB", 1],
      ["AxB", 3],
    ]);
    expect(
      prepareCriteria(
        one.map((r) => r.slice()),
        settings,
      ),
    ).toBe(first);
    // Weights closer than the fingerprint sees.
    const fine = [
      ["ID", "Weight", "Max"],
      ["Z", 1.00001, 10],
    ];
    const finer = [
      ["ID", "Weight", "Max"],
      ["Z", 1.00002, 10],
    ];
    expect(prepareCriteria(fine, settings).criteria[0].weight).toBe(1.00001);
    expect(prepareCriteria(finer, settings).criteria[0].weight).toBe(1.00002);
  });
});
