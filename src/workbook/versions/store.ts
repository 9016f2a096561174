// The versions sheet in the workbook: created with a rubric's first version, read in one sync, and appended to.
// Rows are only ever added (a published version is never rewritten); each append is queued with the other writes of
// its use case, so publishing or applying a version costs a fixed number of syncs whatever the sizes.
import { Language } from "../../rubric/language";
import { HistoryEntry, RubricVersion, VersionMove } from "../../rubric/version";
import { SHEET_VOCABULARY } from "../../rubric/vocabulary";
import { RangeBox, cellAddress, rangeAddress } from "../address";
import { criteriaLayout } from "../criteria-layout";
import { escapeColumn } from "../formulas";
import { versionTableNames } from "../layout";
import { TableCells } from "../table-cells";
import { criteriaTextColumns, writeValues } from "../text-cells";
import {
  DATE_TIME_FORMAT,
  HISTORY_COLUMNS,
  MOVES_COLUMNS,
  VERSIONS_COLUMNS,
  VERSIONS_HEADER_ROW,
  VERSIONS_TITLE_ROW,
  VersionTable,
  columnsOf,
  versionTableColumns,
  versionTableHeaders,
} from "./layout";
import { historyRow, moveRow, versionRows } from "./snapshot";
import { VersionTablesRead } from "./tables";

const TABLES: readonly VersionTable[] = ["versions", "history", "moves", "criteria", "bands"];

/** Which columns of each table hold text (Text format before anything is written). */
function textColumns(table: VersionTable, language: Language): boolean[] {
  const headers = versionTableHeaders(language)[table];
  switch (table) {
    case "versions":
      return VERSIONS_COLUMNS.map((c) => ["note", "changes", "checksum", "title", "description", "status"].includes(c));
    case "history":
      return HISTORY_COLUMNS.map((c) => c === "action" || c === "note" || c === "by");
    case "moves":
      return MOVES_COLUMNS.map((c) => c === "key");
    case "criteria":
      return [false, ...criteriaTextColumns(criteriaLayout(headers.slice(1)))];
    case "bands":
      return [false, false, false, true]; // Version, From, Points, Label
  }
}

/** The COUNTIF of a version's evaluations: live, so a re-scored row counts under its new version at once. */
export function evaluationsCountFormula(evaluationsTable: string, versionHeader: string, language: Language): string {
  const own = SHEET_VOCABULARY[language].versions.versions.version;
  return `=COUNTIF(${evaluationsTable}[${escapeColumn(versionHeader)}],[@[${escapeColumn(own)}]])`;
}

export interface FirstVersion {
  version: RubricVersion;
  /** The summary written in its Changes cell. */
  changes: string;
  entry: HistoryEntry;
  /** The evaluations table and its Rubric version header, for the live Evaluations count. */
  evaluations: { table: string; versionHeader: string };
}

/** Queues a new versions sheet holding the rubric's first version; no sync. */
export function queueVersionsSheet(
  context: Excel.RequestContext,
  rubricId: string,
  sheetName: string,
  language: Language,
  first: FirstVersion,
): void {
  const names = versionTableNames(rubricId);
  const words = SHEET_VOCABULARY[language].versions;
  const headers = versionTableHeaders(language);
  const at = versionTableColumns();
  const sheet = context.workbook.worksheets.add(sheetName);
  const title = words.title.replace("{title}", first.version.rubric.title).replace("{id}", rubricId);
  writeValues(sheet.getRange(cellAddress(VERSIONS_TITLE_ROW, 0)), [[title]]);
  const rows = versionRows(first.version, first.changes, language);
  const contents: Record<VersionTable, unknown[][]> = {
    versions: rows.versions,
    history: [historyRow(first.entry, language)],
    moves: [headers.moves.map(() => "")],
    criteria: rows.criteria,
    bands: rows.bands.length > 0 ? rows.bands : [headers.bands.map(() => "")],
  };
  for (const table of TABLES) {
    const column = at[table];
    writeValues(sheet.getRange(cellAddress(VERSIONS_HEADER_ROW - 1, column)), [[words.captions[table]]]);
    const body = contents[table];
    const address = rangeAddress(VERSIONS_HEADER_ROW, column, body.length + 1, headers[table].length);
    writeValues(sheet.getRange(address), [headers[table], ...body], [false, ...textColumns(table, language).slice(1)]);
    // The header row is text too: write it again as text (a header "1" would otherwise be a number).
    writeValues(
      sheet.getRange(rangeAddress(VERSIONS_HEADER_ROW, column, 1, headers[table].length)),
      [headers[table]],
      headers[table].map(() => true),
    );
    const added = sheet.tables.add(address, true);
    added.name = names[table];
  }
  formatDates(sheet);
  const count = sheet.getRange(
    rangeAddress(VERSIONS_HEADER_ROW + 1, at.versions + VERSIONS_COLUMNS.indexOf("evaluations"), 1, 1),
  );
  count.formulas = [[evaluationsCountFormula(first.evaluations.table, first.evaluations.versionHeader, language)]];
}

