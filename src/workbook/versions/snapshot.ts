// Versions as rows of the versions sheet's tables (snapshot-read.ts reads them back). A version is one row of the Versions table (number,
// date, note, a summary of its changes, checksum, title, description, status, settings) plus its criteria and bands
// as rows of the snapshot tables, each row led by the version number; the history and the re-scored evaluations are
// one row each. Reading is the reverse, by header (either language), so a reader of the sheet and the add-in agree.
// Pure: no Excel calls.
import { Language } from "../../rubric/language";
import { HistoryEntry, RubricVersion, VersionMove } from "../../rubric/version";
import { SHEET_VOCABULARY, statusText } from "../../rubric/vocabulary";
import { criteriaLayout } from "../criteria-layout";
import { criteriaRow } from "../criteria-row";
import { HISTORY_COLUMNS, VERSIONS_COLUMNS, serialOf, versionTableHeaders } from "./layout";

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
    status: statusText(language, rubric.status),
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
