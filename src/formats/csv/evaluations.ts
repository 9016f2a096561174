// Evaluations from CSV (the sample evaluations, or a sheet exported as CSV): a header row naming Date, Process,
// Person, Team, Reviewer, one column per criterion id, and Comment. Parsing is all-or-nothing.
import Papa from "papaparse";
import { EvaluationInput } from "../../rubric/evaluation";

export type CsvResult = { ok: true; evaluations: EvaluationInput[] } | { ok: false; errors: string[] };

const FIELDS = ["Date", "Process", "Person", "Team", "Reviewer", "Comment"] as const;

/** Reads evaluations for the given criterion ids; every id needs a column, matched ignoring case. */
export function parseEvaluationsCsv(text: string, criterionIds: readonly string[]): CsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const errors = parsed.errors.map((e) => `row ${(e.row ?? 0) + 1}: ${e.message}`);
  const [header = [], ...rows] = parsed.data;
  const column = new Map(header.map((name, i) => [name.trim().toUpperCase(), i]));
  const find = (name: string) => column.get(name.toUpperCase());
  for (const name of [...FIELDS.filter((f) => f !== "Comment"), ...criterionIds]) {
    if (find(name) === undefined) errors.push(`no column headed ${name}`);
  }
  rows.forEach((row, r) => {
    if (row.length !== header.length) errors.push(`row ${r + 2}: ${row.length} cells, the header has ${header.length}`);
  });
  if (errors.length > 0) return { ok: false, errors };
  const cell = (row: string[], name: string) => {
    const i = find(name);
    return i === undefined ? "" : (row[i] ?? "").trim();
  };
  const evaluations = rows.map((row) => ({
    date: cell(row, "Date"),
    process: cell(row, "Process"),
    person: cell(row, "Person"),
    team: cell(row, "Team"),
    reviewer: cell(row, "Reviewer"),
    values: Object.fromEntries(criterionIds.map((id) => [id, cell(row, id)])),
    comment: cell(row, "Comment"),
  }));
  return { ok: true, evaluations };
}
