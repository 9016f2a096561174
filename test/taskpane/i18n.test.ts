// Every string the pane shows exists in English and Simplified Chinese, with the same placeholders.
import enMain from "../../src/taskpane/i18n/en.json";
import zhMain from "../../src/taskpane/i18n/zh.json";
import enVersions from "../../src/taskpane/versions/i18n/en.json";
import zhVersions from "../../src/taskpane/versions/i18n/zh.json";
import enRubricEdit from "../../src/taskpane/rubric/i18n/en.json";
import zhRubricEdit from "../../src/taskpane/rubric/i18n/zh.json";
import enWhatIf from "../../src/taskpane/whatif/i18n/en.json";
import zhWhatIf from "../../src/taskpane/whatif/i18n/zh.json";
import enExport from "../../src/taskpane/export/i18n/en.json";
import zhExport from "../../src/taskpane/export/i18n/zh.json";
import enReview from "../../src/taskpane/review/i18n/en.json";
import zhReview from "../../src/taskpane/review/i18n/zh.json";
import enReviewTargets from "../../src/taskpane/review/i18n/targets-en.json";
import zhReviewTargets from "../../src/taskpane/review/i18n/targets-zh.json";
import { readdirSync } from "fs";
import { join } from "path";
import { createI18n, languageOf } from "../../src/taskpane/i18n";
import { FAILURE_KINDS } from "../../src/app/use-case";

type Tree = { [key: string]: string | Tree };

// The versions views', the Rubric tab editors', the what-if's, the Export tab's and the review's texts live with their
// chunks; they are checked as part of the whole.
const en = {
  ...enMain,
  versions: enVersions,
  rubricEdit: enRubricEdit,
  whatif: enWhatIf,
  export: enExport,
  review: enReview,
  reviewTargets: enReviewTargets,
};
const zh = {
  ...zhMain,
  versions: zhVersions,
  rubricEdit: zhRubricEdit,
  whatif: zhWhatIf,
  export: zhExport,
  review: zhReview,
  reviewTargets: zhReviewTargets,
};

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("translations", () => {
  const english = flatten(en as Tree);
  const chinese = flatten(zh as Tree);

  test("every key exists in both languages", () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test("no string is empty and placeholders match", () => {
    for (const [key, text] of english) {
      expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(chinese.get(key) ?? "") }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });

  test("every use case's failure has a title and a hint in both languages", () => {
    // Each module of src/app that exports use cases (functions carrying a failure key) names its texts by key.
    const dir = join(__dirname, "../../src/app");
    const keys = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const exports = require(join(dir, file)) as Record<string, unknown>;
      for (const value of Object.values(exports)) {
        const key = typeof value === "function" ? (value as { key?: unknown }).key : undefined;
        if (typeof key === "string") keys.add(key);
      }
    }
    expect(keys.size).toBeGreaterThanOrEqual(10);
    for (const key of keys) {
      for (const [language, texts] of [
        ["en", english],
        ["zh", chinese],
      ] as const) {
        for (const part of ["title", "hint"]) {
          expect({ language, text: `failure.${key}.${part}`, present: texts.has(`failure.${key}.${part}`) }).toEqual({
            language,
            text: `failure.${key}.${part}`,
            present: true,
          });
        }
      }
    }
  });

  test("every kind of failure has its hint in both languages", () => {
    for (const kind of FAILURE_KINDS) {
      for (const [language, texts] of [
        ["en", english],
        ["zh", chinese],
      ] as const) {
        expect({ language, kind, present: texts.has(`failure.kinds.${kind}`) }).toEqual({
          language,
          kind,
          present: true,
        });
      }
    }
    // The kinds are the union's members and no more: a hint without a kind is dead text.
    expect(Object.keys((en as { failure: { kinds: object } }).failure.kinds).sort()).toEqual([...FAILURE_KINDS].sort());
  });

  test("the language follows Office's display language", () => {
    expect(languageOf("zh-CN")).toBe("zh");
    expect(languageOf("zh-Hans")).toBe("zh");
    expect(languageOf("ZH")).toBe("zh");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("fr-FR")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
    expect(languageOf("zu-ZA")).toBe("en");
  });

  test("instances translate synchronously, with plurals", () => {
    expect(createI18n("zh").t("score.save")).toBe("保存");
    expect(createI18n("en").t("rubric.problemCount", { count: 2 })).toMatch(/^2 problems/);
    expect(createI18n("en").t("rubric.problemCount", { count: 1 })).toMatch(/^1 problem:/);
  });
});
