// The card's image laid out with a fake measure (7 px a character at 13 px, a CJK character as wide as the font is
// high): every cell of the HTML copy present, each text inside its box, long texts wrapped, CJK text wrapped per
// character, hostile labels drawn as the characters they are.
import {
  BoxItem,
  CARD_FONTS,
  CARD_WIDTH,
  CardLayout,
  TextItem,
  layoutCard,
} from "../../../../src/formats/evaluation-card/image";
import { Rubric } from "../../../../src/rubric/model";
import { EvaluationCard, evaluationCard } from "../../../../src/rubric/review";
import { gatedWorked, workedEvaluation, workedRubric } from "../../../rubric/review/fixture";
import { fakeMeasure } from "./fake-measure";

const cardOf = (outcome: ReturnType<typeof evaluationCard>): EvaluationCard => {
  if (!outcome.ok) throw new Error("no card");
  return outcome.card;
};
const worked = () => cardOf(evaluationCard(workedEvaluation(), [workedRubric()]));

const texts = (layout: CardLayout) => layout.items.filter((i): i is TextItem => i.kind === "text");
const boxes = (layout: CardLayout) => layout.items.filter((i): i is BoxItem => i.kind === "box");

/** The first line of every cell, row by row (cells at the same top), left to right. */
function rows(layout: CardLayout): string[][] {
  const byTop = new Map<number, TextItem[]>();
  const cellTops = new Set(boxes(layout).map((b) => b.y + 4));
  for (const t of texts(layout)) if (cellTops.has(t.y)) byTop.set(t.y, [...(byTop.get(t.y) ?? []), t]);
  const left = (t: TextItem) => (t.align === "right" ? t.x - fakeMeasure(t.text, t.font) : t.x);
  return [...byTop.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, items]) => items.sort((a, b) => left(a) - left(b)).map((t) => t.text));
}

/** Each text with the box it is drawn in (the last box before it; the heading has none). */
function placed(layout: CardLayout): { text: TextItem; box: BoxItem | undefined }[] {
  let box: BoxItem | undefined;
  const out: { text: TextItem; box: BoxItem | undefined }[] = [];
  for (const item of layout.items) {
    if (item.kind === "box") box = item;
    else out.push({ text: item, box });
  }
  return out;
}

function expectEveryTextInside(layout: CardLayout) {
  for (const { text, box } of placed(layout)) {
    const width = fakeMeasure(text.text, text.font);
    const left = text.align === "right" ? text.x - width : text.x;
    const [x0, x1, y0, y1] = box
      ? [box.x, box.x + box.width, box.y, box.y + box.height]
      : [16, layout.width - 16, 0, layout.height];
    expect({ text: text.text, inside: left >= x0 && left + width <= x1 + 1e-9 }).toEqual({
      text: text.text,
      inside: true,
    });
    expect(text.y >= y0 && text.y + text.height <= y1).toBe(true);
  }
}

