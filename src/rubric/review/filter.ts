// Which evaluations a review looks at: a period and a team, person and reviewer (each as written, trimmed; absent:
// any). Rows without a total are left out of every figure and counted by why: nothing or only part scored, an error
// (the reason, as the sheet shows it), or, when a period is chosen, a date that places them in none.
import { EngineMessage } from "../messages";
import { Period, periodDays } from "../period/period";
import { Awarded, ReviewRow } from "./rows";

export interface ReviewFilter {
  period?: Period;
  team?: string;
  person?: string;
  reviewer?: string;
}

export type LeftOutReason = "unscored" | "error" | "undated";

export interface LeftOutRow {
  key: string;
  sheetRow: number;
  why: LeftOutReason;
  /** The engine's reason for an error, and for a partly scored row. */
  reason?: EngineMessage;
}

export interface LeftOut {
  unscored: number;
  errors: number;
  /** Rows without a readable date while a period is chosen. */
  undated: number;
  rows: LeftOutRow[];
}

/** A row that has a total. */
export type ScoredRow = ReviewRow & { result: Awarded };

export interface Selection {
  /** The rows in the filter that have a total, in the order given. */
  rows: ScoredRow[];
  leftOut: LeftOut;
}

export const isScored = (row: ReviewRow): row is ScoredRow => row.result.status === "scored";

const wanted = (value: string | undefined) => (value === undefined ? undefined : value.trim());

/** The rows a filter takes, the scored ones kept and the others counted. Throws for a period that does not exist. */
export function selectRows(rows: readonly ReviewRow[], filter: ReviewFilter = {}): Selection {
  const days = filter.period ? periodDays(filter.period) : undefined;
  const team = wanted(filter.team);
  const person = wanted(filter.person);
  const reviewer = wanted(filter.reviewer);
  const kept: ScoredRow[] = [];
  const leftOut: LeftOut = { unscored: 0, errors: 0, undated: 0, rows: [] };
  const leave = (row: ReviewRow, why: LeftOutReason, reason?: EngineMessage) => {
    if (why === "unscored") leftOut.unscored++;
    else if (why === "error") leftOut.errors++;
    else leftOut.undated++;
    const { key, sheetRow } = row.evaluation;
    leftOut.rows.push(reason ? { key, sheetRow, why, reason } : { key, sheetRow, why });
  };
  for (const row of rows) {
    if (team !== undefined && row.team !== team) continue;
    if (person !== undefined && row.person !== person) continue;
    if (reviewer !== undefined && row.reviewer !== reviewer) continue;
    if (days) {
      if (row.day === undefined) {
        leave(row, "undated");
        continue;
      }
      if (row.day < days.from || row.day > days.to) continue;
    }
    const result = row.result;
    if (result.status === "scored") kept.push(row as ScoredRow);
    else if (result.status === "unscored") leave(row, "unscored", result.reason);
    else leave(row, "error", result.reason);
  }
  return { rows: kept, leftOut };
}

/** The distinct values of a field among the rows (teams, persons, reviewers for the filters), sorted, blanks out. */
export function distinct(rows: readonly ReviewRow[], field: "team" | "person" | "reviewer" | "process"): string[] {
  const seen = new Set<string>();
  for (const row of rows) if (row[field] !== "") seen.add(row[field]);
  return [...seen].sort((a, b) => a.localeCompare(b));
}
