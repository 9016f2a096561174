// Every change between two versions worded for people, in English and Chinese. The changes are real: each is made by
// editing the example rubric (applyChanges) and diffing (diffRubrics); the pane's own commands, which no diff
// produces, are classified as the pane would (impactOf).
import {
  BAND_FIELDS,
  CRITERION_FIELDS,
  RUBRIC_TEXT_FIELDS,
  RubricChange,
  RubricChangeType,
  SETTINGS_FIELDS,
  applyChanges,
} from "../../../src/rubric/change";
import { impactOf } from "../../../src/rubric/change-impact";
import { ChangeValue, ClassifiedChange, diffRubrics } from "../../../src/rubric/diff";
import { exampleRubric } from "../../../src/rubric/example";
import { LANGUAGES, Language } from "../../../src/rubric/language";
import { Criterion, Rubric } from "../../../src/rubric/model";
import {
  CHANGE_WORDS,
  SUMMARY_LIMIT,
  describeChange,
  summarizeChanges,
} from "../../../src/rubric/vocabulary/change-words/describe";

const example = { en: exampleRubric("en"), zh: exampleRubric("zh") };

/** The rubric after `edits`, and the changes a diff finds. */
function edited(language: Language, ...edits: RubricChange[]): { to: Rubric; changes: ClassifiedChange[] } {
  const to = applyChanges(example[language], edits);
  return { to, changes: diffRubrics(example[language], to) };
}

/** The one change that `edits` make, worded (with the rubric they lead to, as the versions sheet words them). */
function worded(language: Language, ...edits: RubricChange[]): string {
  const { to, changes } = edited(language, ...edits);
  expect(changes).toHaveLength(1);
  return describeChange(changes[0], language, to);
}

/** Both wordings of one edit. */
const both = (...edits: RubricChange[]) => ({ en: worded("en", ...edits), zh: worded("zh", ...edits) });

/** A pane command, classified against the example as the pane applies it. */
function paneCommand(language: Language, change: RubricChange, before?: ChangeValue): ClassifiedChange {
  return { change, before, impact: impactOf(example[language], change) };
}

const safety = (label: string): Criterion => ({
  id: "SAFE",
  label,
  kind: "score",
  weight: 10,
  max: 10,
  allowNA: false,
});
const setField = (id: string, field: string, value: unknown) =>
  ({ type: "set-criterion-field", id, field, value }) as RubricChange;
const fivePointLevels = (language: Language) => example[language].criteria[0].levels!.map((l) => ({ ...l }));

