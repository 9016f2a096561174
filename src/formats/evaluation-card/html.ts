// The card as HTML for the clipboard's text/html: one self-contained table with inline styles (a sign-off editor,
// Outlook and Word paste it as a formatted table). No script, no link, no image, no external resource; every text
// from the rubric or the evaluation is escaped, and attribute values are constants of this file.
import type { Language } from "../../rubric/language";
import { languageTag } from "../../rubric/language";
import type { EvaluationCard } from "../../rubric/review";
import { WordedCard, wordCard } from "./worded";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML text: never read as markup, in an element or an attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const FONT = "font-family:'Segoe UI',Arial,'Microsoft YaHei',sans-serif;font-size:13px;color:#242424";
const TABLE = `border-collapse:collapse;${FONT}`;
const CELL = "border:1px solid #d1d1d1;padding:4px 8px;vertical-align:top;text-align:left";
const HEAD = `${CELL};background:#f0f0f0;font-weight:600`;
const NUMBER = `${CELL};text-align:right;white-space:nowrap`;
const CAPTION = "font-size:15px;font-weight:600;text-align:left;padding:4px 0";
const SUM = `${CELL};font-weight:600;background:#f7f7f7`;
const FAILED = `${CELL};color:#a4262c;font-weight:600`;
const CODE = `${CELL};font-family:Consolas,monospace;font-size:11px;word-break:break-all`;
/** A comment keeps its line breaks. */
const COMMENT = `${CELL};white-space:pre-wrap`;
const COLUMNS = 6;

const td = (text: string, style = CELL, span = 1) =>
  `<td style="${style}"${span > 1 ? ` colspan="${span}"` : ""}>${escapeHtml(text)}</td>`;
const th = (text: string, style = HEAD) => `<th scope="row" style="${style}">${escapeHtml(text)}</th>`;
const row = (cells: string) => `<tr>${cells}</tr>`;
/** A label and a value spanning the rest of the row. */
const field = ([label, value]: [string, string], style = CELL) => row(th(label) + td(value, style, COLUMNS - 1));

function tableOf(w: WordedCard): string {
  const rows = [
    ...w.fields.map((f) => field(f)),
    row(w.columns.map((c) => `<th scope="col" style="${HEAD}">${escapeHtml(c)}</th>`).join("")),
    ...w.lines.map((line) =>
      row(line.cells.map((cell, i) => td(cell, i === 5 && line.failed ? FAILED : i >= 3 ? NUMBER : CELL)).join("")),
    ),
    field(w.base, NUMBER),
    row(td(w.sum, SUM, COLUMNS)),
    ...w.results.map((r) => field(r, NUMBER)),
    field(w.comment, COMMENT),
    field(w.checksum, CODE),
  ];
  return (
    `<table lang="${languageTag(w.language)}" style="${TABLE}">` +
    `<caption style="${CAPTION}">${escapeHtml(w.heading)}</caption>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

/** The card's table, to be put on the clipboard as it is (or in an .html file: see cardHtmlDocument). */
export function cardHtml(card: EvaluationCard, language: Language): string {
  return tableOf(wordCard(card, language));
}

/** A whole HTML page holding the card, for Download as HTML. */
export function cardHtmlDocument(card: EvaluationCard, language: Language): string {
  const w = wordCard(card, language);
  return (
    `<!DOCTYPE html><html lang="${languageTag(language)}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(w.heading)}</title></head><body>${tableOf(w)}</body></html>`
  );
}
