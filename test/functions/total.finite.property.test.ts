// RUBRIC.TOTAL never hands Excel NaN or Infinity, whatever the cells hold: extreme weights, maxima, scale and scores,
// text, booleans, error values, blanks in every spelling (null from the web, 0 from desktop, "" through the sheet's
// blank guard). Its result is a finite number, "", text, or a #VALUE!/#N/A error.
import fc from "fast-check";
import { total } from "../../src/functions/functions";

const extremeNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1, 10, 1e-320, 5e-324, 1e308, 1.7976931348623157e308, -1e308, Number.MAX_SAFE_INTEGER),
);
const errorValue = fc.constant(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable));
const cell = fc.oneof(
  extremeNumber,
  fc.constantFrom(null, "", 0, "NA", "yes", "no", "score", "bonus", "penalty", "gate", "1e308", true, " "),
  errorValue,
);

/** Anything in any cell; or valid rows of extreme magnitude, where overflow hides. */
const anyRow = fc.record({ weight: cell, max: cell, kind: cell, allowNA: cell, score: cell });
const huge = fc.constantFrom(1e-320, 1e-300, 1, 1e154, 1e300, 1.7976931348623157e308);
const extremeRow = fc.record({
  weight: huge,
  max: huge,
  kind: fc.constantFrom("score", "score", "bonus", "penalty"),
  allowNA: fc.constant("no"),
  score: fc.constantFrom(0, 1e-320, 1),
});
const criteriaArb = fc.oneof(
  fc.array(anyRow, { minLength: 1, maxLength: 8 }),
  fc.array(extremeRow, { minLength: 1, maxLength: 4 }),
);

describe("RUBRIC.TOTAL never gives NaN or Infinity", () => {
  test("any cells, any settings", () => {
    fc.assert(
      fc.property(criteriaArb, fc.oneof(fc.constant(null), extremeNumber, huge), (rows, scale) => {
        const ids = rows.map((_, i) => `C${i + 1}`);
        const table = [
          ["ID", "Kind", "Weight", "Max", "Allow NA"],
          ...rows.map((r, i) => [ids[i], r.kind, r.weight, r.max, r.allowNA]),
        ];
        let result: unknown;
        try {
          result = total([rows.map((r) => r.score)], [ids], table, null, scale);
        } catch (e) {
          if (!(e instanceof CustomFunctions.Error)) throw e;
          expect(["#VALUE!", "#N/A"]).toContain(e.code);
          return;
        }
        if (typeof result === "number") expect(Number.isFinite(result)).toBe(true);
        else expect(typeof result).toBe("string");
      }),
      { numRuns: 1000 },
    );
  });

  test("overflowing weights and scale are #VALUE! naming the problem", () => {
    const table = [
      ["ID", "Weight", "Max"],
      ["A", 1e308, 1],
      ["B", 1e308, 1],
    ];
    expect(() => total([[1, 1]], [["A", "B"]], table, null, 1e308)).toThrow(
      "the total is too large to compute (check weights, maxima and scale)",
    );
  });
});
