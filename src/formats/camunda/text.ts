// Rubric text placed in a form-js schema. form-js evaluates a label, description or option label as a template
// when it starts with "=" (a FEEL expression) or holds "{{...}}" (a feelers template), and shows only its first
// line; a text component is markdown. Rubric text must show as it is written and never be evaluated, so it is
// neutralised here instead of being quoted into an expression.

/** U+2060 WORD JOINER: invisible, and it keeps "{{", "}}" and a leading "=" from being read as template syntax. */
export const JOINER = "\u2060";

/** Every line break (CRLF, CR, LF, U+2028, U+2029) as one space: form-js shows only a label's first line. */
const oneLine = (text: string): string => text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");

/** A single line of plain text that form-js shows verbatim (apart from invisible joiners). */
export function plainLabel(text: string): string {
  let line = oneLine(text);
  // A run like "{{{" needs more than one pass: each replacement consumes the braces it looks at.
  while (line.includes("{{") || line.includes("}}")) {
    line = line.replace(/\{\{/g, `{${JOINER}{`).replace(/\}\}/g, `}${JOINER}}`);
  }
  return line.startsWith("=") ? JOINER + line : line;
}

/** Markdown that renders `text` literally on one line: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows escaping any of them), which also breaks up "{{" and a leading "=". */
export function markdownText(text: string): string {
  return oneLine(text).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
