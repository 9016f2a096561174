// writeSettings: a rubric's title, description, scale and decimals, each in its row of the settings block (A1:B9 of
// the rubric sheet, rows found by their label in column A). Writes only the value cells that change; title and
// description are text cells. A change of decimals also gives the evaluations' Total column its number format.
// Two syncs: one read, one write.
import { SettingsEdit } from "../rubric/edit-check";
import { cellNumber } from "../rubric/value";
import { cellString } from "../rubric/table";
import { evaluationColumn } from "../rubric/vocabulary";
import { cellAddress, rangeAddress } from "./address";
import { fillRange } from "./fill";
import { SETTINGS_BOX, SETTINGS_VALUE_COLUMN, SettingKey, settingKey, tableNames, totalFormat } from "./layout";
import { TEXT_FORMAT } from "./text-cells";

const TEXT_KEYS = new Set<SettingKey>(["title", "description"]);

export async function writeSettings(
  context: Excel.RequestContext,
  rubricId: string,
  edit: SettingsEdit,
): Promise<void> {
  const names = tableNames(rubricId);
  const sheet = context.workbook.tables.getItem(names.criteria).worksheet;
  const box = SETTINGS_BOX;
  const block = sheet.getRange(rangeAddress(box.row, box.column, box.rows, box.columns)).load("values");
  const evaluations = context.workbook.tables.getItemOrNullObject(names.evaluations);
  // eslint-disable-next-line office-addins/no-navigational-load
  evaluations.load("isNullObject");
  const evaluationHeaders = evaluations.getHeaderRowRange().load("values");
  await context.sync();

  const rowOf = new Map<SettingKey, number>();
  block.values.forEach((row, r) => {
    const key = settingKey(row[0]);
    if (key !== undefined && !rowOf.has(key)) rowOf.set(key, r);
  });
  const changed = (Object.keys(edit) as (keyof SettingsEdit)[]).filter((key) => {
    const value = edit[key];
    if (value === undefined) return false;
    const row = rowOf.get(key);
    if (row === undefined) throw new Error(`the settings block (A1:B${box.rows}) has no ${key} row`);
    const cell = block.values[row][SETTINGS_VALUE_COLUMN];
    return TEXT_KEYS.has(key) ? cellString(cell) !== value : cellNumber(cell) !== value;
  });
  for (const key of changed) {
    const value = edit[key]!;
    const range = sheet.getRange(cellAddress(box.row + rowOf.get(key)!, SETTINGS_VALUE_COLUMN));
    if (TEXT_KEYS.has(key) && value !== "") range.numberFormat = [[TEXT_FORMAT]];
    range.values = [[value]];
  }
  if (changed.includes("decimals") && !evaluations.isNullObject) {
    const total = evaluationHeaders.values[0].find((h) => evaluationColumn(h) === "total");
    if (total !== undefined) {
      const body = evaluations.columns.getItem(String(total)).getDataBodyRange();
      fillRange(body, "numberFormat", totalFormat(edit.decimals!));
    }
  }
  if (changed.length > 0) await context.sync();
}
