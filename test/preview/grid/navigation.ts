// Moving the active cell by keyboard, and reading what is typed into the Name box.
import { parseAddress } from "../../../src/workbook/address";
import type { Box } from "../../host/model/box";
import { MAX_COLUMNS, MAX_ROWS } from "../../host/model/sheet";

export interface Position {
  row: number;
  column: number;
}

/** The keys that move the active cell, and where they go (Shift reverses Tab and Enter). */
export function moveBy(position: Position, key: string, shift = false): Position | null {
  const step: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, shift ? -1 : 1],
    Enter: [shift ? -1 : 1, 0],
  };
  const delta = step[key];
  if (!delta) return null;
  return {
    row: clamp(position.row + delta[0], MAX_ROWS - 1),
    column: clamp(position.column + delta[1], MAX_COLUMNS - 1),
  };
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(n, 0), max);
}

export interface Reference {
  /** The sheet named before "!", if any. */
  sheet?: string;
  box: Box;
}

/** "B12", "$B$12", "a1:c3" or "'My sheet'!B2" as typed into the Name box; null when it is not a reference. */
export function parseReference(text: string): Reference | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  try {
    const { sheet, row, column, rows, columns } = parseAddress(trimmed);
    // A range typed bottom-right first ("C3:A1") selects the same box, as in Excel.
    const top = Math.min(row, row + rows - 1);
    const left = Math.min(column, column + columns - 1);
    const box = { row: top, column: left, rows: Math.abs(rows - 1) + 1, columns: Math.abs(columns - 1) + 1 };
    if (box.row < 0 || box.row + box.rows > MAX_ROWS || box.column + box.columns > MAX_COLUMNS) return null;
    return sheet === undefined ? { box } : { sheet, box };
  } catch {
    return null;
  }
}
