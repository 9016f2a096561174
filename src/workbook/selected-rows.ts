// Which data rows of a rubric's evaluations table the selection covers: every area of a multi-area selection
// (ExcelApi 1.9, Workbook.getSelectedRanges), or the one selected range where that API is missing. One sync (two
// where ExcelApi 1.9 is missing), whatever the selection or the table's size.
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

const isApiNotFound = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ApiNotFound";

/**
 * Queues the selection's areas and their sheet; after the next sync, the returned function gives them. `multi`:
 * every area (getSelectedRanges); otherwise the single selected range (getSelectedRange), which Excel refuses for a
 * multi-area selection.
 */
function queueSelection(context: Excel.RequestContext, multi: boolean): () => { sheet: string; areas: Box[] } {
  if (multi) {
    const selected = context.workbook.getSelectedRanges();
    const sheet = selected.worksheet.load("name");
    const areas = selected.areas.load("items/rowIndex,items/rowCount,items/columnIndex,items/columnCount");
    return () => ({ sheet: sheet.name, areas: areas.items.map(boxOf) });
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