describe("the card's image, laid out", () => {
  test("the worked example, every line of it: 78.0 base + 10 bonus = 88.0 → 2 points", () => {
    const card = worked();
    const layout = layoutCard(card, "en", fakeMeasure);
    expect(layout.width).toBe(CARD_WIDTH + 32);
    expect(layout.lang).toBe("en");
    const heading = texts(layout)[0];
    expect(heading).toMatchObject({ text: "Worked example — version 3", font: CARD_FONTS.heading });
    expect(rows(layout)).toEqual([
      ["Date", "2026-03-02"],
      ["Process", "HF-1"],
      ["Person", "Ann"],
      ["Team", "T1"],
      ["Reviewer", "Rex"],
      ["Key", "ev-worked"],
      ["ID", "Criterion", "Level given", "Score", "Share", "Contribution"],
      ["Q1", "Q1", "—", "8 of 10", "30.0 %", "24.0"],
      ["Q2", "Q2", "—", "7 of 10", "20.0 %", "14.0"],
      ["Q3", "Q3", "—", "9 of 10", "20.0 %", "18.0"],
      ["Q4", "Q4", "—", "6 of 10", "20.0 %", "12.0"],
      ["Q5", "Q5", "—", "10 of 10", "10.0 %", "10.0"],
      ["B1", "B1", "—", "1 of 1", "Bonus", "+10"],
      ["Base", "78.0"],
      ["78.0 base + 10 bonus = 88.0 → 2 points"],
      ["Total", "88.0"],
      ["Points", "2"],
      ["Band", "85–101"],
      ["Comment", "Thorough."],
      ["Checksum", card.rubric.checksum],
    ]);
    expect(texts(layout).find((t) => t.text === card.rubric.checksum)!.font).toBe(CARD_FONTS.code);
    expect(texts(layout).find((t) => t.text.startsWith("78.0 base"))!.font).toBe(CARD_FONTS.strong);
    // Numbers aligned right, as in the HTML copy.
    for (const number of ["8 of 10", "30.0 %", "24.0", "88.0"])
      expect(texts(layout).find((t) => t.text === number)!.align).toBe("right");
    expectEveryTextInside(layout);
  });

  test("in Chinese: the sheet's field names and the Chinese sum", () => {
    const layout = layoutCard(worked(), "zh", fakeMeasure);
    expect(layout.lang).toBe("zh-CN");
    const all = rows(layout);
    expect(all).toContainEqual(["基础分 78.0 + 加分 10 = 88.0 → 2 积分"]);
    expect(all).toContainEqual(["总分", "88.0"]);
    expect(all).toContainEqual(["积分", "2"]);
    expect(all).toContainEqual(["Q1", "Q1", "—", "8 / 10", "30.0%", "24.0"]);
    expectEveryTextInside(layout);
  });

  test("rows stack without gaps or overlaps, the cells of a row as tall as each other, all within the card", () => {
    const layout = layoutCard(worked(), "en", fakeMeasure);
    const tops = [...new Set(boxes(layout).map((b) => b.y))].sort((a, b) => a - b);
    for (let i = 0; i < tops.length; i++) {
      const row = boxes(layout).filter((b) => b.y === tops[i]);
      expect(new Set(row.map((b) => b.height)).size).toBe(1);
      // Side by side, from the left margin to the right one.
      const sorted = [...row].sort((a, b) => a.x - b.x);
      expect(sorted[0].x).toBe(16);
      for (let j = 1; j < sorted.length; j++) expect(sorted[j].x).toBeCloseTo(sorted[j - 1].x + sorted[j - 1].width, 9);
      expect(sorted.at(-1)!.x + sorted.at(-1)!.width).toBeCloseTo(16 + CARD_WIDTH, 9);
      if (i > 0) expect(tops[i]).toBeCloseTo(tops[i - 1] + boxes(layout).find((b) => b.y === tops[i - 1])!.height, 9);
    }
    const last = boxes(layout).at(-1)!;
    expect(layout.height).toBe(Math.ceil(last.y + last.height + 16));
  });

  test("long labels wrap within their cell, Chinese ones between characters; the row grows to hold them", () => {
    const longLabel = "Prepares the visit with the customer's history, open tickets and the contract terms at hand";
    const chinese = "客服人员在回访前查阅客户的历史记录、未结工单以及合同条款，并确认联系方式与回访时间安排";
    const rubric: Rubric = {
      ...workedRubric(),
      title: "流程评审：主动回访的评分标准（适用于客服一组、客服二组与客服三组的全部工作流程）",
      criteria: workedRubric().criteria.map((c, i) =>
        i === 0 ? { ...c, label: longLabel } : i === 1 ? { ...c, label: chinese } : c,
      ),
    };
    const comment = `${"很好。".repeat(60)}\nSecond paragraph.`;
    const card = cardOf(evaluationCard({ ...workedEvaluation(), comment }, [rubric]));
    for (const language of ["en", "zh"] as const) {
      const layout = layoutCard(card, language, fakeMeasure);
      expectEveryTextInside(layout);
      const all = texts(layout);
      // The heading on two lines or more, no line wider than the card.
      expect(all.filter((t) => t.font === CARD_FONTS.heading).length).toBeGreaterThan(1);
      // The English label: broken at spaces, nothing lost.
      const english = all.filter((t) => longLabel.includes(t.text) && t.text.length > 2);
      expect(english.length).toBeGreaterThan(1);
      expect(english.map((t) => t.text).join(" ")).toBe(longLabel);
      // The Chinese label: every line but the last full to the character (each 13 px).
      const cell = placed(layout).filter(
        ({ box }) => box === placed(layout).find(({ text }) => text.text.startsWith(chinese.slice(0, 3)))!.box,
      );
      const box = cell[0].box!;
      const lines = cell.map(({ text }) => text.text);
      expect(lines.join("")).toBe(chinese);
      expect(lines.length).toBeGreaterThan(1);
      const perLine = Math.floor((box.width - 16) / 13);
      for (const line of lines.slice(0, -1)) expect([...line].length).toBeGreaterThanOrEqual(perLine - 1);
      // The comment: its two paragraphs, the first wrapped.
      const commentLines = all.filter((t) => /^(很好。)+$/.test(t.text) || t.text === "Second paragraph.");
      expect(commentLines.length).toBeGreaterThan(2);
      expect(commentLines.at(-1)!.text).toBe("Second paragraph.");
      // The row holding a wrapped label is taller than one line.
      expect(box.height).toBeGreaterThan(18 + 8);
    }
  });

  test("hostile labels are just text: drawn as written", () => {
    const hostile = ["<img src=x onerror=alert(1)>", "<script>alert(2)</script>", '"quotes" & it\'s'];
    const rubric: Rubric = {
      ...workedRubric(),
      title: `${hostile[0]} title`,
      criteria: workedRubric().criteria.map((c, i) => ({ ...c, label: hostile[i % hostile.length] })),
    };
    const card = cardOf(evaluationCard({ ...workedEvaluation(), person: hostile[1], comment: hostile[2] }, [rubric]));
    // Wide enough for no label to wrap: each appears whole, unescaped.
    const layout = layoutCard(card, "en", fakeMeasure, 1200);
    const all = texts(layout).map((t) => t.text);
    expect(all[0]).toBe(`${hostile[0]} title — version 3`);
    for (const text of hostile) expect(all).toContain(text);
    expect(all.join("")).not.toMatch(/&lt;|&amp;|&quot;/);
  });

  test("a failed gate: its cell red and bold, the failed gate's line instead of the sum", () => {
    const { rubric, failed: gated } = gatedWorked();
    const card = cardOf(evaluationCard(gated, [rubric]));
    const layout = layoutCard(card, "en", fakeMeasure);
    const failed = texts(layout).find((t) => t.text === "failed")!;
    expect(failed).toMatchObject({ color: "#a4262c", font: CARD_FONTS.strong });
    expect(rows(layout)).toContainEqual(["Gate G (Gate) failed: total 0.0 → 0 points"]);
    expect(texts(layout).filter((t) => t.color === "#a4262c")).toHaveLength(1);
  });
});
