// The RUBRIC.* functions called as Excel calls them: ranges as any[][], a single cell as [[v]], omitted optionals
// as null, empty cells as null (web) or 0 (desktop).
import { band, check, points, score, total } from "../../src/functions/functions";
import { workedBandCells, workedCriteriaCells, workedScores } from "../support/worked-example";

const row = (...values: unknown[]) => [values];
const column = (...values: unknown[]) => values.map((v) => [v]);
const ids = row("Q1", "Q2", "Q3", "Q4", "Q5", "B1");
/** Excel passes an omitted optional argument as null, whatever its declared type. */
const omitted = null as unknown as undefined;

/** The Excel error a call raises: its code and message. */
function excelError(call: () => unknown): { code: string; message: string } {
  try {
    const result = call();
    throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
  } catch (e) {
    if (!(e instanceof CustomFunctions.Error)) throw e;
    return { code: e.code, message: e.message ?? "" };
  }
}

describe("RUBRIC.TOTAL", () => {
  test("the worked example: 88.0", () => {
    expect(total(row(...workedScores), ids, workedCriteriaCells, null)).toBe(88);
  });

  test("scores as a column, ids as a column", () => {
    expect(total(column(...workedScores), column("Q1", "Q2", "Q3", "Q4", "Q5", "B1"), workedCriteriaCells)).toBe(88);
  });

  test("reordering criteria rows or score columns never mis-assigns a score", () => {
    const [header, ...rows] = workedCriteriaCells;
    const reversed = [header, ...rows.slice().reverse()];
    expect(total(row(...workedScores), ids, reversed)).toBe(88);
    const order = [5, 2, 0, 4, 1, 3];
    expect(
      total(row(...order.map((i) => workedScores[i])), row(...order.map((i) => ids[0][i])), workedCriteriaCells),
    ).toBe(88);
  });

  test("header lookup ignores case and column order, and reads Chinese headers and kinds", () => {
    const cells = [
      ["max", "KIND", "weight", "id"],
      ...workedCriteriaCells.slice(1).map((r) => [r[4], r[2], r[3], r[0]]),
    ];
    expect(total(row(...workedScores), ids, cells)).toBe(88);
    const chinese = [
      ["编号", "评价项", "类型", "权重", "满分", "允许不适用"],
      ...workedCriteriaCells.slice(1).map((r) => [r[0], r[1], r[2] === "bonus" ? "加分" : "得分", r[3], r[4], "否"]),
    ];
    expect(total(row(...workedScores), ids, chinese)).toBe(88);
  });

  test("a retired score column (id not in the criteria) is ignored", () => {
    expect(total(row(...workedScores, 3), row(...ids[0], "OLD"), workedCriteriaCells)).toBe(88);
  });

  test("decimals", () => {
    const cells = [
      ["ID", "Weight", "Max"],
      ["A", 1, 3],
    ];
    expect(total(row(2), row("A"), cells, [[2]])).toBe(66.67);
    expect(total(row(2), row("A"), cells, 0)).toBe(67);
    expect(total(row(2), row("A"), cells)).toBe(66.7);
    expect(excelError(() => total(row(2), row("A"), cells, 1.5))).toEqual({
      code: "#VALUE!",
      message: "decimals: 1.5 is not a whole number from 0 to 6",
    });
  });

  describe("blanks", () => {
    test("all blank gives empty text, on the web (null) and as empty strings", () => {
      expect(total(row(null, null, null, null, null, null), ids, workedCriteriaCells)).toBe("");
      expect(total(row("", "", "", "", "", ""), ids, workedCriteriaCells)).toBe("");
    });
    test("some blank gives the text k of n not scored, in the criteria table's language", () => {
      expect(total(row(8, 7, null, 6, "", 1), ids, workedCriteriaCells)).toBe("2 of 6 not scored");
      const chinese = [["编号", "权重", "满分"], ...workedCriteriaCells.slice(1).map((r) => [r[0], r[3], r[4]])];
      expect(total(row(8, 7, null, 6, "", 1), ids, chinese)).toBe("6项中2项未评分");
    });
    test("0 is a score", () => {
      expect(total(row(0, 0, 0, 0, 0, 0), ids, workedCriteriaCells)).toBe(0);
    });
  });

  describe("errors name the criterion and the problem", () => {
    test.each([
      [row(8, "good", 9, 6, 10, 1), "#VALUE!", 'Q2: "good" is not a number, NA or blank'],
      [row(8, 7, 11, 6, 10, 1), "#VALUE!", "Q3: 11 is outside 0..10"],
      [row(8, 7, 9, 6, 10, 2), "#VALUE!", "B1: 2 is outside 0..1"],
      [row("NA", 7, 9, 6, 10, 1), "#VALUE!", "Q1: NA is not allowed"],
      [row(8, 7, 9, 6, 10, true), "#VALUE!", "B1: true is not a number, NA or blank"],
    ])("%j", (scores, code, message) => {
      expect(excelError(() => total(scores, ids, workedCriteriaCells))).toEqual({ code, message });
    });

    test("every score criterion NA", () => {
      const cells = [
        ["ID", "Kind", "Weight", "Max", "Allow NA"],
        ["A", "score", 1, 10, "yes"],
        ["X", "bonus", 5, 1, "no"],
      ];
      expect(excelError(() => total(row("NA", 1), row("A", "X"), cells))).toEqual({
        code: "#N/A",
        message: "every score criterion is NA",
      });
    });

    test("applicable weights summing to 0", () => {
      const cells = [
        ["ID", "Weight", "Max", "Allow NA"],
        ["A", 0, 10, false],
        ["B", 2, 10, true],
      ];
      expect(excelError(() => total(row(5, "n/a"), row("A", "B"), cells))).toEqual({
        code: "#N/A",
        message: "weights of the applicable score criteria sum to 0",
      });
    });

    test("argument lengths that differ", () => {
      expect(excelError(() => total(row(1, 2, 3), row("A", "B"), workedCriteriaCells))).toEqual({
        code: "#VALUE!",
        message: "3 scores but 2 ids",
      });
    });

    test("a criterion with no score column is #N/A naming it", () => {
      expect(
        excelError(() => total(row(8, 7, 9, 6, 10), row("Q1", "Q2", "Q3", "Q4", "Q5"), workedCriteriaCells)),
      ).toEqual({
        code: "#N/A",
        message: "B1 has no score column",
      });
    });

    test("two score columns with one id", () => {
      expect(
        excelError(() => total(row(8, 7, 9, 6, 10, 1, 1), row(...ids[0], "b1"), workedCriteriaCells)).message,
      ).toBe("ids: b1 appears twice");
    });

    test("an invalid rubric says which rule", () => {
      const cells = [
        ["ID", "Weight", "Max"],
        ["Q1", -3, 10],
        ["Q1", 1, 0],
      ];
      expect(excelError(() => total(row(1, 1), row("Q1", "Q2"), cells))).toEqual({
        code: "#VALUE!",
        message:
          "invalid rubric: Q1: weight is negative; Q1: id repeats the id of criterion 1 (ids ignore case); Q1: max must be > 0",
      });
      expect(excelError(() => total(row(1), row("A"), [["Name"], ["A"]])).message).toBe(
        "invalid rubric: criteria: no column headed ID, Weight, Max",
      );
    });

    test("a two-dimensional scores range", () => {
      expect(
        excelError(() =>
          total(
            [
              [1, 2],
              [3, 4],
            ],
            row("A", "B"),
            workedCriteriaCells,
          ),
        ),
      ).toEqual({
        code: "#VALUE!",
        message: "scores: expected one row or one column, got 2×2 cells",
      });
    });

    test("messages longer than Excel shows are cut at 255 characters", () => {
      const cells = [["ID", "Weight", "Max"], ...Array.from({ length: 30 }, (_, i) => [`C${i}`, -1, 10])];
      const { message } = excelError(() => total(row(1), row("C0"), cells));
      expect(message.length).toBe(255);
      expect(message.endsWith("…")).toBe(true);
    });
  });
});

