// Translating an Excel formula, as the workbook layer writes it, into one HyperFormula can evaluate: structured
// references (Table[@Col], Table[@[A]:[B]], Table[[#Headers],[A]:[B]], Table[#All], Table[#Data], Table[Col], ...)
// become A1 references to where the tables are, resolved as Excel resolves them. Everything else (functions, A1
// references such as 'sheet name'!$B$6, operators) is copied unchanged; text inside string literals and quoted
// sheet names is never touched.
import { cellAddress } from "../../../src/workbook/address";
import { TranslationError, endOfBrackets, mapStructuredReferences, unescape } from "./structured-references";

export { TranslationError } from "./structured-references";

/** Where a table is and what its header cells say. */
export interface TableLayout {
  name: string;
  sheet: string;
  /** 0-based header row and first column; `rows` includes the header row. */
  row: number;
  column: number;
  rows: number;
  columns: number;
  headers: readonly string[];
  /** The last row is a Total Row. */
  totals?: boolean;
}

/** The cell holding the formula: "@" / "#This Row" means its row. */
export interface FormulaCell {
  sheet: string;
  row: number;
  column: number;
}

/** A sheet name as HyperFormula reads it: always quoted, ' doubled. */
export function hfSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Rewrites every structured reference of `formula` (which starts with "=") into A1 references. `extentUsed` hears
 * the name of each table whose rows (how many, where the last is) the translation depended on: a this-row reference
 * depends only on the formula's own row being in the table. */
export function translateFormula(
  formula: string,
  at: FormulaCell,
  tables: readonly TableLayout[],
  extentUsed?: (table: string) => void,
): string {
  const find = (name: string) => tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  return mapStructuredReferences(formula, (name, inside) => {
    if (name === null) {
      // A structured reference without a table name: the table the formula is in.
      const own = tables.find(
        (t) =>
          t.sheet === at.sheet &&
          at.row >= t.row &&
          at.row < t.row + t.rows &&
          at.column >= t.column &&
          at.column < t.column + t.columns,
      );
      if (!own) throw new TranslationError(`${formula}: a structured reference outside any table`);
      return resolve(own, inside, at, formula, extentUsed);
    }
    const table = find(name);
    if (!table) throw new TranslationError(`${formula}: no table named ${name}`);
    return resolve(table, inside, at, formula, extentUsed);
  });
}

type Special = "#all" | "#data" | "#headers" | "#totals" | "#this row";
export const SPECIALS: readonly string[] = ["#all", "#data", "#headers", "#totals", "#this row"];

interface Specifier {
  specials: Special[];
  /** Column names (unescaped), first and last of a range; empty for all columns. */
  columns: string[];
}

/** The inside of Table[...]: "", "@Col", "@[A]:[B]", "#All", "Col", "[#Headers],[A]:[B]", "[A]:[B]", ... */
function parseSpecifier(inside: string, formula: string): Specifier {
  const text = inside.trim();
  if (text === "") return { specials: [], columns: [] };
  if (text.startsWith("@")) {
    const rest = text.slice(1).trim();
    if (rest === "") return { specials: ["#this row"], columns: [] };
    const inner = rest.startsWith("[") ? parseSpecifier(rest, formula) : { specials: [], columns: [unescape(rest)] };
    return { specials: ["#this row", ...inner.specials], columns: inner.columns };
  }
  if (!text.startsWith("[")) {
    const lower = text.toLowerCase();
    if (SPECIALS.includes(lower)) return { specials: [lower as Special], columns: [] };
    return { specials: [], columns: [unescape(text)] };
  }
  // A list of [item] separated by "," (specials, then a column part) or ":" (a column range).
  const specials: Special[] = [];
  const columns: string[] = [];
  let i = 0;
  let separator = ",";
  while (i < text.length) {
    while (text[i] === " ") i++;
    if (text[i] !== "[") throw new TranslationError(`${formula}: cannot read [${inside}]`);
    const end = endOfBrackets(text, i);
    const item = text.slice(i + 1, end - 1).trim();
    const lower = item.toLowerCase();
    if (SPECIALS.includes(lower)) {
      if (separator !== ",") throw new TranslationError(`${formula}: ${item} in a column range`);
      specials.push(lower as Special);
    } else {
      if (separator === "," && columns.length > 0) throw new TranslationError(`${formula}: two column parts`);
      columns.push(unescape(item));
    }
    i = end;
    while (text[i] === " ") i++;
    if (i >= text.length) break;
    separator = text[i];
    if (separator !== "," && separator !== ":") throw new TranslationError(`${formula}: cannot read [${inside}]`);
    i++;
  }
  return { specials, columns };
}

function resolve(
  table: TableLayout,
  inside: string,
  at: FormulaCell,
  formula: string,
  extentUsed?: (table: string) => void,
): string {
  const spec = parseSpecifier(inside, formula);
  // A this-row reference and the header row alone do not move when rows are added at the bottom.
  const rowsFree = spec.specials.length > 0 && spec.specials.every((x) => x === "#this row" || x === "#headers");
  if (!rowsFree) extentUsed?.(table.name);
  const columnAt = (name: string) => {
    const index = table.headers.findIndex((h) => h.toLowerCase() === name.toLowerCase());
    if (index < 0) throw new TranslationError(`${formula}: no column ${name} in ${table.name}`);
    return table.column + index;
  };
  let first = table.column;
  let last = table.column + table.columns - 1;
  if (spec.columns.length > 0) {
    const [a, b = a] = spec.columns.map(columnAt);
    first = Math.min(a, b);
    last = Math.max(a, b);
  }
  const headerRow = table.row;
  const firstData = table.row + 1;
  const totalsRow = table.totals ? table.row + table.rows - 1 : undefined;
  const lastData = table.row + table.rows - 1 - (table.totals ? 1 : 0);
  const has = (s: Special) => spec.specials.includes(s);
  let top: number;
  let bottom: number;
  if (has("#totals")) {
    // Excel: [#Totals] of a table with no Total Row is #REF!; [[#Data],[#Totals]] runs from the data to it.
    if (totalsRow === undefined) return "#REF!";
    top = has("#data") ? firstData : totalsRow;
    bottom = totalsRow;
  } else if (has("#this row")) {
    if (spec.specials.length > 1) throw new TranslationError(`${formula}: #This Row with another item`);
    // Excel: a this-row reference from a row outside the table's data is #VALUE!.
    if (at.row < firstData || at.row > lastData) return "#VALUE!";
    top = bottom = at.row;
  } else if (has("#all")) {
    top = headerRow;
    bottom = table.row + table.rows - 1; // the Total Row too, when shown
  } else if (has("#headers") && has("#data")) {
    top = headerRow;
    bottom = lastData;
  } else if (has("#headers")) {
    top = bottom = headerRow;
  } else {
    top = firstData;
    bottom = lastData;
  }
  // A this-row reference keeps its row relative ($B12): every row's formula then has the same relative form, which
  // HyperFormula parses once and shares, as Excel shares a calculated column's formula. Others are absolute.
  const rowMark = has("#this row") ? "" : "$";
  const reference = (row: number, column: number) =>
    cellAddress(row, column).replace(
      /^([A-Z]+)(\d+)$/,
      (_, letters: string, digits: string) => `$${letters}${rowMark}${digits}`,
    );
  const start = reference(top, first);
  const range = top === bottom && first === last ? start : `${start}:${reference(bottom, last)}`;
  return `${hfSheet(table.sheet)}!${range}`;
}
