// The points targets table: one per workbook (targets are about people, not one rubric), named PointsTargets and
// found by that name wherever a user moves it; on its own sheet ("Points targets" / "积分目标") when the add-in makes
// it. Its columns are found by header in either language (src/rubric/review/targets.ts reads the rows).
//
// Why a table of its own: a manager keeps the targets in the grid beside the rest of the workbook, sorts and fills it
// as any table, and it travels with the file. Reading a workbook without it gives no targets and writes nothing.
import { Language } from "../rubric/language";
import { SHEET_VOCABULARY, pointsTargetsHeaders } from "../rubric/vocabulary";
import { cellAddress, rangeAddress } from "./address";
import { uniqueSheetName } from "./insert-sheet";
import { queueTableCells } from "./table-cells";
import { writeValues } from "./text-cells";

export const POINTS_TARGETS_TABLE = "PointsTargets";

export interface PointsTargetsCells {
  /** The sheet the table is on now. */
  sheet: string;
  /** The header row's 1-based sheet row (the first data row is the next). */
  headerRow: number;
  /** The header row, then the data rows, as Range.values gives them (never the Total Row). */
  values: unknown[][];
}

/** The table's cells, or undefined when the workbook has none. Two syncs (one without the table). */
export async function readPointsTargetsTable(context: Excel.RequestContext): Promise<PointsTargetsCells | undefined> {
  const found = context.workbook.tables.getItemOrNullObject(POINTS_TARGETS_TABLE).load("isNullObject");
  await context.sync();
  if (found.isNullObject) return undefined;
  const table = context.workbook.tables.getItem(POINTS_TARGETS_TABLE);
  const cells = queueTableCells(table);
  const sheet = table.worksheet.load("name");
  await context.sync();
  const { values, box } = cells();
  return { sheet: sheet.name, headerRow: box.row + 1, values };
}

export interface CreatedPointsTargets {
  sheet: string;
  /** The persons listed, one row each, in the order given. */
  persons: string[];
}

/** Column widths (points) of Person, Level and Target: a name is wider than a level or a number. */
const WIDTHS = [160, 80, 80];

/**
 * Makes the table on a new sheet (its name made unique), in `language`: the header, then one row per person given
 * (trimmed, blanks and repeats left out) with Level and Target blank for the manager to fill; Person and Level are
 * text cells, Target keeps the General format for numbers. Activates the sheet with the first Target cell selected.
 * Refuses, writing nothing, when the workbook has the table already (wherever it is). Two syncs (three to name the
 * sheet of a table that is there).
 */
export async function createPointsTargetsTable(
  context: Excel.RequestContext,
  language: Language,
  persons: readonly string[],
): Promise<CreatedPointsTargets> {
  const existing = context.workbook.tables.getItemOrNullObject(POINTS_TARGETS_TABLE).load("isNullObject");
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  if (!existing.isNullObject) {
    const where = context.workbook.tables.getItem(POINTS_TARGETS_TABLE).worksheet.load("name");
    await context.sync();
    throw new Error(
      `the workbook has a points targets table already, on the sheet "${where.name}": edit it there, or delete the ` +
        `table before setting it up again`,
    );
  }
  const listed = [...new Set(persons.map((p) => p.trim()).filter((p) => p !== ""))];
  const name = uniqueSheetName(
    SHEET_VOCABULARY[language].pointsTargets.sheet,
    worksheets.items.map((s) => s.name),
  );
  const sheet = context.workbook.worksheets.add(name);
  // A table has at least one data row: with nobody to list, one blank row to type into.
  const rows = listed.length > 0 ? listed.map((person) => [person, "", ""]) : [["", "", ""]];
  const address = rangeAddress(0, 0, rows.length + 1, 3);
  writeValues(sheet.getRange(address), [pointsTargetsHeaders(language), ...rows], [true, true, false]);
  const table = sheet.tables.add(address, true);
  table.name = POINTS_TARGETS_TABLE;
  WIDTHS.forEach((width, c) => {
    sheet.getRange(cellAddress(0, c)).format.columnWidth = width;
  });
  sheet.activate();
  sheet.getRange(cellAddress(1, 2)).select();
  await context.sync();
  return { sheet: name, persons: listed };
}
