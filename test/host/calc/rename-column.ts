// What Excel does to formulas when a table column's header is renamed: every structured reference to that column
// (Table[Old], Table[@Old], Table[[#Headers],[Old]:[B]], [@Old] inside the table, ...) is rewritten to the new name,
// in every formula of the workbook. Text in string literals and quoted sheet names is never touched.
import { endOfBrackets, mapStructuredReferences, unescape } from "./structured-references";
import { SPECIALS } from "./translate";

export interface ColumnRename {
  table: string;
  from: string;
  to: string;
  /** Whether the formula's own cell is inside the renamed table (its unqualified [...] references name it). */
  inside: boolean;
}

/** A column name escaped as Excel writes it inside brackets: ' before ' [ ] #. */
const escape = (name: string) => name.replace(/(['[\]#])/g, "'$1");

/** `formula` with every reference to the renamed column rewritten (the same text when there is none). */
export function renameColumnIn(formula: string, rename: ColumnRename): string {
  return mapStructuredReferences(formula, (table, inside) => {
    const same = table === null ? rename.inside : table.toLowerCase() === rename.table.toLowerCase();
    return `${table ?? ""}[${same ? renameInSpecifier(inside, rename) : inside}]`;
  });
}

const matches = (name: string, rename: ColumnRename) =>
  unescape(name.trim()).toLowerCase() === rename.from.toLowerCase();
/** A bare name (Table[Col], [@Col]) can hold no space or special character: the new one may need brackets. */
const bare = (name: string) => (/^[A-Za-z0-9_.\\\u0080-\uffff]+$/.test(name) ? name : `[${escape(name)}]`);

/** The inside of [...]: "Col", "@Col", "@[A]:[B]", "[#Headers],[A]:[B]", "#All", ... */
function renameInSpecifier(inside: string, rename: ColumnRename): string {
  const text = inside.trim();
  const at = text.startsWith("@") ? "@" : "";
  const rest = text.slice(at.length).trim();
  if (rest === "") return inside;
  if (!rest.startsWith("[")) {
    if (SPECIALS.includes(rest.toLowerCase())) return inside;
    return matches(rest, rename) ? `${at}${bare(rename.to)}` : inside;
  }
  // A list of [item] with separators between them: rename the column items, keep the rest as written.
  let out = at;
  let i = 0;
  while (i < rest.length) {
    if (rest[i] !== "[") {
      out += rest[i];
      i++;
      continue;
    }
    const end = endOfBrackets(rest, i);
    const item = rest.slice(i + 1, end - 1);
    const special = SPECIALS.includes(item.trim().toLowerCase());
    out += !special && matches(item, rename) ? `[${escape(rename.to)}]` : rest.slice(i, end);
    i = end;
  }
  return out;
}
