// Walking a formula's structured references, for both what reads them (translate.ts) and what rewrites them
// (rename-column.ts): everything else (functions, A1 references, operators) is copied as written, text in string
// literals and quoted sheet names is never touched, and each Table[...] or bare [...] goes to `replace` with its
// table name (null for an unqualified one, which names the formula's own table) and what is inside the brackets.

/** A formula that cannot be what Excel holds (Excel would refuse to store it). */
export class TranslationError extends Error {}

const IDENTIFIER_START = /[A-Za-z_\\\u0080-\uffff]/;
const IDENTIFIER_PART = /[A-Za-z0-9_.\\\u0080-\uffff]/;

export function mapStructuredReferences(
  formula: string,
  replace: (table: string | null, inside: string) => string,
): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = endOfQuoted(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "[") {
      const end = endOfBrackets(formula, i);
      out += replace(null, formula.slice(i + 1, end - 1));
      i = end;
    } else if (IDENTIFIER_START.test(ch)) {
      let end = i + 1;
      while (end < n && IDENTIFIER_PART.test(formula[end])) end++;
      const word = formula.slice(i, end);
      if (formula[end] === "[") {
        const close = endOfBrackets(formula, end);
        out += replace(word, formula.slice(end + 1, close - 1));
        i = close;
      } else {
        out += word;
        i = end;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** The index after a "..." or '...' literal starting at `start` (a doubled quote stays inside). */
export function endOfQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  throw new TranslationError(`${text}: unterminated ${quote}`);
}

/** The index after the "]" matching the "[" at `start`; ' escapes the next character. */
export function endOfBrackets(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new TranslationError(`${text}: unbalanced [ ]`);
}

export const unescape = (name: string) => name.replace(/'(.)/g, "$1");
