// writeBands: a structured edit of a rubric's bands. Writes only the cells whose band field changed; a band added
// takes a new row under the table (grown to take it in), a band removed leaves its row cleared and the table shrunk.
// The columns are found by header (From, Points, Label in either language). Two syncs: one read, one write.
import { Band } from "../rubric/model";
import { readBandsTable } from "../rubric/table";
import { cellNumber, isBlankCell } from "../rubric/value";
import { BANDS_HEADERS, BandsColumn, foldHeader } from "../rubric/vocabulary";
import { cellString } from "../rubric/table";
import { parseAddress, rangeAddress } from "./address";
import { tableNames } from "./layout";
import { TEXT_FORMAT } from "./text-cells";

const FIELDS: readonly BandsColumn[] = ["from", "points", "label"];

/** A band field as its cell holds it: a blank From (no lower limit) and a blank label are empty cells. */
function cellValue(band: Band, field: BandsColumn): string | number {
  if (field === "from") return band.from === null ? "" : band.from;
  if (field === "points") return band.points;
  return band.label ?? "";
}

/** Whether a cell already holds what the field would write (text as text, numbers as numbers). */
function holds(cell: unknown, value: string | number, field: BandsColumn): boolean {
  if (field === "label") return cellString(cell) === value;
  if (value === "") return isBlankCell(cell);
  return cellNumber(cell) === value;
}

export async function writeBands(
  context: Excel.RequestContext,
  rubricId: string,
  bands: readonly Band[],
): Promise<void> {
  const table = context.workbook.tables.getItem(tableNames(rubricId).bands);
  table.load("showTotals");
  const header = table.getHeaderRowRange().load("values,address");
  const body = table.getDataBodyRange().load("values");
  await context.sync();

  const headers = header.values[0];
  const columns = new Map<BandsColumn, number>();
  headers.forEach((h, i) => {
    const field = BANDS_HEADERS.get(foldHeader(h));
    if (field !== undefined && !columns.has(field)) columns.set(field, i);
  });
  if (!columns.has("from") || !columns.has("points"))
    throw new Error("the bands table has no columns headed From and Points");
  if (!columns.has("label") && bands.some((b) => (b.label ?? "") !== "")) {
    throw new Error("the bands table has no Label column: add one in the sheet to give bands labels");
  }
  const read = readBandsTable([headers, ...body.values]);
  const rows = body.values.length;
  // Band i stays on the row it was read from; new bands go under the last one, rows skipped as blank stay blank.
  const after = read.rowOf.length > 0 ? read.rowOf[read.rowOf.length - 1] + 1 : 0;
  const rowOf = (i: number) => (i < read.rowOf.length ? read.rowOf[i] : after + i - read.rowOf.length);
  const end = bands.length > 0 ? rowOf(bands.length - 1) + 1 : 0; // rows the bands take
  // More bands grow the table as far as they need; fewer end it after the last band kept (a table keeps one row).
  const resized =
    bands.length > read.bands.length ? Math.max(rows, end) : bands.length < read.bands.length ? Math.max(1, end) : rows;
  if (resized !== rows && table.showTotals) {
    throw new Error("the bands table shows a Total Row: turn it off (Table Design) to add or remove bands");
  }
  const box = parseAddress(header.address);
  // Cells relative to the header row (getCell may point below the table).
  const cell = (row: number, column: number) => header.getCell(1 + row, column);

  if (resized > rows) table.resize(rangeAddress(box.row, box.column, 1 + resized, box.columns));
  bands.forEach((band, i) => {
    const row = rowOf(i);
    for (const field of FIELDS) {
      const column = columns.get(field);
      if (column === undefined) continue;
      const value = cellValue(band, field);
      const old = row < rows ? body.values[row][column] : "";
      if (holds(old, value, field)) continue;
      const range = cell(row, column);
      if (field === "label" && value !== "") range.numberFormat = [[TEXT_FORMAT]];
      range.values = [[value]];
    }
  });
  // Bands removed: their rows are cleared (every column: nothing of a removed band stays), the table ends after the
  // last band kept.
  for (let i = bands.length; i < read.bands.length; i++) {
    header
      .getCell(1 + read.rowOf[i], 0)
      .getResizedRange(0, box.columns - 1)
      .clear("Contents");
  }
  if (resized < rows) table.resize(rangeAddress(box.row, box.column, 1 + resized, box.columns));
  await context.sync();
}
