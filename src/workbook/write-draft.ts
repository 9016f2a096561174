// Writing a whole rubric into the working tables (the draft): the criteria (writeCriteria, which keeps the
// evaluations table's columns in step), the bands, and the settings that are content (title, description, scale,
// decimals). The Version and Status settings are the versions' business and stay as they are. Evaluation data is
// never touched. Used to discard draft changes and to make an old version the working draft again.
import { Rubric } from "../rubric/model";
import { parseAddress, rangeAddress, cellAddress } from "./address";
import { SETTINGS_VALUE_COLUMN, settingRow, tableNames } from "./layout";
import { TEXT_FORMAT, writeValues } from "./text-cells";
import { writeCriteria } from "./write-criteria";

export async function writeDraft(context: Excel.RequestContext, rubricId: string, rubric: Rubric): Promise<void> {
  const names = tableNames(rubricId);
  const bands = context.workbook.tables.getItem(names.bands);
  const whole = bands.getRange().load("address");
  bands.load("showTotals");
  await context.sync();

  const rows = rubric.bands.map((b) => [b.from === null ? "" : b.from, b.points, b.label ?? ""]);
  if (rows.length === 0) rows.push(["", "", ""]); // a table keeps one row
  const box = parseAddress(whole.address);
  const totals = bands.showTotals ? 1 : 0;
  const newRows = rows.length + 1 + totals;
  bands.resize(rangeAddress(box.row, box.column, newRows, box.columns));
  const width = Math.min(3, box.columns);
  writeValues(
    whole.getCell(1, 0).getResizedRange(rows.length - 1, width - 1),
    rows.map((r) => r.slice(0, width)),
    [false, false, true].slice(0, width),
  );
  if (box.rows > newRows) {
    whole
      .getCell(newRows, 0)
      .getResizedRange(box.rows - newRows - 1, box.columns - 1)
      .clear("Contents");
  }
  const sheet = context.workbook.tables.getItem(names.criteria).worksheet;
  const setting = (key: "title" | "description" | "scale" | "decimals", value: unknown, text: boolean) => {
    const cell = sheet.getRange(cellAddress(settingRow(key), SETTINGS_VALUE_COLUMN));
    if (text) cell.numberFormat = [[TEXT_FORMAT]];
    cell.values = [[value]];
  };
  setting("title", rubric.title, true);
  setting("description", rubric.description ?? "", true);
  setting("scale", rubric.settings.scale, false);
  setting("decimals", rubric.settings.decimals, false);
  await context.sync();
  await writeCriteria(context, rubricId, rubric);
}