describe("the wording of each change", () => {
  test("a criterion's weight, max and kind: the old and the new value", () => {
    expect(both({ type: "update-criterion", index: 0, patch: { weight: 30 } })).toEqual({
      en: "PREP weight 15 → 30",
      zh: "PREP 权重 15 → 30",
    });
    expect(both(setField("MAIL1", "max", 5))).toEqual({ en: "MAIL1 max 10 → 5", zh: "MAIL1 满分 10 → 5" });
    expect(both(setField("OAUSE", "kind", "gate"))).toEqual({
      en: "OAUSE kind score → gate",
      zh: "OAUSE 类型 得分 → 否决",
    });
    expect(both(setField("PREP", "weight", 12.5))).toEqual({ en: "PREP weight 15 → 12.5", zh: "PREP 权重 15 → 12.5" });
  });

  test("numbers are written plainly: no grouping, no rounding, no minus zero", () => {
    expect(worded("en", setField("PREP", "weight", 12345.678))).toBe("PREP weight 15 → 12345.678");
    expect(worded("en", setField("PREP", "weight", 0.1 + 0.2))).toBe("PREP weight 15 → 0.30000000000000004");
    expect(worded("en", setField("PREP", "weight", -0))).toBe("PREP weight 15 → 0");
  });

  test("a criterion added, retired, moved", () => {
    expect(worded("en", { type: "add-criterion", criterion: safety("Safety") })).toBe(
      "Criterion SAFE added (Safety, score, weight 10)",
    );
    expect(worded("zh", { type: "add-criterion", criterion: safety("安全") })).toBe(
      "新增评价项 SAFE（安全，得分，权重 10）",
    );
    expect(both({ type: "remove-criterion", index: 4 })).toEqual({
      en: "Criterion SUMM retired",
      zh: "评价项 SUMM 已停用",
    });
    expect(both({ type: "move-criterion", index: 6, to: 2 })).toEqual({
      en: "Criterion BONUS moved to position 3",
      zh: "评价项 BONUS 移至第 3 位",
    });
  });

  test("a placement without positions names the criterion it follows", () => {
    const placed = (after: string | null): ClassifiedChange => ({
      change: { type: "place-criterion", id: "BONUS", after },
      impact: "text",
    });
    expect(describeChange(placed("MAIL1"), "en")).toBe("Criterion BONUS moved after MAIL1");
    expect(describeChange(placed("MAIL1"), "zh")).toBe("评价项 BONUS 移至 MAIL1 之后");
    expect(describeChange(placed(null), "en")).toBe("Criterion BONUS moved to the top");
    expect(describeChange(placed(null), "zh")).toBe("评价项 BONUS 移至最前");
  });

  test("labels, sections and ids: user text quoted as given", () => {
    expect(worded("en", { type: "update-criterion", index: 0, patch: { label: "Form prepared" } })).toBe(
      'PREP relabelled "Visit form prepared before the visit" → "Form prepared"',
    );
    expect(worded("zh", { type: "update-criterion", index: 0, patch: { label: "表单准备" } })).toBe(
      "PREP 名称 “回访前流程表单准备” → “表单准备”",
    );
    expect(both(setField("PREP", "section", "Before"))).toEqual({
      en: 'PREP section (none) → "Before"',
      zh: "PREP 分组 （无） → “Before”",
    });
    expect(both(setField("PREP", "id", "Prep"))).toEqual({
      en: "Criterion id PREP → Prep",
      zh: "评价项编号 PREP → Prep",
    });
  });

  test("user text is inserted as given, never read as a message or a replacement pattern", () => {
    const label = "Use {id} & {before} $& $1 <b>x</b>";
    expect(worded("en", { type: "update-criterion", index: 0, patch: { label } })).toBe(
      `PREP relabelled "Visit form prepared before the visit" → "${label}"`,
    );
    expect(worded("zh", { type: "add-criterion", criterion: safety(label) })).toBe(
      `新增评价项 SAFE（${label}，得分，权重 10）`,
    );
  });

  test("descriptions are named, not quoted: added, changed, removed", () => {
    expect(both(setField("PREP", "description", "Check the form"))).toEqual({
      en: "PREP description added",
      zh: "PREP 新增说明",
    });
    const described = applyChanges(example.en, [setField("PREP", "description", "Check the form")]);
    const describe = (to: Rubric) => describeChange(diffRubrics(described, to)[0], "en");
    expect(describe(applyChanges(described, [setField("PREP", "description", "Check it")]))).toBe(
      "PREP description changed",
    );
    expect(describe(applyChanges(described, [setField("PREP", "description", undefined)]))).toBe(
      "PREP description removed",
    );
  });

  test("not applicable allowed or no longer", () => {
    expect(both({ type: "update-criterion", index: 0, patch: { allowNA: true } })).toEqual({
      en: "PREP now allows N/A",
      zh: "PREP 改为允许不适用",
    });
    expect(both({ type: "update-criterion", index: 3, patch: { allowNA: false } })).toEqual({
      en: "PROC no longer allows N/A",
      zh: "PROC 改为不允许不适用",
    });
  });

  test("levels: how many, which points, or only their labels", () => {
    const more = (language: Language) => [...fivePointLevels(language), { label: "Beyond", points: 12 }];
    expect(worded("en", { type: "update-criterion", index: 0, patch: { levels: more("en") } })).toBe(
      "PREP levels changed (4 → 5 levels)",
    );
    expect(worded("zh", { type: "update-criterion", index: 0, patch: { levels: more("zh") } })).toBe(
      "PREP 评分等级已修改（4 → 5 个）",
    );
    const repointed = (language: Language) =>
      fivePointLevels(language).map((l) => (l.points === 4 ? { ...l, points: 5 } : l));
    expect(worded("en", { type: "update-criterion", index: 0, patch: { levels: repointed("en") } })).toBe(
      "PREP level points 0/4/7/10 → 0/5/7/10",
    );
    expect(worded("zh", { type: "update-criterion", index: 0, patch: { levels: repointed("zh") } })).toBe(
      "PREP 评分等级分数 0/4/7/10 → 0/5/7/10",
    );
    const relabelled = (language: Language) => fivePointLevels(language).map((l) => ({ ...l, label: `${l.label}!` }));
    expect(worded("en", { type: "update-criterion", index: 0, patch: { levels: relabelled("en") } })).toBe(
      "PREP level labels changed",
    );
    expect(worded("zh", { type: "update-criterion", index: 0, patch: { levels: relabelled("zh") } })).toBe(
      "PREP 评分等级说明已修改",
    );
  });

  test("bands added and removed", () => {
    expect(both({ type: "add-band", index: 6, band: { from: 120, points: 3.5 } })).toEqual({
      en: "Band added: from 120, 3.5 points",
      zh: "新增档位：起点 120，3.5 积分",
    });
    expect(both({ type: "add-band", index: 6, band: { from: 120, points: 1, label: "Top" } })).toEqual({
      en: "Band added: from 120, 1 point (Top)",
      zh: "新增档位：起点 120，1 积分（Top）",
    });
    expect(both({ type: "remove-band", index: 3 })).toEqual({
      en: "Band 85 removed",
      zh: "起点 85 的档位已删除",
    });
    expect(both({ type: "remove-band", index: 0 })).toEqual({ en: "Lowest band removed", zh: "最低档位已删除" });
  });

  test("a band's From, points and label; named by its From when the later rubric is known", () => {
    expect(both({ type: "set-band-field", index: 3, field: "from", value: 86 })).toEqual({
      en: "Band from 85 → 86 (2 points)",
      zh: "档位起点 85 → 86（2 积分）",
    });
    expect(both({ type: "set-band-field", index: 3, field: "points", value: 2.5 })).toEqual({
      en: "Band 85 points 2 → 2.5",
      zh: "起点 85 的档位积分 2 → 2.5",
    });
    expect(both({ type: "set-band-field", index: 3, field: "label", value: "Good" })).toEqual({
      en: 'Band 85 label (none) → "Good"',
      zh: "起点 85 的档位标签 （无） → “Good”",
    });
    expect(worded("en", { type: "set-band-field", index: 0, field: "label", value: "Under 60" })).toBe(
      'Lowest band label "Below 60" → "Under 60"',
    );
    // Without the later rubric a band is known by its position only, and a From by itself.
    const { changes } = edited("en", { type: "set-band-field", index: 3, field: "points", value: 2.5 });
    expect(describeChange(changes[0], "en")).toBe("Band at position 4 points 2 → 2.5");
    expect(describeChange(changes[0], "zh")).toBe("第 4 个档位积分 2 → 2.5");
    const moved = edited("en", { type: "set-band-field", index: 3, field: "from", value: 86 }).changes[0];
    expect(describeChange(moved, "en")).toBe("Band from 85 → 86");
  });

  test("settings, title and description of the rubric", () => {
    expect(both({ type: "set-setting", field: "decimals", value: 2 })).toEqual({
      en: "Decimals 1 → 2",
      zh: "小数位数 1 → 2",
    });
    expect(both({ type: "set-setting", field: "scale", value: 120 })).toEqual({
      en: "Scale 100 → 120",
      zh: "计分基数 100 → 120",
    });
    expect(worded("en", { type: "set-rubric-text", field: "title", value: "Follow-up visit" })).toBe(
      'Title changed: "Proactive follow-up visit" → "Follow-up visit"',
    );
    expect(worded("zh", { type: "set-rubric-text", field: "title", value: "回访流程" })).toBe(
      "标题已修改：“主动回访流程” → “回访流程”",
    );
    expect(both({ type: "set-rubric-text", field: "description", value: "For visits" })).toEqual({
      en: "Description added",
      zh: "新增说明",
    });
  });

  test("the pane's own commands: by id when the criterion is known, else by position", () => {
    const summ = example.en.criteria[4];
    const removed = paneCommand("en", { type: "remove-criterion", index: 4 }, summ);
    expect(describeChange(removed, "en")).toBe("Criterion SUMM removed");
    expect(describeChange(removed, "zh")).toBe("评价项 SUMM 已删除");
    const unknown = paneCommand("en", { type: "remove-criterion", index: 4 });
    expect(describeChange(unknown, "en")).toBe("Criterion at position 5 removed");
    expect(describeChange(unknown, "zh")).toBe("第 5 个评价项 已删除");

    const moved = paneCommand("en", { type: "move-criterion", index: 1, to: 0 });
    expect(moved.impact).toBe("text");
    expect(describeChange(moved, "en")).toBe("Criterion at position 2 moved to position 1");
    expect(describeChange(moved, "zh")).toBe("第 2 个评价项 移至第 1 位");

    const patch = {
      label: "Prep",
      kind: "bonus" as const,
      weight: 30,
      max: 5,
      allowNA: true,
      levels: [
        { label: "No", points: 0 },
        { label: "Yes", points: 5 },
      ],
    };
    const updated = paneCommand("en", { type: "update-criterion", index: 0, patch }, example.en.criteria[0]);
    expect(updated.impact).toBe("scoring");
    expect(describeChange(updated, "en")).toBe(
      'Criterion PREP changed: label "Prep", kind bonus, weight 30, max 5, N/A allowed: yes, 2 levels',
    );
    expect(describeChange(updated, "zh")).toBe(
      "评价项 PREP 已修改：名称 “Prep”，类型 加分，权重 30，满分 5，允许不适用：是，2 个评分等级",
    );
  });
});

