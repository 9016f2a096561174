// The protection of a rubric's sheets: a final rubric has its rubric sheet (settings, criteria, bands) and its
// versions sheet protected, so neither the pane nor a hand in the grid changes them until it is reopened.
// Excel.WorksheetProtection (ExcelApi 1.2; a password needs 1.7):
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection
// protect() fails on a sheet that is protected already, so the state is read first and every protect or unprotect
// is queued only where it changes something. A versions transaction that writes to a protected sheet lifts its
// protection for the batch and puts it back as it was, in the same sync (transaction.ts).
//
// No password: the add-in protects against slips, not against the workbook's owner. An owner who wants a password
// unprotects the sheet in Excel (Review > Unprotect Sheet) and protects it again with one (Review > Protect Sheet).
// The add-in does not know that password (it offers no password option yet), so reopening, publishing or any other
// write to that sheet is then refused until the owner unprotects it by hand; the use case says so.
import { tableNames, versionTableNames } from "../layout";

export type RubricSheet = "rubric" | "versions";

export const RUBRIC_SHEETS: readonly RubricSheet[] = ["rubric", "versions"];

export interface SheetProtectionRead {
  /** The sheet's name (for messages). */
  name: string;
  protected: boolean;
  /** What the protection allows (as read; restored when a transaction lifts it for its writes). */
  options: Excel.WorksheetProtectionOptions;
}

export type RubricProtection = Record<RubricSheet, SheetProtectionRead>;

/** How a final rubric's sheets are protected: cells locked; a reader may still widen columns, resize rows and
 * filter the tables. */
export const FINAL_PROTECTION: Readonly<Excel.WorksheetProtectionOptions> = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
};

/** The sheet a rubric sheet is: the one holding the working criteria table, or the versions table. */
export function rubricWorksheet(context: Excel.RequestContext, rubricId: string, which: RubricSheet): Excel.Worksheet {
  const table = which === "rubric" ? tableNames(rubricId).criteria : versionTableNames(rubricId).versions;
  return context.workbook.tables.getItem(table).worksheet;
}

/** Queues the reads of both sheets' protection (their tables known to exist); after the next sync, what they are. */
export function queueRubricProtection(context: Excel.RequestContext, rubricId: string): () => RubricProtection {
  const queued = RUBRIC_SHEETS.map((which) => {
    const sheet = rubricWorksheet(context, rubricId, which).load("name");
    const protection = sheet.protection.load("protected,options");
    return { which, sheet, protection };
  });
  return () =>
    Object.fromEntries(
      queued.map(({ which, sheet, protection }) => [
        which,
        { name: sheet.name, protected: protection.protected, options: protection.options },
      ]),
    ) as RubricProtection;
}

/** Queues unprotecting the sheets named; no sync. */
export function queueUnprotect(context: Excel.RequestContext, rubricId: string, sheets: readonly RubricSheet[]): void {
  for (const which of sheets) rubricWorksheet(context, rubricId, which).protection.unprotect();
}

/** Queues protecting the sheets named, each with its options; no sync. */
export function queueProtect(
  context: Excel.RequestContext,
  rubricId: string,
  sheets: readonly { sheet: RubricSheet; options: Excel.WorksheetProtectionOptions }[],
): void {
  for (const { sheet, options } of sheets) rubricWorksheet(context, rubricId, sheet).protection.protect({ ...options });
}
