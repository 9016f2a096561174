// Upgrading a workbook from before versions: each rubric's working tables become its version 1, its evaluations are
// stamped version 1 (only the cells that say otherwise are written), and the Total, Points and Band columns get
// the versioned formulas. Nothing else changes. Five syncs, once per rubric.
import { Rubric } from "../../rubric/model";
import { loadChecksum } from "../../rubric/canonical/load";
import { publishDraft } from "../../rubric/publish";
import { isBlankCell } from "../../rubric/value";
import { SHEET_VOCABULARY } from "../../rubric/vocabulary";
import { cellAddress } from "../address";
import { syncColumns } from "../columns";
import { queueEvaluationsTable } from "../evaluations-table";
import { SETTINGS_VALUE_COLUMN, sheetNames, settingRow, tableNames } from "../layout";
import { uniqueSheetName } from "../insert-sheet";
import { queueVersionsSheet } from "./store";

export interface UpgradeInput {
  /** ISO 8601 date-time of version 1. */
  at: string;
  by?: string;
}

export async function upgradeToVersions(
  context: Excel.RequestContext,
  rubricId: string,
  draft: Rubric,
  input: UpgradeInput,
): Promise<void> {
  const queued = queueEvaluationsTable(context, rubricId);
  await context.sync();
  const layout = queued.layout();
  const versionAt = layout.at.version;
  if (versionAt === undefined) {
    throw new Error(`the evaluations table has no "${SHEET_VOCABULARY[layout.language].evaluations.version}" column`);
  }
  const body = queued.body.load("values");
  // A sheet of the user's under the versions sheet's name keeps it: the versions sheet takes "… (2)".
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const sheet = uniqueSheetName(
    sheetNames(rubricId, layout.language).versions,
    sheets.items.map((s) => s.name),
  );

  const names = tableNames(rubricId);
  const first = publishDraft(
    { versions: [], entries: [], moves: [] },
    { ...draft, version: 1 },
    {
      at: input.at,
      note: SHEET_VOCABULARY[layout.language].versions.upgraded,
      by: input.by,
    },
    await loadChecksum(),
  );
  queueVersionsSheet(context, rubricId, sheet, layout.language, {
    version: first.version,
    changes: "",
    entry: first.entry,
    evaluations: { table: names.evaluations, versionHeader: String(layout.headers[versionAt]) },
  });
  // An empty row (a new table's starting row) stays empty: it is no evaluation yet.
  body.values.forEach((row, i) => {
    const empty = layout.inputAt.every((c) => c === versionAt || isBlankCell(row[c]));
    if (!empty && row[versionAt] !== 1) queued.body.getCell(i, versionAt).values = [[1]];
  });
  const settings = context.workbook.tables.getItem(names.criteria).worksheet;
  settings.getRange(cellAddress(settingRow("version"), SETTINGS_VALUE_COLUMN)).values = [[1]];
  await context.sync();
  await syncColumns(context, rubricId);
}