// A blank rubric cell as RUBRIC.* receives it: null from Excel on the web, "" through the sheet formulas' blank guard
// (which desktop Excel needs: there an unguarded empty cell arrives as 0, a typed 0 to the function).
describe.each([
  ["null (web)", null],
  ['"" (blank guard)', ""],
])("a blank rubric cell as %s", (_, blank) => {
  /** The worked example's criteria with one cell replaced: column 2 Kind, 3 Weight, 4 Max, 5 Allow NA. */
  const withCell = (row: number, column: number, value: unknown) =>
    workedCriteriaCells.map((r, i) => (i === row ? r.map((v, j) => (j === column ? value : v)) : r));
  const withBand = (row: number, column: number, value: unknown) =>
    workedBandCells.map((r, i) => (i === row ? r.map((v, j) => (j === column ? value : v)) : r));

  test.each([
    [3, "Q1: weight is blank"],
    [4, "Q1: max is blank"],
  ])("column %i: an error naming the criterion and field", (column, message) => {
    expect(excelError(() => total(row(...workedScores), ids, withCell(1, column, blank)))).toEqual({
      code: "#VALUE!",
      message: `invalid rubric: ${message}`,
    });
    expect(check(withCell(1, column, blank))).toBe(message);
  });

  test("Kind: score; Allow NA: no", () => {
    expect(total(row(...workedScores), ids, withCell(1, 2, blank))).toBe(88);
    expect(total(row(...workedScores), ids, withCell(1, 5, blank))).toBe(88);
    expect(excelError(() => total(row("NA", 7, 9, 6, 10, 1), ids, withCell(1, 5, blank))).message).toBe(
      "Q1: NA is not allowed",
    );
  });

  test("band From: only the first band may be blank; Points: an error", () => {
    expect(points(88, withBand(1, 0, blank))).toBe(2);
    expect(excelError(() => points(88, withBand(2, 0, blank))).message).toBe(
      "invalid bands: bands: row 2: from is blank (only the first band may start open)",
    );
    expect(excelError(() => points(88, withBand(3, 1, blank))).message).toBe(
      "invalid bands: bands: row 3: points is blank",
    );
  });
});

