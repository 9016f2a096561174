import { rubricChecksum } from "../../../src/rubric/canonical/document";
import { evaluationCard, EvaluationCard, prepareVersions } from "../../../src/rubric/review";
import { ev, smallRubric, values, workedEvaluation, workedRubric } from "./fixture";

const cardOf = (outcome: ReturnType<typeof evaluationCard>): EvaluationCard => {
  if (!outcome.ok) throw new Error(`no card: ${JSON.stringify(outcome)}`);
  return outcome.card;
};

describe("the evaluation card", () => {
  test("the worked example: 78.0 base + 10 bonus = 88.0 → 2 points, each line's share and contribution", () => {
    const card = cardOf(evaluationCard(workedEvaluation(), [workedRubric()]));
    expect(card).toMatchObject({ base: 78, bonus: 10, penalty: 0, total: 88, points: 2, band: "85–101" });
    expect(card.rubric).toEqual({
      id: "worked",
      title: "Worked example",
      version: 3,
      checksum: rubricChecksum(workedRubric()),
      scale: 100,
      decimals: 1,
    });
    expect(card.rubric.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(card.evaluation).toMatchObject({ date: "2026-03-02", process: "HF-1", person: "Ann", reviewer: "Rex" });
    expect(card.comment).toBe("Thorough.");
    const scores = card.lines.filter((l) => l.kind === "score");
    expect(scores.map((l) => [l.id, l.value, l.share, l.contribution])).toEqual([
      ["Q1", 8, 0.3, 24],
      ["Q2", 7, 0.2, expect.closeTo(14, 12)],
      ["Q3", 9, 0.2, 18],
      ["Q4", 6, 0.2, expect.closeTo(12, 12)],
      ["Q5", 10, 0.1, 10],
    ]);
    expect(scores.reduce((sum, l) => sum + (l.contribution ?? 0), 0)).toBeCloseTo(card.base, 9);
    expect(card.lines.find((l) => l.id === "B1")).toEqual({
      id: "B1",
      label: "B1",
      kind: "bonus",
      value: 1,
      max: 1,
      weight: 10,
      points: 10,
    });
    expect(card.failedGate).toBeUndefined();
  });

  test("levels given are named; NA renormalises the shares over the other score criteria", () => {
    const card = cardOf(evaluationCard(ev({ values: values("NA", 5, 1, 1) }), [smallRubric()]));
    expect(card.lines).toEqual([
      {
        id: "A",
        label: "Alpha",
        kind: "score",
        value: "NA",
        max: 10,
        weight: 60,
        share: undefined,
        contribution: undefined,
      },
      { id: "B", label: "Beta", kind: "score", value: 5, max: 10, weight: 40, share: 1, contribution: 50 },
      { id: "BON", label: "Bonus", kind: "bonus", value: 1, max: 1, weight: 10, points: 10 },
      { id: "G", label: "Gate", kind: "gate", value: 1, max: 1, passed: true },
    ]);
    expect(card).toMatchObject({ base: 50, total: 60, points: 1, band: "Good" });
    const full = cardOf(evaluationCard(ev({ values: values(10, 5, 0, 1) }), [smallRubric()]));
    expect(full.lines[0]).toMatchObject({ value: 10, level: "Full", share: 0.6, contribution: 60 });
  });

  test("a failed gate: named, no contributions, total 0 and the lowest band", () => {
    const card = cardOf(evaluationCard(ev({ values: values(10, 10, 1, 0) }), [smallRubric()]));
    expect(card.failedGate).toEqual({ id: "G", label: "Gate" });
    expect(card).toMatchObject({ base: 0, total: 0, points: 0, band: "Low" });
    expect(
      card.lines.map((l) => (l.kind === "score" ? l.contribution : l.kind === "gate" ? l.passed : l.points)),
    ).toEqual([undefined, undefined, 10, false]);
  });

  test("a penalty line is negative; a penalty of nothing is 0, not -0", () => {
    const rubric = smallRubric(1, {
      criteria: [
        ...smallRubric().criteria,
        { id: "P", label: "Late", kind: "penalty", weight: 5, max: 1, allowNA: true },
      ],
    });
    const late = cardOf(evaluationCard(ev({ values: { ...values(10, 10, 0, 1), P: 1 } }), [rubric]));
    expect(late.lines[4]).toMatchObject({ kind: "penalty", points: -5 });
    expect(late).toMatchObject({ penalty: 5, total: 95 });
    const onTime = cardOf(evaluationCard(ev({ values: { ...values(10, 10, 0, 1), P: 0 } }), [rubric]));
    expect(Object.is((onTime.lines[4] as { points: number }).points, 0)).toBe(true);
  });

  test("the card of the evaluation's own version; none for a row without a total", () => {
    const v2 = smallRubric(2, { title: "Small v2" });
    const versions = prepareVersions([smallRubric(), v2]);
    expect(cardOf(evaluationCard(ev({ version: 1, values: values(5, 5, 0, 1) }), versions)).rubric).toMatchObject({
      version: 1,
      title: "Small",
    });
    expect(cardOf(evaluationCard(ev({ values: values(5, 5, 0, 1) }), versions)).rubric.version).toBe(2);
    expect(evaluationCard(ev({ values: values(null, null, null, null) }), versions)).toEqual({
      ok: false,
      unscored: true,
    });
    expect(evaluationCard(ev({ values: values(5, null, 0, 1) }), versions)).toMatchObject({
      ok: false,
      unscored: true,
      reason: { code: "incomplete" },
    });
    expect(evaluationCard(ev({ version: 7, values: values(5, 5, 0, 1) }), versions)).toEqual({
      ok: false,
      unscored: false,
      reason: { code: "version-missing", params: { version: 7 } },
    });
  });
});
