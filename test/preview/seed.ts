// A test-only way to a large workbook: the example rubric written with `count` seeded evaluations in one
// createRubric (two syncs), as "Insert the example rubric" writes it with its 146 samples. Every 50th row has a
// criterion left blank, so "Next unscored" has rows to find all the way down. Deterministic: the same rows each run.
import { exampleRubric } from "../../src/rubric/example";
import type { EvaluationInput } from "../../src/rubric/evaluation";
import type { Language } from "../../src/rubric/language";
import { createRubric, selectEvaluationRow } from "../../src/workbook";
import type { SimulatedHost } from "../host";

/** Every UNSCORED_EVERY-th row (the last of each run) leaves its last criterion blank. */
export const UNSCORED_EVERY = 50;

export function seededEvaluations(language: Language, count: number): EvaluationInput[] {
  const { criteria } = exampleRubric(language);
  const day = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(day + (i % 365) * 86_400_000).toISOString().slice(0, 10),
    process: `WF-${100000 + i}`,
    person: `Engineer ${i % 40}`,
    team: `Team ${i % 6}`,
    reviewer: `Reviewer ${i % 5}`,
    values: Object.fromEntries(
      criteria.flatMap((c, j) => {
        if (i % UNSCORED_EVERY === UNSCORED_EVERY - 1 && j === criteria.length - 1) return [];
        const levels = c.levels?.map((l) => l.points) ?? [0, c.max];
        return [[c.id, levels[(i * 7 + j * 3) % levels.length]]];
      }),
    ),
    comment: i % 3 === 0 ? `Visit ${i}` : "",
  }));
}

/** Writes the example rubric with `count` evaluations and selects its first row (the pane follows the selection). */
export async function seedExample(host: SimulatedHost, count: number, language: Language = "en"): Promise<void> {
  const rubric = exampleRubric(language);
  const evaluations = seededEvaluations(language, count);
  await host.run(async (context) => {
    await createRubric(context, rubric, { language, evaluations });
    await selectEvaluationRow(context, rubric.id, 0);
  });
}