describe("every change has its wording", () => {
  // One real change of each type; the type checker refuses this table while a type of change.ts is missing.
  const sample = (language: Language): Record<RubricChangeType, ClassifiedChange[]> => {
    const diff = (...edits: RubricChange[]) => edited(language, ...edits).changes;
    const first = example[language].criteria[0];
    return {
      "add-criterion": diff({ type: "add-criterion", criterion: safety("S") }),
      "remove-criterion": [paneCommand(language, { type: "remove-criterion", index: 0 }, first)],
      "move-criterion": [paneCommand(language, { type: "move-criterion", index: 0, to: 2 })],
      "update-criterion": [paneCommand(language, { type: "update-criterion", index: 0, patch: { weight: 1 } })],
      "retire-criterion": diff({ type: "remove-criterion", index: 0 }),
      "place-criterion": diff({ type: "move-criterion", index: 0, to: 3 }),
      // Every field of a criterion, each to a value it did not have.
      "set-criterion-field": CRITERION_FIELDS.flatMap((field) =>
        diff(
          setField(
            "PREP",
            field,
            {
              id: "prep",
              label: "L",
              description: "D",
              kind: "penalty",
              weight: 3,
              max: 4,
              allowNA: true,
              levels: [{ label: "x", points: 1 }],
              section: "S",
            }[field],
          ),
        ),
      ),
      "add-band": diff({ type: "add-band", index: 6, band: { from: 200, points: 9 } }),
      "remove-band": diff({ type: "remove-band", index: 5 }),
      "set-band-field": BAND_FIELDS.flatMap((field) =>
        diff({
          type: "set-band-field",
          index: 2,
          field,
          value: { from: 76, points: 1.25, label: "B" }[field],
        } as RubricChange),
      ),
      "set-setting": SETTINGS_FIELDS.flatMap((field) => diff({ type: "set-setting", field, value: 3 })),
      "set-rubric-text": RUBRIC_TEXT_FIELDS.flatMap((field) => diff({ type: "set-rubric-text", field, value: "T" })),
    };
  };

  test.each(LANGUAGES)("in %s: one line, every parameter filled, for every type and every field", (language) => {
    const samples = sample(language);
    const fields = { "set-criterion-field": CRITERION_FIELDS, "set-band-field": BAND_FIELDS };
    for (const [type, changes] of Object.entries(samples)) {
      expect({ type, count: changes.length }).toEqual({
        type,
        count:
          (fields as Record<string, readonly string[]>)[type]?.length ??
          (type === "set-setting" ? SETTINGS_FIELDS.length : type === "set-rubric-text" ? 2 : 1),
      });
      for (const change of changes) {
        expect(change.change.type).toBe(type);
        for (const to of [undefined, applyChanges(example[language], [change.change])]) {
          const line = describeChange(change, language, to);
          expect({ type, line, ok: line.length > 0 && !/[{}\n]/.test(line) }).toEqual({ type, line, ok: true });
        }
      }
    }
  });

  test("the two languages word every change differently (nothing left untranslated)", () => {
    for (const change of Object.values(sample("en")).flat()) {
      expect(describeChange(change, "zh")).not.toBe(describeChange(change, "en"));
    }
  });

  test("both packs have the same messages, each with the same parameters", () => {
    type Tree = { [key: string]: string | Tree };
    const flatten = (tree: Tree, prefix = ""): [string, string][] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === "string" ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
      );
    const params = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const en = new Map(flatten(CHANGE_WORDS.en as unknown as Tree));
    const zh = new Map(flatten(CHANGE_WORDS.zh as unknown as Tree));
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, message] of en) {
      expect({ key, params: params(zh.get(key)!) }).toEqual({ key, params: params(message) });
      expect({ key, empty: message.trim() === "" || zh.get(key)!.trim() === "" }).toEqual({ key, empty: false });
    }
  });
});

