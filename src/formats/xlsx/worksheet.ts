// One worksheet part (xl/worksheets/sheetN.xml): the cells row by row, text as inline strings (t="inlineStr"), never
// a formula; column widths from the longest text, frozen rows.
import {
  DATE_FORMAT,
  MAX_COLUMNS,
  MAX_ROWS,
  MAX_TEXT,
  XlsxSheet,
  XlsxValue,
  cellName,
  columnName,
  dateSerial,
} from "./cells";
import { Styles } from "./styles";
import { keepsSpace, xmlText } from "./xml-text";

function cellXml(value: XlsxValue, at: string, style: number, sheet: string): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (typeof value === "string") {
    if (value.length > MAX_TEXT)
      throw new Error(
        `Sheet "${sheet}", cell ${at}: the text is ${value.length} characters, more than a cell holds (${MAX_TEXT}).`,
      );
    const space = keepsSpace(value) ? ' xml:space="preserve"' : "";
    return `<c r="${at}"${s} t="inlineStr"><is><t${space}>${xmlText(value)}</t></is></c>`;
  }
  if (typeof value === "boolean") return `<c r="${at}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const number = value instanceof Date ? dateSerial(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number))
    throw new Error(`Sheet "${sheet}", cell ${at}: ${String(value)} is not a number a cell can hold.`);
  return `<c r="${at}"${s}><v>${Object.is(number, -0) ? 0 : number}</v></c>`;
}

/** Column width in characters: the longest shown text, within 8..60. */
function widths(rows: XlsxSheet["rows"], columns: number): number[] {
  const longest = new Array<number>(columns).fill(0);
  for (const row of rows)
    row.forEach((v, c) => {
      const length =
        typeof v === "string" ? v.length : typeof v === "number" ? String(v).length : v instanceof Date ? 10 : 0;
      longest[c] = Math.max(longest[c], length);
    });
  return longest.map((n) => Math.min(60, Math.max(8, n + 2)));
}

export function worksheetXml(sheet: XlsxSheet, name: string, styles: Styles, selected: boolean): string {
  const { rows } = sheet;
  if (rows.length > MAX_ROWS) throw new Error(`Sheet "${name}": ${rows.length} rows, more than Excel's ${MAX_ROWS}.`);
  const columns = Math.max(0, ...rows.map((r) => r.length));
  if (columns > MAX_COLUMNS) throw new Error(`Sheet "${name}": ${columns} columns, more than Excel's ${MAX_COLUMNS}.`);
  const body: string[] = [];
  rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((value, c) => {
      if (value === null || value === undefined || value === "") return;
      const format = sheet.formats?.[r]?.[c] ?? (value instanceof Date ? DATE_FORMAT : null);
      cells.push(cellXml(value, cellName(r, c), styles.styleOf(format), name));
    });
    if (cells.length) body.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  const frozen = Math.max(0, Math.min(sheet.frozenRows ?? 0, MAX_ROWS - 1));
  const pane = frozen
    ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>`
    : "";
  const view = `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${pane}</sheetView></sheetViews>`;
  const dimension = columns && rows.length ? `A1:${columnName(columns - 1)}${rows.length}` : "A1";
  const cols = columns
    ? `<cols>${widths(rows, columns)
        .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`)
        .join("")}</cols>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<dimension ref="${dimension}"/>${view}<sheetFormatPr defaultRowHeight="15"/>${cols}` +
    `<sheetData>${body.join("")}</sheetData></worksheet>`
  );
}
