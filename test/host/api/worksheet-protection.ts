// Excel.WorksheetProtection over the simulated workbook: `protected` and `options` to load, protect(options,
// password) and unprotect(password), queued and run at sync like every command.
// https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotection (ExcelApi 1.2; the password,
// ExcelApi 1.7). What a protected sheet refuses, and with which error, is in ../model/sheet-protection.ts.
import { SheetModel } from "../model/sheet";
import { DEFAULT_PROTECTION_OPTIONS, ProtectionOptions } from "../model/sheet-protection";
import { SimClientObject } from "./client-object";
import { SimOf } from "./sim-of";

export class SimWorksheetProtection
  extends SimClientObject<SheetModel>
  implements SimOf<Excel.WorksheetProtection, "protected" | "options" | "protect" | "unprotect">
{
  protected readonly typeName = "WorksheetProtection";
  protected readonly scalarProperties = ["protected", "options"];

  protected snapshot(property: string): unknown {
    const sheet = this.target;
    if (property === "protected") return sheet.protection !== null;
    // A sheet that is not protected reports the options protect() would start from.
    if (property === "options") return { ...(sheet.protection?.options ?? DEFAULT_PROTECTION_OPTIONS) };
    return this.unknownProperty(property);
  }

  get protected(): boolean {
    return this.read("protected");
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this.read("options");
  }

  /** Protects the sheet; fails at sync when it is protected already. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    const given = options ? (JSON.parse(JSON.stringify(options)) as Partial<ProtectionOptions>) : undefined;
    this.queue((sheet) => this.context.model.protect(sheet, given, password));
  }

  /** Unprotects the sheet; fails at sync with a wrong password. */
  unprotect(password?: string): void {
    this.queue((sheet) => this.context.model.unprotect(sheet, password));
  }
}