describe("settings and error values", () => {
  test("an omitted setting takes its default; a blank one (as the sheet passes it) names the setting", () => {
    expect(total(row(...workedScores), ids, workedCriteriaCells, null, null)).toBe(88);
    expect(excelError(() => total(row(...workedScores), ids, workedCriteriaCells, ""))).toEqual({
      code: "#VALUE!",
      message: "decimals: the setting is blank (a whole number from 0 to 6)",
    });
    expect(excelError(() => total(row(...workedScores), ids, workedCriteriaCells, 1, [[""]]))).toEqual({
      code: "#VALUE!",
      message: "scale: the setting is blank (a number > 0)",
    });
  });

  test("an error value in Allow NA or Kind is an error, not no or score", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    const cells = (column: number) =>
      workedCriteriaCells.map((r, i) => (i === 1 ? r.map((v, j) => (j === column ? na : v)) : r));
    expect(excelError(() => total(row(...workedScores), ids, cells(5))).message).toBe(
      "invalid rubric: Q1: allowNA #N/A is not yes or no",
    );
    expect(excelError(() => total(row(...workedScores), ids, cells(2))).message).toBe(
      "invalid rubric: Q1: kind #N/A is not a kind",
    );
  });
});

describe("RUBRIC.SCORE", () => {
  const weights = row(30, 20, 20, 20, 10, 10);
  const maxima = row(10, 10, 10, 10, 10, 1);
  const kinds = row("score", "score", "score", "score", "score", "bonus");

  test("the worked example, positionally: 88.0", () => {
    expect(score(row(...workedScores), weights, maxima, kinds, omitted)).toBe(88);
  });

  test("one maximum for all; kinds default to score", () => {
    expect(score(row(8, 7, 9, 6, 10), row(30, 20, 20, 20, 10), [[10]])).toBe(78);
  });

  test("desktop passes an empty kinds cell as 0: that is score", () => {
    expect(score(row(8, 7, 9, 6, 10, 1), weights, maxima, row(0, 0, 0, 0, 0, "bonus"))).toBe(88);
  });

  test("NA is allowed for any criterion and renormalises", () => {
    expect(score(row(8, "NA"), row(1, 3), [[10]])).toBe(80);
  });

  test("errors name the criterion by position", () => {
    expect(excelError(() => score(row(8, 12), row(1, 1), [[10]]))).toEqual({
      code: "#VALUE!",
      message: "criterion 2: 12 is outside 0..10",
    });
    expect(excelError(() => score(row(8, 7), row(1, -1), [[10]]))).toEqual({
      code: "#VALUE!",
      message: "invalid rubric: criterion 2: weight is negative",
    });
    expect(excelError(() => score(row(8, 7), row(1, "x"), [[10]])).message).toBe(
      'invalid rubric: criterion 2: weight "x" is not a number',
    );
    expect(excelError(() => score(row(8, 7), row(1, 1), [[10]], row("score", "extra"))).message).toBe(
      'invalid rubric: criterion 2: kind "extra" is not a kind',
    );
  });

  test("argument lengths that differ are named", () => {
    expect(excelError(() => score(row(1, 2, 3), row(1, 1), row(10, 10), row("score")))).toEqual({
      code: "#VALUE!",
      message: "3 scores but 2 weights, 2 maxima, 1 kinds",
    });
  });

  test("blanks: all blank is empty, some blank is #N/A", () => {
    expect(score(row(null, null), row(1, 1), [[10]])).toBe("");
    expect(excelError(() => score(row(5, null), row(1, 1), [[10]]))).toEqual({
      code: "#N/A",
      message: "1 of 2 criteria not scored",
    });
  });
});

