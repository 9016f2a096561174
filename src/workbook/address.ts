// A1 addresses: column letters, cell and range addresses, and parsing the addresses Excel hands back.

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell's A1 address from 0-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** "A1:C3" (or "A1" for one cell) from a 0-based top-left corner and a size. */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const first = cellAddress(row, column);
  return rows === 1 && columns === 1 ? first : `${first}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

export interface RangeBox {
  sheet?: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Parses "'My sheet'!B4:D9", "Sheet1!A1" or "A1:B2" (0-based box). */
export function parseAddress(address: string): RangeBox {
  const bang = address.lastIndexOf("!");
  let sheet: string | undefined;
  let local = address;
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    local = address.slice(bang + 1);
  }
  const [a, b = a] = local.split(":");
  const first = CELL.exec(a);
  const last = CELL.exec(b);
  if (!first || !last) throw new Error(`not an A1 range address: ${address}`);
  const row = Number(first[2]) - 1;
  const column = columnIndex(first[1]);
  return {
    sheet,
    row,
    column,
    rows: Number(last[2]) - 1 - row + 1,
    columns: columnIndex(last[1]) - column + 1,
  };
}

/** A sheet name as it must appear in a formula: quoted unless plain. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference to a cell on a sheet: 'proactive-visit rubric'!$B$6. */
export function sheetCellReference(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!$${columnLetter(column)}$${row + 1}`;
}
