// Scoring as the sheet's formulas ask for it: from cell values, criteria given position by position (SCORE) or
// as a criteria table keyed by id (TOTAL).
import { CriterionKind, DEFAULT_SETTINGS, RubricSettings } from "./model";
import { describeProblem, Problem } from "./problem";
import { prepareCriteria } from "./prepared";
import { ScoreOutcome, Scorer, fail } from "./score";
import { Cells } from "./table";
import { cellNumber } from "./value";
import { validateCriteria } from "./validate";
import { matchColumns } from "./keyed";
import { parseKind } from "./vocabulary";

const settingsWith = (decimals: number): RubricSettings => ({ scale: DEFAULT_SETTINGS.scale, decimals });

function invalidRubric(problems: Problem[]): ScoreOutcome {
  return fail("invalid-rubric", `invalid rubric: ${problems.map(describeProblem).join("; ")}`);
}

/** RUBRIC.SCORE: each list one value per criterion; `maxima` may hold one value for all. */
export function scorePositional(
  scores: readonly unknown[],
  weights: readonly unknown[],
  maxima: readonly unknown[],
  kinds: readonly unknown[] | null,
  decimals: number,
): ScoreOutcome {
  const n = scores.length;
  const lengths: [string, number][] = [
    ["weights", weights.length],
    ["maxima", maxima.length === 1 ? n : maxima.length],
    ["kinds", kinds ? kinds.length : n],
  ];
  const differing = lengths.filter(([, length]) => length !== n);
  if (differing.length > 0) {
    return fail("length", `${n} scores but ${differing.map(([name, length]) => `${length} ${name}`).join(", ")}`);
  }
  const problems: Problem[] = [];
  const criteria = scores.map((_, i) => {
    const id = `criterion ${i + 1}`;
    const number = (field: string, v: unknown) => {
      const x = cellNumber(v);
      if (x === undefined)
        problems.push({
          location: { scope: "criterion", index: i, id, field },
          message: `${JSON.stringify(v ?? null)} is not a number`,
        });
      return x ?? 0;
    };
    const kind: CriterionKind | undefined = kinds ? parseKind(kinds[i]) : "score";
    if (kind === undefined)
      problems.push({
        location: { scope: "criterion", index: i, id, field: "kind" },
        message: `${JSON.stringify(kinds![i])} is not a kind`,
      });
    return {
      id,
      kind: kind ?? "score",
      weight: number("weight", weights[i]),
      max: number("max", maxima.length === 1 ? maxima[0] : maxima[i]),
      allowNA: true,
      label: id,
    };
  });
  if (problems.length === 0) problems.push(...validateCriteria(criteria, { scoringOnly: true, ids: false }));
  if (problems.length > 0) return invalidRubric(problems);
  return new Scorer(criteria, settingsWith(decimals)).score(scores);
}

/** RUBRIC.TOTAL: `ids` head the score cells; `criteriaCells` is the criteria table with its header row. */
export function scoreKeyed(
  scores: readonly unknown[],
  ids: readonly unknown[],
  criteriaCells: Cells,
  decimals: number,
  scale = DEFAULT_SETTINGS.scale,
): ScoreOutcome {
  if (scores.length !== ids.length) return fail("length", `${scores.length} scores but ${ids.length} ids`);
  const prepared = prepareCriteria(criteriaCells, { scale, decimals });
  if (!prepared.scorer) return invalidRubric(prepared.problems);
  const match = matchColumns(prepared.criteria, ids);
  if (!match.ok) return fail(match.code === "missing" ? "missing-column" : "duplicate-column", match.message);
  return prepared.scorer.score(match.inOrder ? scores : match.columnOf.map((j) => scores[j]));
}
