// The sample evaluations (shared/examples/sample-evaluations.csv) as evaluation inputs.
import { readFileSync } from "fs";
import { join } from "path";
import { EvaluationInput } from "../../src/workbook/cells";

const CSV = join(__dirname, "../../../shared/examples/sample-evaluations.csv");

export function sampleEvaluations(): EvaluationInput[] {
  const [header, ...lines] = readFileSync(CSV, "utf8").trim().split(/\r?\n/);
  const names = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    if (cells.length !== names.length) throw new Error(`unexpected CSV line (quoted commas?): ${line}`);
    const get = (name: string) => cells[names.indexOf(name)];
    const ids = names.slice(5, -1);
    return {
      date: get("Date"),
      process: get("Process"),
      person: get("Person"),
      team: get("Team"),
      reviewer: get("Reviewer"),
      values: Object.fromEntries(ids.map((id) => [id, get(id)])),
      comment: get("Comment"),
    };
  });
}
