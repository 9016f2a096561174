// Which data rows of a rubric's evaluations table the selection covers: every area of a multi-area selection
// (ExcelApi 1.9, Workbook.getSelectedRanges), or the one selected range where that API is missing. One sync (two
// where ExcelApi 1.9 is missing), whatever the selection or the table's size. The areas are read from the
// selection's address, not from RangeAreas.areas: loading `areas` can hang Excel when the whole sheet is selected
// (office-js #5758).
import { columnIndex } from "./address";
import { tableNames } from "./layout";

interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

type Loaded = Pick<Excel.Range, "rowIndex" | "rowCount" | "columnIndex" | "columnCount">;
const BOX = "rowIndex,rowCount,columnIndex,columnCount";
const boxOf = (r: Loaded): Box => ({
  row: r.rowIndex,
  column: r.columnIndex,
  rows: r.rowCount,
  columns: r.columnCount,
});

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const END = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Splits a RangeAreas address at the commas between areas (a quoted sheet name may hold a comma itself). */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    if (address[i] === "'")
      quoted = !quoted; // '' inside a quoted name toggles twice
    else if (address[i] === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/**
 * The areas of a RangeAreas address ("Sheet1!A1:B2, Sheet1!D4" or "'My sheet'!B:C,'My sheet'!5:7"), without their
 * sheet. Whole columns ("B:C") and whole rows ("5:7", "1:1048576" for the whole sheet) are spelled as Excel spells
 * them.
 */
export function areasOfAddress(address: string): Box[] {
  return splitAreas(address).map((area) => {
    const local = area.slice(area.lastIndexOf("!") + 1);
    const ends = local.split(":").map((end) => END.exec(end));
    const [a, b = a] = ends;
    // Both ends alike: cells ("A1:B2"), whole columns ("A:B") or whole rows ("1:2").
    const alike =
      a && b && (a[1] === undefined) === (b[1] === undefined) && (a[2] === undefined) === (b[2] === undefined);
    if (ends.length > 2 || !a || !b || !alike || (a[1] === undefined && a[2] === undefined)) {
      throw new Error(`not an A1 range address: ${area}`);
    }
    const [top, bottom] = a[2] === undefined ? [0, MAX_ROWS - 1] : [Number(a[2]) - 1, Number(b[2]) - 1];
    const [left, right] = a[1] === undefined ? [0, MAX_COLUMNS - 1] : [columnIndex(a[1]), columnIndex(b[1])];
    return {
      row: Math.min(top, bottom),
      column: Math.min(left, right),
      rows: Math.abs(bottom - top) + 1,
      columns: Math.abs(right - left) + 1,
    };
  });
}

const isApiNotFound = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ApiNotFound";

/**
 * Queues the selection's areas and their sheet; after the next sync, the returned function gives them. `multi`:
 * every area (getSelectedRanges); otherwise the single selected range (getSelectedRange), which Excel refuses for a
 * multi-area selection.
 */
function queueSelection(context: Excel.RequestContext, multi: boolean): () => { sheet: string; areas: Box[] } {
  if (multi) {
    const selected = context.workbook.getSelectedRanges().load("address");
    const sheet = selected.worksheet.load("name");
    return () => ({ sheet: sheet.name, areas: areasOfAddress(selected.address) });
  }
  const range = context.workbook.getSelectedRange().load(BOX);
  const sheet = range.worksheet.load("name");
  return () => ({ sheet: sheet.name, areas: [boxOf(range)] });
}

/**
 * The data-row indexes (0 = first data row) of the rubric's evaluations table that the selection covers, ascending
 * and without repeats. An area counts where it shares rows and columns with the table's data body: the header row,
 * rows outside the table and areas beside it add nothing. Empty when the selection is on another sheet.
 */
export async function selectedEvaluationRows(context: Excel.RequestContext, rubricId: string): Promise<number[]> {
  const queue = (multi: boolean) => {
    const table = context.workbook.tables.getItem(tableNames(rubricId).evaluations);
    return {
      tableSheet: table.worksheet.load("name"),
      body: table.getDataBodyRange().load(BOX),
      selection: queueSelection(context, multi),
    };
  };
  let queued = queue(true);
  try {
    await context.sync();
  } catch (error) {
    if (!isApiNotFound(error)) throw error;
    // ExcelApi 1.9 is missing: the single selected range, with everything queued again (the failed batch is gone).
    queued = queue(false);
    await context.sync();
  }

  const { tableSheet, body, selection } = queued;
  const { sheet, areas } = selection();
  if (sheet !== tableSheet.name) return [];
  const data = boxOf(body);
  const rows = new Set<number>();
  for (const area of areas) {
    const columnsMeet = area.column < data.column + data.columns && data.column < area.column + area.columns;
    if (!columnsMeet) continue;
    const first = Math.max(area.row, data.row);
    const end = Math.min(area.row + area.rows, data.row + data.rows);
    for (let row = first; row < end; row++) rows.add(row - data.row);
  }
  return [...rows].sort((a, b) => a - b);
}
