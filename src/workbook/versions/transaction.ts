// One read-decide-write round over a rubric's versions: the working draft, the versions sheet and the evaluations'
// Key, Rubric version and Total columns are read in two syncs, a pure `decide` says what to write, and everything
// is written in a third. Publishing, applying a version to evaluations, undoing that, and the status actions are all
// such rounds: three syncs whatever the number of versions or evaluations.
import { RubricStatus } from "../../rubric/model";
import { SHEET_VOCABULARY } from "../../rubric/vocabulary";
import { cellAddress } from "../address";
import { EvaluationsLayout, KEY_COLUMN } from "../evaluations-layout";
import { queueEvaluationsTable } from "../evaluations-table";
import { SETTINGS_VALUE_COLUMN, settingRow, tableNames } from "../layout";
import { ReadRubricResult, readRubric } from "../read-rubric";
import { TEXT_FORMAT } from "../text-cells";
import { VersionAppend, queueVersionAppend } from "./store";
import { VersionTablesRead, queueVersionTables, queueVersionTablesExist } from "./tables";

export interface EvaluationVersions {
  layout: EvaluationsLayout;
  /** Per data row: its key ("" when it has none), its Rubric version cell, its Total, its Date cell. */
  keys: string[];
  versions: unknown[];
  totals: unknown[];
  dates: unknown[];
}

export interface VersionsRead {
  draft: ReadRubricResult;
  versions: VersionTablesRead;
  evaluations: EvaluationVersions;
}

export interface VersionsWrite {
  append?: VersionAppend;
  /** Rubric version cells to set, by data row. */
  stamps?: readonly { rowIndex: number; version: number | null }[];
  /** The rubric sheet's Version and Status settings. */
  settings?: { version?: number; status?: RubricStatus };
}

export async function versionsTransaction<T>(
  context: Excel.RequestContext,
  rubricId: string,
  decide: (read: VersionsRead) => { write: VersionsWrite; result: T },
): Promise<T> {
  const exist = queueVersionTablesExist(context, rubricId);
  const table = queueEvaluationsTable(context, rubricId);
  let versions: (() => VersionTablesRead) | undefined;
  let columns: (() => EvaluationVersions) | undefined;
  const draft = await readRubric(context, rubricId, {
    beforeRead: () => {
      if (!exist.exists()) return;
      versions = queueVersionTables(context, rubricId);
      const layout = table.layout();
      const column = (at: number | undefined) =>
        at === undefined ? undefined : table.body.getColumn(at).load("values");
      const [keys, version, total, date] = [
        layout.at[KEY_COLUMN],
        layout.at.version,
        layout.at.total,
        layout.at.date,
      ].map(column);
      columns = () => ({
        layout,
        keys: (keys?.values ?? []).map((r) => String(r[0] ?? "").trim()),
        versions: (version?.values ?? []).map((r) => r[0]),
        totals: (total?.values ?? []).map((r) => r[0]),
        dates: (date?.values ?? []).map((r) => r[0]),
      });
    },
  });
  if (!versions || !columns) {
    throw new Error(`the rubric ${rubricId} has no versions sheet: open the Rubric tab to upgrade the workbook`);
  }
  const read: VersionsRead = { draft, versions: versions(), evaluations: columns() };
  const { write, result } = decide(read);
  queueVersionsWrite(context, rubricId, read, write);
  await context.sync();
  return result;
}

function queueVersionsWrite(context: Excel.RequestContext, rubricId: string, read: VersionsRead, write: VersionsWrite) {
  const names = tableNames(rubricId);
  const { layout } = read.evaluations;
  const versionAt = layout.at.version;
  if (write.append) {
    const versionHeader =
      versionAt === undefined ? SHEET_VOCABULARY[layout.language].evaluations.version : layout.headers[versionAt];
    queueVersionAppend(context, rubricId, read.versions, write.append, { table: names.evaluations, versionHeader });
  }
  if (write.stamps && write.stamps.length > 0) {
    if (versionAt === undefined) throw new Error("the evaluations table has no Rubric version column");
    const body = context.workbook.tables.getItem(names.evaluations).getDataBodyRange();
    for (const { rowIndex, version } of write.stamps) body.getCell(rowIndex, versionAt).values = [[version ?? ""]];
  }
  const sheet = context.workbook.tables.getItem(names.criteria).worksheet;
  if (write.settings?.version !== undefined) {
    sheet.getRange(cellAddress(settingRow("version"), SETTINGS_VALUE_COLUMN)).values = [[write.settings.version]];
  }
  if (write.settings?.status !== undefined) {
    const cell = sheet.getRange(cellAddress(settingRow("status"), SETTINGS_VALUE_COLUMN));
    cell.numberFormat = [[TEXT_FORMAT]];
    cell.values = [[write.settings.status]];
  }
}
