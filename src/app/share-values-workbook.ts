// "Values copy as a new workbook": the values copy (the evaluations table as values, stamped; see
// share-values-copy.ts) written as an .xlsx file and opened by Excel as a new workbook (Excel.createWorkbook,
// ExcelApi 1.8), so that the file sent to readers without the add-in holds nothing but values. Nothing is written to
// this workbook. Where this Excel cannot open a workbook from a file, the failure says so and the sheet copy remains.
// Loaded on demand: the .xlsx writer (and fflate) stay out of the pane's first download.
import { toBase64, xlsxFile } from "../formats/xlsx";
import { REPORT_WORDS } from "../rubric/vocabulary/report-words";
import { readValuesCopy } from "../workbook/reports";
import { defineUseCase } from "./use-case";
import { valuesCopyStamp } from "./values-copy-stamp";

export interface ValuesWorkbook {
  /** The new workbook's sheet. */
  sheet: string;
  /** Evaluations copied (the header not counted). */
  rows: number;
  /** Size of the .xlsx file. */
  bytes: number;
}

export const shareValuesWorkbook = defineUseCase(
  "shareValuesWorkbook",
  async (session, made: string = new Date().toISOString()): Promise<ValuesWorkbook> => {
    const copy = await session.run(async (context) =>
      readValuesCopy(context, REPORT_WORDS[session.language], await valuesCopyStamp(context, made)),
    );
    const { values, numberFormat } = copy.grid.cells();
    const file = xlsxFile([{ name: copy.name, rows: values, formats: numberFormat, frozenRows: copy.frozenRows }]);
    await session.openWorkbook(toBase64(file));
    return { sheet: copy.name, rows: copy.rows, bytes: file.length };
  },
);
