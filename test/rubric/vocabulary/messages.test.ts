// The message packs: every problem and engine code worded in every language, with the same parameters, and filled in.
import { LANGUAGES } from "../../../src/rubric/language";
import { ENGINE_CODES, PROBLEM_CODES } from "../../../src/rubric/message-codes";
import { engineMessage, listingProblems } from "../../../src/rubric/messages";
import { Problem, problemAt } from "../../../src/rubric/problem";
import { validateBands, validateCriteria, validateRubric } from "../../../src/rubric/validate";
import { exampleRubric } from "../../../src/rubric/example";
import {
  MESSAGE_WORDS,
  checkText,
  describeProblem,
  engineText,
  fillMessage,
} from "../../../src/rubric/vocabulary/messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /[\u4e00-\u9fff]/;
/** Latin words left in a Chinese message once ids, values and the words a sheet keeps (NA, ID) are taken out. */
const latinWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !["NA"].includes(w));

describe("message packs", () => {
  test.each(LANGUAGES.flatMap((language) => PROBLEM_CODES.map((code) => [language, code] as const)))(
    "%s words problem %s, with the parameters English gives",
    (language, code) => {
      const message = MESSAGE_WORDS[language].problems[code];
      expect(typeof message).toBe("string");
      expect(message.trim()).not.toBe("");
      expect(placeholders(message)).toEqual(placeholders(MESSAGE_WORDS.en.problems[code]));
      if (language === "zh") {
        expect(message).toMatch(HAN);
        expect(latinWords(message.replace(/\{\w+\}/g, ""))).toEqual([]);
      }
    },
  );

  test.each(LANGUAGES.flatMap((language) => ENGINE_CODES.map((code) => [language, code] as const)))(
    "%s words engine error %s, with the parameters English gives",
    (language, code) => {
      const message = MESSAGE_WORDS[language].engine[code];
      expect(message.trim()).not.toBe("");
      expect(placeholders(message)).toEqual(placeholders(MESSAGE_WORDS.en.engine[code]));
      if (language === "zh") {
        expect(message).toMatch(HAN);
        expect(latinWords(message.replace(/\{\w+\}/g, ""))).toEqual([]);
      }
    },
  );

  test("each pack words exactly the catalogue's codes", () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(MESSAGE_WORDS[language].problems).sort()).toEqual([...PROBLEM_CODES].sort());
      expect(Object.keys(MESSAGE_WORDS[language].engine).sort()).toEqual([...ENGINE_CODES].sort());
    }
  });

  test("parameters are filled in once: a value that looks like a parameter stays as it is", () => {
    expect(fillMessage("{id}: {value}", { id: "{value}", value: 3 })).toBe("{value}: 3");
    expect(fillMessage("{n}", { n: -0 })).toBe("0");
  });
});

describe("problems in both languages", () => {
  const broken = exampleRubric("en");
  broken.criteria[0] = { ...broken.criteria[0], weight: -5 };
  broken.criteria[1] = { ...broken.criteria[1], max: 5 }; // its levels go to 10
  broken.criteria[2] = { ...broken.criteria[2], id: "prep" };
  broken.bands[2] = { ...broken.bands[2], from: 50 };
  broken.settings = { scale: 0, decimals: 9 };

  test("English keeps its wording", () => {
    expect(validateRubric(broken).map((p) => describeProblem(p))).toEqual([
      "scale must be a number > 0",
      "decimals must be a whole number from 0 to 6",
      "PREP: weight is negative",
      "MAIL1: levels[2].points 7 is outside 0..5",
      "MAIL1: levels[3].points 10 is outside 0..5",
      "prep: id repeats the id of criterion 1 (ids ignore case)",
      "bands: row 3: from 50 is not above 60",
    ]);
  });

  test("Chinese names each field by the sheet's header, and reads as Chinese", () => {
    expect(validateRubric(broken).map((p) => describeProblem(p, "zh"))).toEqual([
      "计分基数应为大于 0 的数字",
      "小数位数应为 0 到 6 的整数",
      "PREP：权重为负数",
      "MAIL1：第 3 个评分等级的分值 7 超出 0..5 的范围",
      "MAIL1：第 4 个评分等级的分值 10 超出 0..5 的范围",
      "prep：编号与第 1 个评价项的编号重复（编号不区分大小写）",
      "积分档次第 3 行：起始分 50 不大于上一档的 60",
    ]);
  });

  test("every problem the rules can find, worded in Chinese, keeps no English word but ids and values", () => {
    const problems: Problem[] = [
      ...validateRubric({ ...broken, id: "", title: " ", version: 0, status: "done" as never }),
      ...validateCriteria([]),
      ...validateCriteria([
        { id: "1x", label: "", kind: "extra" as never, weight: NaN, max: 0, allowNA: "y" as never },
      ]),
      ...validateCriteria([{ id: "G", label: "Gate", kind: "gate", weight: 0, max: 1, allowNA: false }]),
      ...validateBands([
        { from: 10, points: NaN },
        { from: null, points: 1 },
      ]),
      problemAt({ scope: "criteria" }, "missing-columns", { columns: "id,max" }),
      problemAt({ scope: "bands" }, "missing-band-columns"),
      problemAt({ scope: "criterion", index: 0, id: "Q1", field: "levels" }, "levels-syntax", { part: "x" }),
    ];
    for (const p of problems) {
      const text = describeProblem(p, "zh");
      const own = text.replace(/\b(1x|G|Q1|PREP|MAIL1|OAUSE|PROC|SUMM|MAIL2|BONUS|prep|NaN|draft|stable|final)\b/g, "");
      expect({ text, latin: latinWords(own) }).toEqual({ text, latin: [] });
    }
    const kind = validateCriteria([{ id: "Q", label: "Q", kind: "extra" as never, weight: 1, max: 1, allowNA: false }]);
    expect(describeProblem(kind[0])).toBe("Q: kind must be one of score, bonus, penalty, gate");
    expect(describeProblem(kind[0], "zh")).toBe("Q：类型应为以下之一：得分、加分、扣分、否决");
    expect(describeProblem(problemAt({ scope: "criteria" }, "missing-columns", { columns: "id,max" }), "zh")).toBe(
      "评价项表：缺少标题为 编号、满分 的列",
    );
  });
});

describe("engine errors in both languages", () => {
  test("parts and problems are worded in the same language", () => {
    const lengths = {
      ...engineMessage("scores-but", { count: 3, parts: "" }),
      parts: [engineMessage("n-weights", { n: 2 }), engineMessage("n-kinds", { n: 1 })],
    };
    expect(engineText(lengths)).toBe("3 scores but 2 weights, 1 kinds");
    expect(engineText(lengths, "zh")).toBe("3 个分数，但有 2 个权重、1 个类型");
    const problems = validateCriteria([{ id: "Q1", label: "Q", kind: "score", weight: -1, max: 10, allowNA: false }]);
    expect(engineText(listingProblems("invalid-rubric", problems))).toBe("invalid rubric: Q1: weight is negative");
    expect(engineText(listingProblems("invalid-rubric", problems), "zh")).toBe("评分标准无效：Q1：权重为负数");
    expect(engineText(engineMessage("incomplete", { blanks: 2, count: 7 }), "zh")).toBe("7项中2项未评分");
  });

  test("CHECK says OK in English and 通过 in Chinese", () => {
    expect(checkText([], "en")).toBe("OK");
    expect(checkText([], "zh")).toBe("通过");
  });
});
