// 评价卡的中文文字。
import { CardWords } from "./words";

export const zh: CardWords = {
  heading: "{title}（第 {version} 版）",
  columns: { level: "评定等级", given: "得分", contribution: "计入总分" },
  given: "{value} / {max}",
  na: "不适用",
  none: "—",
  percent: "{value}%",
  kinds: { bonus: "加分", penalty: "扣分", gate: "否决" },
  gate: { passed: "通过", failed: "未通过" },
  sum: {
    base: "基础分 {base}",
    bonus: " + 加分 {bonus}",
    penalty: " − 扣分 {penalty}",
    result: " = {total} → {points}",
    points: { one: "{count} 积分", other: "{count} 积分" },
  },
  failedGate: "否决项 {id}（{label}）未通过：总分 {total} → {points}",
  base: "基础分",
  noComment: "（无备注）",
};
