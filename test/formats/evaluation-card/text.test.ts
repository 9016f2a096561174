import { cardText } from "../../../src/formats/evaluation-card";
import { evaluationCard, EvaluationCard } from "../../../src/rubric/review";
import { ev, smallRubric, values, workedEvaluation, workedRubric } from "../../rubric/review/fixture";

const cardOf = (outcome: ReturnType<typeof evaluationCard>): EvaluationCard => {
  if (!outcome.ok) throw new Error("no card");
  return outcome.card;
};
const worked = () => cardOf(evaluationCard(workedEvaluation(), [workedRubric()]));

describe("the card as plain text", () => {
  test("the worked example, in English: 78.0 base + 10 bonus = 88.0 → 2 points", () => {
    const text = cardText(worked(), "en");
    const lines = text.split("\n");
    expect(lines[0]).toBe("Worked example — version 3");
    expect(lines[1]).toBe("Date: 2026-03-02 · Process: HF-1 · Person: Ann · Team: T1 · Reviewer: Rex · Key: ev-worked");
    expect(lines).toContain("ID · Criterion · Level given · Score · Share · Contribution");
    expect(lines).toContain("Q1 · Q1 · — · 8 of 10 · 30.0 % · 24.0");
    expect(lines).toContain("Q2 · Q2 · — · 7 of 10 · 20.0 % · 14.0");
    expect(lines).toContain("Q5 · Q5 · — · 10 of 10 · 10.0 % · 10.0");
    expect(lines).toContain("B1 · B1 · — · 1 of 1 · Bonus · +10");
    expect(lines).toContain("Base: 78.0");
    expect(lines).toContain("78.0 base + 10 bonus = 88.0 → 2 points");
    expect(lines).toContain("Total: 88.0");
    expect(lines).toContain("Points: 2");
    expect(lines).toContain("Band: 85–101");
    expect(lines).toContain("Comment: Thorough.");
    expect(lines).toContain(`Checksum: ${worked().rubric.checksum}`);
  });

  test("in Chinese, the sheet's own field names", () => {
    const lines = cardText(worked(), "zh").split("\n");
    expect(lines[0]).toBe("Worked example（第 3 版）");
    expect(lines[1]).toBe("日期：2026-03-02 · 流程：HF-1 · 被评人：Ann · 团队：T1 · 评审人：Rex · 记录编号：ev-worked");
    expect(lines).toContain("Q1 · Q1 · — · 8 / 10 · 30.0% · 24.0");
    expect(lines).toContain("B1 · B1 · — · 1 / 1 · 加分 · +10");
    expect(lines).toContain("基础分 78.0 + 加分 10 = 88.0 → 2 积分");
    expect(lines).toContain("总分：88.0");
    expect(lines).toContain("积分：2");
    expect(lines).toContain("档次：85–101");
  });

  test("levels, NA, a failed gate, a penalty, one point", () => {
    const rubric = smallRubric(1, {
      criteria: [
        ...smallRubric().criteria,
        { id: "P", label: "Late", kind: "penalty", weight: 5, max: 1, allowNA: true },
      ],
    });
    const failed = cardText(
      cardOf(evaluationCard(ev({ values: { ...values("NA", 10, 0, 0), P: 1 } }), [rubric])),
      "en",
    );
    expect(failed).toContain("A · Alpha · — · NA · — · —\n");
    expect(failed).toContain("B · Beta · — · 10 of 10 · 100.0 % · —\n");
    expect(failed).toContain("P · Late · — · 1 of 1 · Penalty · −5\n");
    expect(failed).toContain("G · Gate · — · 0 of 1 · Gate · failed\n");
    expect(failed).toContain("Gate G (Gate) failed: total 0.0 → 0 points\n");
    expect(failed).toContain("Comment: (no comment)\n");
    const good = cardText(cardOf(evaluationCard(ev({ values: { ...values(5, 5, 1, 1), P: 0 } }), [rubric])), "en");
    expect(good).toContain("A · Alpha · Half · 5 of 10 · 60.0 % · 30.0\n");
    expect(good).toContain("50.0 base + 10 bonus − 0 penalty = 60.0 → 1 point\n");
  });

  test("a label or comment with line breaks cannot forge a line", () => {
    const rubric = smallRubric(1, {
      criteria: smallRubric().criteria.map((c) => (c.id === "B" ? { ...c, label: "Beta\nTotal: 100.0" } : c)),
    });
    const text = cardText(
      cardOf(evaluationCard(ev({ comment: "Good\nPoints: 9", values: values(5, 5, 0, 1) }), [rubric])),
      "en",
    );
    const lines = text.split("\n");
    expect(lines.filter((l) => l.startsWith("Total:"))).toEqual(["Total: 50.0"]);
    expect(lines.filter((l) => l.startsWith("Points:"))).toEqual(["Points: 0"]);
    expect(lines).toContain("B · Beta Total: 100.0 · — · 5 of 10 · 40.0 % · 20.0");
    expect(lines).toContain("Comment: Good");
    expect(lines).toContain("  Points: 9");
  });
});
