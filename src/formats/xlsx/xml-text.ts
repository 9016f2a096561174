// Text as it may appear in the XML parts of an .xlsx: markup characters escaped, and the characters XML 1.0 cannot
// carry (control characters other than tab and line feed, lone surrogates, U+FFFE and U+FFFF) written as OOXML's
// "_xHHHH_" escapes (ECMA-376 Part 1, 22.4.2.4 ST_Xstring), which Excel reads back as the character. A carriage
// return is escaped too: an XML parser reads a literal one as a line feed. A literal "_xHHHH_" in the text gets its
// underscore escaped ("_x005F_") so that it stays literal.

const MARKUP: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");

/** Markup escaped, for attribute values and names (sheet names never hold control characters: see sheet-name.ts). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => MARKUP[c]);
}

/** A cell's text for an XML element: markup escaped, unrepresentable characters as _xHHHH_. */
export function xmlText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /_(?=x[0-9A-Fa-f]{4}_)|[&<>"']|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => (c === "_" ? "_x005F_" : (MARKUP[c] ?? `_x${hex4(c.charCodeAt(0))}_`)),
  );
}

/** Whether a text needs xml:space="preserve" to keep its leading or trailing white space (or line breaks). */
export const keepsSpace = (text: string): boolean => /^\s|\s$|\n/.test(text);
