// Imports a canonical rubric JSON file as a new rubric. The file is parsed and validated before anything is
// written: a refused file leaves the workbook as it was.
import { writeNewRubric } from "./new-rubric";
import { defineUseCase } from "./use-case";

/** What the pane hands over: a File, or anything with a name and its text. */
export interface RubricFile {
  name: string;
  text(): Promise<string>;
}

export const importRubric = defineUseCase("importRubric", async (session, file: RubricFile) => {
  // Loaded on demand: the JSON validator stays out of the pane's first download.
  const { parseRubric } = await import("../formats/rubric-json/file");
  const parsed = parseRubric(await file.text());
  if (!parsed.ok) {
    const problems = parsed.errors.map((e) => `${e.path || "/"}: ${e.message}`);
    throw new Error(`${file.name} is not a rubric file: ${problems.join("; ")}`);
  }
  return session.run((context) => writeNewRubric(context, session, parsed.rubric));
});
