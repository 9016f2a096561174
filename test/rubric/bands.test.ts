import { bandLabel, belowBandsMessage, findBand } from "../../src/rubric/bands";
import { Band } from "../../src/rubric/model";
import { engineText } from "../../src/rubric/vocabulary/messages";
import { workedBands } from "../support/worked-example";

describe("findBand", () => {
  test.each([
    [0, 0],
    [59.9, 0],
    [60, 1], // exactly on a from: the band that starts there
    [74.9, 1],
    [75, 2],
    [88, 3],
    [100, 3],
    [100.9, 3],
    [101, 4],
    [110, 5],
    [250, 5], // open top
  ])("total %p falls in band %p", (total, index) => {
    expect(findBand(workedBands, total)).toBe(index);
  });

  test("below the first from, when it is not blank, is no band", () => {
    const bands: Band[] = [
      { from: 60, points: 1 },
      { from: 80, points: 2 },
    ];
    expect(findBand(bands, 59.9)).toBe(-1);
    expect(findBand(bands, 60)).toBe(0);
    expect(engineText(belowBandsMessage(bands, 59.9))).toBe("total 59.9 is below the lowest band (60)");
    expect(engineText(belowBandsMessage(bands, 59.9), "zh")).toBe("总分 59.9 低于最低一档（60）");
  });

  test("no bands: no band, and the message says so", () => {
    expect(findBand([], 50)).toBe(-1);
    expect(engineText(belowBandsMessage([], 50))).toBe("there are no bands");
    expect(engineText(belowBandsMessage([], 50), "zh")).toBe("没有积分档次");
  });
});

describe("bandLabel", () => {
  test("a band's own label", () => {
    expect(bandLabel([{ from: null, points: 0, label: "Below 60" }], 0)).toBe("Below 60");
  });
  test("the range when there is no label", () => {
    expect(bandLabel(workedBands, 0)).toBe("< 60");
    expect(bandLabel(workedBands, 1)).toBe("60–75");
    expect(bandLabel(workedBands, 5)).toBe("≥ 110");
    expect(bandLabel([{ from: null, points: 1 }], 0)).toBe("all");
  });
});
