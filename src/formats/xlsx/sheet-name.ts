// Sheet names as Excel accepts them: 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with an
// apostrophe, not "History" (reserved), unique whatever the case. A name that breaks a rule is fitted (characters
// replaced, shortened, numbered " (2)") rather than refused: the file must open.

export const SHEET_NAME_MAX = 31;

const FORBIDDEN = /[:\\/?*[\]\u0000-\u001F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex

/** The name fitted to Excel's rules, different (case-insensitively) from every name in `taken`. */
export function fitSheetName(wanted: string, taken: readonly string[], fallback = "Sheet"): string {
  // Whole code points only when shortening: never half of a surrogate pair.
  const clip = (text: string, max: number) => {
    let out = "";
    for (const c of text) {
      if (out.length + c.length > max) break;
      out += c;
    }
    return out;
  };
  const cleaned = wanted
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "_")
    .replace(FORBIDDEN, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  let base = clip(cleaned, SHEET_NAME_MAX).replace(/'+$/, "").trim();
  if (base === "" || base.toLowerCase() === "history") base = base === "" ? fallback : `${base}_`;
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${clip(base, SHEET_NAME_MAX - suffix.length).trim()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
