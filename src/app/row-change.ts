// Whether a change to the workbook's cells concerns the row the form shows: then the form reads it again (a paste,
// a fill, a co-author's edit). Any other change leaves the pane quiet.
import { SheetChange, parseAddress } from "../workbook";

/** Where a row is: its worksheet (by id, as change events name it) and its 1-based sheet row. */
export interface RowPlace {
  worksheetId: string;
  sheetRow: number;
}

/** Inserting or deleting cells above the row moves it, and what it shows, without touching it. */
const SHIFTS = new Set(["RowInserted", "RowDeleted", "CellInserted", "CellDeleted"]);

export function touchesRow(change: SheetChange, place: RowPlace): boolean {
  if (change.worksheetId !== place.worksheetId) return false;
  let box;
  try {
    box = parseAddress(change.address);
  } catch {
    return true; // a whole row or column ("4:4", "B:B"): read again rather than miss it
  }
  const row = place.sheetRow - 1;
  if (SHIFTS.has(change.changeType)) return box.row <= row;
  return box.row <= row && row < box.row + box.rows;
}
