// A new workbook opened from an .xlsx file (Excel.createWorkbook, ExcelApi 1.8): Excel opens it in a window of its
// own, out of the add-in's reach. Where the requirement set is missing (Excel 2016 and older builds) or Excel
// refuses, the error says so, and the pane offers the sheet copy instead.

/** How to open a workbook: Excel itself, or a stand-in with the same createWorkbook (tests, the preview). */
export type WorkbookOpener = { createWorkbook?: (base64File?: string) => Promise<void> };

/** What office.js reports about requirement sets (Office.context.requirements). */
export type Requirements = { isSetSupported(name: string, minVersion?: string): boolean };

export const NEW_WORKBOOK_SET = { name: "ExcelApi", version: "1.8" } as const;

/** Thrown where this Excel cannot open a new workbook from a file. */
export class NewWorkbookUnsupportedError extends Error {}

/** Office.context.requirements where office.js runs inside Office; undefined elsewhere (tests, a bare page). */
function officeRequirements(): Requirements | undefined {
  try {
    return typeof Office === "undefined" ? undefined : (Office.context?.requirements ?? undefined);
  } catch {
    return undefined;
  }
}

const globalExcel = (): WorkbookOpener | undefined => (typeof Excel === "undefined" ? undefined : Excel);

/** Opens the base64 .xlsx `file` as a new workbook. */
export async function openNewWorkbook(
  file: string,
  excel: WorkbookOpener | undefined = globalExcel(),
  requirements: Requirements | undefined = officeRequirements(),
): Promise<void> {
  const { name, version } = NEW_WORKBOOK_SET;
  const unsupported = () =>
    new NewWorkbookUnsupportedError(`This Excel cannot open a new workbook from the add-in (${name} ${version}).`);
  if (requirements && !requirements.isSetSupported(name, version)) throw unsupported();
  if (typeof excel?.createWorkbook !== "function") throw unsupported();
  try {
    await excel.createWorkbook(file);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ApiNotFound") throw unsupported();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Excel did not open the new workbook: ${reason}`);
  }
}
