// The rubric's Status setting as the sheet shows it: the word of the sheet's language (draft / 草稿, …), a text cell,
// with a drop-down of that language's words. Read back in any language (parseStatus), so a Chinese sheet made when
// the word was written in English still reads, and takes the Chinese word at its next status change.
import { Language } from "../rubric/language";
import { RubricStatus } from "../rubric/model";
import { statusChoices, statusText } from "../rubric/vocabulary";
import { TEXT_FORMAT } from "./text-cells";

/** Queues the drop-down of the statuses in `language` on the Status value cell. */
export function queueStatusDropDown(cell: Excel.Range, language: Language): void {
  cell.dataValidation.clear(); // Excel refuses to set a rule over one
  cell.dataValidation.rule = { list: { inCellDropDown: true, source: statusChoices(language).join(",") } };
}

/** Queues writing `status` into the Status value cell, in `language`, with its drop-down. */
export function queueStatusCell(cell: Excel.Range, status: RubricStatus, language: Language): void {
  cell.numberFormat = [[TEXT_FORMAT]];
  cell.values = [[statusText(language, status)]];
  queueStatusDropDown(cell, language);
}
