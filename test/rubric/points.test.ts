import { lookupBand } from "../../src/rubric/points";
import { workedBands } from "../support/worked-example";

describe("lookupBand", () => {
  test("a blank total stays blank", () => {
    for (const blank of ["", null, undefined]) expect(lookupBand(blank, workedBands)).toEqual({ status: "blank" });
  });
  test("numbers and numeric text", () => {
    expect(lookupBand(88, workedBands)).toEqual({ status: "band", index: 3 });
    expect(lookupBand("75", workedBands)).toEqual({ status: "band", index: 2 });
  });
  test("text that is not a number is bad input", () => {
    expect(lookupBand("high", workedBands)).toEqual({
      status: "error",
      code: "not-a-number",
      reason: { code: "total-not-a-number", params: { value: '"high"' } },
    });
  });
  test("a total below the lowest band", () => {
    expect(lookupBand(10, [{ from: 60, points: 1 }])).toMatchObject({ status: "error", code: "below-bands" });
  });
});