describe("RUBRIC.POINTS and RUBRIC.BAND", () => {
  test("the worked example: 88.0 gives 2 points", () => {
    expect(points(88, workedBandCells)).toBe(2);
    expect(points([[88]], workedBandCells)).toBe(2);
  });

  test("band edges: exactly on a from, below the first, open top", () => {
    const bands = workedBandCells;
    expect([0, 59.9, 60, 75, 84.9, 85, 100, 101, 109.9, 110, 500].map((t) => points(t, bands))).toEqual([
      0, 0, 1, 1.5, 1.5, 2, 2, 2.5, 2.5, 3, 3,
    ]);
    const closed = [
      [60, 1],
      [75, 2],
    ];
    expect(excelError(() => points(59.9, closed))).toEqual({
      code: "#N/A",
      message: "total 59.9 is below the lowest band (60)",
    });
  });

  test("a blank total gives empty text", () => {
    expect(points("", workedBandCells)).toBe("");
    expect(points(null, workedBandCells)).toBe("");
    expect(band("", workedBandCells)).toBe("");
  });

  test("BAND gives the label, or the range when there is no label column", () => {
    const labelled = [
      ["From", "Points", "Label"],
      [null, 0, "Below 60"],
      [60, 1, "Pass"],
      [85, 2, ""],
    ];
    expect(band(50, labelled)).toBe("Below 60");
    expect(band(60, labelled)).toBe("Pass");
    expect(band(90, labelled)).toBe("≥ 85");
    const unlabelled = [
      [null, 0],
      [60, 1],
      [75, 1.5],
    ];
    expect([10, 60, 80].map((t) => band(t, unlabelled))).toEqual(["< 60", "60–75", "≥ 75"]);
  });

  test("bad totals and bad bands are #VALUE! with the reason", () => {
    expect(excelError(() => points("high", workedBandCells))).toEqual({
      code: "#VALUE!",
      message: 'total "high" is not a number',
    });
    expect(
      excelError(() =>
        points(70, [
          [null, 0],
          [75, 1],
          [60, 2],
        ]),
      ),
    ).toEqual({
      code: "#VALUE!",
      message: "invalid bands: bands: row 3: from 60 is not above 75",
    });
  });
});

describe("RUBRIC.CHECK", () => {
  test("OK for the worked example, with and without bands", () => {
    expect(check(workedCriteriaCells, workedBandCells)).toBe("OK");
    expect(check(workedCriteriaCells, omitted)).toBe("OK");
  });
  test("every problem as one text", () => {
    const criteria = [
      ["ID", "Criterion", "Weight", "Max"],
      ["Q1", "One", 1, 10],
      ["Q3", "Three", -2, 10],
    ];
    const bands = [
      ["From", "Points"],
      [null, 0],
      [60, 1],
      [80, 2],
      [70, 3],
    ];
    expect(check(criteria, bands)).toBe("Q3: weight is negative; bands: row 4: from 70 is not above 80");
  });
});

describe("RUBRIC.TOTAL's scale", () => {
  const cells = [
    ["ID", "Weight", "Max"],
    ["A", 1, 10],
  ];
  test("sets the base at full marks (default 100)", () => {
    expect(total(row(7), row("A"), cells, 1, 5)).toBe(3.5);
    expect(total(row(7), row("A"), cells, 1, [[10]])).toBe(7);
    expect(total(row(7), row("A"), cells, 1, omitted)).toBe(70);
  });
  test("a scale that is not a number > 0 is #VALUE!", () => {
    expect(excelError(() => total(row(7), row("A"), cells, 1, 0))).toEqual({
      code: "#VALUE!",
      message: "scale: 0 is not a number > 0",
    });
  });
});

