// The words a sheet may use for table headers, kinds and yes/no, in English and Simplified Chinese.
import { Language } from "./language";
import { CriterionKind } from "./model";

export type CriteriaColumn =
  "id" | "label" | "description" | "kind" | "weight" | "max" | "allowNA" | "levels" | "section";
export type BandsColumn = "from" | "points" | "label";

/** Header text folded for lookup: case, spaces, underscores and hyphens do not matter. */
export function foldHeader(text: unknown): string {
  return typeof text === "string" ? text.replace(/[\s_-]+/g, "").toLowerCase() : "";
}

function aliases<K extends string>(table: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) for (const word of table[key]) map.set(foldHeader(word), key);
  return map;
}

export const CRITERIA_HEADERS = aliases<CriteriaColumn>({
  id: ["ID", "编号"],
  label: ["Criterion", "Label", "评价项", "名称"],
  description: ["Description", "说明", "描述"],
  kind: ["Kind", "Type", "类型"],
  weight: ["Weight", "权重"],
  max: ["Max", "Maximum", "满分", "最高分"],
  allowNA: ["Allow NA", "Allow N/A", "NA", "允许不适用", "可不适用"],
  levels: ["Levels", "等级", "评分等级"],
  section: ["Section", "分组", "部分"],
});

export const BANDS_HEADERS = aliases<BandsColumn>({
  from: ["From", "起始分", "起点", "下限"],
  points: ["Points", "积分", "晋级积分", "分值"],
  label: ["Label", "Band", "标签", "档次", "说明"],
});

/** The header each column gets in a workbook written in a language. */
export const CRITERIA_HEADER_TEXT: Record<Language, Record<CriteriaColumn, string>> = {
  en: {
    id: "ID",
    label: "Criterion",
    description: "Description",
    kind: "Kind",
    weight: "Weight",
    max: "Max",
    allowNA: "Allow NA",
    levels: "Levels",
    section: "Section",
  },
  zh: {
    id: "编号",
    label: "评价项",
    description: "说明",
    kind: "类型",
    weight: "权重",
    max: "满分",
    allowNA: "允许不适用",
    levels: "评分等级",
    section: "分组",
  },
};

export const KIND_TEXT: Record<Language, Record<CriterionKind, string>> = {
  en: { score: "score", bonus: "bonus", penalty: "penalty", gate: "gate" },
  zh: { score: "得分", bonus: "加分", penalty: "扣分", gate: "否决" },
};

const KINDS = aliases<CriterionKind>({
  score: ["score", "得分", "评分"],
  bonus: ["bonus", "加分"],
  penalty: ["penalty", "扣分"],
  gate: ["gate", "否决", "一票否决"],
});

/** A kind from its English or Chinese name; blank means score; undefined when unknown. */
export function parseKind(value: unknown): CriterionKind | undefined {
  // 0 is how desktop Excel passes an empty cell.
  if (value === null || value === undefined || value === "" || value === 0) return "score";
  if (value === "score") return "score"; // the common case, without folding
  return KINDS.get(foldHeader(value));
}

const YES = new Set(["true", "yes", "y", "1", "是", "允许"]);
const NO = new Set(["false", "no", "n", "0", "否", "不允许", ""]);

/** TRUE/FALSE, yes/no, 是/否, 1/0; blank means false; undefined when it is none of these. */
export function parseYesNo(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === null || value === undefined) return false;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  const folded = foldHeader(value);
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return undefined;
}
