// The built-in example: the proactive follow-up visit (主动回访流程) rubric, in English or Simplified Chinese.
import { Criterion, DEFAULT_SETTINGS, Level, Rubric } from "./model";

import { Language } from "./language";

type Text = Record<Language, string>;

const SCORE_LEVELS: [number, Text][] = [
  [0, { en: "Not done", zh: "未完成" }],
  [4, { en: "Done superficially", zh: "流于形式" }],
  [7, { en: "Done well", zh: "完成良好" }],
  [10, { en: "Excellent, with evidence", zh: "优秀且有依据" }],
];
const BONUS_LEVELS: [number, Text][] = [
  [0, { en: "None", zh: "无" }],
  [1, { en: "Insight recorded and passed on", zh: "已记录并反馈" }],
];

const CRITERIA: [string, Criterion["kind"], number, number, boolean, Text][] = [
  ["PREP", "score", 15, 10, false, { en: "Visit form prepared before the visit", zh: "回访前流程表单准备" }],
  ["MAIL1", "score", 10, 10, false, { en: "Pre-visit email to the customer", zh: "回访前客户邮件" }],
  ["OAUSE", "score", 25, 10, false, { en: "Assessment of the customer's OA usage level", zh: "客户OA应用水平评估" }],
  [
    "PROC",
    "score",
    25,
    10,
    true,
    { en: "Analysis of the customer's process types (statistics table)", zh: "客户流程类型统计分析" },
  ],
  ["SUMM", "score", 15, 10, false, { en: "Visit summary in the process form", zh: "流程表单回访总结" }],
  ["MAIL2", "score", 10, 10, false, { en: "Post-visit email with recommendations", zh: "回访后客户邮件与建议" }],
  ["BONUS", "bonus", 10, 1, false, { en: "Insight passed on to product development", zh: "产品改进洞察（加分项）" }],
];

const levels = (table: [number, Text][], language: Language): Level[] =>
  table.map(([points, label]) => ({ points, label: label[language] }));

export function exampleRubric(language: Language = "en"): Rubric {
  return {
    id: "proactive-visit",
    title: language === "en" ? "Proactive follow-up visit" : "主动回访流程",
    version: 1,
    status: "draft",
    settings: { ...DEFAULT_SETTINGS },
    criteria: CRITERIA.map(([id, kind, weight, max, allowNA, label]) => ({
      id,
      label: label[language],
      kind,
      weight,
      max,
      allowNA,
      levels: levels(kind === "bonus" ? BONUS_LEVELS : SCORE_LEVELS, language),
    })),
    bands: [
      { from: null, points: 0, label: language === "en" ? "Below 60" : "60分以下" },
      { from: 60, points: 1 },
      { from: 75, points: 1.5 },
      { from: 85, points: 2 },
      { from: 101, points: 2.5 },
      { from: 110, points: 3 },
    ],
  };
}
