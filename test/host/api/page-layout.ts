// Excel.PageLayout over the simulated workbook (ExcelApi 1.9): orientation, paper size, zoom (fit to pages) and the
// print title rows, kept on the sheet (../model/sheet-print.ts). Each setting is a queued command, as in Office.
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout
import { HostError } from "../model/errors";
import { SheetModel } from "../model/sheet";
import { refuseIfProtected } from "../model/sheet-protection";
import { ORIENTATIONS } from "../model/sheet-print";
import { SimClientObject } from "./client-object";
import { SimRange } from "./range";
import { SimOf } from "./sim-of";

const invalid = (what: string) => new HostError("InvalidArgument", `The argument is invalid or missing (${what}).`);

export class SimPageLayout
  extends SimClientObject<SheetModel>
  implements SimOf<Excel.PageLayout, "orientation" | "paperSize" | "zoom" | "setPrintTitleRows">
{
  protected readonly typeName = "PageLayout";
  protected readonly scalarProperties = ["orientation", "paperSize", "zoom"];

  protected snapshot(property: string): unknown {
    const setup = this.target.pageSetup;
    if (property === "orientation") return setup.orientation ?? "Portrait";
    if (property === "paperSize") return setup.paperSize ?? "Letter";
    if (property === "zoom") return { ...(setup.zoom ?? { scale: 100 }) };
    return this.unknownProperty(property);
  }

  get orientation(): Excel.PageLayout["orientation"] {
    return this.read("orientation");
  }
  set orientation(value: Excel.PageLayout["orientation"]) {
    this.queue((sheet) => {
      if (!ORIENTATIONS.has(String(value))) throw invalid(`orientation ${String(value)}`);
      refuseIfProtected(sheet, "cells");
      sheet.pageSetup.orientation = String(value);
    });
  }

  get paperSize(): Excel.PageLayout["paperSize"] {
    return this.read("paperSize");
  }
  set paperSize(value: Excel.PageLayout["paperSize"]) {
    this.queue((sheet) => {
      refuseIfProtected(sheet, "cells");
      sheet.pageSetup.paperSize = String(value);
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom");
  }
  /** Fit to pages wide / tall, or a scale of 10 to 400 (percent); not both. */
  set zoom(value: Excel.PageLayoutZoomOptions) {
    const given = JSON.parse(JSON.stringify(value ?? {})) as Excel.PageLayoutZoomOptions;
    this.queue((sheet) => {
      const fit = given.horizontalFitToPages !== undefined || given.verticalFitToPages !== undefined;
      if (given.scale !== undefined && (fit || given.scale < 10 || given.scale > 400)) throw invalid("zoom scale");
      for (const pages of [given.horizontalFitToPages, given.verticalFitToPages]) {
        if (pages !== undefined && (!Number.isInteger(pages) || pages < 0)) throw invalid("zoom pages");
      }
      refuseIfProtected(sheet, "cells");
      sheet.pageSetup.zoom = given;
    });
  }

  /** Rows repeated at the top of each printed page: a range of the sheet or "$1:$3" (whole rows). */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this.queue((sheet) => {
      let row: number;
      let rows: number;
      if (typeof printTitleRows === "string") {
        const match = /^\$?(\d+):\$?(\d+)$/.exec(printTitleRows);
        if (!match || Number(match[1]) < 1 || Number(match[2]) < Number(match[1])) throw invalid(printTitleRows);
        row = Number(match[1]) - 1;
        rows = Number(match[2]) - row;
      } else {
        if (!(printTitleRows instanceof SimRange)) throw invalid("print title rows");
        const target = printTitleRows.peek();
        if (!target || target.sheet !== sheet) throw invalid("print title rows on another sheet");
        ({ row, rows } = target.box);
      }
      refuseIfProtected(sheet, "cells");
      sheet.pageSetup.printTitleRows = { row, rows };
    });
  }
}
