// A Chinese workbook's cells speak Chinese: RUBRIC.* word their messages in the language of the table they read (its
// header row tells), as the sheet writes it. An English table keeps its English messages (functions.test.ts).
import { band, check, points, total } from "../../src/functions/functions";
import { workedBandCells, workedCriteriaCells, workedScores } from "../support/worked-example";

const row = (...values: unknown[]) => [values];
const ids = row("Q1", "Q2", "Q3", "Q4", "Q5", "B1");

/** The worked example's tables as a Chinese workbook heads them: same rows, Chinese headers and kinds. */
const zhCriteria: unknown[][] = [
  ["编号", "评价项", "类型", "权重", "满分", "允许不适用"],
  ...workedCriteriaCells
    .slice(1)
    .map(([id, label, kind, ...rest]) => [id, label, kind === "bonus" ? "加分" : "得分", ...rest]),
];
const zhBands: unknown[][] = [["起始分", "积分", "标签"], ...workedBandCells.slice(1)];

function excelError(call: () => unknown): { code: string; message: string } {
  try {
    const result = call();
    throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
  } catch (e) {
    if (!(e instanceof CustomFunctions.Error)) throw e;
    return { code: e.code, message: e.message ?? "" };
  }
}

describe("RUBRIC.* on a Chinese table", () => {
  test("the same numbers as on an English table", () => {
    expect(total(row(...workedScores), ids, zhCriteria)).toBe(total(row(...workedScores), ids, workedCriteriaCells));
    expect(points(88, zhBands)).toBe(points(88, workedBandCells));
    expect(band(88, zhBands)).toBe(band(88, workedBandCells));
  });

  test("CHECK says 通过, or every problem in Chinese", () => {
    expect(check(workedCriteriaCells, workedBandCells)).toBe("OK");
    expect(check(zhCriteria, zhBands)).toBe("通过");
    const broken = zhCriteria.map((r) => [...r]);
    broken[1][3] = -5;
    broken[2][3] = "重";
    expect(check(broken, zhBands)).toBe('Q2：权重 "重" 不是数字；Q1：权重为负数');
  });

  test("TOTAL's errors in Chinese: out of range, NA not allowed, a missing column, a version that does not exist", () => {
    const scores: unknown[] = [...workedScores];
    scores[0] = 11;
    expect(excelError(() => total(row(...scores), ids, zhCriteria))).toEqual({
      code: "#VALUE!",
      message: "Q1：11 超出 0..10 的范围",
    });
    scores[0] = "NA";
    expect(excelError(() => total(row(...scores), ids, zhCriteria)).message).toBe("Q1：不允许填 NA（不适用）");
    expect(excelError(() => total(row(...workedScores), row("Q1", "Q2", "Q3", "Q4", "Q5", "B9"), zhCriteria))).toEqual({
      code: "#N/A",
      message: "B1 没有评分列",
    });
    expect(excelError(() => total(row(...workedScores), ids, [zhCriteria[0]], null, null, [[7]]))).toEqual({
      code: "#N/A",
      message: "标准版本 7 不存在",
    });
    expect(excelError(() => total(row(...workedScores), ids, zhCriteria, [[""]])).message).toBe(
      "小数位数：设置为空（应为 0 到 6 的整数）",
    );
    const invalid = zhCriteria.map((r) => [...r]);
    invalid[1][4] = 0;
    expect(excelError(() => total(row(...workedScores), ids, invalid)).message).toBe("评分标准无效：Q1：满分应大于 0");
  });

  test("a partly scored row reads as the sheet's own text", () => {
    const scores: unknown[] = [...workedScores];
    scores[1] = null;
    expect(total(row(...scores), ids, zhCriteria)).toBe("6项中1项未评分");
  });

  test("POINTS and BAND: below the lowest band, and invalid bands, in Chinese", () => {
    const from60 = [zhBands[0], [60, 1, "合格"], [80, 2, "良好"]];
    expect(excelError(() => points(59.9, from60))).toEqual({ code: "#N/A", message: "总分 59.9 低于最低一档（60）" });
    const unordered = [zhBands[0], [60, 1, "合格"], [50, 2, "良好"]];
    expect(excelError(() => band(70, unordered))).toEqual({
      code: "#VALUE!",
      message: "积分档次无效：积分档次第 2 行：起始分 50 不大于上一档的 60",
    });
    expect(excelError(() => points("高", zhBands)).message).toBe('总分 "高" 不是数字');
  });
});
