// Scoring as the sheet's formulas ask for it: from cell values, criteria given position by position (SCORE) or
// as a criteria table keyed by id (TOTAL).
import { CriterionKind, DEFAULT_SETTINGS, RubricSettings } from "./model";
import { EngineMessage, engineMessage, listingProblems } from "./messages";
import { Problem, problemAt } from "./problem";
import { prepareCriteria } from "./prepared";
import { ScoreOutcome, Scorer, fail } from "./score";
import { Cells } from "./table";
import { cellNumber } from "./value";
import { validateCriteria } from "./validate";
import { matchColumns } from "./keyed";
import { parseKind } from "./vocabulary";

const settingsWith = (decimals: number): RubricSettings => ({ scale: DEFAULT_SETTINGS.scale, decimals });

function invalidRubric(problems: Problem[]): ScoreOutcome {
  return fail("invalid-rubric", listingProblems("invalid-rubric", problems));
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
  const lengths: ["n-weights" | "n-maxima" | "n-kinds", number][] = [
    ["n-weights", weights.length],
    ["n-maxima", maxima.length === 1 ? n : maxima.length],
    ["n-kinds", kinds ? kinds.length : n],
  ];
  const differing = lengths.filter(([, length]) => length !== n);
  if (differing.length > 0) {
    const parts: EngineMessage[] = differing.map(([code, length]) => engineMessage(code, { n: length }));
    return fail("length", { ...engineMessage("scores-but", { count: n, parts: "" }), parts });
  }
  const problems: Problem[] = [];
  const criteria = scores.map((_, i) => {
    const id = `criterion ${i + 1}`;
    const number = (field: string, v: unknown) => {
      const x = cellNumber(v);
      if (x === undefined)
        problems.push(
          problemAt({ scope: "criterion", index: i, id, field }, "value-not-a-number", {
            value: JSON.stringify(v ?? null),
          }),
        );
      return x ?? 0;
    };
    const kind: CriterionKind | undefined = kinds ? parseKind(kinds[i]) : "score";
    if (kind === undefined)
      problems.push(
        problemAt({ scope: "criterion", index: i, id, field: "kind" }, "not-a-kind", {
          value: JSON.stringify(kinds![i]),
        }),
      );
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
  if (scores.length !== ids.length)
    return fail("length", engineMessage("scores-but-ids", { scores: scores.length, ids: ids.length }));
  const prepared = prepareCriteria(criteriaCells, { scale, decimals });
  if (!prepared.scorer) return invalidRubric(prepared.problems);
  const match = matchColumns(prepared.criteria, ids);
  if (!match.ok) return fail(match.code === "missing" ? "missing-column" : "duplicate-column", match.reason);
  return prepared.scorer.score(match.inOrder ? scores : match.columnOf.map((j) => scores[j]));
}