// Each evaluation row is scored under its own version: the sheet hands RUBRIC.TOTAL that version's rows of the
// snapshot table through FILTER, which keeps the header row whatever the version, and the version itself.
describe("RUBRIC.TOTAL's version", () => {
  const header = workedCriteriaCells[0];

  test("omitted (null), the total is as without it", () => {
    expect(total(row(...workedScores), ids, workedCriteriaCells, 1, 100, omitted)).toBe(88);
    expect(excelError(() => total(row(1), row("A"), [header], 1, 100, omitted))).toEqual(
      excelError(() => total(row(1), row("A"), [header], 1, 100)),
    );
  });

  test("a version with criteria scores them as without it, given as a cell, a 1×1 range or numeric text", () => {
    expect(total(row(...workedScores), ids, workedCriteriaCells, 1, 100, 3)).toBe(88);
    expect(total(row(...workedScores), ids, workedCriteriaCells, 1, 100, [[3]])).toBe(88);
    expect(total(row(...workedScores), ids, workedCriteriaCells, 1, 100, "3")).toBe(88);
    expect(total(row(8, 7, null, 6, "", 1), ids, workedCriteriaCells, 1, 100, 3)).toBe("2 of 6 not scored");
    expect(total(row(null, null, null, null, null, null), ids, workedCriteriaCells, 1, 100, 3)).toBe("");
  });

  test("only the header row: #N/A naming the version, before the blank settings that come with it", () => {
    expect(excelError(() => total(row(...workedScores), ids, [header], 1, 100, 7))).toEqual({
      code: "#N/A",
      message: "rubric version 7 does not exist",
    });
    // The settings of a missing version are looked up with IFERROR(INDEX/MATCH), ""): they arrive blank.
    expect(excelError(() => total(row(...workedScores), ids, [header], "", "", 7))).toEqual({
      code: "#N/A",
      message: "rubric version 7 does not exist",
    });
    expect(excelError(() => total(row(...workedScores), ids, [header], [[""]], [[""]], [[7]])).message).toBe(
      "rubric version 7 does not exist",
    );
  });

  test("an existing version with a blank setting still names the setting", () => {
    expect(excelError(() => total(row(...workedScores), ids, workedCriteriaCells, "", 100, 1))).toEqual({
      code: "#VALUE!",
      message: "decimals: the setting is blank (a whole number from 0 to 6)",
    });
  });

  test.each([
    ["x", 'rubric version "x" is not a version number'],
    [0, "rubric version 0 is not a version number"],
    [-2, "rubric version -2 is not a version number"],
    [1.5, "rubric version 1.5 is not a version number"],
    ["2.5", 'rubric version "2.5" is not a version number'],
    [true, "rubric version true is not a version number"],
    ["", "rubric version is blank (a version number: 1, 2, 3, …)"],
    ["  ", "rubric version is blank (a version number: 1, 2, 3, …)"],
  ])("%j is #VALUE!, whether or not the version has rows", (version, message) => {
    for (const criteria of [workedCriteriaCells, [header]]) {
      expect(excelError(() => total(row(...workedScores), ids, criteria, 1, 100, version))).toEqual({
        code: "#VALUE!",
        message,
      });
    }
  });

  test("an error value as the version is #VALUE! naming it", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    expect(excelError(() => total(row(...workedScores), ids, workedCriteriaCells, 1, 100, na))).toEqual({
      code: "#VALUE!",
      message: "rubric version #N/A is not a version number",
    });
  });

  // Blank cells as Excel passes them: null on the web, 0 on desktop (unguarded), "" through the blank guard.
  describe.each([
    ["web (null)", null],
    ["desktop (0)", 0],
    ['the blank guard ("")', ""],
  ])("blank cells as %s", (_, blank) => {
    const blankRow = header.map(() => blank);

    test("rows of blank cells only: the version does not exist", () => {
      expect(excelError(() => total(row(...workedScores), ids, [header, blankRow, blankRow], "", "", 2))).toEqual({
        code: "#N/A",
        message: "rubric version 2 does not exist",
      });
    });

    test("blank rows among the version's criteria are skipped, as without a version", () => {
      const [, ...rows] = workedCriteriaCells;
      const cells = [header, blankRow, ...rows.slice(0, 3), blankRow, ...rows.slice(3)];
      expect(total(row(...workedScores), ids, cells, 1, 100, 2)).toBe(88);
      expect(total(row(...workedScores), ids, cells, 1, 100, 2)).toBe(total(row(...workedScores), ids, cells));
    });

    test("a criterion row with blank cells besides its id is a criterion: an invalid rubric, not a missing version", () => {
      const cells = [header, ["Q1", ...header.slice(1).map(() => blank)]];
      const { code, message } = excelError(() => total(row(5), row("Q1"), cells, 1, 100, 2));
      expect(code).toBe("#VALUE!");
      // Unguarded, desktop's 0 is a typed 0 (max must be > 0); null and "" are blank.
      expect(message).toMatch(
        blank === 0 ? /^invalid rubric: Q1: max must be > 0/ : /^invalid rubric: Q1: weight is blank/,
      );
    });
  });
});