describe("summaries", () => {
  const several = (language: Language) =>
    edited(
      language,
      { type: "set-rubric-text", field: "title", value: "T" },
      { type: "update-criterion", index: 0, patch: { weight: 30 } },
      { type: "set-setting", field: "decimals", value: 2 },
    );

  test("counts by impact, then the scoring changes first", () => {
    const en = several("en");
    expect(summarizeChanges(en.changes, "en", en.to)).toBe(
      '2 scoring changes, 1 text change: Decimals 1 → 2; PREP weight 15 → 30; Title changed: "Proactive follow-up visit" → "T"',
    );
    const zh = several("zh");
    expect(summarizeChanges(zh.changes, "zh", zh.to)).toBe(
      "2 项计分更改，1 项文字更改：小数位数 1 → 2；PREP 权重 15 → 30；标题已修改：“主动回访流程” → “T”",
    );
    const one = edited("en", { type: "update-criterion", index: 0, patch: { weight: 30 } });
    expect(summarizeChanges(one.changes, "en")).toBe("1 scoring change: PREP weight 15 → 30");
  });

  test("no changes", () => {
    expect(summarizeChanges([], "en")).toBe("No changes");
    expect(summarizeChanges([], "zh")).toBe("无更改");
  });

  test("the first five, then how many more", () => {
    const edits: RubricChange[] = example.en.criteria.map((_, index) => ({
      type: "update-criterion",
      index,
      patch: { weight: 1 },
    }));
    const { changes } = edited("en", ...edits);
    expect(changes).toHaveLength(7);
    expect(summarizeChanges(changes, "en")).toBe(
      "7 scoring changes: PREP weight 15 → 1; MAIL1 weight 10 → 1; OAUSE weight 25 → 1; PROC weight 25 → 1; " +
        "SUMM weight 15 → 1; … and 2 more",
    );
    const zh = edited("zh", ...edits).changes;
    expect(summarizeChanges(zh, "zh")).toMatch(/^7 项计分更改：PREP 权重 15 → 1；.*；SUMM 权重 15 → 1；……另有 2 项$/);
  });

  test("never longer than the limit, however long the labels", () => {
    const long = "L".repeat(5000);
    const edits: RubricChange[] = example.en.criteria.map((_, index) => ({
      type: "update-criterion",
      index,
      patch: { label: `${long}${index}` },
    }));
    const { changes } = edited("en", ...edits);
    const summary = summarizeChanges(changes, "en");
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary).toMatch(/^7 text changes: PREP relabelled "Visit form prepared before the visit" → "L+…; /);
    // Each line is cut to 200 characters; four of them fit, the other three are counted.
    expect(summary.split("; ")).toHaveLength(5);
    expect(summary).toMatch(/; … and 3 more$/);
    // describeChange itself never cuts.
    expect(describeChange(changes[0], "en")).toContain(`"${long}0"`);
  });
});
