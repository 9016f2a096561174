// Turning evaluation inputs into cell values and back. Pure.
import { cellValue } from "../rubric/value";

export type { EvaluationInput } from "../rubric/evaluation";
import { EvaluationInput } from "../rubric/evaluation";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2018-09-03" -> 43346 (the Excel serial), so the cell holds a real date; other text stays text. */
export function dateCell(date: string | number | null | undefined): string | number {
  if (date === null || date === undefined) return "";
  if (typeof date === "number") return date;
  const m = ISO_DATE.exec(date.trim());
  if (!m) return date;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EXCEL_EPOCH_MS) / DAY_MS;
}

/** 43346 -> "2018-09-03"; text is returned trimmed; blank -> "". */
export function isoDate(cell: unknown): string {
  if (typeof cell === "number" && Number.isFinite(cell)) {
    return new Date(EXCEL_EPOCH_MS + Math.round(cell) * DAY_MS).toISOString().slice(0, 10);
  }
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/** The input cells of one row, in sheet order: Date .. Reviewer, the score columns, Comment, [Rubric version]. */
export function inputRow(input: EvaluationInput, scoreColumns: readonly string[], version?: number): unknown[] {
  const byId = new Map(Object.entries(input.values).map(([id, v]) => [id.toUpperCase(), v]));
  const row: unknown[] = [
    dateCell(input.date),
    input.process ?? "",
    input.person ?? "",
    input.team ?? "",
    input.reviewer ?? "",
    ...scoreColumns.map((id) => cellValue(byId.get(id.toUpperCase()))),
    input.comment ?? "",
  ];
  if (version !== undefined) row.push(version);
  return row;
}
