// Writes a report sheet: found by its name and refreshed in place (cells and charts cleared, written again), or
// added. Every cell in one values write with its number formats first (text stays text), then the charts over the
// tables and the page setup. A fixed number of syncs whatever the number of rows: one to find the sheet, one more to
// list its old charts when it exists, one to write.
import { cellAddress } from "../address";
import { fitSheetName, sheetText } from "../sheet-name";
import { ReportGrid } from "./report-grid";

/** The chart types reports draw (Excel.ChartType). */
export type ReportChartType = "ColumnClustered" | "Line";

export interface ReportChart {
  /** The chart's name on the sheet (unique there). */
  name: string;
  type: ReportChartType;
  /** Its source data, a local address of the sheet ("A5:B12"): first column categories, first row series names. */
  source: string;
  title: string;
  /** The top-left cell it is placed at ("H3"). */
  at: string;
}

export interface ReportPage {
  paper: "A4" | "Letter";
  /** Rows repeated at the top of every printed page (the evaluations table's header row). */
  titleRows?: { row: number; rows: number };
}

export interface ReportSheet {
  /** Made a valid sheet name (at most 31 characters, none of []:*?/\). */
  name: string;
  grid: ReportGrid;
  charts?: readonly ReportChart[];
  /** Printing: landscape, fit to one page wide. Absent: Excel's defaults. */
  page?: ReportPage;
  /** Column widths in points, from column A. */
  widths?: readonly number[];
}

export interface WrittenReport {
  sheet: string;
  /** True when a sheet of that name was there and was written again. */
  refreshed: boolean;
  rows: number;
}

/** A report's sheet name as Excel takes it. */
export const reportSheetName = (name: string): string => fitSheetName(sheetText(name) || "Report");

export async function writeReportSheet(context: Excel.RequestContext, report: ReportSheet): Promise<WrittenReport> {
  const name = reportSheetName(report.name);
  const worksheets = context.workbook.worksheets;
  const found = worksheets.getItemOrNullObject(name).load("isNullObject");
  await context.sync();
  const refreshed = !found.isNullObject;
  let sheet: Excel.Worksheet;
  if (refreshed) {
    sheet = found;
    const charts = sheet.charts.load("items/name");
    await context.sync();
    for (const chart of charts.items) chart.delete();
    sheet.getUsedRange().clear("All");
  } else sheet = worksheets.add(name);
  const { values, numberFormat, address } = report.grid.cells();
  const range = sheet.getRange(address);
  range.numberFormat = numberFormat;
  range.values = values;
  (report.widths ?? []).forEach((width, c) => {
    sheet.getRange(cellAddress(0, c)).format.columnWidth = width;
  });
  for (const spec of report.charts ?? []) {
    const chart = sheet.charts.add(spec.type, sheet.getRange(spec.source), "Columns");
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.setPosition(spec.at);
  }
  if (report.page) {
    const layout = sheet.pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = report.page.paper;
    // One page wide, as many tall as it takes (0: automatic).
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const titles = report.page.titleRows;
    if (titles) layout.setPrintTitleRows(`$${titles.row + 1}:$${titles.row + titles.rows}`);
  }
  sheet.activate();
  await context.sync();
  return { sheet: name, refreshed, rows: report.grid.height };
}
