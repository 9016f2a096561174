// Reading versions back from the versions sheet's tables, by header (either language): the published versions with
// their snapshots, the history, and the re-scored evaluations. Pure: no Excel calls.
import { isBlankCell } from "../../rubric/value";
import { Language } from "../../rubric/language";
import { Rubric, RubricStatus } from "../../rubric/model";
import { describeProblem } from "../../rubric/problem";
import { Cells, cellNumber, cellString, readBandsTable, readCriteriaTable } from "../../rubric/table";
import {
  HISTORY_ACTIONS,
  HistoryAction,
  HistoryEntry,
  RubricHistory,
  RubricVersion,
  VersionMove,
} from "../../rubric/version";
import { SHEET_VOCABULARY, foldHeader, parseStatus } from "../../rubric/vocabulary";
import { HISTORY_COLUMNS, MOVES_COLUMNS, VERSIONS_COLUMNS, columnsOf, isoOf, snapshotVersionColumn } from "./layout";

const optionalText = (v: unknown) => {
  const text = cellString(v);
  return text === "" ? undefined : text;
};

export interface VersionTablesCells {
  versions: Cells;
  criteria: Cells;
  bands: Cells;
  history: Cells;
  moves: Cells;
}

export interface ReadHistory {
  history: RubricHistory;
  /** Snapshot rows that cannot be read (a cell edited by hand): "version 2: ...". */
  problems: string[];
}

const words = (language: Language) => SHEET_VOCABULARY[language].versions;

/** The rows of a snapshot table grouped by version, each group with the header (Version column left out). */
function byVersion(cells: Cells): Map<number, unknown[][]> {
  const groups = new Map<number, unknown[][]>();
  const [header = [], ...rows] = cells;
  const at = snapshotVersionColumn(header);
  if (at < 0) return groups;
  const without = (row: readonly unknown[]) => row.filter((_, i) => i !== at);
  for (const row of rows) {
    const version = cellNumber(row[at]);
    if (version === undefined) continue;
    if (!groups.has(version)) groups.set(version, [without(header)]);
    groups.get(version)!.push(without(row));
  }
  return groups;
}

const ACTION_WORDS = new Map<string, HistoryAction>(
  (["en", "zh"] as const).flatMap((l) => HISTORY_ACTIONS.map((a) => [foldHeader(words(l).actions[a]), a] as const)),
);

export function readVersionTables(rubricId: string, cells: VersionTablesCells): ReadHistory {
  const problems: string[] = [];
  const criteria = byVersion(cells.criteria);
  const bands = byVersion(cells.bands);
  const [vHeader = [], ...vRows] = cells.versions;
  const at = columnsOf(vHeader, VERSIONS_COLUMNS, (l) => words(l).versions);
  const cell = (row: readonly unknown[], c: (typeof VERSIONS_COLUMNS)[number]) =>
    at[c] === undefined ? undefined : row[at[c]!];
  const versions: RubricVersion[] = [];
  for (const row of vRows) {
    const number = cellNumber(cell(row, "version"));
    if (number === undefined) continue;
    const criteriaRead = readCriteriaTable(criteria.get(number) ?? [[]]);
    const bandsRead = readBandsTable(bands.get(number) ?? [[]]);
    for (const p of [...criteriaRead.problems, ...bandsRead.problems]) {
      problems.push(`version ${number}: ${describeProblem(p)}`);
    }
    const rubric: Rubric = {
      id: rubricId,
      title: cellString(cell(row, "title")),
      version: number,
      // The word of either language (English on sheets written before the statuses were worded in the sheet's).
      status: parseStatus(cell(row, "status")) ?? ((cellString(cell(row, "status")).trim() || "draft") as RubricStatus),
      settings: {
        scale: cellNumber(cell(row, "scale")) ?? NaN,
        decimals: cellNumber(cell(row, "decimals")) ?? NaN,
      },
      criteria: criteriaRead.criteria,
      bands: bandsRead.bands,
    };
    const description = optionalText(cell(row, "description"));
    if (description !== undefined) rubric.description = description;
    versions.push({
      version: number,
      publishedAt: isoOf(cell(row, "published")),
      note: cellString(cell(row, "note")),
      checksum: cellString(cell(row, "checksum")).trim(),
      rubric,
    });
  }
  versions.sort((a, b) => a.version - b.version);
  return { history: { versions, entries: readEntries(cells.history), moves: readMoves(cells.moves) }, problems };
}

function readEntries(cells: Cells): HistoryEntry[] {
  const [header = [], ...rows] = cells;
  const at = columnsOf(header, HISTORY_COLUMNS, (l) => words(l).history);
  const cell = (row: readonly unknown[], c: (typeof HISTORY_COLUMNS)[number]) =>
    at[c] === undefined ? undefined : row[at[c]!];
  return rows.flatMap((row) => {
    const entry = cellNumber(cell(row, "entry"));
    const action = ACTION_WORDS.get(foldHeader(cell(row, "action")));
    if (entry === undefined || action === undefined) return [];
    return [
      {
        entry,
        at: isoOf(cell(row, "at")),
        action,
        version: cellNumber(cell(row, "version")) ?? NaN,
        note: cellString(cell(row, "note")),
        by: cellString(cell(row, "by")),
        rows: cellNumber(cell(row, "rows")) ?? 0,
      },
    ];
  });
}

function readMoves(cells: Cells): VersionMove[] {
  const [header = [], ...rows] = cells;
  const at = columnsOf(header, MOVES_COLUMNS, (l) => words(l).moves);
  const cell = (row: readonly unknown[], c: (typeof MOVES_COLUMNS)[number]) =>
    at[c] === undefined ? undefined : row[at[c]!];
  return rows.flatMap((row) => {
    const entry = cellNumber(cell(row, "entry"));
    const key = cellString(cell(row, "key")).trim();
    if (entry === undefined || key === "") return [];
    const from = isBlankCell(cell(row, "from")) ? null : (cellNumber(cell(row, "from")) ?? null);
    const to = isBlankCell(cell(row, "to")) ? null : (cellNumber(cell(row, "to")) ?? null);
    return [{ entry, key, from, to }];
  });
}
