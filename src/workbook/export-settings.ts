// A rubric's export settings (the e-cology workflow id, table and field names): a two-column table, Setting | Value,
// on the rubric's versions sheet, to the right of the snapshot tables, its header in the sheet's language.
//
// Why the versions sheet: it is the rubric's own sheet for what the add-in keeps (every rubric has one after create
// and upgrade), so the settings travel with the rubric when the workbook is copied or shared, and they stay out of
// the rubric sheet, whose cells the custom functions read and a manager edits. Why a table: a user can read and fix
// a setting in the grid, and it is found by name wherever it is moved. The keys are stable ASCII names
// ("ecology.workflowId"), not words of a language, so a workbook reads the same in either language.
//
// The table is made by the first save that has something to keep: reading a workbook without it gives no settings and
// writes nothing. Values are text cells. A final rubric's versions sheet is protected: a save lifts the protection for
// its batch and puts it back, with its own options, in the same sync (as the versions transaction does).
import { Language } from "../rubric/language";
import { SHEET_VOCABULARY, foldHeader } from "../rubric/vocabulary";
import { RangeBox, cellAddress, rangeAddress } from "./address";
import { tableSuffix, versionTableNames } from "./layout";
import { TableCells, queueTableCells } from "./table-cells";
import { writeValues } from "./text-cells";
import { VERSIONS_HEADER_ROW, versionTableColumns } from "./versions/layout";
import { rubricWorksheet } from "./versions/protection";

/** Setting key -> value, as the table holds them (trimmed keys; values as text, "" for a blank cell). */
export type SettingValues = Record<string, string>;

export const exportSettingsTableName = (rubricId: string): string => `ExportSettings_${tableSuffix(rubricId)}`;

/** Where a new table goes: one empty column right of the bands snapshots (the last of the versions sheet's tables,
 * four columns wide), its header on the row of theirs. */
export function exportSettingsColumn(): number {
  return versionTableColumns().bands + 4 + 1;
}

const cellText = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** The Setting and Value columns of a header row (either language); undefined when one is missing. */
function settingColumns(header: readonly unknown[]): { key: number; value: number } | undefined {
  const folded = header.map(foldHeader);
  const find = (pick: (l: Language) => string) =>
    (["en", "zh"] as const).map((l) => folded.indexOf(foldHeader(pick(l)))).find((i) => i >= 0);
  const key = find((l) => SHEET_VOCABULARY[l].versions.exportSettings.setting);
  const value = find((l) => SHEET_VOCABULARY[l].versions.exportSettings.value);
  return key === undefined || value === undefined ? undefined : { key, value };
}

/** The settings a table's cells hold; a key given twice takes its first row (the one a save writes). */
function settingsOf(cells: TableCells): SettingValues {
  const at = settingColumns(cells.values[0] ?? []);
  if (!at) throw new Error(`the export settings table has no Setting and Value columns`);
  const settings: SettingValues = {};
  for (const row of cells.values.slice(1)) {
    const key = cellText(row[at.key]).trim();
    if (key !== "" && !(key in settings)) settings[key] = cellText(row[at.value]);
  }
  return settings;
}

/** Queues the existence check of the table; after the sync, whether it is there. */
function queueExists(context: Excel.RequestContext, rubricId: string): () => boolean {
  const table = context.workbook.tables.getItemOrNullObject(exportSettingsTableName(rubricId)).load("isNullObject");
  return () => !table.isNullObject;
}

/** The rubric's export settings: {} when it has no settings table yet. Two syncs (one without the table). */
export async function readExportSettings(context: Excel.RequestContext, rubricId: string): Promise<SettingValues> {
  const exists = queueExists(context, rubricId);
  await context.sync();
  if (!exists()) return {};
  const cells = queueTableCells(context.workbook.tables.getItem(exportSettingsTableName(rubricId)));
  await context.sync();
  return settingsOf(cells());
}

/**
 * Writes `settings` where they differ from what the table holds: a changed value's cell, a new key's row under the
 * table; nothing else. Without a table, one is made when a setting is not blank. Returns the keys written. At most
 * three syncs: is the table there (with the sheet's protection and language), its cells (when it is), the writes
 * (when something differs). The table's cells are read at save time, not taken from the pane's last read, because a
 * user may have edited or sorted the table since.
 */
