// The versions sheet: five tables side by side under a title, each growing downwards on its own. What each column
// holds is found by header (either language), as everywhere else; positions here say only where new tables go.
// Pure: no Excel calls.
import { Language } from "../../rubric/language";
import {
  HistoryColumn,
  MovesColumn,
  SHEET_VOCABULARY,
  VersionsColumn,
  criteriaHeaderText,
  foldHeader,
} from "../../rubric/vocabulary";
import { CRITERIA_COLUMNS } from "../criteria-layout";
import { VersionedFormulaNames } from "../formulas";
import { bandsHeaders, versionTableNames } from "../layout";

export const VERSIONS_COLUMNS: readonly VersionsColumn[] = [
  "version",
  "published",
  "note",
  "changes",
  "checksum",
  "evaluations",
  "title",
  "description",
  "status",
  "scale",
  "decimals",
];
export const HISTORY_COLUMNS: readonly HistoryColumn[] = ["entry", "at", "action", "version", "note", "by", "rows"];
export const MOVES_COLUMNS: readonly MovesColumn[] = ["entry", "key", "from", "to"];

/** Title in row 1, captions in row 2, every table's header in row 3 (0-based 2). */
export const VERSIONS_TITLE_ROW = 0;
export const VERSIONS_HEADER_ROW = 2;

export type VersionTable = "versions" | "history" | "moves" | "criteria" | "bands";

/** Headers of each table in `language`, in sheet order. */
export function versionTableHeaders(language: Language): Record<VersionTable, string[]> {
  const words = SHEET_VOCABULARY[language].versions;
  const criteria = criteriaHeaderText(language);
  return {
    versions: VERSIONS_COLUMNS.map((c) => words.versions[c]),
    history: HISTORY_COLUMNS.map((c) => words.history[c]),
    moves: MOVES_COLUMNS.map((c) => words.moves[c]),
    criteria: [words.version, ...CRITERIA_COLUMNS.map((c) => criteria[c])],
    bands: [words.version, ...bandsHeaders(language)],
  };
}

/** First column of each table: one empty column between neighbours. */
export function versionTableColumns(): Record<VersionTable, number> {
  const order: VersionTable[] = ["versions", "history", "moves", "criteria", "bands"];
  const widths: Record<VersionTable, number> = {
    versions: VERSIONS_COLUMNS.length,
    history: HISTORY_COLUMNS.length,
    moves: MOVES_COLUMNS.length,
    criteria: 1 + CRITERIA_COLUMNS.length,
    bands: 4,
  };
  const at = {} as Record<VersionTable, number>;
  let column = 0;
  for (const table of order) {
    at[table] = column;
    column += widths[table] + 1;
  }
  return at;
}

/** Where each of `columns` is in a header row read from the sheet (either language; undefined when missing). */
export function columnsOf<C extends string>(
  header: readonly unknown[],
  columns: readonly C[],
  words: (language: Language) => Record<C, string>,
): Partial<Record<C, number>> {
  const at: Partial<Record<C, number>> = {};
  const folded = header.map(foldHeader);
  for (const language of ["en", "zh"] as const) {
    const text = words(language);
    for (const c of columns) {
      if (at[c] !== undefined) continue;
      const found = folded.indexOf(foldHeader(text[c]));
      if (found >= 0) at[c] = found;
    }
  }
  return at;
}

/** The Version column of a criteria or bands snapshot table. */
export function snapshotVersionColumn(header: readonly unknown[]): number {
  const words = new Set((["en", "zh"] as const).map((l) => foldHeader(SHEET_VOCABULARY[l].versions.version)));
  return header.findIndex((h) => words.has(foldHeader(h)));
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An ISO date-time as an Excel date serial (UTC), to the second. */
export function serialOf(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return NaN;
  return (Math.round(ms / 1000) * 1000 - EXCEL_EPOCH_MS) / DAY_MS;
}

/** An Excel date serial (UTC) as an ISO date-time to the second ("2026-11-30T01:02:03Z"); text is kept as read. */
export function isoOf(cell: unknown): string {
  if (typeof cell === "number" && Number.isFinite(cell)) {
    const ms = Math.round((cell * DAY_MS + EXCEL_EPOCH_MS) / 1000) * 1000;
    return new Date(ms).toISOString().replace(".000Z", "Z");
  }
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

/** What the evaluations table's versioned formulas name, for a versions sheet written in `language`. */
export function versionedFormulaNames(
  rubricId: string,
  language: Language,
  evaluations: { table: string; versionHeader: string },
): VersionedFormulaNames {
  const names = versionTableNames(rubricId);
  const headers = versionTableHeaders(language);
  const words = SHEET_VOCABULARY[language].versions;
  return {
    evaluations: evaluations.table,
    versionColumn: evaluations.versionHeader,
    versions: names.versions,
    criteria: names.criteria,
    bands: names.bands,
    version: words.version,
    scale: words.versions.scale,
    decimals: words.versions.decimals,
    criteriaColumns: [headers.criteria[1], headers.criteria[headers.criteria.length - 1]],
    bandsColumns: [headers.bands[1], headers.bands[headers.bands.length - 1]],
  };
}
