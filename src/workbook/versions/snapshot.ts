// Versions as rows of the versions sheet's tables, and back. A version is one row of the Versions table (number,
// date, note, a summary of its changes, checksum, title, description, status, settings) plus its criteria and bands
// as rows of the snapshot tables, each row led by the version number; the history and the re-scored evaluations are
// one row each. Reading is the reverse, by header (either language), so a reader of the sheet and the add-in agree.
// Pure: no Excel calls.
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
import { SHEET_VOCABULARY, foldHeader } from "../../rubric/vocabulary";
import { criteriaLayout } from "../criteria-layout";
import { criteriaRow } from "../write-criteria";
import {
  HISTORY_COLUMNS,
  MOVES_COLUMNS,
  VERSIONS_COLUMNS,
  columnsOf,
  isoOf,
  serialOf,
  snapshotVersionColumn,
  versionTableHeaders,
} from "./layout";

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const optionalText = (v: unknown) => {
  const text = cellString(v);
  return text === "" ? undefined : text;
};

// ---------------------------------------------------------------------------------------------------------------
// Writing

export interface VersionRows {
  versions: unknown[][];
  criteria: unknown[][];
  bands: unknown[][];
}

/** The rows one version adds to the Versions, criteria and bands tables (sheet order of a new table in `language`).
 * The Evaluations cell is left null: it is the table's COUNTIF formula column. */
export function versionRows(version: RubricVersion, changes: string, language: Language): VersionRows {
  const { rubric } = version;
  const values: Record<(typeof VERSIONS_COLUMNS)[number], unknown> = {
    version: version.version,
    published: serialOf(version.publishedAt),
    note: version.note,
    changes,
    checksum: version.checksum,
    evaluations: null,
    title: rubric.title,
    description: rubric.description ?? "",
    status: rubric.status,
    scale: rubric.settings.scale,
    decimals: rubric.settings.decimals,
  };
  const criteriaHeaders = versionTableHeaders(language).criteria.slice(1);
  const layout = criteriaLayout(criteriaHeaders);
  return {
    versions: [VERSIONS_COLUMNS.map((c) => values[c])],
    criteria: rubric.criteria.map((c) => [version.version, ...criteriaRow(c, layout, [])]),
    bands: rubric.bands.map((b) => [version.version, b.from ?? "", b.points, b.label ?? ""]),
  };
}

export function historyRow(entry: HistoryEntry, language: Language): unknown[] {
  const values: Record<(typeof HISTORY_COLUMNS)[number], unknown> = {
    entry: entry.entry,
    at: serialOf(entry.at),
    action: SHEET_VOCABULARY[language].versions.actions[entry.action],
    version: entry.version,
    note: entry.note,
    by: entry.by,
    rows: entry.rows,
  };
  return HISTORY_COLUMNS.map((c) => values[c]);
}

export const moveRow = (move: VersionMove): unknown[] => [move.entry, move.key, move.from ?? "", move.to ?? ""];

// ---------------------------------------------------------------------------------------------------------------
// Reading

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
      status: (cellString(cell(row, "status")).trim() || "draft") as RubricStatus,
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
    const from = isBlank(cell(row, "from")) ? null : (cellNumber(cell(row, "from")) ?? null);
    const to = isBlank(cell(row, "to")) ? null : (cellNumber(cell(row, "to")) ?? null);
    return [{ entry, key, from, to }];
  });
}
