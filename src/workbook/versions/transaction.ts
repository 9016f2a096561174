// One read-decide-write round over a rubric's versions: the working draft, the versions sheet and the evaluations'
// Key, Rubric version and Total columns are read in two syncs, a pure `decide` says what to write, and everything
// is written in a third. Publishing, applying a version to evaluations, undoing that, and the status actions are all
// such rounds: three syncs whatever the number of versions or evaluations.
//
// Protection: the rubric sheet's and the versions sheet's protection is read with the rest. A write may protect
// both sheets (finalising) or unprotect them (reopening); otherwise a sheet it writes to that is protected (a final
// rubric, or protected by hand without a password) is unprotected before the writes and protected again after them,
// with its own options, in the same batch. When an unprotect fails (a password the add-in does not know), the batch
// stops there with nothing written, and a sheet unprotected just before it is protected again (two more syncs).
import { RubricStatus } from "../../rubric/model";
import { SHEET_VOCABULARY } from "../../rubric/vocabulary";
import { cellAddress } from "../address";
import { EvaluationsLayout, KEY_COLUMN } from "../evaluations-layout";
import { queueEvaluationsTable } from "../evaluations-table";
import { SETTINGS_VALUE_COLUMN, settingRow, tableNames } from "../layout";
import { ReadRubricResult, readRubric } from "../read-rubric";
import {
  FINAL_PROTECTION,
  RUBRIC_SHEETS,
  RubricProtection,
  RubricSheet,
  queueProtect,
  queueRubricProtection,
  queueUnprotect,
} from "./protection";
import { VersionAppend, queueVersionAppend } from "./store";
import { queueStatusCell } from "../status-cell";
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
  /** Whether the rubric sheet and the versions sheet are protected now, and how. */
  protection: RubricProtection;
}

export interface VersionsWrite {
  append?: VersionAppend;
  /** Rubric version cells to set, by data row. */
  stamps?: readonly { rowIndex: number; version: number | null }[];
  /** The rubric sheet's Version and Status settings. */
  settings?: { version?: number; status?: RubricStatus };
  /** "protect": both sheets end protected (finalising); "unprotect": both end unprotected (reopening). Without it,
   * each sheet ends as it was. */
  protection?: "protect" | "unprotect";
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
  let protection: (() => RubricProtection) | undefined;
  const draft = await readRubric(context, rubricId, {
    beforeRead: () => {
      if (!exist.exists()) return;
      versions = queueVersionTables(context, rubricId);
      protection = queueRubricProtection(context, rubricId);
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
  if (!versions || !columns || !protection) {
    throw new Error(`the rubric ${rubricId} has no versions sheet: open the Rubric tab to upgrade the workbook`);
  }
  const read: VersionsRead = { draft, versions: versions(), evaluations: columns(), protection: protection() };
  const { write, result } = decide(read);
  const { lifted, restore } = queueLift(context, rubricId, read.protection, write);
  queueVersionsWrite(context, rubricId, read, write);
  restore();
  try {
    await context.sync();
  } catch (error) {
    if (isAccessDenied(error) && lifted.length > 1) {
      await protectAgain(context, rubricId, read.protection, lifted).catch(() => undefined);
    }
    throw refusal(error, read.protection);
  }
  return result;
}

const isAccessDenied = (error: unknown) => (error as { code?: unknown } | null)?.code === "AccessDenied";

/** After a failed batch: protects again, with their own options, the sheets it had lifted and left unprotected. */
async function protectAgain(
  context: Excel.RequestContext,
  rubricId: string,
  protection: RubricProtection,
  lifted: readonly RubricSheet[],
): Promise<void> {
  const now = queueRubricProtection(context, rubricId);
  await context.sync();
  const open = lifted.filter((sheet) => !now()[sheet].protected);
  queueProtect(
    context,
    rubricId,
    open.map((sheet) => ({ sheet, options: protection[sheet].options })),
  );
  await context.sync();
}

/** Which rubric sheets a write changes. */
function sheetsWritten(write: VersionsWrite): Record<RubricSheet, boolean> {
  const append = write.append;
  return {
    rubric: write.settings?.version !== undefined || write.settings?.status !== undefined,
    versions:
      append !== undefined &&
      (append.version !== undefined || (append.entries?.length ?? 0) > 0 || (append.moves?.length ?? 0) > 0),
  };
}

/** Queues unprotecting what the write needs open (before its writes); returns what it unprotects and the function
 * that queues protecting what must end protected (after them). */
function queueLift(
  context: Excel.RequestContext,
  rubricId: string,
  protection: RubricProtection,
  write: VersionsWrite,
): { lifted: RubricSheet[]; restore: () => void } {
  const written = sheetsWritten(write);
  const lifted = RUBRIC_SHEETS.filter(
    (s) => protection[s].protected && (write.protection === "unprotect" || written[s]),
  );
  queueUnprotect(context, rubricId, lifted);
  const restore = () => {
    if (write.protection === "unprotect") return;
    const again = RUBRIC_SHEETS.flatMap((sheet) => {
      const { protected: was, options } = protection[sheet];
      if (lifted.includes(sheet)) return [{ sheet, options }];
      if (!was && write.protection === "protect") return [{ sheet, options: FINAL_PROTECTION }];
      return [];
    });
    queueProtect(context, rubricId, again);
  };
  return { lifted, restore };
}

/** A write the workbook refused because a sheet is protected (by hand, or with a password the add-in does not know),
 * in words that say what to do; any other error as it is. */
function refusal(error: unknown, protection: RubricProtection): unknown {
  if (!isAccessDenied(error)) return error;
  const protectedNow = RUBRIC_SHEETS.filter((s) => protection[s].protected).map((s) => `'${protection[s].name}'`);
  const which = protectedNow.length > 0 ? ` (${protectedNow.join(", ")})` : "";
  const message = error instanceof Error ? error.message : String(error);
  // Office's code stays with it: the pane's hint follows how a write failed.
  return Object.assign(
    new Error(
      `the workbook refused the change: a sheet it writes to is protected${which}, by hand or with a password the ` +
        `add-in does not know. Unprotect it in Excel (Review > Unprotect Sheet), then try again. (${message})`,
    ),
    { code: "AccessDenied" },
  );
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
    queueStatusCell(cell, write.settings.status, read.draft.language ?? "en");
  }
}
