// Entries typed into the grid, as Excel takes them: the cell's data validation first, then the workbook's own rules
// (a table header cannot hold a formula or be empty). A refused entry leaves the cell as it was and says why.
import type { WorkbookModel } from "../../host";
import { SheetModel } from "../../host/model/sheet";
import { typeEntry } from "../../host/model/table-rows";
import { dateSerial, isDateFormat } from "./format";
import { refusal } from "./validation";

export type EntryOutcome = { ok: true } | { ok: false; reason: string };

/** Writes what was typed into a cell. */
export function commitEntry(
  model: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  text: string,
): EntryOutcome {
  // A date typed into a date cell is stored as its serial, as Excel does (the model itself parses no dates).
  const serial = isDateFormat(sheet.cell(row, column)?.numberFormat) ? dateSerial(text) : undefined;
  const entry = serial === undefined ? text : String(serial);
  const refused = refusal(entry, sheet.validationAt(row, column));
  if (refused) return { ok: false, reason: refused };
  // Typed right under a table, the entry grows it (Excel's table auto-expansion).
  return attempt(() => typeEntry(model, sheet, row, column, entry));
}

/** Delete: clears the content (validation does not apply to clearing, as in Excel). */
export function clearCell(model: WorkbookModel, sheet: SheetModel, row: number, column: number): EntryOutcome {
  return attempt(() => model.write(sheet, row, column, ""));
}

function attempt(write: () => void): EntryOutcome {
  try {
    write();
    return { ok: true };
  } catch (e) {
    // The host's refusals (HostError) carry Excel's message; anything else is a bug and should surface.
    if (e instanceof Error && e.name === "RichApi.Error") return { ok: false, reason: e.message };
    throw e;
  }
}