export async function writeExportSettings(
  context: Excel.RequestContext,
  rubricId: string,
  settings: SettingValues,
): Promise<string[]> {
  const exists = queueExists(context, rubricId);
  const versionsHeader = context.workbook.tables
    .getItem(versionTableNames(rubricId).versions)
    .getHeaderRowRange()
    .load("values");
  const sheet = rubricWorksheet(context, rubricId, "versions");
  const protection = sheet.protection.load("protected,options");
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== "ItemNotFound") throw error;
    throw new Error(`the rubric ${rubricId} has no versions sheet: open the Rubric tab to upgrade the workbook`);
  }

  let cells: TableCells | undefined;
  if (exists()) {
    const queued = queueTableCells(context.workbook.tables.getItem(exportSettingsTableName(rubricId)));
    await context.sync();
    cells = queued();
  }
  const current = cells ? settingsOf(cells) : {};
  // A key the table lacks and that is blank is not written: blank is what the table says of it already.
  const written = Object.keys(settings).filter((key) => (current[key] ?? "") !== settings[key]);
  if (written.length === 0) return [];

  // Lift a final rubric's protection for this batch only (protect() with the options read puts it back as it was).
  const lifted = protection.protected;
  if (lifted) sheet.protection.unprotect();
  if (cells) queueUpdate(context, rubricId, sheet, cells, settings, written);
  else queueCreate(context, rubricId, sheet, sheetLanguage(versionsHeader.values[0] ?? []), settings, written);
  if (lifted) sheet.protection.protect({ ...protection.options });
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== "AccessDenied") throw error;
    throw new Error(
      "the versions sheet is protected with a password the add-in does not know, so the export settings were not " +
        "saved: unprotect it in Excel (Review > Unprotect Sheet), then export again",
    );
  }
  return written;
}

/** The versions sheet's language, from its Versions table's header (as the snapshot reader tells it). */
function sheetLanguage(header: readonly unknown[]): Language {
  const zh = foldHeader(SHEET_VOCABULARY.zh.versions.versions.version);
  return header.some((h) => foldHeader(h) === zh) ? "zh" : "en";
}

/** Queues the changed values into their rows and the new keys under the table (which grows to take them). */
function queueUpdate(
  context: Excel.RequestContext,
  rubricId: string,
  sheet: Excel.Worksheet,
  cells: TableCells,
  settings: SettingValues,
  written: readonly string[],
): void {
  const at = settingColumns(cells.values[0] ?? [])!;
  const box: RangeBox = cells.box;
  const rows = cells.values.slice(1);
  const rowOf = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = cellText(row[at.key]).trim();
    if (key !== "" && !rowOf.has(key)) rowOf.set(key, i);
  });
  const added: string[] = [];
  for (const key of written) {
    const i = rowOf.get(key);
    if (i === undefined) added.push(key);
    else writeValues(sheet.getRange(cellAddress(box.row + 1 + i, box.column + at.value)), [[settings[key]]], [true]);
  }
  const fresh = added;
  if (fresh.length === 0) return;
  // A table made by a save has no empty row; one a user emptied keeps one, which the first new key fills.
  const reuse = rows.length === 1 && rows[0].every((v) => cellText(v).trim() === "") ? 1 : 0;
  const first = box.row + 1 + rows.length - reuse;
  const grown = rows.length - reuse + fresh.length;
  if (grown > rows.length) {
    context.workbook.tables
      .getItem(exportSettingsTableName(rubricId))
      .resize(rangeAddress(box.row, box.column, grown + 1, box.columns));
  }
  const block = fresh.map((key) => {
    const row: string[] = Array.from({ length: box.columns }, () => "");
    row[at.key] = key;
    row[at.value] = settings[key];
    return row;
  });
  const text = Array.from({ length: box.columns }, (_, c) => c === at.key || c === at.value);
  writeValues(sheet.getRange(rangeAddress(first, box.column, fresh.length, box.columns)), block, text);
}

/** Queues a new table: its caption above, the header, the settings that are not blank. */
function queueCreate(
  context: Excel.RequestContext,
  rubricId: string,
  sheet: Excel.Worksheet,
  language: Language,
  settings: SettingValues,
  written: readonly string[],
): void {
  const fresh = written;
  const words = SHEET_VOCABULARY[language].versions.exportSettings;
  const column = exportSettingsColumn();
  writeValues(sheet.getRange(cellAddress(VERSIONS_HEADER_ROW - 1, column)), [[words.caption]]);
  const address = rangeAddress(VERSIONS_HEADER_ROW, column, fresh.length + 1, 2);
  writeValues(
    sheet.getRange(address),
    [[words.setting, words.value], ...fresh.map((key) => [key, settings[key]])],
    [true, true],
  );
  const table = sheet.tables.add(address, true);
  table.name = exportSettingsTableName(rubricId);
}
