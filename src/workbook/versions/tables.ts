// Reading the versions sheet's tables: do they exist, and what they hold (queued with a use case's other reads, so
// the versions cost no sync of their own). The writers are in store.ts.
import { Language } from "../../rubric/language";
import { SHEET_VOCABULARY } from "../../rubric/vocabulary";
import { versionTableNames, VersionTableNames } from "../layout";
import { TableCells, queueTableCells } from "../table-cells";
import { VersionTable } from "./layout";
import { ReadHistory, VersionTablesCells, readVersionTables } from "./snapshot-read";

export const VERSION_TABLES: readonly VersionTable[] = ["versions", "history", "moves", "criteria", "bands"];

export interface QueuedVersionTables {
  names: VersionTableNames;
  /** After the sync: does the workbook have this rubric's versions? */
  exists: () => boolean;
}

/** Queues the existence check of the versions tables (all five must be there). */
export function queueVersionTablesExist(context: Excel.RequestContext, rubricId: string): QueuedVersionTables {
  const names = versionTableNames(rubricId);
  const tables = VERSION_TABLES.map((t) => context.workbook.tables.getItemOrNullObject(names[t]));

  tables.forEach((t) => t.load("isNullObject"));
  return { names, exists: () => tables.every((t) => !t.isNullObject) };
}

export interface VersionTablesRead {
  read: ReadHistory;
  /** Where each table's header and data rows are now (for appending). */
  cells: Record<VersionTable, TableCells>;
  /** Which tables have a Total Row a user turned on (under the data rows: appending keeps it the last row). */
  totalRows: Record<VersionTable, boolean>;
  language: Language;
}

/** Queues the reads of the versions tables, known to exist; after the next sync, the history as read. `rubricId` may
 * be the tables' suffix ("proactive_visit"): the snapshots then take the rubric's id given to the reader, when known
 * only after the sync ("proactive-visit"). */
export function queueVersionTables(
  context: Excel.RequestContext,
  rubricId: string,
): (id?: string) => VersionTablesRead {
  const names = versionTableNames(rubricId);
  const tables = Object.fromEntries(
    VERSION_TABLES.map((t) => [t, context.workbook.tables.getItem(names[t]).load("showTotals")]),
  ) as Record<VersionTable, Excel.Table>;
  const queued = Object.fromEntries(VERSION_TABLES.map((t) => [t, queueTableCells(tables[t])])) as Record<
    VersionTable,
    () => TableCells
  >;
  return (id = rubricId) => {
    const cells = Object.fromEntries(VERSION_TABLES.map((t) => [t, queued[t]()])) as Record<VersionTable, TableCells>;
    const totalRows = Object.fromEntries(VERSION_TABLES.map((t) => [t, tables[t].showTotals === true])) as Record<
      VersionTable,
      boolean
    >;
    const values = Object.fromEntries(VERSION_TABLES.map((t) => [t, cells[t].values])) as unknown as VersionTablesCells;
    // New rows follow the language the sheet was written in.
    const zh = SHEET_VOCABULARY.zh.versions.versions.version;
    const language: Language = (cells.versions.values[0] ?? []).some((h) => h === zh) ? "zh" : "en";
    return { read: readVersionTables(id, values), cells, totalRows, language };
  };
}
