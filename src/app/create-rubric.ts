// Creates a rubric from the built-in example (with its sample evaluations when the session has them) or an empty
// one, in the session's language.
import { exampleRubric } from "../rubric/example";
import { Language } from "../rubric/language";
import { DEFAULT_SETTINGS, Rubric } from "../rubric/model";
import { SHEET_VOCABULARY } from "../rubric/vocabulary";
import { findRubrics, tableSuffix } from "../workbook";
import { writeNewRubric } from "./new-rubric";
import { WorkbookSession } from "./session";
import { defineUseCase } from "./use-case";

/** How a new rubric starts: the built-in example or an empty one (imports: import-rubric.ts). */
export type NewRubricKind = "example" | "blank";

/** A minimal valid rubric with an id not used in the workbook: rubric-1, rubric-2, ... */
export function blankRubric(language: Language, used: readonly string[]): Rubric {
  const taken = new Set(used.map((id) => tableSuffix(id).toLowerCase()));
  let n = 1;
  while (taken.has(tableSuffix(`rubric-${n}`).toLowerCase())) n++;
  const text = SHEET_VOCABULARY[language].blankRubric;
  return {
    id: `rubric-${n}`,
    title: text.title,
    version: 1,
    status: "draft",
    settings: { ...DEFAULT_SETTINGS },
    criteria: [{ id: "C1", label: text.criterion, kind: "score", weight: 1, max: 10, allowNA: false }],
    bands: [{ from: null, points: 0 }],
  };
}

async function sampleEvaluations(session: WorkbookSession, rubric: Rubric) {
  if (!session.sampleEvaluations) return [];
  // Loaded on demand: the CSV reader stays out of the pane's first download.
  const { parseEvaluationsCsv } = await import("../formats/csv/evaluations");
  const samples = parseEvaluationsCsv(
    await session.sampleEvaluations(),
    rubric.criteria.map((c) => c.id),
  );
  if (!samples.ok) throw new Error(`the sample evaluations do not read: ${samples.errors.join("; ")}`);
  return samples.evaluations;
}

export const createRubric = defineUseCase("createRubric", (session, kind: NewRubricKind) =>
  session.run(async (context) => {
    if (kind === "example") {
      const rubric = exampleRubric(session.language);
      return writeNewRubric(context, session, rubric, await sampleEvaluations(session, rubric));
    }
    return writeNewRubric(context, session, blankRubric(session.language, await findRubrics(context)));
  }),
);
