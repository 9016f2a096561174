// Every string the pane shows exists in English and Simplified Chinese, with the same placeholders.
import en from "../../src/taskpane/i18n/en.json";
import zh from "../../src/taskpane/i18n/zh.json";
import { createI18n, languageOf } from "../../src/taskpane/i18n";

type Tree = { [key: string]: string | Tree };

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
