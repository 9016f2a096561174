// Worksheet protection, as Excel has it (Review > Protect Sheet; the API's Worksheet.protection):
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection
// (ExcelApi 1.2: `protected`, `options`, protect(options); ExcelApi 1.7: the password of protect and unprotect).
//
// What is modelled:
// - Every cell counts as locked (Excel's default: Format Cells > Protection > Locked is on for every cell, and this
//   host has no unlocked cells). So on a protected sheet a write of values or formulas, typed or through the API,
//   is refused; so is a number format unless the options allow formatting cells, a column width unless they allow
//   formatting columns, hiding rows unless they allow formatting rows, a filter unless they allow AutoFilter.
// - A table on a protected sheet keeps its shape: resizing it, adding or deleting its rows or columns, its Total
//   Row, renaming it, sorting it, and adding a table are refused whatever the options (Excel disables the table
//   commands on a protected sheet; allowSort and allowInsertRows do not reach inside a table of locked cells).
//   Data validation and conditional formats cannot be set there either.
// - protect() on a sheet already protected fails ("Fails if the worksheet has already been protected");
//   unprotect() on a sheet that is not protected does nothing; unprotect() with a wrong password, or none when the
//   sheet has one, fails.
// - Error codes: the reference documents none for a refused edit or a wrong password. This host uses AccessDenied
//   for both, as the same reference does for WorksheetProtection.setPassword and updateOptions on a sheet "enabled
//   and not paused", and as Office reports protect() on a protected sheet
//   (https://github.com/OfficeDev/office-js/issues/6784). The message begins as Excel's does when a user types
//   into a protected cell.
// Internal consequences of another edit still reach a protected sheet, as in Excel: a renamed column rewrites the
// formulas that name it wherever they are, and formulas recalculate.
import { HostError } from "./errors";
import type { SheetModel } from "./sheet";

/** The options of Excel.WorksheetProtectionOptions that this host tells apart (the others are kept as given). */
export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: "Normal" | "Unlocked" | "None";
}

/** protect() without options: nothing allowed but selecting cells. */
export const DEFAULT_PROTECTION_OPTIONS: Readonly<ProtectionOptions> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

export interface SheetProtection {
  options: ProtectionOptions;
  /** "" when protected without a password. (Excel keeps a hash; the simulated workbook keeps it as given.) */
  password: string;
}

/** What an edit does to a sheet, for the protection check. */
export type ProtectedEdit =
  | "cells" // values, formulas, clearing contents, data validation, conditional formats
  | "formatCells" // number formats, clearing formats
  | "formatColumns" // column widths
  | "formatRows" // hiding and showing rows
  | "autoFilter" // filtering a table, clearing its filters
  | "table"; // a table's shape: resize, rows, columns, Total Row, name, sort; adding a table

const ALLOWED_BY: Partial<Record<ProtectedEdit, keyof ProtectionOptions>> = {
  formatCells: "allowFormatCells",
  formatColumns: "allowFormatColumns",
  formatRows: "allowFormatRows",
  autoFilter: "allowAutoFilter",
};

/** Excel's words when a user types into a locked cell of a protected sheet. */
export function protectedMessage(sheet: SheetModel): string {
  return (
    `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}'). Unprotect the sheet ` +
    `(Review > Unprotect Sheet) to change it; it may ask for a password.`
  );
}

/** Throws AccessDenied when `sheet` is protected and its options do not allow `edit`. */
export function refuseIfProtected(sheet: SheetModel, edit: ProtectedEdit): void {
  const protection = sheet.protection;
  if (!protection) return;
  const option = ALLOWED_BY[edit];
  if (option !== undefined && protection.options[option] === true) return;
  throw new HostError("AccessDenied", protectedMessage(sheet));
}

/** Protects a sheet (Worksheet.protection.protect): options over the defaults, an optional password. */
export function protectSheet(
  sheet: SheetModel,
  options: Partial<ProtectionOptions> | null | undefined = {},
  password = "",
): void {
  if (sheet.protection) {
    throw new HostError("AccessDenied", `The worksheet '${sheet.name}' is already protected.`);
  }
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined && v !== null));
  sheet.protection = { options: { ...DEFAULT_PROTECTION_OPTIONS, ...given }, password: password ?? "" };
}

/** Unprotects a sheet (Worksheet.protection.unprotect); nothing happens to a sheet that is not protected. */
export function unprotectSheet(sheet: SheetModel, password?: string): void {
  const protection = sheet.protection;
  if (!protection) return;
  if (protection.password !== "" && protection.password !== (password ?? "")) {
    throw new HostError("AccessDenied", `The password does not unprotect the worksheet '${sheet.name}'.`);
  }
  sheet.protection = null;
}