/** Date-time formats on the first version's Published cell and the first entry's When cell. */
function formatDates(sheet: Excel.Worksheet): void {
  const at = versionTableColumns();
  const published = at.versions + VERSIONS_COLUMNS.indexOf("published");
  sheet.getRange(cellAddress(VERSIONS_HEADER_ROW + 1, published)).numberFormat = [[DATE_TIME_FORMAT]];
  sheet.getRange(cellAddress(VERSIONS_HEADER_ROW + 1, at.history + 1)).numberFormat = [[DATE_TIME_FORMAT]];
}

const isBlankRow = (row: readonly unknown[]) =>
  row.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));

/** Queues `rows` under a table's last data row (a table's one empty row is filled instead); no sync. A Total Row a
 * user turned on stays under the new rows: the table's range includes it. */
function queueAppend(
  context: Excel.RequestContext,
  tableName: string,
  cells: TableCells,
  totalRow: boolean,
  rows: readonly unknown[][],
  text: readonly boolean[],
): RangeBox | undefined {
  if (rows.length === 0) return undefined;
  const box = cells.box;
  const data = cells.values.slice(1);
  const reuse = data.length === 1 && isBlankRow(data[0]) ? 1 : 0;
  const first = box.row + 1 + data.length - reuse;
  const table = context.workbook.tables.getItem(tableName);
  const newRows = data.length - reuse + rows.length;
  const totals = totalRow ? 1 : 0;
  if (newRows > data.length) table.resize(rangeAddress(box.row, box.column, newRows + 1 + totals, box.columns));
  const target = context.workbook.tables
    .getItem(tableName)
    .worksheet.getRange(rangeAddress(first, box.column, rows.length, box.columns));
  writeValues(target, rows, text);
  return { ...box, row: first, rows: rows.length };
}

export interface VersionAppend {
  version?: { version: RubricVersion; changes: string };
  entries?: readonly HistoryEntry[];
  moves?: readonly VersionMove[];
}

/** Queues a new version, history entries and moves at the ends of their tables; no sync. */
export function queueVersionAppend(
  context: Excel.RequestContext,
  rubricId: string,
  read: VersionTablesRead,
  append: VersionAppend,
  evaluations: { table: string; versionHeader: string },
): void {
  const names = versionTableNames(rubricId);
  const { language, cells, totalRows } = read;
  const put = (table: VersionTable, rows: unknown[][]) =>
    queueAppend(context, names[table], cells[table], totalRows[table], rows, textColumns(table, language));
  if (append.version) {
    const rows = versionRows(append.version.version, append.version.changes, language);
    const versionsBox = put("versions", rows.versions);
    put("criteria", rows.criteria);
    put("bands", rows.bands);
    if (versionsBox) {
      const sheet = context.workbook.tables.getItem(names.versions).worksheet;
      const header = cells.versions.values[0] ?? [];
      const at = columnsOf(header, VERSIONS_COLUMNS, (l) => SHEET_VOCABULARY[l].versions.versions);
      if (at.published !== undefined) {
        sheet.getRange(cellAddress(versionsBox.row, versionsBox.column + at.published)).numberFormat = [
          [DATE_TIME_FORMAT],
        ];
      }
      if (at.evaluations !== undefined) {
        sheet.getRange(cellAddress(versionsBox.row, versionsBox.column + at.evaluations)).formulas = [
          [evaluationsCountFormula(evaluations.table, evaluations.versionHeader, language)],
        ];
      }
    }
  }
  if (append.entries && append.entries.length > 0) {
    const box = put(
      "history",
      append.entries.map((e) => historyRow(e, language)),
    );
    if (box) {
      const sheet = context.workbook.tables.getItem(names.history).worksheet;
      sheet.getRange(rangeAddress(box.row, box.column + 1, box.rows, 1)).numberFormat = Array.from(
        { length: box.rows },
        () => [DATE_TIME_FORMAT],
      );
    }
  }
  if (append.moves && append.moves.length > 0) put("moves", append.moves.map(moveRow));
}
