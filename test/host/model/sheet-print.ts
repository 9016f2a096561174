// What a worksheet holds besides cells that reports write: its page setup (Page Layout) and its charts. Kept as
// given, with the rules Excel applies to them; not drawn by the preview's grid.
// - Excel.PageLayout (ExcelApi 1.9): orientation ("Portrait" | "Landscape"), paperSize ("A4", "Letter", ...),
//   zoom (PageLayoutZoomOptions: horizontalFitToPages / verticalFitToPages, or scale 10..400),
//   setPrintTitleRows(range | "$1:$3"): https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout and
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions ("scale ... can be between
//   10 and 400").
// - Excel.ChartCollection.add(type, sourceData, seriesBy) and Excel.Chart (name, title.text, delete; ExcelApi 1.1):
//   https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection. A minimal model: the chart's
//   type, source range, series orientation, name and title; no axes, series objects or formatting.
import { Box } from "./box";

export interface PageSetup {
  orientation?: string;
  paperSize?: string;
  /** Excel keeps whole rows: "$1:$3" (0-based first row and count here). */
  printTitleRows?: { row: number; rows: number };
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
}

export interface ChartRecord {
  name: string;
  type: string;
  /** The source data on the chart's own sheet. */
  source: Box;
  seriesBy: string;
  title: string;
}

export const ORIENTATIONS = new Set(["Portrait", "Landscape"]);
