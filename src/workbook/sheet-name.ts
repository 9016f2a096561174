// Excel's rules for sheet names, in one place: at most 31 characters, none of []:*?/\, no apostrophe at either end.

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/** Characters Excel refuses in a sheet name. */
const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** `text` without what Excel refuses in a sheet name: refused characters become spaces (runs of spaces one), no
 * apostrophe at either end. May be "". */
export function sheetText(text: string): string {
  return text
    .replace(INVALID_SHEET_CHARS, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
}

/** `text + suffix` within 31 characters: a long text is shortened, the suffix kept. */
export function fitSheetName(text: string, suffix = ""): string {
  return `${text.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
}
