// The sample evaluations (assets/examples/sample-evaluations.csv, a copy of the shared example) as evaluation inputs.
import { readFileSync } from "fs";
import { join } from "path";
import { parseEvaluationsCsv } from "../../src/formats/csv/evaluations";
import { EvaluationInput } from "../../src/rubric/evaluation";
import { exampleRubric } from "../../src/rubric/example";

const CSV = join(__dirname, "../../assets/examples/sample-evaluations.csv");

export function sampleEvaluations(): EvaluationInput[] {
  const result = parseEvaluationsCsv(
    readFileSync(CSV, "utf8"),
    exampleRubric().criteria.map((c) => c.id),
  );
  if (!result.ok) throw new Error(`sample evaluations: ${result.errors.join("; ")}`);
  return result.evaluations;
}

/** `n` evaluations: the samples, repeated from the first as often as needed. */
export function sampleRows(n: number): EvaluationInput[] {
  const rows: EvaluationInput[] = [];
  while (rows.length < n) rows.push(...sampleEvaluations().slice(0, n - rows.length));
  return rows;
}
